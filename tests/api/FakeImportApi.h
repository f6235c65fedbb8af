#pragma once

#include "ScriptedServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

// A minimal, scriptable Import API on top of ScriptedServer for engine unit tests: stores imports by
// reference_id, finishes them at once, fails contacts whose e-mail starts with "dup", and can be told
// to misbehave (drop after storing, stall, 413 above N rows, 400, 401, 429 with Retry-After).
// The real mateo-sandbox is used by the e2e tests; this one makes each fault exact and instant.
class FakeImportApi
{
public:
    struct Import
    {
        QString id;
        QString referenceId;
        QJsonArray payload;
    };

    QString key = QStringLiteral("test-key");
    int dropAfterStoring = 0;   // the next N POSTs are stored, then the connection is dropped
    int stallPosts = 0;   // the next N POSTs are never answered (and not stored)
    int rateLimitPosts = 0;   // the next N POSTs get 429
    QByteArray retryAfter = "0";
    int maxRows = 0;   // > 0: 413 for larger payloads
    bool rejectAll = false;   // 400 for every POST
    qint64 entityQuota = 0;   // > 0: 429 (Retry-After 3600) once this many rows were stored "today"
    qint64 entitiesToday = 0;
    int posts = 0;
    int polls = 0;
    QList<Import> imports;
    ScriptedServer server;

    FakeImportApi()
    {
        server.setHandler([this](const ScriptedServer::Request &r) { return handle(r); });
    }

    int countByReference(const QString &ref) const
    {
        int n = 0;
        for (const Import &i : imports)
            n += i.referenceId == ref ? 1 : 0;
        return n;
    }
    qint64 storedRows() const
    {
        qint64 n = 0;
        for (const Import &i : imports)
            n += i.payload.size();
        return n;
    }

private:
    static ScriptedServer::Response error(int status, const char *code, const char *hint = "")
    {
        return ScriptedServer::Response::json(status, QByteArray("{\"code\":\"") + code + "\",\"message\":\"" + code +
                                                          " happened\",\"hint\":\"" + hint +
                                                          "\",\"status\":" + QByteArray::number(status) + "}");
    }

    QJsonObject describe(const Import &i, bool withFailed) const
    {
        QJsonArray failed;
        for (const QJsonValue &c : i.payload) {
            if (c.toObject().value(QLatin1String("email")).toString().startsWith(QLatin1String("dup")))
                failed.append(
                    QJsonObject{{QStringLiteral("code"), QStringLiteral("23505")},
                                {QStringLiteral("message"),
                                 QStringLiteral("duplicate key value violates unique constraint \"unique_email\"")},
                                {QStringLiteral("input"), c}});
        }
        QJsonObject o{{QStringLiteral("id"), i.id},
                      {QStringLiteral("reference_id"), i.referenceId},
                      {QStringLiteral("total_count"), i.payload.size()},
                      {QStringLiteral("success_count"), i.payload.size() - failed.size()},
                      {QStringLiteral("failed_count"), failed.size()},
                      {QStringLiteral("failed_url"), QJsonValue()}};
        if (withFailed)
            o.insert(QStringLiteral("failed"), failed);
        return o;
    }

    ScriptedServer::Response handle(const ScriptedServer::Request &r)
    {
        if (r.headers.value("authorization") != "Bearer " + key.toUtf8())
            return error(r.headers.contains("authorization") ? 403 : 401, "AUTH", "Create a new API key");
        if (!r.path().endsWith(QLatin1String("/import")))
            return error(404, "NOT_FOUND");
        if (r.method == "POST") {
            ++posts;
            if (stallPosts > 0) {
                --stallPosts;
                ScriptedServer::Response s;
                s.action = ScriptedServer::Response::Action::Stall;
                return s;
            }
            if (rateLimitPosts > 0) {
                --rateLimitPosts;
                auto resp = error(429, "RATE_LIMIT");
                resp.headers << qMakePair(QByteArray("Retry-After"), retryAfter);
                return resp;
            }
            if (rejectAll)
                return error(400, "PAYLOAD_INVALID", "Send an array");
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            Import i;
            i.referenceId = body.value(QLatin1String("reference_id")).toString();
            i.payload = body.value(QLatin1String("payload")).toArray();
            if (maxRows > 0 && i.payload.size() > maxRows)
                return error(413, "PAYLOAD_TOO_LARGE");
            if (entityQuota > 0 && entitiesToday + i.payload.size() > entityQuota) {
                auto resp = error(429, "DAILY_LIMIT");
                resp.headers << qMakePair(QByteArray("Retry-After"), QByteArray("3600"));
                return resp;
            }
            entitiesToday += i.payload.size();
            i.id = QStringLiteral("imp-%1").arg(imports.size() + 1);
            imports << i;
            if (dropAfterStoring > 0) {
                --dropAfterStoring;
                ScriptedServer::Response d;
                d.action = ScriptedServer::Response::Action::Drop;
                return d;
            }
            return ScriptedServer::Response::json(201,
                                                  QJsonDocument(QJsonObject{{QStringLiteral("id"), i.id}}).toJson());
        }
        // GET: filters on reference_id=eq., id=eq., id=in.(...)
        ++polls;
        const QUrlQuery q = r.query();
        const QString ref = q.queryItemValue(QStringLiteral("reference_id"));
        const QString id = q.queryItemValue(QStringLiteral("id"));
        QStringList ids;
        if (id.startsWith(QLatin1String("in.(")))
            ids = id.mid(4, id.size() - 5).split(QLatin1Char(','));
        else if (id.startsWith(QLatin1String("eq.")))
            ids << id.mid(3);
        const bool withFailed = q.queryItemValue(QStringLiteral("select")).contains(QLatin1String("failed,")) ||
                                q.queryItemValue(QStringLiteral("select")).endsWith(QLatin1String(",failed"));
        QJsonArray out;
        for (const Import &i : imports) {
            if ((!ref.isEmpty() && QStringLiteral("eq.") + i.referenceId == ref) || ids.contains(i.id))
                out.append(describe(i, withFailed));
        }
        return ScriptedServer::Response::json(200, QJsonDocument(out).toJson(QJsonDocument::Compact));
    }
};
