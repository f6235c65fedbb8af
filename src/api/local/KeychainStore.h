#pragma once

#include <QObject>
#include <QString>

// The API key in the operating system's keychain (QtKeychain: Keychain on macOS, Credential Manager
// on Windows, Secret Service/KWallet on Linux), with the insecure plain-file fallback switched off.
// One entry per API origin. A missing entry means "not signed in", not an error. Asynchronous: the
// GUI never blocks on it; the CLI waits for the signal. Every signal names the origin it answers,
// so one store can serve several reads at once. The keychain jobs are not children of the store:
// a backend callback (libsecret) may still arrive for a job after its owner is gone, so a job lives until
// it has answered and then deletes itself; a store destroyed meanwhile simply gets no signal.
class KeychainStore : public QObject
{
    Q_OBJECT

public:
    explicit KeychainStore(QObject *parent = nullptr);

    static QString serviceName() { return QStringLiteral("mateo-import"); }
    static QString entryName(const QString &apiOrigin);   // "api-key https://integration.getmateo.com:443"
    // The key from MATEO_API_KEY, if set (CI, scripts). Takes precedence over the keychain.
    static QString keyFromEnvironment();

    void read(const QString &apiOrigin);
    void write(const QString &apiOrigin, const QString &key);
    void remove(const QString &apiOrigin);

signals:
    void keyRead(const QString &key, const QString &apiOrigin);   // empty key: no entry (not signed in)
    void written(const QString &apiOrigin);
    void removed(const QString &apiOrigin);
    // Keychain unavailable or refused; the message says what to do. Nothing was written anywhere else.
    void failed(const QString &message, const QString &apiOrigin);

private:
    static QString whatToDo(int error);
};
