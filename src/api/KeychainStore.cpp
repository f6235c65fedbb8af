#include "KeychainStore.h"

#include <qt6keychain/keychain.h>

KeychainStore::KeychainStore(QObject *parent)
    : QObject(parent)
{
}

QString KeychainStore::entryName(const QString &apiOrigin)
{
    return QStringLiteral("api-key %1").arg(apiOrigin);
}

QString KeychainStore::keyFromEnvironment()
{
    return QString::fromLocal8Bit(qgetenv("MATEO_API_KEY")).trimmed();
}

void KeychainStore::read(const QString &apiOrigin)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryName(apiOrigin));
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError)
            emit keyRead(job->textData());
        else if (job->error() == QKeychain::EntryNotFound)
            emit keyRead(QString());
        else
            emit failed(tr("The keychain could not be read (%1). Set the environment variable MATEO_API_KEY "
                           "instead, or unlock the keychain and try again.")
                            .arg(job->errorString()));
    });
    job->start();
}

void KeychainStore::write(const QString &apiOrigin, const QString &key)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryName(apiOrigin));
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError)
            emit written();
        else
            emit failed(tr("The API key could not be stored in the keychain (%1). It is used for this session "
                           "only; set MATEO_API_KEY for scripts.")
                            .arg(job->errorString()));
    });
    job->start();
}

void KeychainStore::remove(const QString &apiOrigin)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryName(apiOrigin));
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
            emit removed();
        else
            emit failed(tr("The API key could not be removed from the keychain (%1).").arg(job->errorString()));
    });
    job->start();
}
