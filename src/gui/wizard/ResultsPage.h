#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class ResultsPage;
}
class FailedRowFilterProxyModel;
class FailedRowModel;
class WizardSession;

// Page 6: what happened — totals, failed rows with line, code, message, hint and the original
// cells, grouped by error; filter, search, copy, export, and "Import the fixed file".
class ResultsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ResultsPage(WizardSession *session, QWidget *parent = nullptr);
    ~ResultsPage() override;

    void initializePage() override;
    int nextId() const override { return -1; }

    FailedRowModel *failedModel() const { return m_failed; }
    FailedRowFilterProxyModel *failedFilter() const { return m_filter; }
    // Shows the results of a journaled job (this window's import or one picked in History).
    void showJob(const QString &jobId);
    // Restarts the wizard on `path` with the same mapping (the fixed failed rows).
    void reimport(const QString &path);
    // Writes the failed rows as a CSV to fix (original columns + error columns), off the UI thread.
    void exportTo(const QString &path);

signals:
    void exported(const QString &path, bool ok);

private:
    void copySelection();
    void exportFailedRows();

    std::unique_ptr<Ui::ResultsPage> m_ui;
    WizardSession *m_session;
    FailedRowModel *m_failed;
    FailedRowFilterProxyModel *m_filter;
    QString m_shownJob;
};
