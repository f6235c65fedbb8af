#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class ImportPage;
}
class BatchTableModel;
class WizardSession;

// Page 5: the import running — overall progress, batches, rows/s, ETA, the daily quota, retries
// and 429 waits; pause, resume and cancel. Closing the window mid-import asks first.
class ImportPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPage(WizardSession *session, QWidget *parent = nullptr);
    ~ImportPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool isRunning() const { return m_running; }
    BatchTableModel *batchModel() const { return m_batches; }

signals:
    void importFinished();

private:
    void start();

    std::unique_ptr<Ui::ImportPage> m_ui;
    WizardSession *m_session;
    BatchTableModel *m_batches;
    bool m_running = false;
    bool m_finished = false;
};
