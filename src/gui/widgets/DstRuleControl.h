#pragma once

#include "core/mapping/MappingProfile.h"
#include "core/validate/ValidationReport.h"

#include <QGroupBox>

class QComboBox;
class QLabel;

// The Review page's choice for times that daylight saving makes odd: skipped times (spring forward,
// 02:30 on the last Sunday of March does not exist) and repeated times (fall back, 02:30 in October
// happens twice). Each choice shows its effect on the affected rows ("line 7: 31.03.2024 02:30 ->
// 31.03.2024 03:30, UTC+02:00") before anything is sent; changing it sets the profile's dst_gap /
// dst_overlap rule and the page checks again.
class DstRuleControl : public QGroupBox
{
    Q_OBJECT

public:
    explicit DstRuleControl(QWidget *parent = nullptr);

    // The rules now in force, and the last check's report (its DST issues and date columns).
    void show(const MappingProfile &profile, const ValidationReport &report);
    MappingProfile::DstGapRule gapRule() const;
    MappingProfile::DstOverlapRule overlapRule() const;
    void setRules(MappingProfile::DstGapRule gap, MappingProfile::DstOverlapRule overlap);
    QString effectText() const;

signals:
    void rulesChanged(MappingProfile::DstGapRule gap, MappingProfile::DstOverlapRule overlap);

private:
    void updateEffect();
    QString sentAs(const ValidationIssue &issue) const;

    QComboBox *m_gap;
    QComboBox *m_overlap;
    QLabel *m_gapLabel;
    QLabel *m_overlapLabel;
    QLabel *m_effect;
    ValidationReport m_report;
    QString m_zone;
};
