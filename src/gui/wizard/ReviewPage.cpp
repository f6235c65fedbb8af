#include "gui/wizard/ReviewPage.h"

#include "api/http/UrlPolicy.h"
#include "core/errors/ErrorCatalog.h"
#include "core/journal/ImportJournal.h"
#include "core/journal/ImportPlanner.h"
#include "core/validate/Validator.h"
#include "gui/models/IssueFilterProxyModel.h"
#include "gui/models/IssueTableModel.h"
#include "gui/models/OverlayRecordSource.h"
#include "gui/models/TimeZoneListModel.h"
#include "gui/support/BackgroundPriority.h"
#include "gui/support/DateExamples.h"
#include "gui/support/MessageStyle.h"
#include "gui/widgets/AccountCheckPanel.h"
#include "gui/widgets/DstRuleControl.h"
#include "gui/widgets/TimeZonePicker.h"
#include "gui/wizard/WizardSession.h"

#include "ui_ReviewPage.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QTimer>
#include <QtConcurrent>

ReviewPage::ReviewPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ReviewPage>())
    , m_session(session)
    , m_issues(new IssueTableModel(this))
    , m_filter(new IssueFilterProxyModel(this))
    , m_account(new AccountCheckPanel(session, this))
    , m_recheckTimer(new QTimer(this))
    , m_dstRules(new DstRuleControl(this))
    , m_matchLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    // Above the tabs: a mapping the account cannot take is the first thing to see.
    m_ui->verticalLayout->insertWidget(m_ui->verticalLayout->indexOf(m_ui->reviewTabs), m_account);
    const auto accountChanged = [this] {
        updateCompleteHint();
        emit completeChanged();
    };
    connect(m_account, &AccountCheckPanel::blockingChanged, this, accountChanged);
    connect(m_account, &AccountCheckPanel::modeChanged, this, accountChanged);
    setTitle(tr("Review"));
    setSubTitle(tr("Every row was checked; nothing has been sent yet. Look at the problems and the time zone."));

    m_filter->setSourceModel(m_issues);
    m_ui->issuesView->setModel(m_filter);
    // The check lists problems in line order already; sorting a few hundred thousand rows on every
    // check would freeze the window, so the view sorts only when a column header is clicked.
    m_ui->issuesView->setSortingEnabled(false);
    m_ui->issuesView->horizontalHeader()->setSectionsClickable(true);
    m_ui->issuesView->horizontalHeader()->setSortIndicatorShown(true);
    connect(m_ui->issuesView->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int section) {
        const Qt::SortOrder order = m_filter->sortColumn() == section && m_filter->sortOrder() == Qt::AscendingOrder
                                        ? Qt::DescendingOrder
                                        : Qt::AscendingOrder;
        m_ui->issuesView->horizontalHeader()->setSortIndicator(section, order);
        m_filter->sort(section, order);
    });
    m_matchLabel->setObjectName(QStringLiteral("issueMatchLabel"));
    m_ui->filterLayout->addWidget(m_matchLabel);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ReviewPage::updateMatchCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ReviewPage::updateMatchCount);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ReviewPage::updateMatchCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ReviewPage::updateMatchCount);
    m_ui->issuesView->horizontalHeader()->setSectionResizeMode(IssueTableModel::MessageColumn, QHeaderView::Stretch);
    m_ui->issuesView->verticalHeader()->hide();
    // Wide enough for "Error: Time skipped by daylight saving" and a phone number or a date.
    const int em = fontMetrics().averageCharWidth();
    m_ui->issuesView->horizontalHeader()->setSectionResizeMode(IssueTableModel::ColumnColumn,
                                                               QHeaderView::ResizeToContents);
    m_ui->issuesView->setColumnWidth(IssueTableModel::LineColumn, em * 8);
    m_ui->issuesView->setColumnWidth(IssueTableModel::KindColumn, em * 30);
    m_ui->issuesView->setColumnWidth(IssueTableModel::ValueColumn, em * 22);
    m_ui->kindCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->kindCombo->setMinimumContentsLength(30);

    // Wide enough for "Antigua, Antigua & Barbuda (now UTC-04:00)" without a sideways scroll bar.
    m_ui->zonePicker->setFixedWidth(fontMetrics().averageCharWidth() * 48);
    m_ui->datetimeTable->setColumnCount(4);
    m_ui->datetimeTable->setHorizontalHeaderLabels(
        {tr("Column"), tr("Detected format"), tr("Without offset"), tr("Before → after")});
    // Column and count fit their contents, the format wraps, "before -> after" gets the rest;
    // rows grow with the wrapped text (a handful of date columns, so this stays cheap).
    QHeaderView *dateHeader = m_ui->datetimeTable->horizontalHeader();
    dateHeader->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    dateHeader->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    dateHeader->setStretchLastSection(true);
    m_ui->datetimeTable->setWordWrap(true);
    m_ui->datetimeTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->datetimeTable->verticalHeader()->hide();
    m_ui->dayMonthCombo->addItem(tr("Please choose…"), QString());
    m_ui->dayMonthCombo->addItem(tr("Day before month (03/04 = 3 April)"), QStringLiteral("d/M/yyyy"));
    m_ui->dayMonthCombo->addItem(tr("Month before day (03/04 = March 4)"), QStringLiteral("M/d/yyyy"));
    // The DST choice sits under the DST lines it acts on (its own widget: the page keeps its layout).
    m_ui->datetimeColumn->insertWidget(m_ui->datetimeColumn->indexOf(m_ui->dstLabel) + 1, m_dstRules);
    m_dstRules->setVisible(false);
    connect(m_dstRules, &DstRuleControl::rulesChanged, this,
            [this](MappingProfile::DstGapRule gap, MappingProfile::DstOverlapRule overlap) {
                MappingProfile profile = m_session->profile();
                profile.setDstGapRule(gap);
                profile.setDstOverlapRule(overlap);
                m_session->setProfile(profile);
                // Nothing may be sent on the old check's results: Next waits for the re-check.
                m_validated = false;
                emit completeChanged();
                m_recheckTimer->start();
            });
    // The plan is a few lines: it sits at the top of its tab instead of floating in the middle.
    m_ui->planLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_ui->planLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->planLayout->addStretch(1);
    m_ui->dayMonthLabel->setVisible(false);
    m_ui->dayMonthCombo->setVisible(false);
    m_ui->validateProgress->setVisible(false);
    m_ui->cancelButton->setVisible(false);
    m_ui->recheckButton->setVisible(false);
    m_recheckTimer->setSingleShot(true);
    m_recheckTimer->setInterval(250);   // typing in the zone search must not start a check per key

    connect(&m_watcher, &QFutureWatcher<Checked>::finished, this, &ReviewPage::finishValidation);
    connect(m_recheckTimer, &QTimer::timeout, this, &ReviewPage::startValidation);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ReviewPage::cancelValidation);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setKind(m_ui->kindCombo->currentData().toString()); });
    // The search reads every listed problem: typed words are collected for a moment, not filtered per key.
    auto *searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(200);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, [this] { m_filter->setSearchText(m_ui->searchEdit->text()); });
    auto confirmZone = [this](const QString &zone) {
        if (zone.isEmpty())
            return;
        m_session->setSourceTimeZone(zone);
        // Nothing may be sent on the old check's results: Next waits for the re-check.
        m_validated = false;
        emit completeChanged();
        m_recheckTimer->start();
    };
    connect(m_ui->zonePicker, &TimeZonePicker::zoneChanged, this, confirmZone);
    connect(m_ui->confirmZoneButton, &QPushButton::clicked, this,
            [this, confirmZone] { confirmZone(m_ui->zonePicker->zone()); });
    connect(m_ui->dayMonthCombo, &QComboBox::activated, this, &ReviewPage::applyDayMonthOrder);
    connect(m_ui->fixRadio, &QRadioButton::toggled, this, [this](bool fix) {
        m_issues->setEditable(fix);
        m_ui->issuesView->setEditTriggers(fix ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                                    QAbstractItemView::AnyKeyPressed
                                              : QAbstractItemView::NoEditTriggers);
    });
    connect(m_issues, &IssueTableModel::valueCorrected, this, [this](qint64 line, int column, const QString &value) {
        m_session->setCorrection(line, column, value);
        // Corrections are checked again before anything is sent.
        m_needsRecheck = true;
        m_ui->recheckButton->setVisible(true);
        updateCompleteHint();
        emit completeChanged();
    });
    connect(m_ui->recheckButton, &QPushButton::clicked, this, &ReviewPage::startValidation);
    connect(m_session, &WizardSession::sourceChanged, this, [this] { m_validated = false; });
    connect(m_session, &WizardSession::mappingChanged, this, [this] { m_validated = false; });
}

ReviewPage::~ReviewPage()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void ReviewPage::initializePage()
{
    {
        // Showing the computer's zone is not a confirmation: no signal.
        const QSignalBlocker blocker(m_ui->zonePicker);
        m_ui->zonePicker->setZone(m_session->sourceTimeZone());
    }
    if (!m_validated)
        startValidation();
    m_account->refresh();   // the account may have changed since the Mapping page read it
}

void ReviewPage::cleanupPage()
{
    // Going back to change the mapping means checking again.
    cancelValidation();
    m_validated = false;
}

bool ReviewPage::zoneNeedsConfirmation() const
{
    if (m_session->profile().timeZoneIsExplicit())
        return false;
    for (const DateTimeColumnReport &c : m_report.dateColumns) {
        if (!c.dateOnly && c.naiveCount > 0)
            return true;
    }
    return false;
}

bool ReviewPage::orderNeedsConfirmation() const
{
    for (const DateTimeColumnReport &c : m_report.dateColumns) {
        if (c.dayMonthAmbiguous)
            return true;
    }
    return false;
}

bool ReviewPage::isComplete() const
{
    return m_validated && !m_needsRecheck && !m_watcher.isRunning() && !m_recheckTimer->isActive() &&
           !Validator::hasSetupErrors(m_report) && !zoneNeedsConfirmation() && !orderNeedsConfirmation() &&
           m_report.validRows > 0 && !m_account->blocksImport() && m_session->modeReady();
}

void ReviewPage::updateCompleteHint()
{
    QString hint;
    if (m_account->blocksImport())
        hint = tr("The mapping does not fit this account (see \"Before you send\"). Go back and change it, or "
                  "create the fields in Hellomateo.");
    else if (m_needsRecheck)
        hint = tr("Check the corrections before importing.");
    else if (zoneNeedsConfirmation())
        hint = tr("Confirm the time zone on the Time zone tab before importing.");
    else if (orderNeedsConfirmation())
        hint = tr("Choose the day and month order on the Time zone tab before importing.");
    else if (Validator::hasSetupErrors(m_report))
        hint = tr("The mapping has errors (see the list). Go back and change it.");
    else if (m_validated && m_report.validRows == 0)
        hint = tr("No row can be imported as it is. Fix the problems or go back to the mapping.");
    else if (!m_session->modeReady())
        hint = tr("The import mode needs the preview: run \"Preview changes\" before importing.");
    setSubTitle(hint.isEmpty() ? tr("Every row was checked; nothing has been sent yet.") : hint);
}

void ReviewPage::startValidation()
{
    const auto source = m_session->effectiveSource();
    if (!source)
        return;
    if (m_watcher.isRunning()) {
        m_restartQueued = true;
        m_cancel->store(true);
        return;
    }
    m_restartQueued = false;
    m_validated = false;
    m_account->invalidatePreview();   // the rows are read again: a preview made before no longer holds
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_ui->validateProgress->setRange(0, 100);
    m_ui->validateProgress->setValue(0);
    m_ui->validateProgress->setVisible(true);
    m_ui->cancelButton->setVisible(true);
    MessageStyle::show(m_ui->countsLabel, MessageStyle::Kind::Info, tr("Checking every row…"));
    emit completeChanged();

    const MappingProfile profile = m_session->profile();
    const FieldCatalog catalog = m_session->catalog();
    const auto cancel = m_cancel;
    QPointer<QProgressBar> bar(m_ui->validateProgress);
    const QString origin = UrlPolicy::origin(m_session->apiBaseUrl());
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [profile, catalog, source, cancel, bar, origin]() {
        BackgroundPriority::lowerCurrentThread();
        Checked checked;
        // Today's quota usage for the plan: the journal is a database (it may sync to disk), so it
        // is read here rather than on the UI thread.
        checked.budget = readQuotaUsage(origin);
        Validator::Options options;
        options.cancel = cancel.get();
        // The whole list, not the first 1,000: the problems list is a model over all of them (bounded
        // only so a file with millions of problems cannot exhaust memory; the counts are always whole).
        options.maxIssues = MaxListedIssues;
        int last = -1;
        options.progress = [&last, bar](qint64 done, qint64 total) {
            const int percent = total > 0 ? int(done * 100 / total) : 100;
            if (percent == last)
                return;
            last = percent;
            QMetaObject::invokeMethod(
                bar,
                [bar, percent] {
                    if (bar)
                        bar->setValue(percent);
                },
                Qt::QueuedConnection);
        };
        checked.report = Validator(profile, catalog).run(*source, options);
        return checked;
    }));
}

void ReviewPage::cancelValidation()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ReviewPage::finishValidation()
{
    m_ui->validateProgress->setVisible(false);
    m_ui->cancelButton->setVisible(false);
    if (m_restartQueued) {
        startValidation();
        return;
    }
    const Checked checked = m_watcher.result();
    const ValidationReport &report = checked.report;
    m_budget = checked.budget;
    if (report.cancelled) {
        MessageStyle::show(m_ui->countsLabel, MessageStyle::Kind::Warning,
                           tr("Checking was stopped. Nothing can be imported until every row is checked."));
        m_ui->recheckButton->setVisible(true);
        emit completeChanged();
        return;
    }
    showReport(report);
}

void ReviewPage::showReport(const ValidationReport &report)
{
    m_report = report;
    m_session->setDecisions(report.decisions);
    m_filter->sort(-1);   // the check's line order, until a header is clicked again
    m_ui->issuesView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_issues->setIssues(report.issues);
    m_dstRules->show(m_session->profile(), report);
    m_validated = true;
    m_needsRecheck = false;
    m_ui->recheckButton->setVisible(false);

    const QString current = m_ui->kindCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_ui->kindCombo);
        m_ui->kindCombo->clear();
        m_ui->kindCombo->addItem(tr("All problems (%n)", nullptr, int(report.totalIssues())), QString());
        for (auto it = report.issuesByKind.cbegin(); it != report.issuesByKind.cend(); ++it)
            m_ui->kindCombo->addItem(tr("%1 (%n)", nullptr, int(it.value())).arg(ErrorCatalog::title(it.key())),
                                     it.key());
        m_ui->kindCombo->setCurrentIndex(qMax(0, m_ui->kindCombo->findData(current)));
    }
    m_filter->setKind(m_ui->kindCombo->currentData().toString());

    // One short line (the counts per kind are in the filter list): it must not wrap and push the tabs down.
    // Every row is one of the three: sent, invalid or skipped (nothing mapped to send).
    QString counts = tr("%n row(s) checked:", nullptr, int(report.rows)) + QLatin1Char(' ') +
                     tr("%n can be imported,", nullptr, int(report.validRows)) + QLatin1Char(' ') +
                     (report.skippedRows > 0
                          ? tr("%n with errors,", nullptr, int(report.invalidRows())) + QLatin1Char(' ') +
                                tr("%n skipped (nothing to send).", nullptr, int(report.skippedRows))
                          : tr("%n with errors.", nullptr, int(report.invalidRows())));
    // A list cut at MaxListedIssues is said beside the search's "n of m" (updateMatchCount).
    MessageStyle::show(m_ui->countsLabel,
                       report.allRowsSendable() ? MessageStyle::Kind::Success : MessageStyle::Kind::Warning, counts);
    updateMatchCount();

    showDateColumns();
    showPlan();
    if (zoneNeedsConfirmation() || orderNeedsConfirmation())
        m_ui->reviewTabs->setCurrentWidget(m_ui->timeZoneTab);
    updateCompleteHint();
    emit completeChanged();
    emit validationFinished();
}

void ReviewPage::showDateColumns()
{
    const QLocale locale;
    m_ui->datetimeTable->setRowCount(int(m_report.dateColumns.size()));
    qint64 naive = 0;
    QStringList dst;
    bool ambiguous = false;
    for (int r = 0; r < m_report.dateColumns.size(); ++r) {
        const DateTimeColumnReport &c = m_report.dateColumns.at(r);
        QString format = DateExamples::example(c.format.pattern, c.format.excelSerial);
        if (format.isEmpty())
            format = tr("not recognised");
        if (c.dateOnly)
            format = tr("%1 — date only, sent as written, never shifted").arg(format);
        QStringList samples;
        for (const DateTimeColumnReport::Sample &s : c.samples.mid(0, 3))
            samples << tr("%1 → %2").arg(s.before,
                                         s.after.isEmpty() ? tr("(not sent)") : DateExamples::readable(s.after));
        const QString withoutOffset =
            c.dateOnly ? tr("—") : tr("%1 of %2").arg(locale.toString(c.naiveCount), locale.toString(c.values));
        const QStringList cells{c.header, format, withoutOffset, samples.join(QStringLiteral("\n"))};
        for (int col = 0; col < cells.size(); ++col)
            m_ui->datetimeTable->setItem(r, col, new QTableWidgetItem(cells.at(col)));
        if (!c.dateOnly)
            naive += c.naiveCount;
        auto lines = [&](const QList<qint64> &list) {
            QStringList out;
            for (qint64 l : list)
                out << locale.toString(l);
            return out.join(QStringLiteral(", "));
        };
        if (c.gapCount > 0)
            dst << tr("\"%1\" — times in the spring-forward gap (they do not exist): %2 (line numbers: %3).")
                       .arg(c.header, locale.toString(c.gapCount), lines(c.gapLines));
        if (c.overlapCount > 0)
            dst << tr("\"%1\" — times in the autumn overlap (they exist twice): %2 (line numbers: %3).")
                       .arg(c.header, locale.toString(c.overlapCount), lines(c.overlapLines));
        ambiguous = ambiguous || c.dayMonthAmbiguous;
    }
    m_ui->datetimeTable->resizeColumnToContents(1);
    m_ui->datetimeTable->setColumnWidth(
        1, qMin(m_ui->datetimeTable->columnWidth(1), m_ui->datetimeTable->fontMetrics().averageCharWidth() * 26));
    MessageStyle::show(m_ui->dstLabel, MessageStyle::Kind::Warning, dst.join(QLatin1Char('\n')));
    m_ui->dayMonthLabel->setVisible(ambiguous || m_ui->dayMonthCombo->currentIndex() > 0);
    m_ui->dayMonthCombo->setVisible(ambiguous || m_ui->dayMonthCombo->currentIndex() > 0);

    // The zone as people know it ("Berlin, Deutschland"), not its IANA id.
    const QString zone = TimeZoneListModel::label(m_session->sourceTimeZone());
    if (zoneNeedsConfirmation())
        MessageStyle::show(
            m_ui->zoneWarningLabel, MessageStyle::Kind::Warning,
            tr("%n date(s) with a time have no time zone. Hellomateo would read them as UTC, which shifts them by "
               "hours. Choose the zone they were written in (the computer's zone, %1, is assumed until you confirm).",
               nullptr, int(naive))
                .arg(zone));
    else if (m_report.dateColumns.isEmpty())
        MessageStyle::show(m_ui->zoneWarningLabel, MessageStyle::Kind::Info,
                           tr("No date or time columns are imported."));
    else
        MessageStyle::show(m_ui->zoneWarningLabel, MessageStyle::Kind::Success,
                           tr("Times without a zone are read as %1 time and sent with their offset.").arg(zone));
}

void ReviewPage::updateMatchCount()
{
    // "n of m": what the kind filter and the search leave of every listed problem.
    const int all = m_issues->rowCount();
    const int shown = m_filter->rowCount();
    m_matchLabel->setVisible(all > 0);
    QString text = shown == all ? tr("%n problem(s)", nullptr, all)
                                : tr("%1 of %n problem(s)", nullptr, all).arg(QLocale().toString(shown));
    // Past MaxListedIssues the list stops growing (memory stays bounded) but the counts stay whole: say so.
    const qint64 total = m_report.totalIssues();
    if (total > all)
        text += QLatin1Char(' ') +
                tr("(the list holds the first %1 of %2; every row with an error is still counted and listed on the "
                   "results page)")
                    .arg(QLocale().toString(all), QLocale().toString(total));
    m_matchLabel->setText(text);
}

QString ReviewPage::matchCountText() const
{
    return m_matchLabel->text();
}

void ReviewPage::applyDayMonthOrder()
{
    const QString format = m_ui->dayMonthCombo->currentData().toString();
    if (format.isEmpty())
        return;
    MappingProfile profile = m_session->profile();
    QList<ColumnMapping> &columns = profile.columns();
    for (const DateTimeColumnReport &c : m_report.dateColumns) {
        if (!c.dayMonthAmbiguous && !c.orderConflict)
            continue;
        for (ColumnMapping &m : columns) {
            if (m.header == c.header)
                m.format = format;
        }
    }
    m_session->setProfile(profile);
    startValidation();
}

QuotaBudget ReviewPage::readQuotaUsage(const QString &origin)
{
    QuotaBudget budget;
    ImportJournal journal;
    if (journal.open())
        journal.usage(origin, QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate), &budget.usedEntities,
                      &budget.usedRequests);
    return budget;
}

void ReviewPage::showPlan()
{
    const qint64 rows = m_report.validRows;
    const QuotaBudget &budget = m_budget;
    const int batchSize = ImportPlanner::effectiveBatchSize(m_session->profile().batchSize(), budget);
    QList<int> batches;
    for (qint64 left = rows; left > 0; left -= batchSize)
        batches << int(qMin<qint64>(left, batchSize));
    const ImportPlan plan = ImportPlanner::plan(batches, budget);
    const QLocale locale;
    QString text = plan.text();
    text += QLatin1String("\n\n") +
            tr("Daily limits: %1 contacts and %2 requests; used today: %3 contacts, %4 requests.")
                .arg(locale.toString(budget.dailyEntities), locale.toString(budget.dailyRequests),
                     locale.toString(budget.usedEntities), locale.toString(budget.usedRequests));
    const qint64 invalid = m_report.invalidRows();
    if (invalid > 0)
        text += QLatin1String("\n") +
                tr("%1 rows with errors are not sent; they are listed on the results page and can be exported to fix.")
                    .arg(locale.toString(invalid));
    if (m_report.skippedRows > 0)
        text += QLatin1String("\n") + tr("%n row(s) with nothing to send are skipped; the results page lists them too.",
                                         nullptr, int(m_report.skippedRows));
    m_ui->planLabel->setText(text);
}
