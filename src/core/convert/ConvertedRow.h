#pragma once

#include "core/validate/ValidationIssue.h"

#include <QJsonObject>
#include <QList>

// One source record turned into a Hellomateo contact payload object (docs/api.md), with every
// issue found on the way. Empty cells are absent from `payload`, never sent as blanks.
struct ConvertedRow
{
    qint64 recordIndex = -1;   // 0-based data record number in the source
    qint64 line = 0;   // 1-based physical line, for messages and failed-row hand-back
    QJsonObject payload;
    QList<ValidationIssue> issues;

    bool hasErrors() const
    {
        for (const ValidationIssue &issue : issues) {
            if (issue.severity == ValidationIssue::Severity::Error)
                return true;
        }
        return false;
    }
};
