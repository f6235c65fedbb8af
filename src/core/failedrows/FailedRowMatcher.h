#pragma once

#include "core/failedrows/FailedRow.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QStringList>

// Maps the API's failed[] entries of one import back to the source records of the batch it came
// from: by payload identity (the entry's "input" equals the object we sent, compared as canonical
// JSON), in order for identical objects, falling back to external_id/e-mail equality when the server
// normalised the input. An entry that matches nothing is still kept (line 0) so no failure is lost.
namespace FailedRowMatcher {

QList<FailedRow> match(const QByteArray &payload, const QList<qint64> &recordIndexes, const QList<qint64> &lines,
                       const QList<QStringList> &cells, const QJsonArray &failedEntries, qint64 batchId);

// The failed[] entries from a GET /import answer or a failed_url download (an array of entries,
// an object with "failed", or an array of import objects with "failed").
QJsonArray entriesFrom(const QJsonDocument &document);

}
