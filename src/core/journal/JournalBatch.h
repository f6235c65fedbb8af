#pragma once

#include "core/journal/BatchState.h"

#include <QByteArray>
#include <QList>
#include <QString>

// One batch of rows as journaled: which source records it carries and the exact payload bytes that
// are sent (so a resend after a crash is byte-identical and checked by its hash).
struct JournalBatch
{
    qint64 id = 0;
    QString jobId;
    int sequence = 0;   // order of sending within the job
    qint64 parentId = 0;   // the batch this one was split from (413), else 0
    BatchState state = BatchState::Planned;
    QString referenceId;   // idempotency key sent as reference_id
    QList<qint64> recordIndexes;   // 0-based source records, same order as the payload array
    QList<qint64> lines;   // 1-based physical lines, same order
    QByteArray payload;   // compact JSON array of contact objects
    QByteArray payloadHash;   // SHA-256 hex of payload
    QString importId;   // when accepted
    qint64 totalCount = 0;
    qint64 successCount = 0;
    qint64 failedCount = 0;
    int attempts = 0;   // POSTs made for it
    QString error;   // last error text (no secrets)

    int rowCount() const { return int(recordIndexes.size()); }
};
