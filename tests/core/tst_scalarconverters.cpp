#include "core/convert/ScalarConverters.h"
#include "core/mapping/ConsentTable.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

#include <charconv>
#include <cstring>

class TestScalarConverters : public QObject
{
    Q_OBJECT

private slots:
    void numbers_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("decimal");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("value");
        QTest::newRow("german full") << "1.234,56"
                                     << "" << true << 1234.56;
        QTest::newRow("english full") << "1,234.56"
                                      << "" << true << 1234.56;
        QTest::newRow("decimal comma") << "7602,64"
                                       << "" << true << 7602.64;
        QTest::newRow("decimal point") << "7602.64"
                                       << "" << true << 7602.64;
        QTest::newRow("integer") << "-42"
                                 << "" << true << -42.0;
        QTest::newRow("spaces grouping") << "12 345,5"
                                         << "" << true << 12345.5;
        QTest::newRow("million german") << "1.234.567"
                                        << "" << true << 1234567.0;
        QTest::newRow("ambiguous thousand") << "1.234"
                                            << "" << false << 0.0;
        QTest::newRow("ambiguous settled by column ,") << "1.234"
                                                       << "," << true << 1234.0;
        QTest::newRow("ambiguous settled by column .") << "1.234"
                                                       << "." << true << 1.234;
        QTest::newRow("bad grouping") << "12.34.56"
                                      << "," << false << 0.0;
        QTest::newRow("text") << "viel"
                              << "" << false << 0.0;
    }

    void numbers()
    {
        QFETCH(QString, cell);
        QFETCH(QString, decimal);
        QFETCH(bool, ok);
        QFETCH(double, value);
        double v = 0;
        QCOMPARE(ScalarConverters::parseNumber(cell, decimal.isEmpty() ? QChar() : decimal.at(0), &v), ok);
        if (ok)
            QCOMPARE(v, value);
    }

    void plainNumbersReadExactlyAsToDouble()
    {
        // The fast path for plain cells must give the very same double as the full rules.
        const QStringList cells{"0",
                                "-0",
                                "7",
                                "42",
                                "007",
                                "7602.64",
                                "99999.99",
                                "0.1",
                                "0.30000000000000004",
                                "3.14159265358979323846264338327950288",
                                "123456789012345678901234567890",
                                "9007199254740993",
                                "-12.5",
                                "12,5",
                                "0,07",
                                "1234,56",
                                " 88.01 ",
                                "1.5",
                                "1,2345"};
        for (const QString &cell : cells) {
            double fast = 0;
            QVERIFY2(ScalarConverters::parseNumber(cell, QChar(), &fast), qPrintable(cell));
            bool ok = false;
            const double reference = QString(cell).trimmed().replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
            QVERIFY(ok);
            QVERIFY2(std::memcmp(&fast, &reference, sizeof fast) == 0 || (fast == 0 && reference == 0),
                     qPrintable(cell));
        }
        double v = 0;
        QVERIFY(!ScalarConverters::parseNumber(QStringLiteral("1,234"), QChar(), &v));   // still ambiguous
        QVERIFY(!ScalarConverters::parseNumber(QStringLiteral("12.5.1"), QChar(), &v));
        QVERIFY(!ScalarConverters::parseNumber(QStringLiteral("-"), QChar(), &v));
        QVERIFY(ScalarConverters::parseNumber(QStringLiteral("12,5"), QLatin1Char(','), &v));
        QCOMPARE(v, 12.5);
        QVERIFY(ScalarConverters::parseNumber(QStringLiteral("12,500"), QLatin1Char('.'), &v));   // ',' groups
        QCOMPARE(v, 12500.0);
    }

    void plainNumbersReadExactlyAsFromChars()
    {
        // The plain path divides the digits by a power of ten when that is exact; every double
        // must still equal the correctly rounded reading of the text (std::from_chars).
        QRandomGenerator random(20261127);
        for (int n = 0; n < 200000; ++n) {
            QByteArray text;
            if (random.bounded(4) == 0)
                text += '-';
            const int whole = 1 + random.bounded(17);
            for (int i = 0; i < whole; ++i)
                text += char('0' + random.bounded(10));
            const int fraction = random.bounded(3) == 0 ? 0 : 1 + random.bounded(8);
            if (fraction) {
                text += '.';
                for (int i = 0; i < fraction; ++i)
                    text += char('0' + random.bounded(10));
            }
            if (fraction == 3)
                continue;   // "1.234": ambiguous without a set mark
            double fast = 0, reference = 0;
            QVERIFY2(ScalarConverters::parseNumber(QString::fromLatin1(text), QChar(), &fast), text.constData());
            std::from_chars(text.constData(), text.constData() + text.size(), reference);
            QVERIFY2(std::memcmp(&fast, &reference, sizeof fast) == 0, text.constData());
        }
    }

    void columnDecidesTheDecimalMark()
    {
        QCOMPARE(ScalarConverters::detectDecimal({QStringLiteral("1.234"), QStringLiteral("12,5")}), QLatin1Char(','));
        QCOMPARE(ScalarConverters::detectDecimal({QStringLiteral("7602.64"), QStringLiteral("1")}), QLatin1Char('.'));
        QVERIFY(ScalarConverters::detectDecimal({QStringLiteral("1.234")}).isNull());
    }

    void booleans_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("value");
        QTest::newRow("ja") << "Ja" << true << true;
        QTest::newRow("nein") << " nein " << true << false;
        QTest::newRow("true") << "TRUE" << true << true;
        QTest::newRow("0") << "0" << true << false;
        QTest::newRow("x") << "x" << true << true;
        QTest::newRow("vielleicht") << "vielleicht" << false << false;
    }

    void booleans()
    {
        QFETCH(QString, cell);
        QFETCH(bool, ok);
        QFETCH(bool, value);
        bool v = !value;
        QCOMPARE(ScalarConverters::parseBoolean(cell, &v), ok);
        if (ok)
            QCOMPARE(v, value);
    }

    void lists()
    {
        QCOMPARE(ScalarConverters::splitList(u" a; b ;;c "), (QStringList{"a", "b", "c"}));
        QCOMPARE(ScalarConverters::splitList(u"VIP, Kunde"), (QStringList{"VIP", "Kunde"}));
        QCOMPARE(ScalarConverters::splitList(u"a,b|c"), (QStringList{"a,b", "c"}));
        QCOMPARE(ScalarConverters::splitList(u"a,b", QLatin1Char('|')), QStringList{"a,b"});
        QVERIFY(ScalarConverters::splitList(u"  ").isEmpty());
    }

    void consent_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("state");
        QTest::newRow("ja") << "ja"
                            << "accepted";
        QTest::newRow("Nein") << "Nein"
                              << "declined";
        QTest::newRow("yes") << "yes"
                             << "accepted";
        QTest::newRow("no") << "no"
                            << "declined";
        QTest::newRow("true") << "true"
                              << "accepted";
        QTest::newRow("false") << "false"
                               << "declined";
        QTest::newRow("1") << "1"
                           << "accepted";
        QTest::newRow("0") << "0"
                           << "declined";
        QTest::newRow("x") << "X"
                           << "accepted";
        QTest::newRow("opt-in") << "Opt-In"
                                << "accepted";
        QTest::newRow("opt-out") << "opt-out"
                                 << "declined";
        QTest::newRow("api accepted") << "accepted"
                                      << "accepted";
        QTest::newRow("api requested") << "requested"
                                       << "requested";
        QTest::newRow("unknown") << "vielleicht"
                                 << "";
    }

    void consent()
    {
        QFETCH(QString, cell);
        QFETCH(QString, state);
        QCOMPARE(ConsentTable().lookup(cell), state);
    }

    void consentTableIsEditable()
    {
        ConsentTable t;
        t.merge(QJsonObject{{QStringLiteral("requested"), QJsonArray{QStringLiteral("DOI offen")}}});
        t.merge(QJsonObject{{QStringLiteral("x"), QStringLiteral("declined")}});
        QCOMPARE(t.lookup(u"doi offen"), QStringLiteral("requested"));
        QCOMPARE(t.lookup(u"x"), QStringLiteral("declined"));
        t.merge(QJsonObject{{QStringLiteral("unbekannt"), QStringLiteral("ignore")},
                            {QStringLiteral("maybe"), QStringLiteral("sometimes")}});
        QCOMPARE(t.lookup(u"Unbekannt"), ConsentTable::ignoreState());
        QCOMPARE(t.lookup(u"maybe"), QString());   // not a meaning: stays unknown, the row is reported
    }
};

QTEST_GUILESS_MAIN(TestScalarConverters)
#include "tst_scalarconverters.moc"
