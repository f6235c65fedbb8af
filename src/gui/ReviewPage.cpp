#include "ReviewPage.h"

#include "IssueFilterProxyModel.h"
#include "IssueTableModel.h"
#include "OverlayRecordSource.h"
#include "TimeZonePicker.h"
#include "WizardSession.h"
#include "ui_ReviewPage.h"

#include <QHeaderView>
#include <QLocale>
#include <QMap>

ReviewPage::ReviewPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ReviewPage>())
    , m_session(session)
    , m_issues(new IssueTableModel(this))
    , m_filter(new IssueFilterProxyModel(this))
{
    m_ui->setupUi(this);
    setTitle(tr("Review"));
    setSubTitle(tr("Every row was checked; nothing has been sent yet. Look at the problems and the time zone."));

    m_filter->setSourceModel(m_issues);
    m_ui->issuesView->setModel(m_filter);
    m_ui->issuesView->sortByColumn(IssueTableModel::LineColumn, Qt::AscendingOrder);
    m_ui->issuesView->horizontalHeader()->setSectionResizeMode(IssueTableModel::MessageColumn, QHeaderView::Stretch);
    m_ui->issuesView->verticalHeader()->hide();

    m_ui->datetimeTable->setColumnCount(4);
    m_ui->datetimeTable->setHorizontalHeaderLabels(
        {tr("Column"), tr("Detected format"), tr("Without offset"), tr("Before → after")});
    m_ui->datetimeTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->dayMonthCombo->addItem(tr("Day before month (03/04 = 3 April)"), QStringLiteral("dmy"));
    m_ui->dayMonthCombo->addItem(tr("Month before day (03/04 = March 4)"), QStringLiteral("mdy"));
    m_ui->dayMonthLabel->setVisible(false);
    m_ui->dayMonthCombo->setVisible(false);
    m_ui->validateProgress->setVisible(false);
    m_ui->cancelButton->setVisible(false);
    m_ui->recheckButton->setVisible(false);

    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setKind(m_ui->kindCombo->currentData().toString());
    });
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_filter, &IssueFilterProxyModel::setSearchText);
    connect(m_ui->zonePicker, &TimeZonePicker::zoneChanged, this, [this](const QString &zone) {
        m_session->setSourceTimeZone(zone);
        m_ui->zoneWarningLabel->setText(tr("Times without a zone are sent as %1 time.").arg(zone));
    });
    connect(m_ui->fixRadio, &QRadioButton::toggled, this, [this](bool fix) {
        m_issues->setEditable(fix);
        m_ui->issuesView->setEditTriggers(fix ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                                    | QAbstractItemView::AnyKeyPressed
                                              : QAbstractItemView::NoEditTriggers);
    });
    connect(m_issues, &IssueTableModel::valueCorrected, this, [this](qint64 line, int column, const QString &value) {
        if (auto overlay = m_session->corrections())
            overlay->setCell(line, column, value);
        // Corrections are checked again before anything is sent.
        m_needsRecheck = true;
        m_ui->recheckButton->setVisible(true);
        emit completeChanged();
    });
    connect(m_ui->recheckButton, &QPushButton::clicked, this, &ReviewPage::startValidation);
    connect(m_session, &WizardSession::sourceChanged, this, [this] { m_validated = false; });
    connect(m_session, &WizardSession::mappingChanged, this, [this] { m_validated = false; });
}

ReviewPage::~ReviewPage() = default;

void ReviewPage::initializePage()
{
    m_ui->zonePicker->setZone(m_session->sourceTimeZone());
    if (!m_validated)
        startValidation();
}

void ReviewPage::cleanupPage()
{
    // Going back to change the mapping means checking again.
    m_validated = false;
}

bool ReviewPage::isComplete() const
{
    return m_validated && !m_needsRecheck;
}

void ReviewPage::startValidation()
{
    // The whole-file Validator of the mapping engine is not on main yet: say so rather than pretend.
    m_issues->setIssues({});
    m_needsRecheck = false;
    m_ui->recheckButton->setVisible(false);
    m_ui->countsLabel->setText(tr("The pre-flight check is not available in this build."));
    m_validated = false;
    emit completeChanged();
}

void ReviewPage::setIssues(const QList<ValidationIssue> &issues, qint64 rows)
{
    m_issues->setIssues(issues);
    m_validated = true;
    m_needsRecheck = false;
    m_ui->recheckButton->setVisible(false);
    updateCounts(rows);
    emit completeChanged();
    emit validationFinished();
}

void ReviewPage::updateCounts(qint64 rows)
{
    QMap<QString, int> counts;
    for (const ValidationIssue &issue : m_issues->issues())
        ++counts[issue.kind];
    const QString current = m_ui->kindCombo->currentData().toString();
    m_ui->kindCombo->clear();
    m_ui->kindCombo->addItem(tr("All problems (%1)").arg(QLocale().toString(m_issues->rowCount())), QString());
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const QString label = IssueTableModel::kindLabel(it.key());
        m_ui->kindCombo->addItem(QStringLiteral("%1 (%2)").arg(label, QLocale().toString(it.value())), it.key());
        parts << QStringLiteral("%1: %2").arg(label, QLocale().toString(it.value()));
    }
    m_ui->kindCombo->setCurrentIndex(qMax(0, m_ui->kindCombo->findData(current)));
    m_ui->countsLabel->setText(parts.isEmpty()
                                   ? tr("%1 rows checked, no problems found.").arg(QLocale().toString(rows))
                                   : tr("%1 rows checked. %2").arg(QLocale().toString(rows), parts.join(QStringLiteral("; "))));
    const bool naive = counts.contains(QStringLiteral("naive_datetime"));
    m_ui->zoneWarningLabel->setText(
        naive ? tr("Some dates and times in this file have no time zone. Hellomateo would read them as UTC; "
                   "choose the zone they were written in.")
              : tr("Times without a zone are sent as %1 time.").arg(m_session->sourceTimeZone()));
    if (naive)
        m_ui->reviewTabs->setCurrentWidget(m_ui->timeZoneTab);
}
