#pragma once

#include "gui/widgets/ServerImportDialog.h"

#include <QPointer>
#include <QWizardPage>

#include <memory>

namespace Ui {
class HistoryPage;
}
class ApiRequest;
class ImportHistoryModel;
class JournalJobModel;
class ServerImportDialog;
class WizardSession;
struct ApiResult;

// Page 7: import jobs from the local journal and past imports of the connected account from
// GET /import, newest first, a page at a time ("Load more"). Loading runs in the background with
// its state and any error shown in the page. "Open results" shows a journal job on the Results
// page, and an account's import (GET /import?id=eq.…) in a ServerImportDialog.
class HistoryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit HistoryPage(WizardSession *session, QWidget *parent = nullptr);
    ~HistoryPage() override;

    void initializePage() override;
    void cleanupPage() override;
    int nextId() const override;

    JournalJobModel *jobModel() const { return m_jobs; }
    ImportHistoryModel *importModel() const { return m_imports; }
    bool isLoading() const { return !m_request.isNull(); }
    void setPageSize(int rows);   // rows per GET /import request (at most 50, the API's limit)

    void refresh();
    void loadMore();
    // Opens the results of a journal job (Results page) or of an import in the account (dialog).
    void openJob(const QString &jobId);
    void openImport(const QString &importId);

signals:
    void importOpened(ServerImportDialog *dialog);

private:
    void reloadJobs();
    void pageLoaded(const ApiResult &result);
    void importLoaded(const ApiResult &result);
    ServerImportDialog::SourceRows journalRows(const QJsonObject &import) const;
    void openSelected();
    void updateButtons();
    void setStatus(const QString &text);

    std::unique_ptr<Ui::HistoryPage> m_ui;
    WizardSession *m_session;
    JournalJobModel *m_jobs;
    ImportHistoryModel *m_imports;
    QPointer<ApiRequest> m_request;   // the page or import being fetched: one at a time
    bool m_openJob = false;   // while jumping to the Results page
};
