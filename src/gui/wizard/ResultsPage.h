#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class ResultsPage;
}
class FailedRowDetail;
class FailedRowFilterProxyModel;
class FailedRowModel;
class QLabel;
class WizardSession;

// Page 6: what happened — totals, failed rows with line, every reason in plain words and the
// original cells (the cells to fix highlighted), grouped by reason with counts; a detail pane under
// the table; filter and search with "n of m", copy, export beside the source, "Import the fixed file".
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
    FailedRowDetail *detailPane() const { return m_detail; }
    QString matchCountText() const;
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
    void updateMatchCount();

    std::unique_ptr<Ui::ResultsPage> m_ui;
    WizardSession *m_session;
    FailedRowModel *m_failed;
    FailedRowFilterProxyModel *m_filter;
    FailedRowDetail *m_detail;
    QLabel *m_matchLabel;
    QString m_shownJob;
    QString m_sourcePath;
};
