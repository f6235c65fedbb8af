#pragma once

#include <QObject>
#include <QString>

class KeychainStore;

// Where the API key for an API origin comes from, for the wizard and the command line alike:
// the environment variable MATEO_API_KEY first (CI, scripts), else the system keychain's entry for
// the origin (KeychainStore). The key is only ever handed on to an ApiClient (docs/engine.md).
class ApiKeyLookup : public QObject
{
    Q_OBJECT

public:
    explicit ApiKeyLookup(QObject *parent = nullptr);

    // Answers through found() or failed(), always later (never inside this call).
    void lookup(const QString &apiOrigin);

    // The command line's blocking form: waits up to 15 s for the keychain. Empty key: none found,
    // *failure says why when the keychain failed or did not answer.
    static QString waitFor(const QString &apiOrigin, QString *failure);

signals:
    void found(const QString &key, const QString &apiOrigin);   // empty key: none stored (not signed in)
    void failed(const QString &message, const QString &apiOrigin);   // the keychain failed; says what to do

private:
    KeychainStore *m_keychain;
};
