#include "support/SandboxHttp.h"
#include "support/SandboxProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// The Import API of the real mateo-sandbox process: auth, creating and reading imports, the
// background upsert and its failed[] / hints, the organisation tables, contact_details filters.
class TestImportApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxHttp> m_http;

    static QJsonObject contactImport(const QJsonArray &payload, const QJsonObject &extra = {})
    {
        QJsonObject import{{QStringLiteral("type"), QStringLiteral("contact_details")},
                           {QStringLiteral("payload"), payload}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            import.insert(it.key(), it.value());
        return import;
    }
    static QByteArray json(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

    // Posts one import, waits until processed and returns its row (with failed and hints).
    QJsonObject importAndWait(const QJsonArray &payload, const QJsonObject &extra = {})
    {
        const SandboxHttp::Result created = m_http->post(QStringLiteral("/import?select=id"),
                                                         json(contactImport(payload, extra)));
        if (created.status != 201)
            return {};
        return m_http->waitFinished(created.object().value(QStringLiteral("id")).toString());
    }
    QJsonObject contactBy(const QString &filter)
    {
        const QJsonArray rows = m_http->get(QStringLiteral("/contact_details?") + filter).array();
        return rows.size() == 1 ? rows.first().toObject() : QJsonObject();
    }

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--test-controls")});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
        m_http = std::make_unique<SandboxHttp>(*m_sandbox);
    }

    void authentication_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("missing") << QByteArray() << 401 << QStringLiteral("MISSING_API_KEY");
        QTest::newRow("not bearer") << QByteArray("Basic dGVzdA==") << 401 << QStringLiteral("MISSING_API_KEY");
        QTest::newRow("empty token") << QByteArray("Bearer ") << 401 << QStringLiteral("MISSING_API_KEY");
        QTest::newRow("wrong key") << QByteArray("Bearer nope") << 403 << QStringLiteral("INVALID_API_KEY");
        QTest::newRow("right key") << QByteArray("Bearer test-key") << 200 << QString();
    }
    void authentication()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        QFETCH(QString, code);
        SandboxHttp::Headers headers;
        if (!authorization.isEmpty())
            headers.append({QByteArray("Authorization"), authorization});
        const SandboxHttp::Result r = m_http->get(QStringLiteral("/import?limit=1"), headers, false);
        QCOMPARE(r.status, status);
        if (status >= 400) {
            QVERIFY(r.headers.value("content-type").startsWith("application/json"));
            const QJsonObject error = r.object();
            QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
            QCOMPARE(error.value(QStringLiteral("status")).toInt(), status);
            QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
            QVERIFY(!error.value(QStringLiteral("hint")).toString().isEmpty());
        }
    }

    void practiceModeAcceptsAnyTokenButNeedsOne()
    {
        SandboxProcess practice({QStringLiteral("--api-key"), QString()});
        QVERIFY2(practice.start(), qPrintable(practice.error()));
        SandboxHttp http(practice);
        http.bearer = QStringLiteral("whatever-the-user-typed");
        QCOMPARE(http.get(QStringLiteral("/custom_field")).status, 200);
        QCOMPARE(http.get(QStringLiteral("/custom_field"), {}, false).status, 401);
    }

    void unknownRouteIs404InErrorShape()
    {
        for (const QString &path : {QStringLiteral("/nope"), QStringLiteral("/import/extra")}) {
            const SandboxHttp::Result r = m_http->get(path);
            QCOMPARE(r.status, 404);
            QCOMPARE(r.object().value(QStringLiteral("code")).toString(), QStringLiteral("NOT_FOUND"));
            QCOMPARE(r.object().value(QStringLiteral("status")).toInt(), 404);
        }
        const SandboxHttp::Result outside = m_http->send(
            "GET", QUrl(m_sandbox->rootUrl().toString() + QStringLiteral("/")), {}, {}, 5000);
        QCOMPARE(outside.status, 404);
        QCOMPARE(m_http
                     ->send("DELETE", m_sandbox->url(QStringLiteral("/import")), {},
                            {{QByteArray("Authorization"), QByteArray("Bearer test-key")}}, 5000)
                     .status,
                 405);
    }

    void createAnswersLikePostgrest()
    {
        const QJsonObject import = contactImport({QJsonObject{{QStringLiteral("external_id"), QStringLiteral("c-1")}}});
        // object + select=id -> {"id"}
        const SandboxHttp::Result one = m_http->post(QStringLiteral("/import?select=id"), json(import));
        QCOMPARE(one.status, 201);
        QVERIFY(one.json().isObject());
        QCOMPARE(one.object().keys(), QStringList{QStringLiteral("id")});
        QCOMPARE(one.object().value(QStringLiteral("id")).toString().size(), 36);
        // array -> array
        const SandboxHttp::Result many = m_http->post(QStringLiteral("/import?select=id,total_count"),
                                                      QJsonDocument(QJsonArray{import, import}).toJson());
        QCOMPARE(many.status, 201);
        QCOMPARE(many.array().size(), 2);
        QCOMPARE(many.array().at(1).toObject().value(QStringLiteral("total_count")).toInt(), 1);
        // no select -> nothing returned (PostgREST's return=minimal)
        const SandboxHttp::Result minimal = m_http->post(QStringLiteral("/import"), json(import));
        QCOMPARE(minimal.status, 201);
        QVERIFY(minimal.body.isEmpty());
    }

    void badRequests_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("not json") << QByteArray("{\"type\": ") << QStringLiteral("INVALID_JSON");
        QTest::newRow("empty body") << QByteArray() << QStringLiteral("INVALID_JSON");
        QTest::newRow("unknown type") << QByteArray(R"({"type":"customer","payload":[]})")
                                      << QStringLiteral("INVALID_IMPORT_TYPE");
        QTest::newRow("upstream type") << QByteArray(R"({"type":"deal_details","payload":[]})")
                                       << QStringLiteral("INVALID_IMPORT_TYPE");
        QTest::newRow("missing type") << QByteArray(R"({"payload":[]})") << QStringLiteral("INVALID_IMPORT_TYPE");
        QTest::newRow("payload object") << QByteArray(R"({"type":"contact_details","payload":{"email":"a@b.de"}})")
                                        << QStringLiteral("INVALID_IMPORT");
        QTest::newRow("payload missing") << QByteArray(R"({"type":"contact_details"})")
                                         << QStringLiteral("INVALID_IMPORT");
        QTest::newRow("row not object") << QByteArray(R"({"type":"contact_details","payload":["a@b.de"]})")
                                        << QStringLiteral("INVALID_IMPORT");
        QTest::newRow("body is number") << QByteArray("42") << QStringLiteral("INVALID_JSON");
        QTest::newRow("unknown column") << QByteArray(R"({"type":"contact_details","payload":[],"colour":1})")
                                        << QStringLiteral("PGRST204");
        QTest::newRow("unknown list") << QByteArray(R"({"type":"contact_details","payload":[],"contact_list_id":"x"})")
                                      << QStringLiteral("23503");
    }
    void badRequests()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        const qint64 importsBefore = m_http->stats().value(QStringLiteral("imports")).toInteger();
        const SandboxHttp::Result r = m_http->post(QStringLiteral("/import?select=id"), body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(QStringLiteral("code")).toString(), code);
        QCOMPARE(r.object().value(QStringLiteral("status")).toInt(), 400);
        QCOMPARE(m_http->stats().value(QStringLiteral("imports")).toInteger(), importsBefore);
    }

    void tooLargeBodyIs413()
    {
        SandboxProcess small({QStringLiteral("--max-body-bytes"), QStringLiteral("1000")});
        QVERIFY2(small.start(), qPrintable(small.error()));
        SandboxHttp http(small);
        QJsonArray payload;
        for (int i = 0; i < 100; ++i)
            payload.append(QJsonObject{{QStringLiteral("external_id"), QString::number(i)}});
        QVERIFY(json(contactImport(payload)).size() > 1000);
        const SandboxHttp::Result r = http.post(QStringLiteral("/import?select=id"), json(contactImport(payload)));
        QCOMPARE(r.status, 413);
        QCOMPARE(r.object().value(QStringLiteral("code")).toString(), QStringLiteral("PAYLOAD_TOO_LARGE"));
        QCOMPARE(http.post(QStringLiteral("/import?select=id"), json(contactImport({QJsonObject{}}))).status, 201);
    }

    void processingCountsAndFailedEntries()
    {
        const QJsonObject duplicate{{QStringLiteral("external_id"), QStringLiteral("p-2")},
                                    {QStringLiteral("email"), QStringLiteral("Shared@Example.com")}};
        const QJsonArray payload{QJsonObject{{QStringLiteral("external_id"), QStringLiteral("p-1")},
                                             {QStringLiteral("email"), QStringLiteral("shared@example.com")}},
                                 duplicate,
                                 QJsonObject{{QStringLiteral("external_id"), QStringLiteral("p-3")},
                                             {QStringLiteral("email"), QStringLiteral("no-at-sign")}},
                                 QJsonObject{{QStringLiteral("external_id"), QStringLiteral("p-4")},
                                             {QStringLiteral("whatsapp"), QStringLiteral("12")}},
                                 QJsonObject{{QStringLiteral("external_id"), QStringLiteral("p-5")},
                                             {QStringLiteral("last_contacted_at"), QStringLiteral("15.03.2024 14:30")}},
                                 QJsonObject{{QStringLiteral("external_id"), QStringLiteral("p-6")},
                                             {QStringLiteral("colour"), QStringLiteral("red")}},
                                 QJsonObject{{QStringLiteral("external_id"), QStringLiteral("p-7")},
                                             {QStringLiteral("newsletter"), QStringLiteral("yes")}},
                                 QJsonObject{{QStringLiteral("external_id"), QStringLiteral("p-8")},
                                             {QStringLiteral("whatsapp"), QStringLiteral("+49 170 1234567")}}};
        const SandboxHttp::Result created = m_http->post(
            QStringLiteral("/import?select=id,total_count,success_count,failed_count"), json(contactImport(payload)));
        QCOMPARE(created.status, 201);
        QCOMPARE(created.object().value(QStringLiteral("total_count")).toInt(), payload.size());
        QCOMPARE(created.object().value(QStringLiteral("success_count")).toInt(), 0);
        const QJsonObject done = m_http->waitFinished(created.object().value(QStringLiteral("id")).toString());
        QCOMPARE(done.value(QStringLiteral("success_count")).toInt(), 2);
        QCOMPARE(done.value(QStringLiteral("failed_count")).toInt(), 6);
        const QJsonArray failed = done.value(QStringLiteral("failed")).toArray();
        QCOMPARE(failed.size(), 6);
        const QJsonObject first = failed.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("code")).toString(), QStringLiteral("23505"));
        QCOMPARE(first.value(QStringLiteral("message")).toString(),
                 QStringLiteral("duplicate key value violates unique constraint \"unique_email\""));
        QCOMPARE(first.value(QStringLiteral("input")).toObject(), duplicate);   // the original input, unnormalised
        const QStringList codes{QStringLiteral("23505"), QStringLiteral("23514"),    QStringLiteral("23514"),
                                QStringLiteral("22007"), QStringLiteral("PGRST204"), QStringLiteral("22P02")};
        for (int i = 0; i < failed.size(); ++i)
            QCOMPARE(failed.at(i).toObject().value(QStringLiteral("code")).toString(), codes.at(i));
        QCOMPARE(contactBy(QStringLiteral("external_id=eq.p-8")).value(QStringLiteral("whatsapp")).toString(),
                 QStringLiteral("+491701234567"));
    }

    void upsertUpdatesByExternalIdOrHandle()
    {
        importAndWait({QJsonObject{{QStringLiteral("external_id"), QStringLiteral("u-1")},
                                   {QStringLiteral("email"), QStringLiteral("u1@example.com")},
                                   {QStringLiteral("full_name"), QStringLiteral("Old Name")},
                                   {QStringLiteral("city"), QStringLiteral("Rostock")}}});
        // by external_id: changes the name, keeps the city
        importAndWait({QJsonObject{{QStringLiteral("external_id"), QStringLiteral("u-1")},
                                   {QStringLiteral("full_name"), QStringLiteral("New Name")}}});
        QJsonObject contact = contactBy(QStringLiteral("external_id=eq.u-1"));
        QCOMPARE(contact.value(QStringLiteral("full_name")).toString(), QStringLiteral("New Name"));
        QCOMPARE(contact.value(QStringLiteral("city")).toString(), QStringLiteral("Rostock"));
        // by handle only: finds the same contact
        importAndWait({QJsonObject{{QStringLiteral("email"), QStringLiteral("U1@example.com")},
                                   {QStringLiteral("zipcode"), QStringLiteral("18055")}}});
        contact = contactBy(QStringLiteral("email=eq.u1@example.com"));
        QCOMPARE(contact.value(QStringLiteral("external_id")).toString(), QStringLiteral("u-1"));
        QCOMPARE(contact.value(QStringLiteral("zipcode")).toString(), QStringLiteral("18055"));
        QCOMPARE(m_http->get(QStringLiteral("/contact_details?external_id=eq.u-1")).array().size(), 1);
    }

    void handleMovingToAnotherContactGivesHint()
    {
        // A contact known only by its WhatsApp number (no external_id), later claimed by an ERP record.
        importAndWait({QJsonObject{{QStringLiteral("whatsapp"), QStringLiteral("+4915111111111")}}});
        importAndWait({QJsonObject{{QStringLiteral("external_id"), QStringLiteral("h-1")},
                                   {QStringLiteral("email"), QStringLiteral("h1@example.com")}}});
        const QJsonObject done = importAndWait(
            {QJsonObject{{QStringLiteral("external_id"), QStringLiteral("h-1")},
                         {QStringLiteral("whatsapp"), QStringLiteral("+4915111111111")}}});
        QCOMPARE(done.value(QStringLiteral("success_count")).toInt(), 1);
        const QJsonArray hints = done.value(QStringLiteral("hints")).toArray();
        QCOMPARE(hints.size(), 1);
        QVERIFY(
            hints.first().toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("whatsapp")));
        QCOMPARE(
            contactBy(QStringLiteral("whatsapp=eq.+4915111111111")).value(QStringLiteral("external_id")).toString(),
            QStringLiteral("h-1"));
    }

    void valuesAreStoredNormalised_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("sent");
        QTest::addColumn<QJsonValue>("stored");
        QTest::newRow("datetime offset") << "last_contacted_at"
                                         << QJsonValue(QStringLiteral("2024-03-15T14:30:00+01:00"))
                                         << QJsonValue(QStringLiteral("2024-03-15T13:30:00Z"));
        QTest::newRow("naive datetime is UTC")
            << "last_contacted_at" << QJsonValue(QStringLiteral("2024-03-15T14:30:00"))
            << QJsonValue(QStringLiteral("2024-03-15T14:30:00Z"));
        QTest::newRow("birthday datetime") << "birthday" << QJsonValue(QStringLiteral("1990-05-15T00:00:00Z"))
                                           << QJsonValue(QStringLiteral("1990-05-15"));
        QTest::newRow("local midnight shifts") << "birthday" << QJsonValue(QStringLiteral("1990-05-15T00:00:00+02:00"))
                                               << QJsonValue(QStringLiteral("1990-05-14"));
        QTest::newRow("date field") << "contract_start" << QJsonValue(QStringLiteral("2023-01-31"))
                                    << QJsonValue(QStringLiteral("2023-01-31"));
        QTest::newRow("number text") << "revenue" << QJsonValue(QStringLiteral("1234.5")) << QJsonValue(1234.5);
        QTest::newRow("boolean") << "vip" << QJsonValue(true) << QJsonValue(true);
        QTest::newRow("string list") << "interests" << QJsonValue(QJsonArray{QStringLiteral("a"), QStringLiteral("b")})
                                     << QJsonValue(QJsonArray{QStringLiteral("a"), QStringLiteral("b")});
        QTest::newRow("channel") << "whatsapp_marketing" << QJsonValue(QStringLiteral("requested"))
                                 << QJsonValue(QStringLiteral("requested"));
        QTest::newRow("phone list first valid")
            << "sms" << QJsonValue(QJsonArray{QStringLiteral("nonsense"), QStringLiteral("+43 660 1234567")})
            << QJsonValue(QStringLiteral("+436601234567"));
    }
    void valuesAreStoredNormalised()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, sent);
        QFETCH(QJsonValue, stored);
        const QString externalId = QStringLiteral("n-") + QString::fromLatin1(QTest::currentDataTag());
        const QJsonObject done = importAndWait({QJsonObject{{QStringLiteral("external_id"), externalId}, {key, sent}}});
        QCOMPARE(done.value(QStringLiteral("success_count")).toInt(), 1);
        QCOMPARE(contactBy(QStringLiteral("external_id=eq.") + externalId).value(key), stored);
    }

    void contactListIdAddsToList()
    {
        const QJsonArray lists = m_http->get(QStringLiteral("/contact_list")).array();
        QCOMPARE(lists.size(), 1);
        const QString listId = lists.first().toObject().value(QStringLiteral("id")).toString();
        importAndWait({QJsonObject{{QStringLiteral("external_id"), QStringLiteral("l-1")}}},
                      {{QStringLiteral("contact_list_id"), listId}});
        QCOMPARE(contactBy(QStringLiteral("external_id=eq.l-1")).value(QStringLiteral("contact_list_ids")).toArray(),
                 QJsonArray{listId});
    }

    void organisationTables()
    {
        const QJsonArray fields = m_http->get(QStringLiteral("/custom_field")).array();
        QSet<QString> types;
        for (const QJsonValue &f : fields) {
            types.insert(f.toObject().value(QStringLiteral("type")).toString());
            for (const char *column : {"id", "name", "description", "key", "type", "entity"})
                QVERIFY2(f.toObject().contains(QLatin1String(column)), column);
        }
        QCOMPARE(types,
                 (QSet<QString>{QStringLiteral("string"), QStringLiteral("datetime"), QStringLiteral("boolean"),
                                QStringLiteral("number"), QStringLiteral("date"), QStringLiteral("string_list")}));
        QCOMPARE(m_http->get(QStringLiteral("/custom_field?key=eq.last_contacted_at&select=type")).array(),
                 (QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("datetime")}}}));
        const QJsonArray channels =
            m_http
                ->get(
                    QStringLiteral("/marketing_channel?key=in.(newsletter,whatsapp_marketing)&select=key,channel_type"))
                .array();
        QCOMPARE(channels.size(), 2);
        QCOMPARE(channels.at(0).toObject().value(QStringLiteral("channel_type")).toString(), QStringLiteral("email"));
        QCOMPARE(channels.at(1).toObject().value(QStringLiteral("channel_type")).toString(),
                 QStringLiteral("whatsapp"));
    }

    void orgFileReplacesDefault()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("org.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"custom_fields":[{"key":"kundennummer","name":"Kundennummer","type":"number"}],
                      "marketing_channels":[{"key":"post","channel_type":"postal"}],
                      "contact_lists":[{"name":"Messe 2024"},{"name":"Newsletter"}]})");
        file.close();
        SandboxProcess custom({QStringLiteral("--org"), file.fileName()});
        QVERIFY2(custom.start(), qPrintable(custom.error()));
        SandboxHttp http(custom);
        QCOMPARE(http.get(QStringLiteral("/custom_field?select=key")).array(),
                 (QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("kundennummer")}}}));
        QCOMPARE(http.get(QStringLiteral("/contact_list")).array().size(), 2);
        // an org without last_contacted_at: that key is now unknown -> the row fails
        const SandboxHttp::Result created = http.post(
            QStringLiteral("/import?select=id"),
            json(contactImport(
                {QJsonObject{{QStringLiteral("kundennummer"), QStringLiteral("12")}},
                 QJsonObject{{QStringLiteral("last_contacted_at"), QStringLiteral("2024-01-01T00:00:00Z")}}})));
        const QJsonObject done = http.waitFinished(created.object().value(QStringLiteral("id")).toString());
        QCOMPARE(done.value(QStringLiteral("success_count")).toInt(), 1);
        QCOMPARE(done.value(QStringLiteral("failed_count")).toInt(), 1);
    }

    void brokenOrgFileStopsWithReason()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("org.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"custom_fields":[{"key":"x","type":"colour"}]})");
        file.close();
        SandboxProcess broken({QStringLiteral("--org"), file.fileName()});
        QVERIFY(!broken.start(5000));
        QCOMPARE(broken.process().exitCode(), 2);
    }

    void listQueries()
    {
        const QString ref = QStringLiteral("list-test");
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            const SandboxHttp::Result r = m_http->post(
                QStringLiteral("/import?select=id"),
                json(contactImport({}, {{QStringLiteral("reference_id"), ref + QString::number(i)}})));
            ids << r.object().value(QStringLiteral("id")).toString();
        }
        QCOMPARE(m_http->get(QStringLiteral("/import?reference_id=eq.list-test1&select=id")).array(),
                 (QJsonArray{QJsonObject{{QStringLiteral("id"), ids.at(1)}}}));
        const QJsonArray in = m_http
                                  ->get(QStringLiteral("/import?id=in.(%1,%2)&select=id&order=created_at.desc,id.desc")
                                            .arg(ids.at(0), ids.at(2)))
                                  .array();
        QCOMPARE(in.size(), 2);
        QCOMPARE(
            m_http
                ->get(QStringLiteral("/import?type=eq.contact_details&reference_id=eq.list-test2&select=reference_id"))
                .array()
                .first()
                .toObject()
                .value(QStringLiteral("reference_id"))
                .toString(),
            QStringLiteral("list-test2"));
        const SandboxHttp::Result ranged = m_http->get(
            QStringLiteral("/import?select=id&reference_id=like.list-test*"),
            {{QByteArray("Range-Unit"), QByteArray("items")}, {QByteArray("Range"), QByteArray("1-5")}});
        QCOMPARE(ranged.array().size(), 2);
        QCOMPARE(ranged.headers.value("content-range"), QByteArray("1-2/3"));
        const QJsonArray paged =
            m_http
                ->get(QStringLiteral(
                    "/import?select=reference_id&reference_id=like.list-test*&order=reference_id.asc&limit=1&offset=2"))
                .array();
        QCOMPARE(paged, (QJsonArray{QJsonObject{{QStringLiteral("reference_id"), QStringLiteral("list-test2")}}}));
        QCOMPARE(m_http->get(QStringLiteral("/import?limit=500")).array().size() <= 50, true);
        QCOMPARE(m_http->get(QStringLiteral("/import?nonsense=eq.1")).status, 400);
        QCOMPARE(m_http->get(QStringLiteral("/import?id=zz.1")).status, 400);
        QCOMPARE(m_http->get(QStringLiteral("/import?select=nonsense")).status, 400);
    }

    void listIsCappedAtFifty()
    {
        QJsonArray many;
        for (int i = 0; i < 55; ++i)
            many.append(contactImport({}));
        QCOMPARE(m_http->post(QStringLiteral("/import"), QJsonDocument(many).toJson()).status, 201);
        const SandboxHttp::Result r = m_http->get(QStringLiteral("/import?select=id&limit=100"));
        QCOMPARE(r.array().size(), 50);
        QVERIFY(r.headers.value("content-range").startsWith("0-49/"));
    }
};

QTEST_GUILESS_MAIN(TestImportApi)
#include "tst_import_api.moc"
