#include "gui/wizard/HistoryPage.h"

#include "api/http/ApiClient.h"
#include "core/failedrows/FailedRowMatcher.h"
#include "core/journal/ImportJournal.h"
#include "gui/models/ImportHistoryModel.h"
#include "gui/models/JournalJobModel.h"
#include "gui/widgets/ServerImportDialog.h"
#include "gui/wizard/ImportWizard.h"
#include "gui/wizard/WizardSession.h"

#include "ui_HistoryPage.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QLocale>
#include <QUrlQuery>

HistoryPage::HistoryPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::HistoryPage>())
    , m_session(session)
    , m_jobs(new JournalJobModel(this))
    , m_imports(new ImportHistoryModel(this))
{
    m_ui->setupUi(this);
    setTitle(tr("History"));
    setSubTitle(tr("Imports started on this computer, and the imports your account received."));
    setFinalPage(true);
    m_ui->jobsView->setModel(m_jobs);
    m_ui->jobsView->verticalHeader()->hide();
    m_ui->jobsView->horizontalHeader()->setSectionResizeMode(JournalJobModel::DestinationColumn, QHeaderView::Stretch);
    m_ui->importsView->setModel(m_imports);
    m_ui->importsView->verticalHeader()->hide();
    // The import id is the last column; a header property (unlike a per-section mode) survives the
    // model resets of every page load.
    m_ui->importsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->importsView->setWordWrap(false);
    m_ui->jobsView->setWordWrap(false);

    // One selection across both lists: "Open results" opens whichever row was picked last.
    connect(m_ui->jobsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_ui->importsView->selectionModel()->clear();
                updateButtons();
            });
    connect(m_ui->importsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_ui->jobsView->selectionModel()->clear();
                updateButtons();
            });
    // A click on the row that is current already changes the selection only, not the current row.
    for (QTableView *view : {m_ui->jobsView, m_ui->importsView})
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryPage::updateButtons);
    connect(m_ui->jobsView, &QTableView::activated, this, &HistoryPage::openSelected);
    connect(m_ui->importsView, &QTableView::activated, this, &HistoryPage::openSelected);
    connect(m_ui->openButton, &QPushButton::clicked, this, &HistoryPage::openSelected);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &HistoryPage::refresh);
    connect(m_ui->moreButton, &QPushButton::clicked, this, &HistoryPage::loadMore);
    updateButtons();
}

HistoryPage::~HistoryPage()
{
    if (m_request)
        m_request->disconnect(this);
}

int HistoryPage::nextId() const
{
    return m_openJob ? ImportWizard::ResultsPageId : -1;
}

void HistoryPage::setPageSize(int rows)
{
    m_imports->setPageSize(rows);
}

void HistoryPage::initializePage()
{
    reloadJobs();
    refresh();
}

void HistoryPage::cleanupPage()
{
    if (m_request) {
        m_request->disconnect(this);
        m_request->abort();
    }
}

void HistoryPage::reloadJobs()
{
    ImportJournal journal;
    QString error;
    if (!journal.open(&error)) {
        m_jobs->setEntries({});
        m_ui->jobsStatusLabel->setText(error);
        return;
    }
    m_jobs->reload(journal, false);
    m_ui->jobsStatusLabel->setText(m_jobs->rowCount() == 0 ? tr("No imports were started on this computer yet.")
                                                           : QString());
    m_ui->jobsView->resizeColumnsToContents();
}

void HistoryPage::setStatus(const QString &text)
{
    m_ui->importsStatusLabel->setText(text);
}

void HistoryPage::updateButtons()
{
    const bool loading = isLoading();
    m_ui->refreshButton->setEnabled(!loading);
    m_ui->moreButton->setEnabled(!loading && m_imports->hasMore() && m_imports->loaded() > 0);
    const bool selected = m_ui->jobsView->selectionModel()->hasSelection() ||
                          m_ui->importsView->selectionModel()->hasSelection();
    m_ui->openButton->setEnabled(!loading && selected);
}

void HistoryPage::refresh()
{
    if (m_request) {
        m_request->disconnect(this);
        m_request->abort();
    }
    m_imports->clear();
    loadMore();
}

void HistoryPage::loadMore()
{
    if (isLoading())
        return;
    if (!m_session->apiBaseUrl().isValid()) {
        setStatus(tr("Not connected. Go back to the first page and choose practice or your account."));
        updateButtons();
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("select"),
                       QStringLiteral("id,created_at,total_count,success_count,failed_count"));
    query.addQueryItem(QStringLiteral("order"), QStringLiteral("created_at.desc"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_imports->pageSize()));
    query.addQueryItem(QStringLiteral("offset"), QString::number(m_imports->loaded()));
    m_request = m_session->api()->get(QStringLiteral("import"), query);
    connect(m_request, &ApiRequest::finished, this, &HistoryPage::pageLoaded);
    setStatus(tr("Loading the imports of %1…").arg(m_session->apiBaseUrl().toDisplayString()));
    m_request->start();
    updateButtons();
}

void HistoryPage::pageLoaded(const ApiResult &result)
{
    m_request = nullptr;
    if (!result.ok()) {
        setStatus(result.errorText);
        updateButtons();
        return;
    }
    m_imports->appendPage(result.json.array());
    // Not the last (stretched) column: sizing it by hand would end its stretching.
    for (int column = 0; column < ImportHistoryModel::IdColumn; ++column)
        m_ui->importsView->resizeColumnToContents(column);
    const QLocale locale;
    if (m_imports->loaded() == 0)
        setStatus(tr("The account has no imports yet."));
    else if (m_imports->hasMore())
        setStatus(
            tr("The newest %1 imports. \"Load more\" shows older ones.").arg(locale.toString(m_imports->loaded())));
    else if (m_imports->loaded() == 1)
        setStatus(tr("The account has this one import."));
    else
        setStatus(tr("All %1 imports of the account.").arg(locale.toString(m_imports->loaded())));
    updateButtons();
}

void HistoryPage::openSelected()
{
    const QModelIndex job = m_ui->jobsView->selectionModel()->currentIndex();
    if (job.isValid() && m_ui->jobsView->selectionModel()->hasSelection()) {
        openJob(job.siblingAtColumn(0).data(JournalJobModel::JobIdRole).toString());
        return;
    }
    const QModelIndex import = m_ui->importsView->selectionModel()->currentIndex();
    if (import.isValid() && m_ui->importsView->selectionModel()->hasSelection())
        openImport(import.siblingAtColumn(0).data(ImportHistoryModel::ImportIdRole).toString());
}

void HistoryPage::openJob(const QString &jobId)
{
    if (jobId.isEmpty() || !wizard())
        return;
    // The Results page shows the session's job: this one, with its failed rows from the journal.
    m_session->setJobId(jobId);
    m_openJob = true;
    wizard()->next();
    m_openJob = false;
}

void HistoryPage::openImport(const QString &importId)
{
    if (importId.isEmpty() || isLoading())
        return;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id"), QStringLiteral("eq.") + importId);
    query.addQueryItem(QStringLiteral("select"),
                       QStringLiteral("id,created_at,total_count,success_count,failed_count,failed"));
    m_request = m_session->api()->get(QStringLiteral("import"), query);
    connect(m_request, &ApiRequest::finished, this, &HistoryPage::importLoaded);
    setStatus(tr("Loading the results of import %1…").arg(importId));
    m_request->start();
    updateButtons();
}

ServerImportDialog::SourceRows HistoryPage::journalRows(const QJsonObject &import) const
{
    // Sent from this computer: the journal holds the batch's lines, cells and exact payload, so each
    // failed entry can be pinned to its source row as on the Results page.
    ServerImportDialog::SourceRows source;
    ImportJournal journal;
    if (!journal.open())
        return source;
    const auto batch = journal.batchForImport(import.value(QLatin1String("id")).toString());
    const auto job = batch ? journal.job(batch->jobId) : std::nullopt;
    if (!job)
        return source;
    source.fileName = QFileInfo(job->source.path).fileName();
    source.headers = job->headers;
    source.rows = FailedRowMatcher::match(journal.payload(batch->id), batch->recordIndexes, batch->lines,
                                          journal.cells(batch->id), import.value(QLatin1String("failed")).toArray(),
                                          batch->id);
    return source;
}

void HistoryPage::importLoaded(const ApiResult &result)
{
    m_request = nullptr;
    updateButtons();
    if (!result.ok()) {
        setStatus(result.errorText);
        return;
    }
    const QJsonArray rows = result.json.array();
    if (rows.isEmpty()) {
        setStatus(tr("The account has no such import any more. Refresh the list."));
        return;
    }
    setStatus(QString());
    const QJsonObject import = rows.first().toObject();
    auto *dialog = new ServerImportDialog(import, journalRows(import), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();   // window-modal, not blocking: the event loop keeps running
    emit importOpened(dialog);
}
