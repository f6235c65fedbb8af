#include "gui/wizard/ImportPage.h"

#include "api/engine/ImportEngine.h"
#include "api/engine/JobWriter.h"
#include "api/http/ApiClient.h"
#include "core/journal/ImportJournal.h"
#include "core/journal/RowChangeLog.h"
#include "core/journal/SourceFingerprint.h"
#include "core/preview/ModeSelection.h"
#include "gui/models/BatchTableModel.h"
#include "gui/wizard/WizardSession.h"

#include "ui_ImportPage.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QWizard>
#include <QtConcurrent>

ImportPage::ImportPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ImportPage>())
    , m_session(session)
    , m_batches(new BatchTableModel(this))
    , m_countdown(new QTimer(this))
    , m_statusTick(new QTimer(this))
{
    m_ui->setupUi(this);
    setTitle(tr("Import"));
    setSubTitle(tr("The contacts are sent in batches. You can pause or close the window: the import can be resumed."));
    setCommitPage(true);
    m_ui->batchView->setModel(m_batches);
    m_ui->batchView->verticalHeader()->hide();
    m_ui->batchView->horizontalHeader()->setSectionResizeMode(BatchTableModel::StateColumn, QHeaderView::Stretch);
    // Support staff ask for the import id; it stays out of the table and is copied from the row's menu.
    m_ui->batchView->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copyId = new QAction(tr("Copy import id"), m_ui->batchView);
    connect(copyId, &QAction::triggered, this, [this] {
        const QString id = m_ui->batchView->currentIndex().data(BatchTableModel::ImportIdRole).toString();
        if (!id.isEmpty())
            QGuiApplication::clipboard()->setText(id);
    });
    m_ui->batchView->addAction(copyId);
    // The bar's own text would sit under its fill; the figures go in the label beside it.
    m_ui->quotaBar->setTextVisible(false);
    m_ui->quotaBar->setMaximumWidth(160);
    // A thin meter, not a box: nearly empty (21 of 25,000) it must not look like an input field.
    m_ui->quotaBar->setFixedHeight(qMax(6, fontMetrics().height() / 3));
    // "22 (Zeilen 2–25)" and the German state names must fit on one line.
    for (int column : {int(BatchTableModel::NumberColumn), int(BatchTableModel::RowsColumn)})
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
    // Someone watches: the batches the server still processes are followed closely (1 s, backing off to 10 s).
    m_engine->setPollIntervals(1000, 10000);

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
        m_quotaMessage = tr("%1 Sending continues by itself at %2 — you may also close the window and resume later.")
                             .arg(message, QLocale().toString(resumeAt.toLocalTime(), QLocale::ShortFormat));
        showProgress(m_engine->currentProgress());
    });
    connect(m_engine, &ImportEngine::authenticationRequired, this, &ImportPage::askForNewKey);
    connect(m_engine, &ImportEngine::finished, this, &ImportPage::finished);

    connect(m_engine, &ImportEngine::stateChanged, this, [this] { showProgress(m_engine->currentProgress()); });
    // Labels follow the engine, not the button: the server may still finish batches after Pause.
    connect(m_ui->pauseButton, &QPushButton::clicked, m_engine, &ImportEngine::pause);
    connect(m_ui->resumeButton, &QPushButton::clicked, m_engine, &ImportEngine::resume);
    connect(m_ui->cancelButton, &QPushButton::clicked, m_engine, &ImportEngine::cancel);
    // Once a second, so an estimate goes away when nothing moves (never a frozen "13 seconds").
    m_statusTick->setInterval(1000);
    connect(m_statusTick, &QTimer::timeout, this, [this] {
        if (m_running)
            showProgress(m_engine->currentProgress());
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

ImportState ImportPage::state() const
{
    return m_engine->state();
}

void ImportPage::initializePage()
{
    if (!m_running && !m_finished && !m_preparing.isRunning())
        prepare();
}

void ImportPage::cleanupPage()
{
    // Back from this page. A job that was sent is never sent again from here: the wizard starts
    // afresh (ImportWizard); the next visit is a new job with nothing of this one showing.
    if (isRunning())
        return;
    if (m_started)
        emit freshStartWanted();
    m_finished = false;
    m_started = false;
    m_sendAgain = false;
    m_showEarlier = false;
    m_quotaMessage.clear();
    m_finalMessage.clear();
    m_batches->setBatches({});
    m_ui->overallProgress->setRange(0, 100);
    m_ui->overallProgress->setValue(0);
    m_ui->rateLabel->clear();
    m_ui->etaLabel->clear();
    m_ui->retryLabel->clear();
}

bool ImportPage::isComplete() const
{
    return m_finished || m_showEarlier;
}

void ImportPage::prepare()
{
    const auto source = m_session->effectiveSource();
    if (!source)
        return;
    m_engine->setPreparing(true);
    m_ui->overallProgress->setRange(0, 0);   // busy until the job is journaled
    const MappingProfile profile = m_session->profile();
    const FieldCatalog catalog = m_session->catalog();
    const QUrl apiUrl = m_session->api()->baseUrl();
    const QString path = m_session->filePath();
    const SourceDescription description = m_session->sourceDescription();
    const bool sendAgain = m_sendAgain;
    // A mode other than plain create-and-update sends what its preview (Review page) chose.
    const std::shared_ptr<const PreviewResult> preview = m_session->importMode().needsPreview() ? m_session->preview()
                                                                                                : nullptr;
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
        // The same file, mapping and account imported before: ask before sending it all again.
        if (!sendAgain) {
            result.earlier = JobWriter::earlierImport(journal, fingerprint, profile, apiUrl);
            if (result.earlier)
                return result;
        }
        JobWriter writer(&journal, apiUrl);
        if (!preview) {
            result.jobId = writer.write(fingerprint, *source, description, profile, catalog, 0, &result.error);
            return result;
        }
        SendableRows rows;
        if (!JobWriter::check(*source, profile, catalog, &rows, &result.error))
            return result;
        if (!preview->complete || rows.size() != preview->predictions.size()) {
            result.error = tr("The rows changed since the preview. Go back to Review and run the preview again.");
            return result;
        }
        const QList<RowChangeLog::Entry> changes = RowChangeLog::fromPreview(rows, *preview);
        ModeSelection::apply(&rows, *preview);
        result.jobId = writer.write(JobWriter::describe(fingerprint, *source, description, profile, 0), rows,
                                    source.get(), &result.error);
        // What the preview saw, kept with the job (mateo-import status --job ID --changes OUT.csv).
        RowChangeLog changeLog(ImportJournal::defaultDirectory());
        if (!result.jobId.isEmpty() && changeLog.open())
            changeLog.record(result.jobId, changes);
        return result;
    }));
}

void ImportPage::prepared()
{
    const Prepared result = m_preparing.result();
    m_engine->setPreparing(false);
    m_ui->overallProgress->setRange(0, 100);
    if (result.earlier) {
        askAboutEarlierImport(*result.earlier);
        return;
    }
    if (result.jobId.isEmpty()) {
        m_ui->retryLabel->setText(tr("The import could not be prepared: %1").arg(result.error));
        return;
    }
    startEngine(result.jobId);
}

void ImportPage::askAboutEarlierImport(const JournalJob &earlier)
{
    // Not sent unless the user says so: a second import counts against the quota again.
    qint64 imported = 0, failed = 0;
    ImportJournal journal;
    if (journal.open()) {
        for (const JournalBatch &b : journal.batches(earlier.id)) {
            imported += b.successCount;
            failed += b.failedCount;
        }
        failed += earlier.invalidRows;
    }
    const QLocale locale;
    m_ui->retryLabel->setText(tr("Nothing was sent. This file was already imported with this mapping into this "
                                 "account."));
    auto *box = new QMessageBox(QMessageBox::Question, tr("Import this file again?"),
                                tr("This file was already imported with the same mapping into this account on %1: "
                                   "%2 rows imported, %3 not imported.\n\nImporting it again sends every row once "
                                   "more and counts against today's quota.")
                                    .arg(locale.toString(earlier.createdAt.toLocalTime(), QLocale::ShortFormat),
                                         locale.toString(imported), locale.toString(failed)),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("earlierImportQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *dontSend = box->addButton(tr("&Don't send"), QMessageBox::RejectRole);
    QPushButton *open = box->addButton(tr("&Open its results"), QMessageBox::ActionRole);
    QPushButton *again = box->addButton(tr("&Send again"), QMessageBox::AcceptRole);
    dontSend->setObjectName(QStringLiteral("dontSendButton"));
    open->setObjectName(QStringLiteral("openResultsButton"));
    again->setObjectName(QStringLiteral("sendAgainButton"));
    box->setDefaultButton(dontSend);
    box->setEscapeButton(dontSend);
    const QString earlierId = earlier.id;
    connect(box, &QMessageBox::finished, this, [this, box, open, again, earlierId] {
        if (box->clickedButton() == again) {
            m_sendAgain = true;
            prepare();
        } else if (box->clickedButton() == open) {
            m_session->setJobId(earlierId);
            m_showEarlier = true;
            emit completeChanged();
            if (wizard())
                wizard()->next();
        } else {
            m_ui->retryLabel->setText(tr("Nothing was sent. Go back to choose another file or mapping."));
        }
    });
    box->open();
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
    m_started = true;
    m_finished = false;
    m_quotaMessage.clear();
    m_finalMessage.clear();
    m_statusTick->start();
    m_engine->start(jobId);
    emit jobStarted(jobId);
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
    const ImportState state = p.state;
    // The bar measures what will be processed: after Cancel, the rows never sent are not waited for.
    const bool cancelled = state == ImportState::Cancelling || state == ImportState::Cancelled;
    const qint64 goal = cancelled ? p.rowsToSend - p.rowsNotSent - p.rowsUnknown : p.rowsToSend;
    if (state == ImportState::Preparing) {
        m_ui->overallProgress->setRange(0, 0);
    } else {
        m_ui->overallProgress->setRange(0, 100);
        m_ui->overallProgress->setValue(goal > 0 ? int(qMin<qint64>(100, p.processedRows * 100 / goal))
                                                 : (state == ImportState::Finished || cancelled ? 100 : 0));
    }
    if (state == ImportState::Preparing || state == ImportState::Idle) {
        m_ui->rateLabel->clear();
    } else if (p.rowsPerSecond > 0) {
        m_ui->rateLabel->setText(tr("%1 of %2 rows processed · %3 rows/s")
                                     .arg(locale.toString(p.processedRows), locale.toString(goal),
                                          locale.toString(p.rowsPerSecond, 'f', 0)));
    } else {
        m_ui->rateLabel->setText(
            tr("%1 of %2 rows processed").arg(locale.toString(p.processedRows), locale.toString(goal)));
    }
    // Only a meaningful estimate (EtaEstimator): none while paused, waiting, or when nothing moves.
    if (p.etaSeconds > 0)
        m_ui->etaLabel->setText(p.etaSeconds < 10 ? tr("a few seconds left")
                                : p.etaSeconds < 90
                                    ? tr("about %n second(s) left", nullptr, int(p.etaSeconds))
                                    : tr("about %n minute(s) left", nullptr, int((p.etaSeconds + 59) / 60)));
    else
        m_ui->etaLabel->clear();
    if (state != ImportState::WaitingForRetry) {
        m_countdown->stop();
        m_ui->retryLabel->setText(statusText(p));
    }

    const bool live = m_running && !cancelled;
    m_ui->pauseButton->setVisible(state != ImportState::Paused);
    m_ui->resumeButton->setVisible(state == ImportState::Paused);
    m_ui->pauseButton->setEnabled(live && (state == ImportState::Sending || state == ImportState::WaitingForRetry ||
                                           state == ImportState::WaitingForQuota));
    m_ui->resumeButton->setEnabled(live && state == ImportState::Paused);
    m_ui->cancelButton->setEnabled(live && state != ImportState::Polling && state != ImportState::Finished &&
                                   state != ImportState::Failed);
    // Batches change state without always emitting per batch (polls update counts): refresh them.
    for (const BatchTableModel::Batch &b : m_batches->batches())
        refreshBatch(b.id);
    showQuota();
}

QString ImportPage::statusText(const ImportProgress &p) const
{
    const QLocale locale;
    switch (p.state) {
    case ImportState::Idle:
        return QString();
    case ImportState::Preparing:
        return tr("Preparing the batches…");
    case ImportState::Sending:
        return tr("Sending batches…");
    case ImportState::Paused:
        if (p.batchesProcessing > 0)
            return tr("Paused: nothing new is sent. %n batch(es) still processing on the server; their rows are "
                      "counted as they finish.",
                      nullptr, p.batchesProcessing);
        return tr("Paused: nothing new is sent. %L1 rows wait to be sent; resume when you are ready.")
            .arg(p.rowsNotSent + p.rowsUnknown);
    case ImportState::WaitingForQuota:
        return m_quotaMessage;
    case ImportState::WaitingForRetry:
        return QString();   // the countdown says it
    case ImportState::WaitingForKey:
        return tr("The API key was refused. Enter a valid key to continue; nothing is lost.");
    case ImportState::Polling:
        return tr("Everything is sent. %n batch(es) still processing on the server.", nullptr, p.batchesProcessing);
    case ImportState::Cancelling:
        return tr("Cancelled: nothing new is sent. %n batch(es) the server already accepted still finish there "
                  "(%L1 rows to go); %L2 rows will not be sent.",
                  nullptr, p.batchesProcessing)
            .arg(p.rowsProcessing)
            .arg(p.rowsNotSent + p.rowsUnknown);
    case ImportState::Finished:
    case ImportState::Cancelled:
    case ImportState::Failed:
        return m_finalMessage;
    }
    return QString();
}

void ImportPage::showQuota()
{
    const QuotaBudget budget = m_engine->budgetToday();
    m_ui->quotaBar->setRange(0, int(qMin<qint64>(budget.dailyEntities, INT_MAX)));
    m_ui->quotaBar->setValue(int(qMin<qint64>(budget.usedEntities, budget.dailyEntities)));
    m_ui->quotaLabel->setText(
        tr("Today: %1 of %2 contacts")
            .arg(QLocale().toString(budget.usedEntities), QLocale().toString(budget.dailyEntities)));
    m_ui->quotaBar->setToolTip(tr("Hellomateo accepts up to %1 contacts a day for this account.")
                                   .arg(QLocale().toString(budget.dailyEntities)));
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
    m_statusTick->stop();
    m_countdown->stop();
    for (const BatchTableModel::Batch &b : m_batches->batches())
        refreshBatch(b.id);
    const bool resumable = result.outcome == ImportResult::Outcome::QuotaStopped ||
                           result.outcome == ImportResult::Outcome::AuthenticationRequired ||
                           result.outcome == ImportResult::Outcome::ConnectionFailed;
    m_finalMessage = resumable ? tr("%1 The job is saved; resume it from the first page or with "
                                    "\"mateo-import resume\".")
                                     .arg(result.message)
                               : result.message;
    m_finished = true;
    showProgress(m_engine->currentProgress());
    m_ui->retryLabel->setText(m_finalMessage);
    emit completeChanged();
    emit importFinished(result);
}
