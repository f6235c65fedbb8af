#include "core/preview/LookupPlan.h"
#include "support/SandboxHttp.h"
#include "support/SandboxProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

// What the preview asks of GET /contact_details (docs/engine.md "Preview"): an `in.(…)` filter on
// every identifier column, matched against the stored (normalised) values, `select` of the mapped
// keys (custom fields and channels at top level), 50 rows an answer with Content-Range for paging.
class TestContactLookup : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxHttp> m_http;

    QJsonArray lookup(const QString &column, const QStringList &values, const QString &select = {})
    {
        QByteArray query = column.toLatin1() + '=' + QUrl::toPercentEncoding(LookupPlan::inFilter(values), "(),");
        if (!select.isEmpty())
            query += "&select=" + select.toLatin1();
        const SandboxHttp::Result r = m_http->get(QStringLiteral("/contact_details?") + QString::fromLatin1(query));
        if (r.status != 200)
            qWarning() << r.status << r.body;
        return r.array();
    }

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--test-controls")});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
        m_http = std::make_unique<SandboxHttp>(*m_sandbox);
        // One contact with every identifier (as sent: mixed case, national spacing), one plain.
        const QJsonArray payload{QJsonObject{{"external_id", "K-1, \"quoted\""},
                                             {"email", "Anna.Schmidt@Example.COM"},
                                             {"whatsapp", "+49 151 2345 6789"},
                                             {"sms", "0049 30 1234567"},
                                             {"instagram", " anna.insta "},
                                             {"facebook", "anna.fb"},
                                             {"google_business_messaging", "gbm-anna"},
                                             {"revenue", "12.5"},
                                             {"newsletter", "accepted"}},
                                 QJsonObject{{"external_id", "K-2"}, {"email", "bert@example.com"}}};
        const SandboxHttp::Result created = m_http->postJson(
            QStringLiteral("/import?select=id"),
            QJsonDocument(QJsonObject{{"type", "contact_details"}, {"payload", payload}}));
        QCOMPARE(created.status, 201);
        const QJsonObject done = m_http->waitFinished(created.object().value("id").toString());
        QCOMPARE(done.value("success_count").toInt(), 2);
    }

    void everyIdentifierColumnFindsTheContactByItsStoredValue_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::newRow("external_id with comma and quotes") << "external_id"
                                                           << "K-1, \"quoted\"";
        QTest::newRow("email in another case") << "email"
                                               << "ANNA.SCHMIDT@example.com";
        QTest::newRow("whatsapp E.164") << "whatsapp"
                                        << "+4915123456789";
        QTest::newRow("sms E.164") << "sms"
                                   << "+49301234567";
        QTest::newRow("instagram trimmed") << "instagram"
                                           << "anna.insta";
        QTest::newRow("facebook") << "facebook"
                                  << "anna.fb";
        QTest::newRow("google_business_messaging") << "google_business_messaging"
                                                   << "gbm-anna";
    }
    void everyIdentifierColumnFindsTheContactByItsStoredValue()
    {
        QFETCH(QString, column);
        QFETCH(QString, value);
        const QJsonArray found = lookup(column, {QStringLiteral("nobody"), value, QStringLiteral("x,y")},
                                        QStringLiteral("id,external_id,email,whatsapp,revenue,newsletter,city"));
        QCOMPARE(found.size(), 1);
        const QJsonObject contact = found.first().toObject();
        QCOMPARE(contact.value("external_id").toString(), QStringLiteral("K-1, \"quoted\""));
        QCOMPARE(contact.value("email").toString(), QStringLiteral("anna.schmidt@example.com"));
        QCOMPARE(contact.value("whatsapp").toString(), QStringLiteral("+4915123456789"));
        QCOMPARE(contact.value("revenue").toDouble(), 12.5);   // custom fields and channels at top level
        QCOMPARE(contact.value("newsletter").toString(), QStringLiteral("accepted"));
        QVERIFY(contact.value("city").isNull());   // selected but not stored: null
        QCOMPARE(contact.keys().size(), 7);   // exactly the selected keys
    }

    void manyValuesInOneRequestAndPagedAnswers()
    {
        QStringList emails;
        for (int i = 0; i < 300; ++i)
            emails << QStringLiteral("nobody%1@example.com").arg(i);
        emails << QStringLiteral("bert@example.com") << QStringLiteral("anna.schmidt@example.com");
        QCOMPARE(lookup(QStringLiteral("email"), emails).size(), 2);

        // More owners than one answer holds: Content-Range tells the client to page on.
        QJsonArray payload;
        for (int i = 0; i < 60; ++i)
            payload.append(QJsonObject{{"external_id", QStringLiteral("page-%1").arg(i)}});
        const SandboxHttp::Result created = m_http->postJson(
            QStringLiteral("/import?select=id"),
            QJsonDocument(QJsonObject{{"type", "contact_details"}, {"payload", payload}}));
        QCOMPARE(created.status, 201);
        m_http->waitFinished(created.object().value("id").toString());
        QStringList ids;
        for (int i = 0; i < 60; ++i)
            ids << QStringLiteral("page-%1").arg(i);
        const QByteArray filter = "external_id=" + QUrl::toPercentEncoding(LookupPlan::inFilter(ids), "(),");
        const SandboxHttp::Result first = m_http->get(QStringLiteral("/contact_details?order=id.asc&") +
                                                      QString::fromLatin1(filter));
        QCOMPARE(first.array().size(), 50);
        QCOMPARE(first.headers.value("content-range"), QByteArray("0-49/60"));
        const SandboxHttp::Result second = m_http->get(QStringLiteral("/contact_details?order=id.asc&offset=50&") +
                                                       QString::fromLatin1(filter));
        QCOMPARE(second.array().size(), 10);
        QCOMPARE(second.headers.value("content-range"), QByteArray("50-59/60"));
    }
};

QTEST_GUILESS_MAIN(TestContactLookup)
#include "tst_contact_lookup.moc"
