#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class ConnectPage;
}
class SandboxLauncher;

// Page 1: connect to Hellomateo with an API key, or practise against the local sandbox.
class ConnectPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ConnectPage(QWidget *parent = nullptr);
    ~ConnectPage() override;

    bool isComplete() const override;

private:
    void startPractice();

    std::unique_ptr<Ui::ConnectPage> m_ui;
    SandboxLauncher *m_sandbox;
    bool m_ready = false;
};
