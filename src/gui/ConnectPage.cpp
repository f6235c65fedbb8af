#include "ConnectPage.h"

#include "ConnectionCheck.h"
#include "ImportWizard.h"
#include "SandboxLauncher.h"
#include "WizardSession.h"
#include "ui_ConnectPage.h"

#include <QDir>
#include <QStandardPaths>

ConnectPage::ConnectPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ConnectPage>())
    , m_session(session)
    , m_sandbox(new SandboxLauncher(this))
    , m_check(new ConnectionCheck(this))
{
    m_ui->setupUi(this);
    setTitle(tr("Connect"));
    setSubTitle(tr("Import into your Hellomateo account, or practise first with sample data."));
    // The journal's unfinished jobs appear here once there are any.
    m_ui->resumeGroup->setVisible(m_ui->resumeList->count() > 0);

    connect(m_sandbox, &SandboxLauncher::ready, this, [this](const QUrl &url) {
        m_practiceReady = true;
        m_ui->statusLabel->setText(tr("Practice sandbox ready at %1. Nothing you do here reaches a real account.")
                                       .arg(url.toDisplayString()));
        if (m_ui->practiceRadio->isChecked())
            m_session->setConnection(WizardSession::Mode::Practice, url, QStringLiteral("practice"));
        emit completeChanged();
    });
    connect(m_sandbox, &SandboxLauncher::failed, this, [this](const QString &message) {
        m_ui->statusLabel->setText(message);
    });
    connect(m_ui->practiceRadio, &QRadioButton::toggled, this, &ConnectPage::updateMode);
    connect(m_ui->apiKeyEdit, &QLineEdit::textChanged, this, [this] {
        m_accountVerified = false;
        m_ui->testStatusLabel->clear();
        emit completeChanged();
    });
    connect(m_ui->apiUrlEdit, &QLineEdit::textChanged, this, [this] {
        m_accountVerified = false;
        emit completeChanged();
    });
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectPage::testConnection);
    connect(m_check, &ConnectionCheck::finished, this, [this](const ConnectionCheck::Result &result) {
        m_ui->testButton->setEnabled(true);
        m_ui->testStatusLabel->setText(result.message);
        m_accountVerified = result.status == ConnectionCheck::Status::Ok;
        if (m_accountVerified)
            m_session->setConnection(WizardSession::Mode::Hellomateo, accountUrl(), m_ui->apiKeyEdit->text());
        const bool advance = m_advanceWhenVerified && m_accountVerified;
        m_advanceWhenVerified = false;
        emit completeChanged();
        if (advance && wizard())
            wizard()->next();
    });
    connect(m_ui->historyButton, &QPushButton::clicked, this, [this] {
        m_showHistory = true;
        if (wizard())
            wizard()->next();
        m_showHistory = false;
    });

    updateMode();
    startPractice();
}

ConnectPage::~ConnectPage() = default;

QUrl ConnectPage::accountUrl() const
{
    return QUrl::fromUserInput(m_ui->apiUrlEdit->text().trimmed());
}

void ConnectPage::updateMode()
{
    const bool practice = m_ui->practiceRadio->isChecked();
    m_ui->accountBox->setEnabled(!practice);
    if (practice && m_practiceReady)
        m_session->setConnection(WizardSession::Mode::Practice, m_sandbox->apiBaseUrl(), QStringLiteral("practice"));
    emit completeChanged();
}

bool ConnectPage::isComplete() const
{
    if (m_showHistory)
        return true;
    if (m_ui->practiceRadio->isChecked())
        return m_practiceReady;
    return !m_ui->apiKeyEdit->text().trimmed().isEmpty() && accountUrl().isValid() && !m_check->isRunning();
}

bool ConnectPage::validatePage()
{
    if (m_showHistory || m_ui->practiceRadio->isChecked() || m_accountVerified)
        return true;
    // Not verified yet: check with the server without blocking; the answer moves the wizard on.
    m_advanceWhenVerified = true;
    testConnection();
    return false;
}

int ConnectPage::nextId() const
{
    return m_showHistory ? ImportWizard::HistoryPageId : ImportWizard::FilePageId;
}

void ConnectPage::startPractice()
{
    m_ui->statusLabel->setText(tr("Starting the practice sandbox…"));
    const QString data = QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                             .filePath(QStringLiteral("practice-sandbox"));
    m_sandbox->start(data);
}

void ConnectPage::testConnection()
{
    m_ui->testButton->setEnabled(false);
    m_ui->testStatusLabel->setText(tr("Checking…"));
    m_check->start(accountUrl(), m_ui->apiKeyEdit->text().trimmed());
    emit completeChanged();
}
