#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <limits>

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
    }

    void numbers()
    {
        QFETCH(double, value);
        QByteArray mine = "{\"v\":";
        JsonWriter::appendNumber(mine, value);
        mine += '}';
        QCOMPARE(mine, qtJson(value));
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
