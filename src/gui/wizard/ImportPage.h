#pragma once

#include "api/engine/ImportProgress.h"
#include "api/engine/ImportResult.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <memory>

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
    BatchTableModel *batchModel() const { return m_batches; }
    // Stops sending (the job stays resumable); used when the window closes mid-import.
    void pauseForClose();
    // Continues a journaled job (from the Connect page's list of unfinished imports).
    void resumeJob(const QString &jobId);

signals:
    void importFinished(const ImportResult &result);

private:
    struct Prepared
    {
        QString jobId;
        QString error;
    };

    void prepare();
    void prepared();
    void startEngine(const QString &jobId);
    void refreshBatch(qint64 batchId);
    void showProgress(const ImportProgress &progress);
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
    int m_countdownSeconds = 0;
    QString m_countdownReason;
    bool m_running = false;
    bool m_paused = false;
    bool m_finished = false;
};
