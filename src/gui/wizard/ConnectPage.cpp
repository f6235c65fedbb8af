#include "gui/wizard/ConnectPage.h"

#include "api/http/ConnectionCheck.h"
#include "api/http/UrlPolicy.h"
#include "api/local/ApiKeyLookup.h"
#include "api/local/KeychainStore.h"
#include "api/local/SandboxLauncher.h"
#include "core/journal/ImportJournal.h"
#include "gui/support/PracticeOrigins.h"
#include "gui/widgets/UnfinishedJobsBox.h"
#include "gui/wizard/ImportPage.h"
#include "gui/wizard/ImportWizard.h"
#include "gui/wizard/WizardSession.h"

#include "ui_ConnectPage.h"

#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {
const char kApiUrlSetting[] = "connection/apiUrl";
}

ConnectPage::ConnectPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ConnectPage>())
    , m_session(session)
    , m_sandbox(new SandboxLauncher(this))
    , m_check(new ConnectionCheck(this))
    , m_keychain(new KeychainStore(this))
    , m_keyLookup(new ApiKeyLookup(this))
{
    m_ui->setupUi(this);
    setTitle(tr("Connect"));
    setSubTitle(tr("Import into your Hellomateo account, or practise first with sample data."));
    m_ui->apiUrlEdit->setText(rememberedApiUrl().toString());
    m_ui->resumeGroup->placeInTabOrder(m_ui->testButton, m_ui->historyButton);
    addStepsOverview();

    connect(m_sandbox, &SandboxLauncher::ready, this, [this](const QUrl &url) {
        m_practiceReady = true;
        PracticeOrigins::remember(url);   // History tells its jobs from an account's on 127.0.0.1
        m_ui->statusLabel->setText(
            tr("Practice sandbox ready at %1. Nothing you do here reaches a real account.").arg(url.toDisplayString()));
        // Only while this page is shown: a connection chosen elsewhere (a resumed job, History) stays.
        const bool onThisPage = !wizard() || wizard()->currentPage() == this;
        if (m_ui->practiceRadio->isChecked() && onThisPage)
            m_session->setConnection(WizardSession::Mode::Practice, url, QStringLiteral("practice"));
        emit completeChanged();
    });
    connect(m_sandbox, &SandboxLauncher::failed, this,
            [this](const QString &message) { m_ui->statusLabel->setText(message); });
    connect(m_ui->practiceRadio, &QRadioButton::toggled, this, &ConnectPage::updateMode);
    connect(m_ui->practiceRadio, &QRadioButton::clicked, this, [this] { m_userChoseMode = true; });
    connect(m_ui->hellomateoRadio, &QRadioButton::clicked, this, [this] { m_userChoseMode = true; });
    connect(m_ui->apiKeyEdit, &QLineEdit::textEdited, this, [this] {
        m_keyOrigin.clear();   // typed by the user now, not the stored one
    });
    connect(m_ui->apiKeyEdit, &QLineEdit::textChanged, this, [this] {
        m_accountVerified = false;
        m_ui->testStatusLabel->clear();
        emit completeChanged();
    });
    connect(m_ui->apiUrlEdit, &QLineEdit::textChanged, this, [this] {
        m_accountVerified = false;
        emit completeChanged();
    });
    // Another address may have its own stored key.
    connect(m_ui->apiUrlEdit, &QLineEdit::editingFinished, this, [this] {
        if (accountUrl().isValid() && accountOrigin() != m_keyOrigin)
            readKey(accountOrigin());
    });
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectPage::testConnection);
    connect(m_ui->forgetButton, &QPushButton::clicked, this, &ConnectPage::forgetKey);
    connect(m_check, &ConnectionCheck::finished, this, [this](const ConnectionCheck::Result &result) {
        connectionChecked(result.status == ConnectionCheck::Status::Ok, result.message);
    });
    // Reading goes through the lookup the command line uses too (MATEO_API_KEY, else the keychain);
    // writing and removing are the keychain's alone.
    connect(m_keyLookup, &ApiKeyLookup::found, this, &ConnectPage::keyRead);
    connect(m_keyLookup, &ApiKeyLookup::failed, this, &ConnectPage::keychainFailed);
    connect(m_keychain, &KeychainStore::failed, this, &ConnectPage::keychainFailed);
    connect(m_keychain, &KeychainStore::written, this, [this](const QString &origin) {
        m_keyStored = origin == accountOrigin();
        m_keyOrigin = origin;
        m_ui->forgetButton->setEnabled(m_keyStored);
        m_ui->keyStatusLabel->setText(tr("The API key for %1 is stored in the system keychain.").arg(origin));
        advance();
    });
    connect(m_keychain, &KeychainStore::removed, this, [this](const QString &origin) {
        m_keyStored = false;
        m_ui->forgetButton->setEnabled(false);
        if (m_keyOrigin == origin) {
            m_keyOrigin.clear();
            m_ui->apiKeyEdit->clear();
        }
        m_ui->keyStatusLabel->setText(tr("The API key for %1 was removed from the system keychain.").arg(origin));
    });
    connect(m_ui->historyButton, &QPushButton::clicked, this, [this] {
        // History lists the imports of the account chosen here, verified or not (errors show there).
        if (m_ui->hellomateoRadio->isChecked() && !m_accountVerified && accountUrl().isValid())
            m_session->setConnection(WizardSession::Mode::Hellomateo, accountUrl(), m_ui->apiKeyEdit->text().trimmed());
        m_showHistory = true;
        if (wizard())
            wizard()->next();
        m_showHistory = false;
    });
    connect(m_ui->resumeGroup, &UnfinishedJobsBox::resumeRequested, this, &ConnectPage::resumeJob);

    updateMode();
    reloadJobs();
    readKey(accountOrigin());
    startPractice();
}

ConnectPage::~ConnectPage()
{
    // The children outlive m_ui: a sandbox that reports "ready" while it is stopped, or a late
    // keychain answer, must not reach the widgets being destroyed.
    m_sandbox->disconnect(this);
    m_keychain->disconnect(this);
    m_keyLookup->disconnect(this);
    m_check->disconnect(this);
}

QUrl ConnectPage::rememberedApiUrl()
{
    const QString stored = QSettings().value(QLatin1String(kApiUrlSetting)).toString();
    return QUrl(stored.isEmpty() ? QStringLiteral("https://integration.getmateo.com/api/v1") : stored);
}

QUrl ConnectPage::accountUrl() const
{
    return QUrl::fromUserInput(m_ui->apiUrlEdit->text().trimmed());
}

QString ConnectPage::accountOrigin() const
{
    return UrlPolicy::origin(accountUrl());
}

void ConnectPage::initializePage()
{
    reloadJobs();
}

void ConnectPage::reloadJobs()
{
    m_ui->resumeGroup->reload();
}

JournalJobModel *ConnectPage::unfinishedJobs() const
{
    return m_ui->resumeGroup->jobs();
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
    if (m_showHistory || !m_resumeJobId.isEmpty())
        return true;
    if (m_ui->practiceRadio->isChecked())
        return m_practiceReady;
    return !m_ui->apiKeyEdit->text().trimmed().isEmpty() && accountUrl().isValid() && !m_check->isRunning();
}

bool ConnectPage::validatePage()
{
    if (m_showHistory || !m_resumeJobId.isEmpty() || m_ui->practiceRadio->isChecked() || m_accountVerified)
        return true;
    // Not verified yet: check with the server without blocking; the answer moves the wizard on.
    m_advanceWhenVerified = true;
    testConnection();
    return false;
}

int ConnectPage::nextId() const
{
    if (!m_resumeJobId.isEmpty())
        return ImportWizard::ImportPageId;
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

void ConnectPage::connectionChecked(bool ok, const QString &message)
{
    m_ui->testButton->setEnabled(true);
    m_ui->testStatusLabel->setText(message);
    m_accountVerified = ok;
    if (!ok)
        m_advanceWhenVerified = false;
    emit completeChanged();
    if (!ok)
        return;
    const QString key = m_ui->apiKeyEdit->text().trimmed();
    m_session->setConnection(WizardSession::Mode::Hellomateo, accountUrl(), key);
    QSettings().setValue(QLatin1String(kApiUrlSetting), accountUrl().toString(QUrl::RemoveUserInfo));
    const bool alreadyStored = m_keyStored && m_keyOrigin == accountOrigin();
    if (m_ui->rememberCheck->isChecked() && !alreadyStored) {
        // Moving on waits for the keychain, so a failure to store is seen on this page.
        m_ui->keyStatusLabel->setText(tr("Storing the key in the system keychain…"));
        m_keychain->write(accountOrigin(), key);
        return;
    }
    advance();
}

void ConnectPage::addNotice(QWidget *notice)
{
    m_ui->verticalLayout->insertWidget(0, notice);
}

void ConnectPage::advance()
{
    const bool go = m_advanceWhenVerified && m_accountVerified;
    m_advanceWhenVerified = false;
    if (go && wizard() && wizard()->currentPage() == this)
        wizard()->next();
}

void ConnectPage::readKey(const QString &origin)
{
    m_readingKey = true;
    m_keyLookup->lookup(origin);
}

void ConnectPage::keyRead(const QString &key, const QString &origin)
{
    if (!m_pendingResumeJob.isEmpty() && origin == UrlPolicy::origin(m_pendingResumeUrl)) {
        continueResume(key);
        if (origin != accountOrigin())
            return;
    }
    m_readingKey = false;
    if (origin != accountOrigin())
        return;   // the address changed meanwhile; its own read follows
    // The lookup takes MATEO_API_KEY before the keychain (ApiKeyLookup): say which one it was, and
    // offer "Forget key" only for a key the keychain holds.
    const bool fromEnvironment = !key.isEmpty() && key == KeychainStore::keyFromEnvironment();
    m_keyStored = !key.isEmpty() && !fromEnvironment;
    m_ui->forgetButton->setEnabled(m_keyStored);
    if (key.isEmpty()) {
        m_ui->keyStatusLabel->clear();
        return;
    }
    // Only fill in a stored key when the field is empty or holds another stored key: never overwrite typing.
    if (m_ui->apiKeyEdit->text().isEmpty() || !m_keyOrigin.isEmpty()) {
        m_ui->apiKeyEdit->setText(key);
        m_keyOrigin = origin;
    }
    m_ui->keyStatusLabel->setText(
        fromEnvironment
            ? tr("Using the API key from the environment variable MATEO_API_KEY for %1; the system keychain is "
                 "not used.")
                  .arg(origin)
            : tr("Using the API key stored in the system keychain for %1.").arg(origin));
    // A stored key means the user works with the account: preselect it, unless they already chose.
    const bool onThisPage = !wizard() || wizard()->currentPage() == this;
    if (!m_userChoseMode && onThisPage)
        m_ui->hellomateoRadio->setChecked(true);
}

void ConnectPage::keychainFailed(const QString &message, const QString &origin)
{
    if (!m_pendingResumeJob.isEmpty() && origin == UrlPolicy::origin(m_pendingResumeUrl)) {
        if (UrlPolicy::isLoopbackHost(m_pendingResumeUrl.host())) {
            continueResume(QString());   // a practice job needs no key
        } else {
            m_ui->resumeGroup->setStatus(message);
            m_pendingResumeJob.clear();
            m_ui->resumeGroup->setResumeEnabled(true);
        }
        if (origin != accountOrigin())
            return;
    }
    m_readingKey = false;
    m_ui->keyStatusLabel->setText(message);
    // A failed store: the checked key still works for this session; Next goes on from here.
    m_advanceWhenVerified = false;
}

void ConnectPage::forgetKey()
{
    m_ui->keyStatusLabel->setText(tr("Removing the key from the system keychain…"));
    m_keychain->remove(accountOrigin());
}

void ConnectPage::resumeJob(const QString &jobId)
{
    ImportJournal journal;
    QString error;
    if (!journal.open(&error)) {
        m_ui->resumeGroup->setStatus(error);
        return;
    }
    const auto job = journal.job(jobId);
    if (!job || !job->isUnfinished()) {
        m_ui->resumeGroup->setStatus(tr("The import job %1 is no longer unfinished.").arg(jobId));
        reloadJobs();
        return;
    }
    const QUrl url(job->apiUrl);
    const QString origin = UrlPolicy::origin(url);
    if (m_practiceReady && origin == UrlPolicy::origin(m_sandbox->apiBaseUrl())) {
        m_session->setConnection(WizardSession::Mode::Practice, m_sandbox->apiBaseUrl(), QStringLiteral("practice"));
        goToImport(jobId);
        return;
    }
    if (m_accountVerified && origin == accountOrigin()) {
        m_session->setConnection(WizardSession::Mode::Hellomateo, url, m_ui->apiKeyEdit->text().trimmed());
        goToImport(jobId);
        return;
    }
    // The key for the job's account comes from the keychain; the answer continues in continueResume().
    m_pendingResumeJob = jobId;
    m_pendingResumeUrl = url;
    m_ui->resumeGroup->setResumeEnabled(false);
    m_ui->resumeGroup->setStatus(tr("Reading the API key for %1…").arg(origin));
    m_keyLookup->lookup(origin);
}

void ConnectPage::continueResume(const QString &key)
{
    const QString jobId = m_pendingResumeJob;
    const QUrl url = m_pendingResumeUrl;
    m_pendingResumeJob.clear();
    m_ui->resumeGroup->setResumeEnabled(true);
    if (!key.isEmpty()) {
        m_session->setConnection(WizardSession::Mode::Hellomateo, url, key);
        goToImport(jobId);
        return;
    }
    if (UrlPolicy::isLoopbackHost(url.host())) {
        // A practice job from an earlier session: the practice sandbox keeps its data, only its port changes.
        if (!m_practiceReady) {
            m_ui->resumeGroup->setStatus(tr("The practice sandbox is not ready yet. Wait until it is, then resume."));
            return;
        }
        m_session->setConnection(WizardSession::Mode::Practice, m_sandbox->apiBaseUrl(), QStringLiteral("practice"));
        goToImport(jobId);
        return;
    }
    m_ui->resumeGroup->setStatus(tr("No API key for %1 is stored. Choose \"Hellomateo account\", enter the key for "
                                    "that address, test the connection, then resume.")
                                     .arg(UrlPolicy::origin(url)));
}

void ConnectPage::goToImport(const QString &jobId)
{
    auto *importPage = wizard() ? qobject_cast<ImportPage *>(wizard()->page(ImportWizard::ImportPageId)) : nullptr;
    if (!importPage)
        return;
    m_ui->resumeGroup->setStatus(QString());
    // The engine starts before the page shows, so the page continues this job instead of preparing a new one.
    importPage->resumeJob(jobId);
    m_resumeJobId = jobId;
    wizard()->next();
    m_resumeJobId.clear();
}

void ConnectPage::addStepsOverview()
{
    // A first-time user sees what is ahead before choosing anything: nothing is sent until step 4.
    auto *box = new QGroupBox(tr("How the import works"), this);
    box->setObjectName(QStringLiteral("stepsBox"));
    auto *label = new QLabel(box);
    label->setObjectName(QStringLiteral("stepsLabel"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setText(
        QStringLiteral("<ol style=\"margin-left:0\"><li>%1</li><li>%2</li><li>%3</li><li>%4</li><li>%5</li></ol>")
            .arg(tr("Choose the spreadsheet (CSV or Excel) and check how it was read."),
                 tr("Say which column holds what: customer number, email, phone numbers, fields."),
                 tr("Review every problem before anything is sent, including time zones."),
                 tr("Send the contacts in batches. You can pause, close the window and resume later."),
                 tr("Get every row that failed back in a table, fix it in Excel and import it again.")));
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(label);
    m_ui->verticalLayout->insertWidget(m_ui->verticalLayout->indexOf(m_ui->verticalSpacer), box);
}
