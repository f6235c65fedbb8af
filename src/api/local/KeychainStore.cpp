#include "api/local/KeychainStore.h"

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

QString KeychainStore::whatToDo(int error)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return tr("No system keychain is available. On Linux, install and start a Secret Service such as GNOME "
                  "Keyring or KWallet and log in again; the key is never kept in a plain file instead.");
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return tr("The keychain refused access. Unlock the keychain (or allow mateo-import to use it) and try again.");
    default:
        return tr("Make sure the system keychain is running and unlocked (on Linux a Secret Service such as GNOME "
                  "Keyring or KWallet), then try again.");
    }
}

void KeychainStore::read(const QString &apiOrigin)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName());   // unparented: lives until its answer (see header)
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryName(apiOrigin));
    connect(job, &QKeychain::Job::finished, this, [this, job, apiOrigin] {
        if (job->error() == QKeychain::NoError)
            emit keyRead(job->textData(), apiOrigin);
        else if (job->error() == QKeychain::EntryNotFound)
            emit keyRead(QString(), apiOrigin);
        else
            emit failed(tr("The API key for %1 could not be read from the system keychain (%2). %3 Meanwhile, enter "
                           "the key by hand, or set the environment variable MATEO_API_KEY for the command line.")
                            .arg(apiOrigin, job->errorString(), whatToDo(job->error())),
                        apiOrigin);
    });
    job->start();
}

void KeychainStore::write(const QString &apiOrigin, const QString &key)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());   // unparented: lives until its answer (see header)
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryName(apiOrigin));
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, apiOrigin] {
        if (job->error() == QKeychain::NoError)
            emit written(apiOrigin);
        else
            emit failed(tr("The API key could not be stored in the system keychain (%1). %2 It is used for this "
                           "session only.")
                            .arg(job->errorString(), whatToDo(job->error())),
                        apiOrigin);
    });
    job->start();
}

void KeychainStore::remove(const QString &apiOrigin)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName());   // unparented: lives until its answer (see header)
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryName(apiOrigin));
    connect(job, &QKeychain::Job::finished, this, [this, job, apiOrigin] {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
            emit removed(apiOrigin);
        else
            emit failed(tr("The API key could not be removed from the system keychain (%1). %2")
                            .arg(job->errorString(), whatToDo(job->error())),
                        apiOrigin);
    });
    job->start();
}
