#include "api/engine/ImportRequests.h"

#include "api/http/ApiClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace {

QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

}

ApiRequest *ImportRequests::postBatch(ApiClient &client, const JournalJob &job, const JournalBatch &batch,
                                      const QByteArray &payload)
{
    QByteArray body;
    body.reserve(payload.size() + 200);
    body += "{\"type\":" + jsonString(job.importType) + ",\"reference_id\":" + jsonString(batch.referenceId);
    if (!job.contactListId.isEmpty())
        body += ",\"contact_list_id\":" + jsonString(job.contactListId);
    body += ",\"payload\":" + payload + '}';
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("select"), QStringLiteral("id"));
    return client.post(QStringLiteral("import"), query, body);
}

ApiRequest *ImportRequests::findByReference(ApiClient &client, const QString &referenceId)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("reference_id"), QStringLiteral("eq.") + referenceId);
    query.addQueryItem(QStringLiteral("select"), QStringLiteral("id,total_count,success_count,failed_count"));
    return client.get(QStringLiteral("import"), query);
}

QString ImportRequests::importIdFrom(const QJsonDocument &answer)
{
    if (answer.isArray() && answer.array().isEmpty())
        return QString();
    const QJsonObject o = answer.isArray() ? answer.array().first().toObject() : answer.object();
    return o.value(QLatin1String("id")).toVariant().toString();
}
