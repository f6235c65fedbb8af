#pragma once

#include <QUrl>
#include <QWizardPage>

#include <memory>

namespace Ui {
class ConnectPage;
}
class ApiKeyLookup;
class ConnectionCheck;
class JournalJobModel;
class KeychainStore;
class SandboxLauncher;
class WizardSession;

// Page 1: connect to Hellomateo with an API key kept in the system keychain (QtKeychain, never a
// plain file), or practise against the local sandbox — the default only while no key is stored for
// the API address. Unfinished journal jobs are listed here and can be resumed.
class ConnectPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ConnectPage(WizardSession *session, QWidget *parent = nullptr);
    ~ConnectPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    // The API address last connected to successfully (QSettings), else Hellomateo's.
    static QUrl rememberedApiUrl();
    bool isReadingKey() const { return m_readingKey; }
    JournalJobModel *unfinishedJobs() const;
    // Continues an unfinished journal job on the Import page, with the key stored for its API origin
    // (or the practice sandbox for a practice job). Explains in the page what is missing otherwise.
    void resumeJob(const QString &jobId);
    void forgetKey();
    void reloadJobs();
    // A line of news above the choices (the wizard's offer to restore unfinished work).
    void addNotice(QWidget *notice);

private:
    void addStepsOverview();
    void updateMode();
    void startPractice();
    void testConnection();
    void connectionChecked(bool ok, const QString &message);
    void readKey(const QString &origin);
    void keyRead(const QString &key, const QString &origin);
    void keychainFailed(const QString &message, const QString &origin);
    void continueResume(const QString &key);
    void goToImport(const QString &jobId);
    void advance();
    QUrl accountUrl() const;
    QString accountOrigin() const;

    std::unique_ptr<Ui::ConnectPage> m_ui;
    WizardSession *m_session;
    SandboxLauncher *m_sandbox;
    ConnectionCheck *m_check;
    KeychainStore *m_keychain;
    ApiKeyLookup *m_keyLookup;   // MATEO_API_KEY, else the keychain (as the command line reads it)
    QString m_keyOrigin;   // the origin whose stored key the key field holds (empty: typed by the user)
    QString m_resumeJobId;   // set while the wizard jumps to the Import page
    QString m_pendingResumeJob;   // waiting for the keychain's answer for this job's origin
    QUrl m_pendingResumeUrl;
    bool m_readingKey = false;
    bool m_keyStored = false;   // the keychain holds a key for accountOrigin()
    bool m_userChoseMode = false;
    bool m_practiceReady = false;
    bool m_accountVerified = false;
    bool m_advanceWhenVerified = false;
    bool m_showHistory = false;
};
