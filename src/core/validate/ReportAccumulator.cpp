#include "core/validate/ReportAccumulator.h"

#include <algorithm>

namespace {
bool byLine(const ValidationIssue &a, const ValidationIssue &b)
{
    return a.line < b.line;
}
}

ReportAccumulator::ReportAccumulator(ValidationReport *report, qint64 totalRecords, int maxIssues)
    : m_report(report)
    , m_errorRows(size_t(totalRecords), false)
    , m_skippedRows(size_t(totalRecords), false)
    , m_maxIssues(maxIssues)
{
}

void ReportAccumulator::markErrors(const QVector<qint64> &records)
{
    for (qint64 r : records)
        m_errorRows[size_t(r)] = true;
}

void ReportAccumulator::markSkipped(const QVector<qint64> &records)
{
    for (qint64 r : records)
        m_skippedRows[size_t(r)] = true;
}

void ReportAccumulator::keepIssues(QList<ValidationIssue> issues)
{
    if (m_report->issues.size() >= m_maxIssues)
        return;
    std::stable_sort(issues.begin(), issues.end(), byLine);
    for (const ValidationIssue &i : std::as_const(issues)) {
        if (m_report->issues.size() >= m_maxIssues)
            break;
        m_report->issues.append(i);
    }
}

void ReportAccumulator::mergeLateIssues(const QList<ValidationIssue> &issues)
{
    m_report->issues += issues;
    std::stable_sort(m_report->issues.begin() + m_report->setupIssues.size(), m_report->issues.end(), byLine);
    while (m_report->issues.size() > m_maxIssues)
        m_report->issues.removeLast();
}

void ReportAccumulator::finish(bool setupErrors)
{
    qint64 invalid = 0, skipped = 0;
    for (size_t i = 0; i < m_errorRows.size(); ++i) {
        if (m_errorRows[i]) {
            ++invalid;
            if (m_report->errorRecords.size() < 100000)
                m_report->errorRecords.append(qint64(i));
        } else if (m_skippedRows[i]) {
            ++skipped;
        }
    }
    m_report->skippedRows = setupErrors ? 0 : skipped;
    m_report->validRows = setupErrors ? 0 : m_report->rows - invalid - skipped;
}
