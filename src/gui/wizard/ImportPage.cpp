#include "gui/wizard/ImportPage.h"

#include "api/engine/ImportEngine.h"
#include "api/engine/JobWriter.h"
#include "api/http/ApiClient.h"
#include "core/journal/ImportJournal.h"
#include "core/journal/SourceFingerprint.h"
#include "gui/models/BatchTableModel.h"
#include "gui/wizard/WizardSession.h"

#include "ui_ImportPage.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QTimer>
#include <QtConcurrent>

ImportPage::ImportPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ImportPage>())
    , m_session(session)
    , m_batches(new BatchTableModel(this))
    , m_countdown(new QTimer(this))
{
    m_ui->setupUi(this);
    setTitle(tr("Import"));
    setSubTitle(tr("The contacts are sent in batches. You can pause or close the window: the import can be resumed."));
    setCommitPage(true);
    m_ui->batchView->setModel(m_batches);
    m_ui->batchView->verticalHeader()->hide();
    m_ui->batchView->horizontalHeader()->setSectionResizeMode(BatchTableModel::ImportIdColumn, QHeaderView::Stretch);
    // "22 (Zeilen 2–25)" and the German state names must fit on one line.
    for (int column : {int(BatchTableModel::RowsColumn), int(BatchTableModel::StateColumn)})
        m_ui->batchView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_ui->resumeButton->setVisible(false);
    m_ui->pauseButton->setEnabled(false);
    m_ui->cancelButton->setEnabled(false);
    m_ui->explanationLabel->setText(
        tr("Pause stops sending after the current batch. Cancel stops for good; batches the server already accepted "
           "still finish there and are counted."));
    m_ui->overallProgress->setFormat(tr("%p %"));
    m_countdown->setInterval(1000);

    m_journal = std::make_unique<ImportJournal>();
    QString error;
    if (!m_journal->open(&error))
        m_ui->retryLabel->setText(error);
    m_engine = new ImportEngine(m_journal.get(), m_session->api(), this);
    m_engine->setInteractive(true);   // wait for the quota and ask for a new key instead of stopping

    connect(&m_preparing, &QFutureWatcher<Prepared>::finished, this, &ImportPage::prepared);
    connect(m_countdown, &QTimer::timeout, this, &ImportPage::tickCountdown);
    connect(m_engine, &ImportEngine::planReady, this,
            [this](const ImportPlan &plan) { m_ui->explanationLabel->setText(plan.text()); });
    connect(m_engine, &ImportEngine::batchStateChanged, this,
            [this](qint64 batchId, int, BatchState) { refreshBatch(batchId); });
    connect(m_engine, &ImportEngine::progress, this, &ImportPage::showProgress);
    connect(m_engine, &ImportEngine::retryCountdown, this, [this](int seconds, const QString &reason) {
        m_countdownSeconds = seconds;
        m_countdownReason = reason;
        m_countdown->start();
        tickCountdown();
    });
    connect(m_engine, &ImportEngine::waitingForQuota, this, [this](const QDateTime &resumeAt, const QString &message) {
        m_ui->retryLabel->setText(tr("%1 Sending continues by itself at %2 — you may also close the window and "
                                     "resume later.")
                                      .arg(message, QLocale().toString(resumeAt.toLocalTime(), QLocale::ShortFormat)));
        showQuota();
    });
    connect(m_engine, &ImportEngine::authenticationRequired, this, &ImportPage::askForNewKey);
    connect(m_engine, &ImportEngine::finished, this, &ImportPage::finished);

    connect(m_ui->pauseButton, &QPushButton::clicked, this, [this] {
        m_engine->pause();
        m_paused = true;
        m_ui->pauseButton->setVisible(false);
        m_ui->resumeButton->setVisible(true);
        m_ui->retryLabel->setText(tr("Paused. Nothing new is sent; a batch already on its way still completes."));
    });
    connect(m_ui->resumeButton, &QPushButton::clicked, this, [this] {
        m_engine->resume();
        m_paused = false;
        m_ui->resumeButton->setVisible(false);
        m_ui->pauseButton->setVisible(true);
        m_ui->retryLabel->clear();
    });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        m_engine->cancel();
        m_ui->pauseButton->setEnabled(false);
        m_ui->resumeButton->setEnabled(false);
        m_ui->cancelButton->setEnabled(false);
        m_ui->retryLabel->setText(tr("Cancelling: no new batches are sent. Batches the server already accepted "
                                     "still finish there; their results follow."));
    });
}

ImportPage::~ImportPage()
{
    m_preparing.waitForFinished();
}

bool ImportPage::isRunning() const
{
    return m_running || m_preparing.isRunning();
}

void ImportPage::initializePage()
{
    if (!m_running && !m_finished && !m_preparing.isRunning())
        prepare();
}

void ImportPage::cleanupPage()
{
    // Only reached by restarting the wizard (this is a commit page): the next visit is a new job.
    if (isRunning())
        return;
    m_finished = false;
    m_batches->setBatches({});
    m_ui->overallProgress->setValue(0);
    m_ui->rateLabel->clear();
    m_ui->etaLabel->clear();
    m_ui->retryLabel->clear();
}

bool ImportPage::isComplete() const
{
    return m_finished;
}

void ImportPage::prepare()
{
    const auto source = m_session->effectiveSource();
    if (!source)
        return;
    m_ui->retryLabel->setText(tr("Preparing the batches…"));
    m_ui->overallProgress->setRange(0, 0);   // busy until the job is journaled
    const MappingProfile profile = m_session->profile();
    const FieldCatalog catalog = m_session->catalog();
    const QUrl apiUrl = m_session->api()->baseUrl();
    const QString path = m_session->filePath();
    const SourceDescription description = m_session->sourceDescription();
    // Checking every row and journaling the batches happens off the UI thread, with its own journal
    // connection (one per thread) — the same JobWriter as `mateo-import run`, so the same job.
    m_preparing.setFuture(QtConcurrent::run([=]() {
        Prepared result;
        const SourceFingerprint fingerprint = SourceFingerprint::of(path, &result.error);
        if (!fingerprint.isValid())
            return result;
        ImportJournal journal;
        if (!journal.open(&result.error))
            return result;
        JobWriter writer(&journal, apiUrl);
        result.jobId = writer.write(fingerprint, *source, description, profile, catalog, 0, &result.error);
        return result;
    }));
}

void ImportPage::prepared()
{
    const Prepared result = m_preparing.result();
    m_ui->overallProgress->setRange(0, 100);
    if (result.jobId.isEmpty()) {
        m_ui->retryLabel->setText(tr("The import could not be prepared: %1").arg(result.error));
        return;
    }
    startEngine(result.jobId);
}

void ImportPage::resumeJob(const QString &jobId)
{
    startEngine(jobId);
}

void ImportPage::startEngine(const QString &jobId)
{
    m_session->setJobId(jobId);
    QList<BatchTableModel::Batch> rows;
    m_batches->setBatches({});
    for (const JournalBatch &b : m_journal->batches(jobId))
        refreshBatch(b.id);
    m_running = true;
    m_ui->retryLabel->clear();
    m_ui->pauseButton->setEnabled(true);
    m_ui->cancelButton->setEnabled(true);
    m_engine->start(jobId);
    showQuota();
}

void ImportPage::refreshBatch(qint64 batchId)
{
    const auto batch = m_journal->batch(batchId);
    if (!batch || batch->state == BatchState::Split)
        return;
    BatchTableModel::Batch row;
    row.id = batch->id;
    row.firstLine = batch->lines.isEmpty() ? 0 : batch->lines.first();
    row.lastLine = batch->lines.isEmpty() ? 0 : batch->lines.last();
    row.size = batch->rowCount();
    row.state = BatchStates::toString(batch->state);
    row.importId = batch->importId;
    row.succeeded = batch->successCount;
    row.failed = batch->failedCount;
    m_batches->upsert(row);
}

void ImportPage::showProgress(const ImportProgress &p)
{
    const QLocale locale;
    const qint64 toSend = qMax<qint64>(1, p.rowsToSend);
    m_ui->overallProgress->setValue(int(p.processedRows * 100 / toSend));
    m_ui->rateLabel->setText(tr("%1 of %2 rows processed · %3 rows/s")
                                 .arg(locale.toString(p.processedRows), locale.toString(p.rowsToSend),
                                      locale.toString(p.rowsPerSecond, 'f', 0)));
    // No estimate once everything is processed: "about 0 seconds left" says nothing.
    if (p.etaSeconds > 0 && p.processedRows < p.rowsToSend)
        m_ui->etaLabel->setText(tr("about %1 left")
                                    .arg(p.etaSeconds < 90
                                             ? tr("%n second(s)", nullptr, int(p.etaSeconds))
                                             : tr("%n minute(s)", nullptr, int((p.etaSeconds + 59) / 60))));
    else
        m_ui->etaLabel->clear();
    // Batches change state without always emitting per batch (polls update counts): refresh them.
    for (const BatchTableModel::Batch &b : m_batches->batches())
        refreshBatch(b.id);
    showQuota();
}

void ImportPage::showQuota()
{
    const QuotaBudget budget = m_engine->budgetToday();
    m_ui->quotaBar->setRange(0, int(qMin<qint64>(budget.dailyEntities, INT_MAX)));
    m_ui->quotaBar->setValue(int(qMin<qint64>(budget.usedEntities, budget.dailyEntities)));
    m_ui->quotaBar->setFormat(
        tr("%1 of %2 contacts today")
            .arg(QLocale().toString(budget.usedEntities), QLocale().toString(budget.dailyEntities)));
}

void ImportPage::tickCountdown()
{
    if (m_countdownSeconds <= 0) {
        m_countdown->stop();
        m_ui->retryLabel->setText(tr("Trying again…"));
        return;
    }
    m_ui->retryLabel->setText(
        tr("%1 Trying again in %n second(s).", nullptr, m_countdownSeconds).arg(m_countdownReason));
    --m_countdownSeconds;
}

void ImportPage::askForNewKey(const QString &message)
{
    // Non-blocking: the dialog is window-modal and answers through a signal; the job waits journaled.
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New API key needed"));
    dialog->setLabelText(tr("%1\n\nEnter a valid API key to continue; nothing has been lost.").arg(message));
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &key) {
        if (key.trimmed().isEmpty())
            return;
        m_engine->setApiKey(key.trimmed());   // the session's client: the one place the key is kept
        m_engine->resume();
    });
    dialog->open();
}

void ImportPage::pauseForClose()
{
    if (m_running)
        m_engine->pause();
}

void ImportPage::finished(const ImportResult &result)
{
    m_running = false;
    m_countdown->stop();
    m_ui->pauseButton->setEnabled(false);
    m_ui->resumeButton->setEnabled(false);
    m_ui->cancelButton->setEnabled(false);
    for (const BatchTableModel::Batch &b : m_batches->batches())
        refreshBatch(b.id);
    m_ui->retryLabel->setText(result.message);
    const bool resumable = result.outcome == ImportResult::Outcome::QuotaStopped ||
                           result.outcome == ImportResult::Outcome::AuthenticationRequired ||
                           result.outcome == ImportResult::Outcome::ConnectionFailed;
    if (resumable) {
        m_ui->retryLabel->setText(tr("%1 The job is saved; resume it from the first page or with "
                                     "\"mateo-import resume\".")
                                      .arg(result.message));
    }
    m_finished = true;
    m_ui->overallProgress->setValue(100);
    emit completeChanged();
    emit importFinished(result);
}
