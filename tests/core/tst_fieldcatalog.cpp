#include "core/mapping/FieldCatalog.h"

#include <QJsonDocument>
#include <QTest>

class TestFieldCatalog : public QObject
{
    Q_OBJECT

private slots:
    void standardFieldsAreAlwaysThere()
    {
        const FieldCatalog c;
        for (const char *key :
             {"external_id", "full_name", "birthday", "email", "whatsapp", "sms", "zipcode", "country"})
            QVERIFY2(c.find(QLatin1String(key)), key);
        QCOMPARE(c.find(QStringLiteral("birthday"))->type, FieldDefinition::ValueType::Date);
        QVERIFY(c.find(QStringLiteral("email"))->identifier);
        QVERIFY(!c.find(QStringLiteral("city"))->identifier);
        QVERIFY(!c.find(QStringLiteral("first_name")));
    }

    // The unique identifiers (docs/api.md): what the duplicate check compares and the server upserts by.
    void identifierKeysAreTheUniqueStandardFields()
    {
        QCOMPARE(FieldCatalog::identifierKeys(), QStringList({"external_id", "email", "whatsapp", "sms", "instagram",
                                                              "facebook", "google_business_messaging", "postal"}));
        const FieldCatalog c;
        for (const FieldDefinition &f : c.fields())
            QCOMPARE(FieldCatalog::identifierKeys().contains(f.apiKey), f.identifier);
    }

    void buildsFromTheApiRows()
    {
        const QJsonArray custom = QJsonDocument::fromJson(R"([
            {"id": "1", "name": "Letzter Kontakt", "description": "", "key": "last_contacted_at", "type": "datetime", "entity": "contact"},
            {"id": "2", "name": "Umsatz", "key": "revenue", "type": "number", "entity": "contact"},
            {"id": "3", "name": "Deal size", "key": "deal_size", "type": "number", "entity": "deal"},
            {"id": "4", "name": "Odd", "key": "odd", "type": "geo_point", "entity": "contact"}])")
                                      .array();
        const QJsonArray channels = QJsonDocument::fromJson(R"([
            {"id": "9", "name": "Newsletter", "key": "newsletter", "channel_type": "email"}])")
                                        .array();
        const FieldCatalog c = FieldCatalog::fromApi(custom, channels);
        const FieldDefinition *last = c.find(QStringLiteral("custom:last_contacted_at"));
        QVERIFY(last);
        QCOMPARE(last->apiKey, QStringLiteral("last_contacted_at"));
        QCOMPARE(last->type, FieldDefinition::ValueType::DateTime);
        QCOMPARE(last->label, QStringLiteral("Letzter Kontakt"));
        QVERIFY(!c.find(QStringLiteral("custom:deal_size")));   // a deal field is no contact target
        QCOMPARE(c.find(QStringLiteral("custom:odd"))->type, FieldDefinition::ValueType::String);
        const FieldDefinition *news = c.find(QStringLiteral("channel:newsletter"));
        QVERIFY(news);
        QCOMPARE(news->type, FieldDefinition::ValueType::Consent);
    }

    void cacheFileRoundTrips()
    {
        FieldCatalog c;
        QString error;
        QVERIFY2(FieldCatalog::fromCacheJson(
                     R"({"custom_fields": [{"key": "tags", "name": "Tags", "type": "string_list", "entity": "contact"}],
                                               "marketing_channels": [{"key": "sms_news", "name": "SMS", "channel_type": "sms"}]})",
                     &c, &error),
                 qPrintable(error));
        FieldCatalog again;
        QVERIFY(FieldCatalog::fromCacheJson(QJsonDocument(c.toCacheJson()).toJson(), &again, &error));
        QCOMPARE(again.find(QStringLiteral("custom:tags"))->type, FieldDefinition::ValueType::StringList);
        QVERIFY(again.find(QStringLiteral("channel:sms_news")));
        QVERIFY(!FieldCatalog::fromCacheJson("[1,2]", &again, &error));
        QVERIFY(error.contains(QLatin1String("custom_fields")));
    }
};

QTEST_GUILESS_MAIN(TestFieldCatalog)
#include "tst_fieldcatalog.moc"
