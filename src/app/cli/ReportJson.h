#pragma once

#include "core/mapping/HeaderMatcher.h"
#include "core/source/ReaderWarning.h"
#include "core/validate/ValidationReport.h"

#include <QJsonArray>
#include <QJsonObject>

// The JSON of `mateo-import validate --json` (docs/architecture.md): {"rows", "valid_rows",
// "issues_by_kind", "issues": [{"line", "column", "kind", "message", "value"}]}. Extensions:
// "skipped_rows" (rows not sent because nothing was mapped to send; rows = valid_rows + invalid +
// skipped_rows); issues carry "column_index" (0-based), "severity" ("error", "warning",
// "skipped") and, for duplicates, "related_line";
// "datetime_columns" lists the per-column decisions and "mapping" the targets used.
namespace ReportJson {
QJsonObject toJson(const ValidationReport &report, const MappingProfile &profile,
                   const QVector<HeaderMatcher::Suggestion> &suggestions);
QJsonObject issueToJson(const ValidationIssue &issue);
QString severityName(ValidationIssue::Severity severity);
// The reader's warnings (an unclosed quote, a ragged row) as `inspect --json` and `validate --json`
// print them: [{"kind", "line", "column", "message"}].
QJsonArray warningsToJson(const QList<ReaderWarning> &warnings);
}
