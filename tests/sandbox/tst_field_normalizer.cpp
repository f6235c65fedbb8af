#include "core/identity/FieldNormalizer.h"

#include <QJsonArray>
#include <QTest>

// The server-side value checks: what is stored, and which Postgres-style code a bad value gets.
class TestFieldNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void dateTime_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("stored");   // empty = rejected with 22007
        QTest::newRow("Z") << "2024-03-15T14:30:00Z"
                           << "2024-03-15T14:30:00Z";
        QTest::newRow("plus one") << "2024-03-15T14:30:00+01:00"
                                  << "2024-03-15T13:30:00Z";
        QTest::newRow("minus, no colon") << "2024-03-15T22:30:00-0500"
                                         << "2024-03-16T03:30:00Z";
        QTest::newRow("hours only offset") << "2024-03-15T00:30:00+02"
                                           << "2024-03-14T22:30:00Z";
        QTest::newRow("naive is UTC") << "2024-03-15T14:30:00"
                                      << "2024-03-15T14:30:00Z";
        QTest::newRow("no seconds") << "2024-03-15T14:30"
                                    << "2024-03-15T14:30:00Z";
        QTest::newRow("space separator") << "2024-03-15 14:30:00Z"
                                         << "2024-03-15T14:30:00Z";
        QTest::newRow("milliseconds") << "2024-03-15T14:30:00.5+00:00"
                                      << "2024-03-15T14:30:00.500Z";
        QTest::newRow("date only") << "2024-03-15"
                                   << "2024-03-15T00:00:00Z";
        QTest::newRow("leap day") << "2024-02-29T12:00:00Z"
                                  << "2024-02-29T12:00:00Z";
        QTest::newRow("year crossing") << "2024-01-01T00:30:00+01:00"
                                       << "2023-12-31T23:30:00Z";
        QTest::newRow("german") << "15.03.2024 14:30"
                                << "";
        QTest::newRow("no leap day") << "2023-02-29T12:00:00Z"
                                     << "";
        QTest::newRow("hour 24") << "2024-03-15T24:00:00Z"
                                 << "";
        QTest::newRow("trailing text") << "2024-03-15T14:30:00Zx"
                                       << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void dateTime()
    {
        QFETCH(QString, input);
        QFETCH(QString, stored);
        const FieldNormalizer::Result r = FieldNormalizer::dateTime(input);
        QCOMPARE(r.ok, !stored.isEmpty());
        if (r.ok)
            QCOMPARE(r.value.toString(), stored);
        else
            QCOMPARE(r.code, QStringLiteral("22007"));
    }

    void date_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("stored");
        QTest::newRow("plain") << "1990-05-15"
                               << "1990-05-15";
        QTest::newRow("utc midnight") << "1990-05-15T00:00:00Z"
                                      << "1990-05-15";
        QTest::newRow("local midnight +02") << "1990-05-15T00:00:00+02:00"
                                            << "1990-05-14";
        QTest::newRow("bad") << "15.05.1990"
                             << "";
    }
    void date()
    {
        QFETCH(QString, input);
        QFETCH(QString, stored);
        const FieldNormalizer::Result r = FieldNormalizer::date(input);
        QCOMPARE(r.ok, !stored.isEmpty());
        if (r.ok)
            QCOMPARE(r.value.toString(), stored);
    }

    void phone_data()
    {
        QTest::addColumn<QJsonValue>("input");
        QTest::addColumn<QStringList>("countries");
        QTest::addColumn<QString>("stored");
        QTest::newRow("e164") << QJsonValue(QStringLiteral("+491701234567")) << QStringList() << "+491701234567";
        QTest::newRow("spaces dashes") << QJsonValue(QStringLiteral("+49 (170) 123-4567")) << QStringList()
                                       << "+491701234567";
        QTest::newRow("00 prefix") << QJsonValue(QStringLiteral("0049 170 1234567")) << QStringList()
                                   << "+491701234567";
        QTest::newRow("national with country")
            << QJsonValue(QStringLiteral("0170 1234567")) << QStringList{QStringLiteral("DE")} << "+491701234567";
        QTest::newRow("national without country") << QJsonValue(QStringLiteral("0170 1234567")) << QStringList() << "";
        QTest::newRow("list takes first valid")
            << QJsonValue(QJsonArray{QStringLiteral("x"), QStringLiteral("+43 660 1234567")}) << QStringList()
            << "+436601234567";
        QTest::newRow("too short") << QJsonValue(QStringLiteral("+4912")) << QStringList() << "";
        QTest::newRow("letters") << QJsonValue(QStringLiteral("+49 170 CALLME")) << QStringList() << "";
    }
    void phone()
    {
        QFETCH(QJsonValue, input);
        QFETCH(QStringList, countries);
        QFETCH(QString, stored);
        const FieldNormalizer::Result r = FieldNormalizer::phone(QStringLiteral("whatsapp"), input, countries);
        QCOMPARE(r.ok, !stored.isEmpty());
        if (r.ok)
            QCOMPARE(r.value.toString(), stored);
        else
            QCOMPARE(r.code, QStringLiteral("23514"));
    }

    void email_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("stored");
        QTest::newRow("lower-cased") << " Anna.Schmidt@Example.COM "
                                     << "anna.schmidt@example.com";
        QTest::newRow("plus") << "a+news@example.de"
                              << "a+news@example.de";
        QTest::newRow("no at") << "anna.example.com"
                               << "";
        QTest::newRow("no domain dot") << "anna@localhost"
                                       << "";
        QTest::newRow("double dot") << "anna..s@example.com"
                                    << "";
        QTest::newRow("space inside") << "anna s@example.com"
                                      << "";
    }
    void email()
    {
        QFETCH(QString, input);
        QFETCH(QString, stored);
        const FieldNormalizer::Result r = FieldNormalizer::email(input);
        QCOMPARE(r.ok, !stored.isEmpty());
        if (r.ok)
            QCOMPARE(r.value.toString(), stored);
        else
            QVERIFY(r.message.contains(QLatin1String("valid_email")));
    }

    void typedValues()
    {
        QCOMPARE(FieldNormalizer::typed(QStringLiteral("number"), QStringLiteral("n"), QStringLiteral("12.5")).value,
                 QJsonValue(12.5));
        QCOMPARE(FieldNormalizer::typed(QStringLiteral("number"), QStringLiteral("n"), QStringLiteral("12,5")).code,
                 QStringLiteral("22P02"));
        QCOMPARE(FieldNormalizer::typed(QStringLiteral("boolean"), QStringLiteral("b"), QStringLiteral("false")).value,
                 QJsonValue(false));
        QCOMPARE(FieldNormalizer::typed(QStringLiteral("boolean"), QStringLiteral("b"), QStringLiteral("ja")).code,
                 QStringLiteral("22P02"));
        QCOMPARE(
            FieldNormalizer::typed(QStringLiteral("string_list"), QStringLiteral("l"), QStringLiteral("one")).value,
            QJsonValue(QJsonArray{QStringLiteral("one")}));
        QCOMPARE(FieldNormalizer::typed(QStringLiteral("string"), QStringLiteral("s"), 42).value,
                 QJsonValue(QStringLiteral("42")));
        QCOMPARE(FieldNormalizer::subscription(QStringLiteral("accepted")).ok, true);
        QCOMPARE(FieldNormalizer::subscription(QStringLiteral("yes")).code, QStringLiteral("22P02"));
    }
};

QTEST_GUILESS_MAIN(TestFieldNormalizer)
#include "tst_field_normalizer.moc"
