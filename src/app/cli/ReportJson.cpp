#include "app/cli/ReportJson.h"

#include <QJsonArray>

namespace ReportJson {

QJsonArray warningsToJson(const QList<ReaderWarning> &warnings)
{
    QJsonArray array;
    for (const ReaderWarning &w : warnings)
        array.append(QJsonObject{{QStringLiteral("kind"), w.kind},
                                 {QStringLiteral("line"), w.line},
                                 {QStringLiteral("column"), w.column},
                                 {QStringLiteral("message"), w.message}});
    return array;
}

QString severityName(ValidationIssue::Severity severity)
{
    switch (severity) {
    case ValidationIssue::Severity::Error:
        return QStringLiteral("error");
    case ValidationIssue::Severity::Skip:
        return QStringLiteral("skipped");
    case ValidationIssue::Severity::Warning:
        break;
    }
    return QStringLiteral("warning");
}

QJsonObject issueToJson(const ValidationIssue &i)
{
    QJsonObject o{{QStringLiteral("line"), i.line},
                  {QStringLiteral("column"), i.columnHeader.isEmpty() ? QJsonValue() : QJsonValue(i.columnHeader)},
                  {QStringLiteral("column_index"), i.column},
                  {QStringLiteral("kind"), i.kind},
                  {QStringLiteral("message"), i.message},
                  {QStringLiteral("value"), i.value},
                  {QStringLiteral("severity"), severityName(i.severity)}};
    if (i.relatedLine > 0)
        o.insert(QStringLiteral("related_line"), i.relatedLine);
    return o;
}

QJsonObject toJson(const ValidationReport &report, const MappingProfile &profile,
                   const QVector<HeaderMatcher::Suggestion> &suggestions)
{
    QJsonObject kinds;
    for (auto it = report.issuesByKind.begin(); it != report.issuesByKind.end(); ++it)
        kinds.insert(it.key(), it.value());
    QJsonArray issues;
    for (const ValidationIssue &i : report.issues)
        issues.append(issueToJson(i));
    QJsonArray dates;
    for (const DateTimeColumnReport &d : report.dateColumns) {
        QJsonArray samples;
        for (const DateTimeColumnReport::Sample &s : d.samples)
            samples.append(QJsonObject{{QStringLiteral("line"), s.line},
                                       {QStringLiteral("before"), s.before},
                                       {QStringLiteral("after"), s.after}});
        QJsonArray gaps, overlaps;
        for (qint64 l : d.gapLines)
            gaps.append(l);
        for (qint64 l : d.overlapLines)
            overlaps.append(l);
        dates.append(QJsonObject{{QStringLiteral("column"), d.header},
                                 {QStringLiteral("target"), d.target},
                                 {QStringLiteral("format"), d.format.toProfile()},
                                 {QStringLiteral("date_only"), d.dateOnly},
                                 {QStringLiteral("time_zone"), d.dateOnly ? QJsonValue() : QJsonValue(d.timeZone)},
                                 {QStringLiteral("time_zone_confirmed"), d.timeZoneExplicit},
                                 {QStringLiteral("values"), d.values},
                                 {QStringLiteral("without_offset"), d.naiveCount},
                                 {QStringLiteral("day_month_ambiguous"), d.dayMonthAmbiguous},
                                 {QStringLiteral("two_digit_years"), d.twoDigitYearCount},
                                 {QStringLiteral("dst_gap_lines"), gaps},
                                 {QStringLiteral("dst_overlap_lines"), overlaps},
                                 {QStringLiteral("samples"), samples}});
    }
    QJsonArray mapping;
    for (int i = 0; i < profile.columns().size(); ++i) {
        const ColumnMapping &m = profile.columns().at(i);
        QJsonObject o{{QStringLiteral("header"), m.header},
                      {QStringLiteral("target"), m.target.isEmpty() ? QJsonValue() : QJsonValue(m.target)}};
        for (const HeaderMatcher::Suggestion &s : suggestions) {
            if (s.header == m.header) {
                o.insert(QStringLiteral("confidence"), qRound(s.confidence * 100) / 100.0);
                if (s.conflictWith >= 0)
                    o.insert(QStringLiteral("conflict_with"), suggestions.value(s.conflictWith).header);
            }
        }
        mapping.append(o);
    }
    return QJsonObject{{QStringLiteral("rows"), report.rows},
                       {QStringLiteral("valid_rows"), report.validRows},
                       {QStringLiteral("skipped_rows"), report.skippedRows},
                       {QStringLiteral("issues_by_kind"), kinds},
                       {QStringLiteral("issues"), issues},
                       {QStringLiteral("datetime_columns"), dates},
                       {QStringLiteral("mapping"), mapping}};
}

}
