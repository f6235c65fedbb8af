#include "gui/wizard/ResultsPage.h"

#include "core/failedrows/FailedRowsExport.h"
#include "core/journal/ImportJournal.h"
#include "core/mapping/MappingProfile.h"
#include "core/source/SameFile.h"
#include "gui/models/FailedRowFilterProxyModel.h"
#include "gui/models/FailedRowModel.h"
#include "gui/support/MessageStyle.h"
#include "gui/widgets/FailedRowDetail.h"
#include "gui/wizard/WizardSession.h"

#include "ui_ResultsPage.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QShortcut>
#include <QSplitter>
#include <QWizard>
#include <QtConcurrent>

ResultsPage::ResultsPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ResultsPage>())
    , m_session(session)
    , m_failed(new FailedRowModel(this))
    , m_filter(new FailedRowFilterProxyModel(this))
    , m_detail(new FailedRowDetail(this))
    , m_matchLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    setTitle(tr("Results"));
    setSubTitle(tr("What was imported, and every row that was not — with the reason and what to do."));
    setFinalPage(true);
    m_filter->setSourceModel(m_failed);
    m_ui->failedView->setModel(m_filter);
    m_ui->failedView->sortByColumn(FailedRowModel::LineColumn, Qt::AscendingOrder);
    m_ui->failedView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_ui->failedView->verticalHeader()->hide();
    m_ui->failedView->horizontalHeader()->setDefaultSectionSize(140);
    m_ui->failedView->setWordWrap(false);
    // Long reasons must not widen the window; the whole text is in the detail pane below the table.
    m_ui->groupCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->groupCombo->setMinimumContentsLength(30);

    // The table and, under it, everything about the selected row; the user moves the border.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    const int at = m_ui->verticalLayout->indexOf(m_ui->failedView);
    m_ui->verticalLayout->removeWidget(m_ui->failedView);
    splitter->addWidget(m_ui->failedView);
    m_detail->setParent(splitter);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_ui->verticalLayout->insertWidget(at, splitter, 1);
    m_matchLabel->setObjectName(QStringLiteral("matchLabel"));
    m_ui->filterLayout->addWidget(m_matchLabel);
    connect(m_ui->failedView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_detail->showRow(m_failed, current.isValid() ? m_filter->mapToSource(current).row() : -1);
            });
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ResultsPage::updateMatchCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ResultsPage::updateMatchCount);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ResultsPage::updateMatchCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ResultsPage::updateMatchCount);

    connect(m_ui->groupCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setGroup(m_ui->groupCombo->currentData().toString()); });
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_filter, &FailedRowFilterProxyModel::setSearchText);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &ResultsPage::copySelection);
    auto *copy = new QShortcut(QKeySequence::Copy, m_ui->failedView, nullptr, nullptr, Qt::WidgetShortcut);
    connect(copy, &QShortcut::activated, this, &ResultsPage::copySelection);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ResultsPage::exportFailedRows);
    connect(m_ui->reimportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose the fixed file"), QString(),
                                                          tr("Contact lists (*.csv *.txt *.tsv *.xlsx)"));
        if (!path.isEmpty())
            reimport(path);
    });
}

ResultsPage::~ResultsPage() = default;

void ResultsPage::initializePage()
{
    showJob(m_session->jobId());
}

void ResultsPage::showJob(const QString &jobId)
{
    m_shownJob = jobId;
    m_ui->exportStatusLabel->clear();   // an export message belongs to the job it was written for
    ImportJournal journal;
    QString error;
    if (jobId.isEmpty() || !journal.open(&error)) {
        m_ui->totalsLabel->setText(jobId.isEmpty() ? tr("No import has run in this window yet.") : error);
        m_failed->setRows({}, {});
        updateMatchCount();
        return;
    }
    const auto job = journal.job(jobId);
    if (!job) {
        m_ui->totalsLabel->setText(tr("The import job %1 is not in the journal %2.").arg(jobId, journal.filePath()));
        return;
    }
    // What the server did, batch by batch: imported, failed there, still processing there, never sent.
    qint64 success = 0, failedOnServer = 0, processing = 0, notSent = 0;
    for (const JournalBatch &b : journal.batches(jobId)) {
        if (b.state == BatchState::Split)
            continue;
        success += b.successCount;
        failedOnServer += b.failedCount;
        if (b.state == BatchState::Accepted)
            processing += qMax<qint64>(0, b.rowCount() - b.successCount - b.failedCount);
        else if (b.state == BatchState::Planned || b.state == BatchState::Sending)
            notSent += b.rowCount();
    }
    const QList<FailedRow> failed = journal.failedRows(jobId);
    // Server errors name the column as the file heads it: the job's own mapping says which one.
    ErrorContext context;
    MappingProfile jobProfile;
    if (MappingProfile::fromJson(job->profileJson, &jobProfile, nullptr))
        context.fieldColumns = ErrorContext::columnsOf(jobProfile);
    context.fieldLabels = ErrorContext::labelsOf(m_session->catalog());
    m_sourcePath = job->source.path;
    m_failed->setRows(job->headers, failed, context);
    m_ui->failedView->resizeColumnToContents(FailedRowModel::LineColumn);
    // Readable, never so wide that the original cells leave the screen (the whole text is below).
    const int readable = m_ui->failedView->fontMetrics().averageCharWidth() * 42;
    for (int column : {int(FailedRowModel::ProblemColumn), int(FailedRowModel::MessageColumn)}) {
        m_ui->failedView->resizeColumnToContents(column);
        m_ui->failedView->setColumnWidth(column, qMin(m_ui->failedView->columnWidth(column), readable));
    }

    QStringList totals{tr("%n row(s) in the file:", nullptr, int(job->totalRows)),
                       tr("%n imported,", nullptr, int(success)),
                       tr("%n failed on the server,", nullptr, int(failedOnServer)),
                       tr("%n not sent because of errors.", nullptr, int(job->invalidRows))};
    // Skipped rows (nothing to send, kept back by the import mode) are among the failed rows with
    // their reason, but are no error: counted on their own.
    if (job->skippedRows > 0)
        totals << tr("%n row(s) skipped (not sent, for the reason in the list).", nullptr, int(job->skippedRows));
    if (processing > 0)
        totals << tr("%n row(s) are still being processed by the server.", nullptr, int(processing));
    if (notSent > 0 && job->state == JournalJob::State::Cancelled)
        totals << tr("%n row(s) were not sent because the import was cancelled.", nullptr, int(notSent));
    else if (notSent > 0)
        totals << tr("%n row(s) are not sent yet; resume the import from the first page.", nullptr, int(notSent));
    if (failed.isEmpty())
        totals << tr("Nothing to fix.");
    else
        totals << tr("Export the failed rows, fix them in Excel, then import the fixed file.");
    MessageStyle::show(m_ui->totalsLabel, failed.isEmpty() ? MessageStyle::Kind::Success : MessageStyle::Kind::Warning,
                       totals.join(QLatin1Char(' ')));

    const QSignalBlocker blocker(m_ui->groupCombo);
    m_ui->groupCombo->clear();
    m_ui->groupCombo->addItem(tr("All failed rows (%n)", nullptr, int(failed.size())), QString());
    for (const auto &group : m_failed->groups())
        m_ui->groupCombo->addItem(tr("%1 (%n row(s))", nullptr, group.second).arg(group.first), group.first);
    m_filter->setGroup(QString());
    m_ui->copyButton->setEnabled(!failed.isEmpty());
    m_ui->exportButton->setEnabled(!failed.isEmpty());
    m_detail->showRow(m_failed, -1);
    if (m_filter->rowCount() > 0)
        m_ui->failedView->setCurrentIndex(m_filter->index(0, 0));
    updateMatchCount();
}

void ResultsPage::updateMatchCount()
{
    // "n of m": how many rows the group and the search leave of all failed rows.
    const int all = m_failed->rowCount();
    const int shown = m_filter->rowCount();
    m_matchLabel->setVisible(all > 0);
    m_matchLabel->setText(shown == all ? tr("%n row(s)", nullptr, all)
                                       : tr("%1 of %n row(s)", nullptr, all).arg(QLocale().toString(shown)));
}

void ResultsPage::copySelection()
{
    // Tab-separated with a header line: pastes into Excel as columns, and into a support ticket as text.
    QModelIndexList rows = m_ui->failedView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    QStringList header;
    for (int c = 0; c < m_filter->columnCount(); ++c)
        header << m_filter->headerData(c, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (const QModelIndex &row : rows) {
        QStringList cells;
        for (int c = 0; c < m_filter->columnCount(); ++c)
            cells << m_filter->index(row.row(), c).data().toString().replace(QLatin1Char('\t'), QLatin1Char(' '));
        lines << cells.join(QLatin1Char('\t'));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void ResultsPage::exportFailedRows()
{
    // NAME.failed-rows.csv beside the source, as the command line writes it; the dialog asks
    // before replacing a file, and the source itself is never written over.
    const QString suggested = m_sourcePath.isEmpty() ? QStringLiteral("failed-rows.csv")
                                                     : FailedRowsExport::defaultPath(m_sourcePath);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export failed rows"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void ResultsPage::exportTo(const QString &path)
{
    // Like the source (encoding, delimiter), exactly as `mateo-import run` writes it.
    FailedRowsExport::Options options;
    ImportJournal journal;
    if (journal.open()) {
        if (const auto job = journal.job(m_shownJob)) {
            options = FailedRowsExport::Options::forJob(*job);
            // The export must never replace the file the rows came from.
            const QString overwrite = SameFile::refuseOutput(path, {job->source.path});
            if (!overwrite.isEmpty()) {
                MessageStyle::show(m_ui->exportStatusLabel, MessageStyle::Kind::Error, overwrite);
                emit exported(path, false);
                return;
            }
        }
    }
    options.context = m_failed->context();
    const QStringList headers = m_failed->headers();
    const QList<FailedRow> rows = m_failed->rows();
    m_ui->exportButton->setEnabled(false);
    // Written off the UI thread: a large failure list must not freeze the window.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        m_ui->exportButton->setEnabled(true);
        if (error.isEmpty())
            MessageStyle::show(m_ui->exportStatusLabel, MessageStyle::Kind::Success,
                               tr("Exported to %1. Fix the rows there, then use \"Import the fixed file\".")
                                   .arg(QDir::toNativeSeparators(path)));
        else
            MessageStyle::show(m_ui->exportStatusLabel, MessageStyle::Kind::Error, error);
        emit exported(path, error.isEmpty());
    });
    watcher->setFuture(QtConcurrent::run([path, headers, rows, options] {
        QString error;
        FailedRowsExport::write(path, headers, rows, options, &error);
        return error;
    }));
}

void ResultsPage::reimport(const QString &path)
{
    // The fixed file holds the shown job's rows, so it is mapped as that job was — a job opened
    // from History may have used another mapping than the one this window holds now.
    ImportJournal journal;
    QString error;
    if (!m_shownJob.isEmpty() && journal.open(&error)) {
        MappingProfile jobProfile;
        if (const auto job = journal.job(m_shownJob);
            job && MappingProfile::fromJson(job->profileJson, &jobProfile, &error))
            m_session->setProfile(jobProfile);
    }
    m_session->setPendingReimportFile(path);
    QWizard *w = wizard();
    if (!w)
        return;
    // Back to the start, then on to the File page, which opens the file; the mapping stays.
    w->restart();
    w->next();
}

QString ResultsPage::matchCountText() const
{
    return m_matchLabel->text();
}
