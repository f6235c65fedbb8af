#include "api/local/ApiKeyLookup.h"

#include "api/local/KeychainStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

ApiKeyLookup::ApiKeyLookup(QObject *parent)
    : QObject(parent)
    , m_keychain(new KeychainStore(this))
{
    connect(m_keychain, &KeychainStore::keyRead, this, &ApiKeyLookup::found);
    connect(m_keychain, &KeychainStore::failed, this, &ApiKeyLookup::failed);
}

void ApiKeyLookup::lookup(const QString &apiOrigin)
{
    const QString fromEnvironment = KeychainStore::keyFromEnvironment();
    if (fromEnvironment.isEmpty()) {
        m_keychain->read(apiOrigin);
        return;
    }
    QMetaObject::invokeMethod(
        this, [this, fromEnvironment, apiOrigin] { emit found(fromEnvironment, apiOrigin); }, Qt::QueuedConnection);
}

QString ApiKeyLookup::waitFor(const QString &apiOrigin, QString *failure)
{
    ApiKeyLookup lookup;
    QEventLoop loop;
    QString key;
    connect(&lookup, &ApiKeyLookup::found, &loop, [&](const QString &k) {
        key = k;
        loop.quit();
    });
    connect(&lookup, &ApiKeyLookup::failed, &loop, [&](const QString &m) {
        if (failure)
            *failure = m;
        loop.quit();
    });
    QTimer::singleShot(15000, &loop, [&] {
        if (failure)
            *failure = QCoreApplication::translate("ApiKeyLookup", "The keychain did not answer within 15 s.");
        loop.quit();
    });
    lookup.lookup(apiOrigin);
    loop.exec();
    return key;
}
