#include "gui/widgets/DstRuleControl.h"

#include "core/convert/datetime/DateTimeConverter.h"
#include "gui/support/DateExamples.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {
constexpr int ShownRows = 5;   // per kind; the rest is counted
}

DstRuleControl::DstRuleControl(QWidget *parent)
    : QGroupBox(tr("Times changed by daylight saving"), parent)
    , m_gap(new QComboBox(this))
    , m_overlap(new QComboBox(this))
    , m_gapLabel(new QLabel(tr("&Skipped times (clocks jumped forward):"), this))
    , m_overlapLabel(new QLabel(tr("&Repeated times (clocks went back):"), this))
    , m_effect(new QLabel(this))
{
    setObjectName(QStringLiteral("dstRuleControl"));
    m_gap->addItem(tr("Do not send the row (it is listed to fix)"), int(MappingProfile::DstGapRule::Error));
    m_gap->addItem(tr("Move forward by the skipped hour (02:30 becomes 03:30)"),
                   int(MappingProfile::DstGapRule::ShiftForward));
    m_overlap->addItem(tr("Do not send the row (it is listed to fix)"), int(MappingProfile::DstOverlapRule::Error));
    m_overlap->addItem(tr("The first of the two (still summer time)"), int(MappingProfile::DstOverlapRule::Earlier));
    m_overlap->addItem(tr("The second of the two (already winter time)"), int(MappingProfile::DstOverlapRule::Later));
    m_gap->setObjectName(QStringLiteral("dstGapCombo"));
    m_overlap->setObjectName(QStringLiteral("dstOverlapCombo"));
    m_gapLabel->setBuddy(m_gap);
    m_overlapLabel->setBuddy(m_overlap);
    m_effect->setWordWrap(true);
    m_effect->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(m_gapLabel, m_gap);
    form->addRow(m_overlapLabel, m_overlap);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_effect);

    auto changed = [this] {
        updateEffect();
        emit rulesChanged(gapRule(), overlapRule());
    };
    connect(m_gap, &QComboBox::activated, this, changed);
    connect(m_overlap, &QComboBox::activated, this, changed);
}

MappingProfile::DstGapRule DstRuleControl::gapRule() const
{
    return MappingProfile::DstGapRule(m_gap->currentData().toInt());
}

MappingProfile::DstOverlapRule DstRuleControl::overlapRule() const
{
    return MappingProfile::DstOverlapRule(m_overlap->currentData().toInt());
}

void DstRuleControl::setRules(MappingProfile::DstGapRule gap, MappingProfile::DstOverlapRule overlap)
{
    const QSignalBlocker blockGap(m_gap);
    const QSignalBlocker blockOverlap(m_overlap);
    m_gap->setCurrentIndex(qMax(0, m_gap->findData(int(gap))));
    m_overlap->setCurrentIndex(qMax(0, m_overlap->findData(int(overlap))));
}

void DstRuleControl::show(const MappingProfile &profile, const ValidationReport &report)
{
    m_report = report;
    m_zone = profile.sourceTimeZone();
    setRules(profile.dstGapRule(), profile.dstOverlapRule());
    qint64 gaps = 0, overlaps = 0;
    for (const DateTimeColumnReport &c : report.dateColumns) {
        gaps += c.gapCount;
        overlaps += c.overlapCount;
    }
    // Only what the file needs: no DST times and the default rules, nothing to decide.
    const bool gapShown = gaps > 0 || profile.dstGapRule() != MappingProfile::DstGapRule::Error;
    const bool overlapShown = overlaps > 0 || profile.dstOverlapRule() != MappingProfile::DstOverlapRule::Error;
    m_gapLabel->setVisible(gapShown);
    m_gap->setVisible(gapShown);
    m_overlapLabel->setVisible(overlapShown);
    m_overlap->setVisible(overlapShown);
    setVisible(gapShown || overlapShown);
    updateEffect();
}

QString DstRuleControl::sentAs(const ValidationIssue &issue) const
{
    // The value converted exactly as the import would with the rule chosen now.
    const DateTimeColumnReport *column = nullptr;
    for (const DateTimeColumnReport &c : m_report.dateColumns) {
        if (c.header == issue.columnHeader)
            column = &c;
    }
    if (!column)
        return QString();
    DateTimeConverter::Options options;
    options.format = column->format;
    options.zone = std::make_shared<ZoneResolver>(column->timeZone.isEmpty() ? m_zone.toUtf8()
                                                                             : column->timeZone.toUtf8());
    options.gapRule = gapRule();
    options.overlapRule = overlapRule();
    const DateTimeConverter::Result r = DateTimeConverter(options).convert(issue.value);
    if (!r.sent())
        return tr("not sent");
    // The offset it carries, as written for the server: the wall time and the UTC offset.
    const QDateTime at = QDateTime::fromString(r.text, Qt::ISODate);
    if (!at.isValid())
        return r.text;
    return tr("%1 (%2)").arg(DateExamples::shortDateTime(at), at.timeZoneAbbreviation());
}

void DstRuleControl::updateEffect()
{
    QStringList lines;
    for (const bool gap : {true, false}) {
        const QString kind = gap ? QStringLiteral("nonexistent_local_time") : QStringLiteral("ambiguous_local_time");
        int shown = 0;
        qint64 total = 0;
        for (const DateTimeColumnReport &c : m_report.dateColumns)
            total += gap ? c.gapCount : c.overlapCount;
        for (const ValidationIssue &issue : m_report.issues) {
            if (issue.kind != kind || shown >= ShownRows)
                continue;
            ++shown;
            lines << tr("Line %1, \"%2\": %3 → %4")
                         .arg(QLocale().toString(issue.line), issue.columnHeader, issue.value, sentAs(issue));
        }
        if (total > shown)
            lines << tr("… and %n more row(s)", nullptr, int(total - shown));
    }
    m_effect->setVisible(!lines.isEmpty());
    m_effect->setText(lines.isEmpty() ? QString()
                                      : tr("What is sent:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
}

QString DstRuleControl::effectText() const
{
    return m_effect->text();
}
