#include "sandbox/http/SandboxApi.h"

#include "sandbox/http/PostgrestQuery.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUrl>

namespace {

const QString kApiPrefix = QStringLiteral("/api/v1");
const QString kControlPrefix = QStringLiteral("/__sandbox/");
const QStringList kApiRoutes{QStringLiteral("import"), QStringLiteral("custom_field"),
                             QStringLiteral("marketing_channel"), QStringLiteral("contact_list"),
                             QStringLiteral("contact_details")};
const QStringList kControlRoutes{QStringLiteral("clock"), QStringLiteral("faults"), QStringLiteral("stats")};

SandboxReply methodNotAllowed(const SandboxRequest &request, const QString &allowed)
{
    SandboxReply reply = SandboxReply::error(
        405, QStringLiteral("METHOD_NOT_ALLOWED"),
        QStringLiteral("%1 %2 is not supported.").arg(QString::fromLatin1(request.method), request.path),
        QStringLiteral("Use %1.").arg(allowed));
    reply.headers.append({QByteArray("Allow"), allowed.toLatin1()});
    return reply;
}

SandboxReply badQuery(const QString &message)
{
    return SandboxReply::error(
        400, QStringLiteral("INVALID_QUERY"), message,
        QStringLiteral("See the PostgREST syntax in the API documentation: select=a,b, col=eq.VALUE, "
                       "col=in.(A,B), order=col.desc, limit=N, offset=M."));
}

// PostgREST's answer to a select of a column the table does not have (error 42703).
SandboxReply unknownColumn(const QString &table, const QString &column)
{
    return SandboxReply::error(400, QStringLiteral("42703"),
                               QStringLiteral("column %1.%2 does not exist").arg(table, column),
                               QStringLiteral("Select only the table's columns (see the API documentation)."));
}

QJsonObject projected(const QJsonObject &row, const QStringList &select)
{
    if (select.isEmpty())
        return row;
    QJsonObject out;
    for (const QString &column : select)
        out.insert(column, row.value(column).isUndefined() ? QJsonValue(QJsonValue::Null) : row.value(column));
    return out;
}

}   // namespace

SandboxApi::SandboxApi(const SandboxOptions &options)
    : m_options(options)
    , m_organisation(SandboxOrganisation::defaults())
{
}

SandboxApi::~SandboxApi()
{
    m_processor.reset();
    m_upserter.reset();
    m_database.close();
}

bool SandboxApi::open(QString *error)
{
    if (!m_options.organisationFile.isEmpty() &&
        !SandboxOrganisation::load(m_options.organisationFile, &m_organisation, error))
        return false;
    if (!m_database.open(m_options.dataDirectory, error))
        return false;
    m_clock = std::make_unique<SandboxClock>(m_database);
    m_quota = std::make_unique<SandboxQuota>(m_database, *m_clock, m_options.dailyRequests, m_options.dailyEntities);
    m_upserter = std::make_unique<ContactUpserter>(m_database, m_organisation);
    m_processor = std::make_unique<ImportProcessor>(m_database, *m_upserter, *m_clock, m_options.processingMsPerRow);
    m_imports = std::make_unique<ImportStore>(m_database, *m_clock, m_organisation.id());
    m_contacts = std::make_unique<ContactStore>(m_database);
    m_processor->wake();   // imports left unfinished by the last run continue
    return true;
}

SandboxReply SandboxApi::handle(const SandboxRequest &request)
{
    QString path = request.path;
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.startsWith(kApiPrefix + QLatin1Char('/')) && kApiRoutes.contains(path.mid(kApiPrefix.size() + 1)))
        return handleApi(request, path.mid(kApiPrefix.size() + 1));
    if (m_options.testControls && path.startsWith(kControlPrefix) &&
        kControlRoutes.contains(path.mid(kControlPrefix.size())))
        return handleControl(request, path.mid(kControlPrefix.size()));
    return SandboxReply::error(
        404, QStringLiteral("NOT_FOUND"),
        QStringLiteral("%1 %2: no such route.").arg(QString::fromLatin1(request.method), request.path),
        QStringLiteral("The API lives under /api/v1: /import, /custom_field, /marketing_channel, "
                       "/contact_list, /contact_details."));
}

SandboxReply SandboxApi::handleApi(const SandboxRequest &request, const QString &route)
{
    // Faults act like trouble in front of the service: nothing is stored or counted.
    if (m_faults.stall()) {
        SandboxReply reply;
        reply.action = SandboxReply::Action::Stall;
        return reply;
    }
    SandboxReply reply = [&]() -> SandboxReply {
        if (m_faults.rollError())
            return SandboxReply::error(m_faults.errorStatus(), QStringLiteral("SERVICE_UNAVAILABLE"),
                                       QStringLiteral("The service is temporarily unavailable (injected fault)."),
                                       QStringLiteral("Retry later; nothing was stored."));
        if (m_faults.takeStorm()) {
            SandboxReply storm = SandboxReply::error(429, QStringLiteral("RATE_LIMIT_EXCEEDED"),
                                                     QStringLiteral("Too many requests (injected fault)."),
                                                     QStringLiteral("Wait for Retry-After seconds, then retry."));
            storm.headers.append({QByteArray("Retry-After"), QByteArray::number(m_faults.stormRetryAfter())});
            return storm;
        }
        if (std::optional<SandboxReply> refused = checkKey(request.method, request.path,
                                                           request.header("authorization")))
            return *refused;
        if (!m_quota->countRequest())
            return quotaExceeded(QStringLiteral("requests"), m_quota->dailyRequests());

        if (route == QLatin1String("import")) {
            if (request.method == "POST")
                return postImport(request);
            if (request.method == "GET")
                return getImport(request);
            return methodNotAllowed(request, QStringLiteral("GET, POST"));
        }
        if (request.method != "GET")
            return methodNotAllowed(request, QStringLiteral("GET"));
        if (route == QLatin1String("contact_details"))
            return getContacts(request);
        if (route == QLatin1String("custom_field"))
            return getStatic(request, m_organisation.customFields(), route);
        if (route == QLatin1String("marketing_channel"))
            return getStatic(request, m_organisation.marketingChannels(), route);
        return getStatic(request, m_organisation.contactLists(), route);
    }();
    if (reply.action == SandboxReply::Action::Answer)
        reply.delayMs = m_faults.latencyMs();
    return reply;
}

std::optional<SandboxReply> SandboxApi::checkKey(const QByteArray &method, const QString &path,
                                                 const QByteArray &authorizationHeader)
{
    const QByteArray authorization = authorizationHeader.trimmed();
    const QByteArray token = authorization.left(7).toLower() == "bearer " ? authorization.mid(7).trimmed()
                                                                          : QByteArray();
    if (token.isEmpty())
        return SandboxReply::error(401, QStringLiteral("MISSING_API_KEY"),
                                   QStringLiteral("%1 %2: no API key was sent.").arg(QString::fromLatin1(method), path),
                                   QStringLiteral("Send the header \"Authorization: Bearer <API key>\"."));
    if (m_faults.revokeKey())
        return SandboxReply::error(
            403, QStringLiteral("INVALID_API_KEY"), QStringLiteral("The API key was revoked."),
            QStringLiteral("Create a new API key in the Hellomateo settings and sign in again."));
    if (!m_options.apiKey.isEmpty() && QString::fromUtf8(token) != m_options.apiKey)
        return SandboxReply::error(
            403, QStringLiteral("INVALID_API_KEY"), QStringLiteral("The API key is not valid."),
            QStringLiteral("Check the key (Hellomateo settings -> API keys) and sign in again."));
    return std::nullopt;
}

std::optional<SandboxReply> SandboxApi::answerBeforeBody(const QByteArray &method, const QByteArray &target,
                                                         const QByteArray &authorization, qint64 contentLength)
{
    // A body within the limit is read as usual (bounded, and a client sending it expects its answer
    // after it): only a body over the limit, or one of unknown length, is answered from the head.
    if (contentLength >= 0 && contentLength <= m_options.maxBodyBytes)
        return std::nullopt;
    QString path = QUrl(QString::fromLatin1(target)).path();
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const bool api = path.startsWith(kApiPrefix + QLatin1Char('/')) &&
                     kApiRoutes.contains(path.mid(kApiPrefix.size() + 1));
    if (!api) {
        const bool control = m_options.testControls && path.startsWith(kControlPrefix) &&
                             kControlRoutes.contains(path.mid(kControlPrefix.size()));
        if (control)
            return contentLength < 0 ? std::nullopt : std::optional<SandboxReply>(bodyTooLarge(contentLength, false));
        SandboxRequest head;
        head.method = method;
        head.path = path;
        return handle(head);   // the 404, without reading the body
    }
    if (m_faults.actsInFront())
        return std::nullopt;   // faults act in front of the service, as for any request
    if (std::optional<SandboxReply> refused = checkKey(method, path, authorization))
        return refused;
    if (contentLength > m_options.maxBodyBytes) {
        if (!m_quota->countRequest())
            return quotaExceeded(QStringLiteral("requests"), m_quota->dailyRequests());
        return bodyTooLarge(contentLength, false);
    }
    return std::nullopt;
}

SandboxReply SandboxApi::bodyTooLarge(qint64 bytes, bool atLeast)
{
    return SandboxReply::error(
        413, QStringLiteral("PAYLOAD_TOO_LARGE"),
        (atLeast ? QStringLiteral("The request body has more than %1 bytes; at most %2 are accepted.")
                 : QStringLiteral("The request body has %1 bytes; at most %2 are accepted."))
            .arg(atLeast ? m_options.maxBodyBytes : bytes)
            .arg(m_options.maxBodyBytes),
        QStringLiteral("Split the payload into smaller imports (e.g. 1,000 contacts each)."));
}

SandboxReply SandboxApi::quotaExceeded(const QString &what, qint64 limit)
{
    const QString code = what == QLatin1String("requests") ? QStringLiteral("DAILY_REQUEST_LIMIT_EXCEEDED")
                                                           : QStringLiteral("DAILY_ENTITY_LIMIT_EXCEEDED");
    SandboxReply reply = SandboxReply::error(
        429, code,
        QStringLiteral("Rate limit exceeded: the organisation's daily limit of %1 %2 is used up (UTC day %3).")
            .arg(limit)
            .arg(what == QLatin1String("requests") ? QStringLiteral("API requests")
                                                   : QStringLiteral("imported entities"),
                 m_clock->today()),
        QStringLiteral(
            "Continue after the Retry-After time (the next UTC day), or ask Hellomateo support for a higher limit."));
    reply.headers.append({QByteArray("Retry-After"), QByteArray::number(m_clock->secondsToNextDay())});
    return reply;
}

SandboxReply SandboxApi::postImport(const SandboxRequest &request)
{
    if (request.body.size() > m_options.maxBodyBytes)
        return bodyTooLarge(request.body.size(), false);
    // PostgREST checks the query before it stores anything: a select of no column is a 400.
    PostgrestQuery selected;
    QString selectError;
    if (!PostgrestQuery::parse(request.query, {}, &selected, &selectError))
        return badQuery(selectError);
    for (const QString &column : std::as_const(selected.select)) {
        if (!ImportStore::columns().contains(column))
            return unknownColumn(QStringLiteral("import"), column);
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return SandboxReply::error(
            400, QStringLiteral("INVALID_JSON"),
            QStringLiteral("The request body is not valid JSON: %1 at byte %2.")
                .arg(parseError.errorString())
                .arg(parseError.offset),
            QStringLiteral("Send one import object {\"type\": \"contact_details\", \"payload\": [...]}, "
                           "or an array of them, with Content-Type: application/json."));
    const bool single = document.isObject();
    QJsonArray items = single ? QJsonArray{document.object()} : document.array();
    const auto invalid = [](const QString &message, const QString &hint) {
        return SandboxReply::error(400, QStringLiteral("INVALID_IMPORT"), message, hint);
    };
    if (!single && !document.isArray())
        return invalid(QStringLiteral("The request body must be an import object or an array of import objects."),
                       QStringLiteral("Send {\"type\": \"contact_details\", \"payload\": [...]}."));
    static const QStringList allowedKeys{QStringLiteral("type"), QStringLiteral("payload"),
                                         QStringLiteral("contact_list_id"), QStringLiteral("reference_id")};
    QList<QJsonObject> imports;
    qint64 entities = 0;
    for (int i = 0; i < items.size(); ++i) {
        const QString where = single ? QStringLiteral("the import") : QStringLiteral("import [%1]").arg(i);
        if (!items.at(i).isObject())
            return invalid(QStringLiteral("%1 is not a JSON object.").arg(where),
                           QStringLiteral("Send {\"type\": \"contact_details\", \"payload\": [...]}."));
        const QJsonObject import = items.at(i).toObject();
        for (auto it = import.constBegin(); it != import.constEnd(); ++it)
            if (!allowedKeys.contains(it.key()))
                return SandboxReply::error(
                    400, QStringLiteral("PGRST204"),
                    QStringLiteral("Could not find the '%1' column of 'import' (%2).").arg(it.key(), where),
                    QStringLiteral("An import has type, payload, contact_list_id and reference_id."));
        const QString type = import.value(QStringLiteral("type")).toString();
        if (type != QLatin1String("contact_details")) {
            const bool upstream = type == QLatin1String("deal_details") || type == QLatin1String("appointment_details");
            return SandboxReply::error(
                400, QStringLiteral("INVALID_IMPORT_TYPE"),
                upstream
                    ? QStringLiteral("%1: type \"%2\" is not supported by the sandbox.").arg(where, type)
                    : QStringLiteral("%1: invalid input value for enum import_type: \"%2\".")
                          .arg(where,
                               import.value(QStringLiteral("type")).isString() ? type : QStringLiteral("(missing)")),
                QStringLiteral("Use \"type\": \"contact_details\"."));
        }
        const QJsonValue payload = import.value(QStringLiteral("payload"));
        if (!payload.isArray())
            return invalid(QStringLiteral("%1: \"payload\" must be a JSON array of contact objects%2.")
                               .arg(where, payload.isUndefined() ? QStringLiteral(" (it is missing)") : QString()),
                           QStringLiteral("Wrap the contacts in [ ... ], even a single one."));
        const QJsonArray rows = payload.toArray();
        for (int r = 0; r < rows.size(); ++r)
            if (!rows.at(r).isObject())
                return invalid(
                    QStringLiteral("%1: payload[%2] is not a JSON object.").arg(where).arg(r),
                    QStringLiteral("Every payload element is one contact: {\"external_id\": ..., \"email\": ...}."));
        const QJsonValue listId = import.value(QStringLiteral("contact_list_id"));
        if (!listId.isUndefined() && !listId.isNull() &&
            !(listId.isString() && m_organisation.hasContactList(listId.toString())))
            return SandboxReply::error(
                400, QStringLiteral("23503"),
                QStringLiteral("%1: insert or update on table \"import\" violates foreign key constraint "
                               "\"import_contact_list_id_fkey\" (no contact list %2).")
                    .arg(where, QString::fromUtf8(QJsonDocument(QJsonArray{listId}).toJson(QJsonDocument::Compact))),
                QStringLiteral("Use an id from GET /contact_list."));
        const QJsonValue referenceId = import.value(QStringLiteral("reference_id"));
        if (!referenceId.isUndefined() && !referenceId.isNull() && !referenceId.isString())
            return invalid(QStringLiteral("%1: \"reference_id\" must be a string.").arg(where),
                           QStringLiteral("Send the reference as text, e.g. \"job-42-batch-7\"."));
        entities += rows.size();
        imports << import;
    }
    if (!m_quota->entitiesFit(entities))
        return quotaExceeded(QStringLiteral("entities"), m_quota->dailyEntities());

    QJsonArray created;
    QList<qint64> seqs;
    QString error;
    if (!m_database.begin() || !m_imports->create(imports, request.body, single, &created, &seqs, &error) ||
        !m_quota->addEntities(entities) || !m_database.commit()) {
        m_database.rollback();
        return SandboxReply::error(
            500, QStringLiteral("INTERNAL_ERROR"), QStringLiteral("The import could not be stored: %1").arg(error),
            QStringLiteral("Nothing was stored; retry. If it persists, check the sandbox's data directory."));
    }
    for (int i = 0; i < seqs.size(); ++i)
        m_processor->remember(seqs.at(i), imports.at(i).value(QStringLiteral("payload")).toArray());
    m_processor->wake();
    if (m_faults.takeDrop()) {
        SandboxReply drop;
        drop.action = SandboxReply::Action::Drop;
        return drop;
    }

    const bool truncate = m_faults.takeTruncate();
    PostgrestQuery query;
    PostgrestQuery::parse(request.query, {}, &query, &error);
    const bool representation = request.header("prefer").contains("return=representation");
    if (!request.query.hasQueryItem(QStringLiteral("select")) && !representation) {
        SandboxReply reply = SandboxReply::empty(201);   // PostgREST: nothing is returned unless asked (select=id)
        if (truncate)
            reply.action = SandboxReply::Action::Truncate;
        return reply;
    }
    QJsonArray rows;
    for (const QJsonValue &row : std::as_const(created))
        rows.append(projected(row.toObject(), query.select));
    SandboxReply reply = single ? SandboxReply::json(201, rows.first().toObject()) : SandboxReply::json(201, rows);
    if (truncate)
        reply.action = SandboxReply::Action::Truncate;
    return reply;
}

SandboxReply SandboxApi::listReply(const SandboxRequest &request, const QJsonArray &rows, int offset, qint64 total)
{
    SandboxReply reply;
    if (request.header("accept").contains("application/vnd.pgrst.object+json")) {
        if (rows.size() != 1)
            return SandboxReply::error(
                406, QStringLiteral("PGRST116"),
                QStringLiteral("JSON object requested, multiple (or no) rows returned (%1 rows).").arg(rows.size()),
                QStringLiteral("Filter down to one row, e.g. id=eq.<uuid>."));
        reply = SandboxReply::json(200, rows.first().toObject());
    } else {
        reply = SandboxReply::json(200, rows);
    }
    const QByteArray range = rows.isEmpty()
                                 ? QByteArray("*")
                                 : QByteArray::number(offset) + '-' + QByteArray::number(offset + rows.size() - 1);
    reply.headers.append({QByteArray("Content-Range"), range + '/' + QByteArray::number(total)});
    return reply;
}

SandboxReply SandboxApi::getImport(const SandboxRequest &request)
{
    return listFromStore(request, [this](const PostgrestQuery &query, QJsonArray *rows, qint64 *total, QString *error,
                                         bool *bad) { return m_imports->list(query, rows, total, error, bad); });
}

SandboxReply SandboxApi::getContacts(const SandboxRequest &request)
{
    PostgrestQuery query;
    QString error;
    if (PostgrestQuery::parse(request.query, request.header("range"), &query, &error)) {
        for (const QString &column : std::as_const(query.select)) {
            if (!m_upserter->isContactColumn(column))
                return unknownColumn(QStringLiteral("contact_details"), column);
        }
    }
    return listFromStore(request, [this](const PostgrestQuery &query, QJsonArray *rows, qint64 *total, QString *error,
                                         bool *bad) { return m_contacts->list(query, rows, total, error, bad); });
}

// GET on a table kept in SQLite: the store filters and pages; a bad filter is the client's 400.
SandboxReply SandboxApi::listFromStore(const SandboxRequest &request, const StoreList &list)
{
    PostgrestQuery query;
    QString error;
    if (!PostgrestQuery::parse(request.query, request.header("range"), &query, &error))
        return badQuery(error);
    QJsonArray rows;
    qint64 total = 0;
    bool bad = false;
    if (!list(query, &rows, &total, &error, &bad))
        return bad ? badQuery(error)
                   : SandboxReply::error(500, QStringLiteral("INTERNAL_ERROR"), error, QStringLiteral("Retry."));
    return listReply(request, rows, query.offset, total);
}

// custom_field, marketing_channel, contact_list: small fixed tables, filtered in memory.
SandboxReply SandboxApi::getStatic(const SandboxRequest &request, const QJsonArray &all, const QString &table)
{
    PostgrestQuery query;
    QString error;
    if (!PostgrestQuery::parse(request.query, request.header("range"), &query, &error))
        return badQuery(error);
    QStringList columns = all.isEmpty() ? QStringList() : all.first().toObject().keys();
    for (const QString &column : std::as_const(query.select)) {
        if (!all.isEmpty() && !columns.contains(column))
            return unknownColumn(table, column);
    }
    for (const PostgrestQuery::Filter &f : std::as_const(query.filters)) {
        if (!columns.contains(f.column))
            return badQuery(QStringLiteral("column %1.%2 does not exist.").arg(table, f.column));
        if (f.op != QLatin1String("eq") && f.op != QLatin1String("neq") && f.op != QLatin1String("in"))
            return badQuery(QStringLiteral("%1 supports eq, neq and in filters.").arg(table));
    }
    QJsonArray matching;
    for (const QJsonValue &value : all) {
        const QJsonObject row = value.toObject();
        bool keep = true;
        for (const PostgrestQuery::Filter &f : std::as_const(query.filters)) {
            const bool hit = f.values.contains(row.value(f.column).toString());
            keep = keep && ((f.op == QLatin1String("neq")) != hit) != f.negated;
        }
        if (keep)
            matching.append(projected(row, query.select));
    }
    QJsonArray page;
    for (int i = query.offset; i < matching.size() && page.size() < query.limit; ++i)
        page.append(matching.at(i));
    return listReply(request, page, query.offset, matching.size());
}

QJsonObject SandboxApi::stats()
{
    QSqlQuery q(m_database.db());
    const auto scalar = [&q](const QString &sql) -> qint64 {
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    };
    return {
        {QStringLiteral("contacts"), scalar(QStringLiteral("SELECT COUNT(*) FROM contacts"))},
        {QStringLiteral("imports"), scalar(QStringLiteral("SELECT COUNT(*) FROM imports"))},
        {QStringLiteral("imports_pending"),
         scalar(QStringLiteral("SELECT COUNT(*) FROM imports WHERE next_row < total_count"))},
        {QStringLiteral("rows_total"), scalar(QStringLiteral("SELECT COALESCE(SUM(total_count), 0) FROM imports"))},
        {QStringLiteral("rows_processed"),
         scalar(QStringLiteral("SELECT COALESCE(SUM(success_count + failed_count), 0) FROM imports"))},
        {QStringLiteral("rows_succeeded"),
         scalar(QStringLiteral("SELECT COALESCE(SUM(success_count), 0) FROM imports"))},
        {QStringLiteral("rows_failed"), scalar(QStringLiteral("SELECT COALESCE(SUM(failed_count), 0) FROM imports"))},
        {QStringLiteral("contact_list_members"), scalar(QStringLiteral("SELECT COUNT(*) FROM contact_list_members"))},
        {QStringLiteral("requests_today"), m_quota->requestsToday()},
        {QStringLiteral("entities_today"), m_quota->entitiesToday()},
        {QStringLiteral("daily_requests"), m_quota->dailyRequests()},
        {QStringLiteral("daily_entities"), m_quota->dailyEntities()},
        {QStringLiteral("now"), m_clock->nowText()},
        {QStringLiteral("idle"), m_processor->isIdle()}};
}

SandboxReply SandboxApi::handleControl(const SandboxRequest &request, const QString &route)
{
    QJsonObject body;
    if (request.method == "POST") {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return SandboxReply::error(400, QStringLiteral("INVALID_JSON"),
                                       QStringLiteral("%1 needs a JSON object body.").arg(request.path),
                                       QStringLiteral("See docs/sandbox.md for the test controls."));
        body = document.object();
    } else if (request.method != "GET") {
        return methodNotAllowed(request,
                                route == QLatin1String("stats") ? QStringLiteral("GET") : QStringLiteral("GET, POST"));
    }
    if (route == QLatin1String("stats")) {
        if (request.method != "GET")
            return methodNotAllowed(request, QStringLiteral("GET"));
        return SandboxReply::json(200, stats());
    }
    if (route == QLatin1String("clock")) {
        if (request.method == "POST") {
            const QJsonValue seconds = body.value(QStringLiteral("advance_seconds"));
            if (!seconds.isDouble() || seconds.toDouble() < 0)
                return SandboxReply::error(400, QStringLiteral("INVALID_CONTROL"),
                                           QStringLiteral("advance_seconds must be a non-negative number."),
                                           QStringLiteral("POST {\"advance_seconds\": 86400} to reach the next day."));
            m_clock->advance(qint64(seconds.toDouble()));
        }
        return SandboxReply::json(200, QJsonObject{{QStringLiteral("now"), m_clock->nowText()},
                                                   {QStringLiteral("offset_seconds"), m_clock->offsetSeconds()},
                                                   {QStringLiteral("today"), m_clock->today()}});
    }
    // faults
    if (request.method == "POST") {
        QString error;
        if (!m_faults.apply(body, &error))
            return SandboxReply::error(400, QStringLiteral("INVALID_CONTROL"), error,
                                       QStringLiteral("See docs/sandbox.md for the fault switches."));
    }
    return SandboxReply::json(200, m_faults.toJson());
}
