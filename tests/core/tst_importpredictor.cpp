#include "core/identity/ContactRowNormalizer.h"
#include "core/mapping/MappingProfile.h"
#include "core/preview/ImportPredictor.h"
#include "core/preview/LookupPlan.h"
#include "core/preview/PreflightCheck.h"
#include "core/preview/PreviewResult.h"
#include "core/validate/SendableRows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

// The preview's rules without a network: which contact a row updates, what it changes, when the
// service refuses it (docs/sandbox.md "Identity"/"Conflicts"), which lookups find the owners, and the
// preflight's verdict on a mapping. tests/api/tst_preview.cpp checks the same against the sandbox.
class TestImportPredictor : public QObject
{
    Q_OBJECT

    static QJsonArray customFields()
    {
        return QJsonArray{QJsonObject{{"key", "revenue"}, {"type", "number"}, {"entity", "contact"}},
                          QJsonObject{{"key", "customer_since"}, {"type", "date"}, {"entity", "contact"}}};
    }
    static QJsonArray channels() { return QJsonArray{QJsonObject{{"key", "newsletter"}, {"channel_type", "email"}}}; }
    static ContactRowNormalizer normalizer()
    {
        return ContactRowNormalizer(ContactRowNormalizer::schemaOf(customFields(), channels()));
    }
    static QJsonObject obj(const char *json) { return QJsonDocument::fromJson(json).object(); }

    // A: external_id X1; B: no external_id (its handles may move); C: external_id X3.
    static ImportPredictor account()
    {
        ImportPredictor p(normalizer());
        p.addKnownContact(obj(R"({"id":"a","external_id":"X1","email":"a@x.de","whatsapp":null,"full_name":"Anna",
                                 "revenue":5})"));
        p.addKnownContact(obj(R"({"id":"b","external_id":null,"email":"b@x.de","whatsapp":"+4915111111111"})"));
        p.addKnownContact(obj(R"({"id":"c","external_id":"X3","email":"c@x.de"})"));
        p.addKnownContact(obj(R"({"id":"c","external_id":"changed","email":"c@x.de"})"));   // seen twice: kept once
        return p;
    }

private slots:
    void classifiesByTheServicesIdentityRules()
    {
        using K = RowPrediction::Kind;
        ImportPredictor p = account();
        QCOMPARE(p.knownContacts(), 3);

        const RowPrediction fresh = p.predict(obj(R"({"external_id":"N1","email":"new@x.de"})"), 2);
        QCOMPARE(fresh.kind, K::New);

        // Equal after the service's normalisation (e-mail lower case, number "5" == 5): nothing to send.
        const RowPrediction same = p.predict(obj(R"({"external_id":"X1","email":" A@X.de ","revenue":"5"})"), 3);
        QCOMPARE(same.kind, K::Unchanged);
        QCOMPARE(same.contactId, QStringLiteral("a"));

        const RowPrediction changed = p.predict(obj(R"({"external_id":"X1","full_name":"Anna Schmidt",
                                                        "revenue":7})"),
                                                4);
        QCOMPARE(changed.kind, K::Update);
        QCOMPARE(changed.contactId, QStringLiteral("a"));
        QCOMPARE(changed.changes.size(), 2);
        QCOMPARE(changed.changes.at(0).field, QStringLiteral("full_name"));
        QCOMPARE(changed.changes.at(0).before.toString(), QStringLiteral("Anna"));
        QCOMPARE(changed.changes.at(0).after.toString(), QStringLiteral("Anna Schmidt"));
        QCOMPARE(changed.changes.at(1).before.toDouble(), 5.0);
        QCOMPARE(changed.changes.at(1).after.toDouble(), 7.0);

        // No external_id in the row: the contact owning the e-mail is the target.
        const RowPrediction byHandle = p.predict(obj(R"({"email":"B@x.de","full_name":"Bert"})"), 5);
        QCOMPARE(byHandle.kind, K::Update);
        QCOMPARE(byHandle.contactId, QStringLiteral("b"));

        // The e-mail belongs to C, which has another external_id: the service refuses the row.
        const RowPrediction clash = p.predict(obj(R"({"external_id":"X9","email":"c@x.de"})"), 6);
        QCOMPARE(clash.kind, K::Conflict);
        QCOMPARE(clash.code, QStringLiteral("23505"));
        QVERIFY(clash.message.contains(QLatin1String("unique_email")));
        QCOMPARE(clash.claims.size(), 1);
        QCOMPARE(clash.claims.first().column, QStringLiteral("email"));
        QCOMPARE(clash.claims.first().contactId, QStringLiteral("c"));

        // A later row of the same file updates the contact an earlier row created.
        const RowPrediction again = p.predict(obj(R"({"external_id":"N1","full_name":"Nina"})"), 7);
        QCOMPARE(again.kind, K::Update);
        QCOMPARE(again.contactId, QStringLiteral("line:2"));

        // B's WhatsApp number moves to A (B has no external_id): an update of A, and B loses it.
        const RowPrediction move = p.predict(obj(R"({"external_id":"X1","whatsapp":"+49 151 11111111"})"), 8);
        QCOMPARE(move.kind, K::Update);
        QCOMPARE(move.contactId, QStringLiteral("a"));
        const RowPrediction bAgain = p.predict(obj(R"({"whatsapp":"+4915111111111"})"), 9);
        QCOMPARE(bAgain.contactId, QStringLiteral("a"));   // the number is A's now
        QCOMPARE(bAgain.kind, K::Unchanged);

        const RowPrediction bad = p.predict(obj(R"({"external_id":"Z","revenue":"abc"})"), 10);
        QCOMPARE(bad.kind, K::Rejected);
        QCOMPARE(bad.code, QStringLiteral("22P02"));
        const RowPrediction unknown = p.predict(obj(R"({"external_id":"Z","customer_status":"gold"})"), 11);
        QCOMPARE(unknown.kind, K::Rejected);
        QCOMPARE(unknown.code, QStringLiteral("PGRST204"));
    }

    void clearingAValueIsAChange()
    {
        ImportPredictor p = account();
        const RowPrediction cleared = p.predict(obj(R"({"external_id":"X1","full_name":null})"), 2);
        QCOMPARE(cleared.kind, RowPrediction::Kind::Update);
        QCOMPARE(cleared.changes.size(), 1);
        QVERIFY(cleared.changes.first().after.isNull());
    }

    void aRowTheModeKeepsBackChangesNothingForLaterRows()
    {
        ImportPredictor p = account();
        ImportMode updateOnly;
        updateOnly.kind = ImportMode::Kind::UpdateOnly;
        const RowPrediction first = p.predict(obj(R"({"external_id":"N1","full_name":"Nina"})"), 2, updateOnly);
        QCOMPARE(first.kind, RowPrediction::Kind::New);
        QVERIFY(!first.sent);
        QCOMPARE(first.skipCode, QStringLiteral("skipped_new"));
        // Not sent, so N1 still does not exist for the next row.
        const RowPrediction second = p.predict(obj(R"({"external_id":"N1","full_name":"Nina B"})"), 3, updateOnly);
        QCOMPARE(second.kind, RowPrediction::Kind::New);
        QVERIFY(!second.sent);

        ImportMode createOnly;
        createOnly.kind = ImportMode::Kind::CreateOnly;
        const RowPrediction existing = p.predict(obj(R"({"external_id":"X1","full_name":"Other"})"), 4, createOnly);
        QVERIFY(!existing.sent);
        QVERIFY(existing.skipReason.contains(QLatin1String("contact a")));
        const RowPrediction clash = p.predict(obj(R"({"external_id":"X9","email":"c@x.de"})"), 5, createOnly);
        QCOMPARE(clash.skipCode, QStringLiteral("conflict"));
        QVERIFY(clash.skipReason.contains(QLatin1String("email \"c@x.de\" belongs to contact c")));
    }

    void lookupsFindEveryIdentifierOnceInFewRequests()
    {
        SendableRows rows;
        for (int i = 0; i < 500; ++i)
            rows.append(i, i + 2, QStringLiteral(R"({"external_id":"K%1","email":"U%1@Example.com"})").arg(i).toUtf8());
        rows.append(500, 502, R"({"email":"u0@example.com","instagram":"insta"})");   // e-mail seen before
        rows.append(501, 503, R"({"external_id":"bad","revenue":"x"})");   // refused: nothing to look up
        const LookupPlan plan = LookupPlan::build(rows, normalizer());
        QCOMPARE(plan.identifiers, qint64(500 + 500 + 1));
        // Far fewer than one request per 50 identifiers when each query carries as many as fit.
        QVERIFY2(plan.batches.size() <= 1001 / 50, qPrintable(QString::number(plan.batches.size())));
        qint64 values = 0;
        qsizetype lastFirst = 0;
        for (const LookupPlan::Batch &b : plan.batches) {
            values += b.values.size();
            QVERIFY(b.firstRow >= lastFirst);   // ordered by the first row served
            lastFirst = b.firstRow;
            // What PreviewRunner puts in the URL stays within the limit (a long URL is refused by proxies).
            QVERIFY(QUrl::toPercentEncoding(LookupPlan::inFilter(b.values), "(),").size() <=
                    LookupPlan::DefaultMaxQueryBytes + 16);
        }
        QCOMPARE(values, plan.identifiers);
        QVERIFY(plan.batches.first().values.contains(QStringLiteral("u0@example.com")));   // stored form
        QVERIFY(plan.selectColumns.contains(QStringLiteral("revenue")));
        QVERIFY(plan.selectColumns.contains(QStringLiteral("google_business_messaging")));
        QVERIFY(!plan.selectColumns.contains(QStringLiteral("country_codes")));
    }

    void inFilterQuotesEveryValue()
    {
        QCOMPARE(LookupPlan::inFilter({QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("x\\y")}),
                 QStringLiteral("in.(\"a,b\",\"say \\\"hi\\\"\",\"x\\\\y\")"));
    }

    void preflightNamesColumnTargetAndNextStep()
    {
        MappingProfile profile;
        QString error;
        QVERIFY(MappingProfile::fromJson(R"({"columns": [
            {"header": "Status", "target": "custom:customer_status"},
            {"header": "Umsatz", "target": "custom:revenue", "type": "string"},
            {"header": "Umsatz2", "target": "custom:revenue", "type": "number"},
            {"header": "Seit", "target": "custom:customer_since", "type": "datetime"},
            {"header": "Post", "target": "channel:postal_mail"},
            {"header": "News", "target": "channel:newsletter"},
            {"header": "Not in file", "target": "custom:nowhere"},
            {"header": "E-Mail", "target": "email"}]})",
                                         &profile, &error));
        const QStringList headers{"Status", "Umsatz", "Umsatz2", "Seit", "Post", "News", "E-Mail"};
        const QList<PreflightProblem> problems = PreflightCheck::check(profile, headers, customFields(), channels());
        QCOMPARE(problems.size(), 3);
        QCOMPARE(problems.at(0).header, QStringLiteral("Status"));
        QCOMPARE(problems.at(0).target, QStringLiteral("custom:customer_status"));
        QVERIFY(problems.at(0).message.contains(QLatin1String("Create the field in Hellomateo")));
        QVERIFY(problems.at(0).message.contains(QLatin1String("change the mapping")));
        QCOMPARE(problems.at(1).header, QStringLiteral("Umsatz"));   // text into a number field
        QVERIFY(problems.at(1).message.contains(QLatin1String("number")));
        QCOMPARE(problems.at(2).target, QStringLiteral("channel:postal_mail"));
        QVERIFY(problems.at(0).line().startsWith(QLatin1String("Column \"Status\" -> custom:customer_status: ")));
    }

    void jsonHasTheDocumentedShape()
    {
        ImportPredictor p = account();
        PreviewResult r;
        r.rows = 3;
        r.sendable = 2;
        r.complete = true;
        r.predictions << p.predict(obj(R"({"external_id":"X1","full_name":"Anne"})"), 2)
                      << p.predict(obj(R"({"external_id":"X9","email":"c@x.de"})"), 3);
        const QJsonObject json = r.toJson();
        for (const char *key : {"rows", "sendable", "new", "update", "unchanged", "conflict", "requests_used",
                                "complete", "updates", "conflicts"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value("update").toInt(), 1);
        const QJsonObject update = json.value("updates").toArray().first().toObject();
        QCOMPARE(update.value("contact_id").toString(), QStringLiteral("a"));
        QCOMPARE(update.value("changes").toObject().value("full_name").toArray(), (QJsonArray{"Anna", "Anne"}));
        const QJsonObject conflict = json.value("conflicts").toArray().first().toObject();
        QCOMPARE(conflict.value("line").toInt(), 3);
        QCOMPARE(conflict.value("identifiers").toObject().value("email").toString(), QStringLiteral("c"));
    }
};

QTEST_GUILESS_MAIN(TestImportPredictor)
#include "tst_importpredictor.moc"
