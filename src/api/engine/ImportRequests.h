#pragma once

#include "core/journal/JournalBatch.h"
#include "core/journal/JournalJob.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

class ApiClient;
class ApiRequest;

// The requests the engine sends about its batches, exactly as docs/engine.md describes them. Each
// is created unstarted (ApiRequest::start()).
namespace ImportRequests {

// POST /import?select=id with {type, reference_id, [contact_list_id], payload}; `payload` is the
// journaled JSON array, sent byte for byte.
ApiRequest *postBatch(ApiClient &client, const JournalJob &job, const JournalBatch &batch, const QByteArray &payload);
// GET /import?reference_id=eq.<ref>: did a batch whose answer was lost reach the server?
ApiRequest *findByReference(ApiClient &client, const QString &referenceId);
// The import id of a POST answer (one object; PostgREST-style servers may answer a one-element
// array), or of the first import found by reference; empty when there is none.
QString importIdFrom(const QJsonDocument &answer);

}
