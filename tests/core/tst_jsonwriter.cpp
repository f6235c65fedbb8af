#include "core/text/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>

// JsonWriter must write exactly what QJsonDocument::toJson(Compact) writes: `convert` output and
// the engine's request bodies are compared byte for byte with earlier runs and with the sandbox.
class TestJsonWriter : public QObject
{
    Q_OBJECT

private:
    static QByteArray qtJson(const QJsonValue &v)
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("v"), v}}).toJson(QJsonDocument::Compact);
    }

private slots:
    void strings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("ascii") << QStringLiteral("Hauptstraße 23");
        QTest::newRow("quotes") << QStringLiteral("said \"call me later\"");
        QTest::newRow("backslashes") << QStringLiteral("C:\\Users\\\\x\\");
        QTest::newRow("newline and tab") << QStringLiteral("line1\nline2\r\n\tend");
        QTest::newRow("slash stays") << QStringLiteral("a/b </script>");
        QString controls;
        for (char16_t c = 0; c < 0x20; ++c)
            controls += QChar(c);
        controls += QChar(0x7f);
        QTest::newRow("every control char + DEL") << controls;
        QTest::newRow("latin-1") << QString::fromUtf8("Jürgen Müller, Zoë, Çağla, Łukasz");
        QTest::newRow("three-byte utf-8") << QString::fromUtf8("€ \u2028 \u2029 ～ 日本");
        QTest::newRow("non-BMP pair") << QString::fromUtf8("smile \U0001F600 and \U00010348");
        QTest::newRow("lone high surrogate") << (QStringLiteral("a") + QChar(0xd800) + QStringLiteral("b"));
        QTest::newRow("lone low surrogate") << (QStringLiteral("a") + QChar(0xdc00));
        QTest::newRow("high surrogate at end") << (QStringLiteral("x") + QChar(0xdbff));
        QTest::newRow("reversed pair") << (QString(QChar(0xdc00)) + QChar(0xd800));
        QTest::newRow("BOM and replacement char") << (QString(QChar(0xfeff)) + QChar(0xfffd));
        QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"http://x\")");
        // writeString takes 8 plain ASCII units at a time: specials at every position of a block,
        // and around block ends, must come out as the general path writes them.
        const QString plain = QStringLiteral("abcdefghijklmnopqrstuvwxyz0123");
        const QList<QChar> specials{QChar('"'),    QChar('\\'),   QChar('\n'),  QChar(0x1f),  QChar(0x7f),
                                    QChar(0x80),   QChar(0xe9),   QChar(0x7ff), QChar(0x800), QChar(0x2028),
                                    QChar(0xd800), QChar(0xdfff), QChar(0xffff)};
        for (const QChar special : specials) {
            for (int at : {0, 1, 6, 7, 8, 9, 15, 16, 17, 29}) {
                QString text = plain;
                text[at] = special;
                QTest::addRow("U+%04x at %d of 30", special.unicode(), at) << text;
            }
        }
        for (int length : {7, 8, 9, 16, 17, 31})
            QTest::addRow("plain, %d units", length) << plain.left(length);
        QTest::newRow("pair across a block end")
            << (QStringLiteral("1234567") + QString::fromUtf8("\U0001F600") + QStringLiteral("tail1234"));
        QTest::newRow("all specials in a row") << QStringLiteral("\"\"\"\"\\\\\\\\\t\t\t\t12345678");
        QTest::newRow("U+2028 and U+2029 among ASCII")
            << QString::fromUtf8("zeile1\u2028zeile2\u2029zeile3 und mehr Text");
        QTest::newRow("long umlaut text")
            << QString::fromUtf8("Größenmaßstäbe für Übergrößen: äöüÄÖÜß, 12345678 und noch mehr");
    }

    void strings()
    {
        QFETCH(QString, text);
        QByteArray mine = "{\"v\":";
        JsonWriter::appendString(mine, text);
        mine += '}';
        QCOMPARE(mine, qtJson(text));
    }

    void numbers_data()
    {
        QTest::addColumn<double>("value");
        QTest::newRow("zero") << 0.0;
        QTest::newRow("negative zero") << -0.0;
        QTest::newRow("one") << 1.0;
        QTest::newRow("minus one") << -1.0;
        QTest::newRow("0.1") << 0.1;
        QTest::newRow("revenue") << 7602.64;
        QTest::newRow("1234.5") << 1234.5;
        QTest::newRow("1e15") << 1e15;
        QTest::newRow("2^53") << 9007199254740992.0;
        QTest::newRow("-2^53") << -9007199254740992.0;
        QTest::newRow("1e16") << 1e16;
        QTest::newRow("1e21") << 1e21;
        QTest::newRow("1e-7") << 1e-7;
        QTest::newRow("0.0001") << 0.0001;
        QTest::newRow("1.5e-5") << 1.5e-5;
        QTest::newRow("123456789.125") << 123456789.125;
        QTest::newRow("denormal") << -5e-324;
        QTest::newRow("max") << std::numeric_limits<double>::max();
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity();
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("0.1+0.2") << 0.1 + 0.2;
        QTest::newRow("-1e21") << -1e21;
        QTest::newRow("1e20") << 1e20;
        QTest::newRow("0.001") << 0.001;
        QTest::newRow("0.00099999") << 0.00099999;
        QTest::newRow("0.0012345") << 0.0012345;
        QTest::newRow("-0.5") << -0.5;
        QTest::newRow("2^52 + 0.5") << 4503599627370496.5;
        QTest::newRow("2^52 - 0.5") << 4503599627370495.5;
        QTest::newRow("1/3") << 1.0 / 3.0;
        QTest::newRow("-2/3 * 1e10") << -2.0 / 3.0 * 1e10;
        QTest::newRow("5e-324") << 5e-324;
        QTest::newRow("min normal") << std::numeric_limits<double>::min();
        QTest::newRow("2^53 + 2") << 9007199254740994.0;
        QTest::newRow("99.99") << 99.99;
        QTest::newRow("-0.05") << -0.05;
        QTest::newRow("0.001") << 0.001;
        QTest::newRow("999999999.999999") << 999999999.999999;
        QTest::newRow("123456.000001") << 123456.000001;
        QTest::newRow("0.1234567 (7 decimals)") << 0.1234567;
        QTest::newRow("1e9 + 0.5") << 1000000000.5;
    }

    void numbers()
    {
        QFETCH(double, value);
        QByteArray mine = "{\"v\":";
        JsonWriter::appendNumber(mine, value);
        mine += '}';
        QCOMPARE(mine, qtJson(value));
    }

    // writeNumber has its own path for fractions from 0.001 to 2^53 (std::to_chars): it must
    // write Qt's digits for every one of them, prices and shares as much as random bit patterns.
    void manyNumbersAsQtWritesThem()
    {
        std::mt19937_64 random(7);
        std::uniform_int_distribution<int> decimals(0, 9), exponent(-8, 18);
        std::uniform_real_distribution<double> unit(-1.0, 1.0);
        std::uniform_int_distribution<quint64> bits;
        for (int i = 0; i < 100000; ++i) {
            double value;
            switch (i % 3) {
            case 0: {   // a decimal with a few places, like a price or a rate (writeFewDecimals)
                const double scale = std::pow(10.0, decimals(random));
                value = std::round(unit(random) * std::pow(10.0, exponent(random)) * scale) / scale;
                break;
            }
            case 1:   // any double of that magnitude
                value = unit(random) * std::pow(10.0, exponent(random));
                break;
            default: {   // any bit pattern at all
                const quint64 b = bits(random);
                std::memcpy(&value, &b, sizeof value);
            }
            }
            QByteArray mine = "{\"v\":";
            JsonWriter::appendNumber(mine, value);
            mine += '}';
            const QByteArray qt = qtJson(value);
            if (mine != qt)
                QFAIL(qPrintable(QStringLiteral("%1: %2 instead of %3")
                                     .arg(value, 0, 'g', 17)
                                     .arg(QString::fromLatin1(mine), QString::fromLatin1(qt))));
        }
    }

    void rawWritesMatchTheAppends()
    {
        char buffer[JsonWriter::maxStringBytes(5) + JsonWriter::MaxNumberBytes + 5];
        char *o = JsonWriter::writeString(buffer, u"a\u00e9\"b\n");
        o = JsonWriter::writeNumber(o, -12.25);
        o = JsonWriter::writeBool(o, false);
        QByteArray expected;
        JsonWriter::appendString(expected, u"a\u00e9\"b\n");
        JsonWriter::appendNumber(expected, -12.25);
        JsonWriter::appendBool(expected, false);
        QCOMPARE(QByteArray(buffer, int(o - buffer)), expected);
    }

    void booleans()
    {
        for (const bool b : {true, false}) {
            QByteArray mine = "{\"v\":";
            JsonWriter::appendBool(mine, b);
            mine += '}';
            QCOMPARE(mine, qtJson(b));
        }
    }

    void appendsToWhatIsThere()
    {
        QByteArray out = "prefix,";
        out.reserve(4);   // growth must keep the prefix
        JsonWriter::appendString(out, QStringLiteral("a\"b"));
        JsonWriter::appendNumber(out, 12.5);
        QCOMPARE(out, QByteArray("prefix,\"a\\\"b\"12.5"));
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
