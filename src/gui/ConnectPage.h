#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class ConnectPage;
}
class ConnectionCheck;
class SandboxLauncher;
class WizardSession;

// Page 1: connect to Hellomateo with an API key, or practise against the local sandbox
// (the default while no key is stored). Unfinished journal jobs are offered for resuming.
class ConnectPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ConnectPage(WizardSession *session, QWidget *parent = nullptr);
    ~ConnectPage() override;

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void updateMode();
    void startPractice();
    void testConnection();
    QUrl accountUrl() const;

    std::unique_ptr<Ui::ConnectPage> m_ui;
    WizardSession *m_session;
    SandboxLauncher *m_sandbox;
    ConnectionCheck *m_check;
    bool m_practiceReady = false;
    bool m_accountVerified = false;
    bool m_advanceWhenVerified = false;
    bool m_showHistory = false;
};
