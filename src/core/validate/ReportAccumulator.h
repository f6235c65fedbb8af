#pragma once

#include "core/validate/ValidationIssue.h"
#include "core/validate/ValidationReport.h"

#include <QList>
#include <QString>
#include <QVector>

#include <vector>

// Merges the chunk results of Validator::run into one ValidationReport, in file order: issue counts
// by kind, the first N issues (sorted by line, setup issues first), and which records have an error
// (a row's own issue, a duplicate found later, or the second pass) — from which the valid-row count
// and the report's error records follow at the end.
class ReportAccumulator
{
public:
    // `maxIssues` counts the setup issues already in the report too.
    ReportAccumulator(ValidationReport *report, qint64 totalRecords, int maxIssues);

    void count(const QString &kind, qint64 n = 1) { m_report->issuesByKind[kind] += n; }
    void markErrors(const QVector<qint64> &records);
    void markSkipped(const QVector<qint64> &records);
    bool hasError(qint64 record) const { return m_errorRows[size_t(record)]; }
    const std::vector<bool> &errorRows() const { return m_errorRows; }

    // One chunk's issues of the first pass: sorted by line, kept while there is room.
    void keepIssues(QList<ValidationIssue> issues);
    // The second pass's issues: merged into line order after the setup issues, then cut to size.
    void mergeLateIssues(const QList<ValidationIssue> &issues);

    // Counts the invalid and the skipped records and fills validRows, skippedRows and errorRecords
    // (a row is skipped only when it has no error).
    void finish(bool setupErrors);

private:
    ValidationReport *m_report;
    std::vector<bool> m_errorRows;
    std::vector<bool> m_skippedRows;
    int m_maxIssues;
};
