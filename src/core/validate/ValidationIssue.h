#pragma once

#include <QString>

// One problem found before sending, pinned to the source cell it came from.
// `kind` uses the docs/architecture.md names: invalid_phone, invalid_email, naive_datetime,
// nonexistent_local_time, ambiguous_local_time, duplicate_identifier, and others.
struct ValidationIssue
{
    // Error: the row cannot be sent as it is (an invalid row). Skip: the row is fine but is not
    // sent, for the reason the issue names (nothing mapped to send; an import mode leaving it
    // out): a skipped row, counted apart from the invalid ones. Warning: sent as it is.
    enum class Severity { Warning, Error, Skip };

    qint64 line = 0;   // 1-based physical line of the record
    int column = -1;   // 0-based source column, -1 for the whole row
    QString columnHeader;
    QString kind;
    QString message;   // translated, says what to do next
    QString value;   // the original cell text
    Severity severity = Severity::Error;
    qint64 relatedLine = 0;   // the other line of a pair (duplicate_identifier: the first occurrence)
};
