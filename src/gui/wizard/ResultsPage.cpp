#include "gui/wizard/ResultsPage.h"

#include "core/failedrows/FailedRowsExport.h"
#include "core/journal/ImportJournal.h"
#include "core/mapping/MappingProfile.h"
#include "core/source/SameFile.h"
#include "gui/models/FailedRowFilterProxyModel.h"
#include "gui/models/FailedRowModel.h"
#include "gui/wizard/WizardSession.h"

#include "ui_ResultsPage.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QKeySequence>
#include <QLocale>
#include <QMap>
#include <QShortcut>
#include <QWizard>
#include <QtConcurrent>

ResultsPage::ResultsPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ResultsPage>())
    , m_session(session)
    , m_failed(new FailedRowModel(this))
    , m_filter(new FailedRowFilterProxyModel(this))
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
    // Long error messages must not widen the window; the full text is in the list's tooltips.
    m_ui->groupCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->groupCombo->setMinimumContentsLength(30);

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
    m_failed->setRows(job->headers, failed);
    m_ui->failedView->resizeColumnToContents(FailedRowModel::LineColumn);
    // Message and hint are what a person acts on: wide enough to read (full text in the tooltip),
    // never so wide that the original cells leave the screen.
    const int readable = m_ui->failedView->fontMetrics().averageCharWidth() * 42;
    for (int column : {int(FailedRowModel::MessageColumn), int(FailedRowModel::HintColumn)}) {
        m_ui->failedView->resizeColumnToContents(column);
        m_ui->failedView->setColumnWidth(column, qMin(m_ui->failedView->columnWidth(column), readable));
    }

    const QLocale locale;
    QString totals = tr("%1 rows in the file: %2 imported, %3 failed on the server, %4 not sent because of errors.")
                         .arg(locale.toString(job->totalRows), locale.toString(success),
                              locale.toString(failedOnServer), locale.toString(job->invalidRows));
    if (processing > 0)
        totals += QLatin1Char(' ') +
                  tr("%1 rows are still being processed by the server.").arg(locale.toString(processing));
    if (notSent > 0 && job->state == JournalJob::State::Cancelled)
        totals += QLatin1Char(' ') +
                  tr("%1 rows were not sent because the import was cancelled.").arg(locale.toString(notSent));
    else if (notSent > 0)
        totals += QLatin1Char(' ') +
                  tr("%1 rows are not sent yet; resume the job from the first page.").arg(locale.toString(notSent));
    if (failed.isEmpty())
        totals += QLatin1Char(' ') + tr("Nothing to fix.");
    else
        totals += QLatin1Char(' ') + tr("Export the failed rows, fix them in Excel, then import the fixed file.");
    m_ui->totalsLabel->setText(totals);

    QMap<QString, int> groups;
    for (const FailedRow &row : failed)
        ++groups[FailedRowModel::groupKey(row)];
    const QSignalBlocker blocker(m_ui->groupCombo);
    m_ui->groupCombo->clear();
    m_ui->groupCombo->addItem(tr("All failed rows (%1)").arg(locale.toString(failed.size())), QString());
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        m_ui->groupCombo->addItem(tr("%1 (%2 rows)").arg(it.key(), locale.toString(it.value())), it.key());
    m_filter->setGroup(QString());
    m_ui->copyButton->setEnabled(!failed.isEmpty());
    m_ui->exportButton->setEnabled(!failed.isEmpty());
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
    const QString path = QFileDialog::getSaveFileName(this, tr("Export failed rows"), tr("failed-rows.csv"),
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
                m_ui->exportStatusLabel->setText(overwrite);
                emit exported(path, false);
                return;
            }
        }
    }
    const QStringList headers = m_failed->headers();
    const QList<FailedRow> rows = m_failed->rows();
    m_ui->exportButton->setEnabled(false);
    // Written off the UI thread: a large failure list must not freeze the window.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        m_ui->exportButton->setEnabled(true);
        m_ui->exportStatusLabel->setText(
            error.isEmpty() ? tr("Exported to %1. Fix the rows there, then use \"Import the fixed file\".")
                                  .arg(QDir::toNativeSeparators(path))
                            : error);
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
