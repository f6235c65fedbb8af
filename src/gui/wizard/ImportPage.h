#pragma once

#include "api/engine/ImportProgress.h"
#include "api/engine/ImportResult.h"
#include "api/engine/ImportState.h"
#include "core/journal/JournalJob.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <memory>
#include <optional>

namespace Ui {
class ImportPage;
}
class BatchTableModel;
class ImportEngine;
class ImportJournal;
class QTimer;
class WizardSession;

// Page 5: the import running — overall progress, batches, rows/s, ETA, the daily quota, retries
// and 429 waits with a countdown; pause, resume and cancel. The ImportEngine does the work and
// journals every step, so closing the window mid-import leaves a resumable job.
class ImportPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPage(WizardSession *session, QWidget *parent = nullptr);
    ~ImportPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool isRunning() const;
    // A job was sent (or is being sent) from this page: going back must start afresh, not send again.
    bool hasSentJob() const { return m_started; }
    // The job's state as the engine decides it (every label and button on the page follows it).
    ImportState state() const;
    BatchTableModel *batchModel() const { return m_batches; }
    // Stops sending (the job stays resumable); used when the window closes mid-import.
    void pauseForClose();
    // Continues a journaled job (from the Connect page's list of unfinished imports).
    void resumeJob(const QString &jobId);

signals:
    void importFinished(const ImportResult &result);
    // A journaled job started sending from here: the journal keeps the work from now on.
    void jobStarted(const QString &jobId);
    // Back was pressed after a job was sent from here: the wizard starts afresh (ImportWizard).
    void freshStartWanted();

private:
    struct Prepared
    {
        QString jobId;
        QString error;
        std::optional<JournalJob> earlier;   // the same file, mapping and account, imported before
    };

    void prepare();
    void prepared();
    void startEngine(const QString &jobId);
    void refreshBatch(qint64 batchId);
    void showProgress(const ImportProgress &progress);
    void askAboutEarlierImport(const JournalJob &earlier);
    QString statusText(const ImportProgress &p) const;
    void showQuota();
    void finished(const ImportResult &result);
    void askForNewKey(const QString &message);
    void tickCountdown();

    std::unique_ptr<Ui::ImportPage> m_ui;
    WizardSession *m_session;
    BatchTableModel *m_batches;
    std::unique_ptr<ImportJournal> m_journal;
    ImportEngine *m_engine = nullptr;
    QFutureWatcher<Prepared> m_preparing;
    QTimer *m_countdown;
    QTimer *m_statusTick;
    int m_countdownSeconds = 0;
    QString m_countdownReason;
    QString m_quotaMessage;
    QString m_finalMessage;
    bool m_running = false;
    bool m_started = false;
    bool m_finished = false;
    bool m_sendAgain = false;   // the user chose to import the same file again
    bool m_showEarlier = false;   // "Open its results": Results shows the earlier job
};
