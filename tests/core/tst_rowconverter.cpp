#include "core/convert/RowConverter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <thread>

class TestRowConverter : public QObject
{
    Q_OBJECT

private:
    static FieldCatalog catalog()
    {
        return FieldCatalog::fromApi(
            QJsonDocument::fromJson(
                R"([{"key": "last_contacted_at", "name": "Letzter Kontakt", "type": "datetime", "entity": "contact"},
                                        {"key": "revenue", "name": "Umsatz", "type": "number", "entity": "contact"},
                                        {"key": "vip", "name": "VIP", "type": "boolean", "entity": "contact"},
                                        {"key": "tags", "name": "Tags", "type": "string_list", "entity": "contact"}])")
                .array(),
            QJsonDocument::fromJson(R"([{"key": "newsletter", "name": "Newsletter", "channel_type": "email"}])")
                .array());
    }

    static MappingProfile profile(const QByteArray &columns, const QByteArray &extra = QByteArray())
    {
        MappingProfile p;
        QString error;
        const QByteArray json = "{\"version\": 1, \"source_timezone\": \"Europe/Berlin\"" + extra +
                                ", \"columns\": " + columns + "}";
        if (!MappingProfile::fromJson(json, &p, &error))
            qFatal("bad test profile: %s", qPrintable(error));
        return p;
    }

    static SourceRecord record(const QStringList &cells, qint64 line = 2)
    {
        SourceRecord r;
        r.index = line - 2;
        r.line = line;
        r.cells = cells;
        return r;
    }

private slots:
    void buildsThePayloadOfApiMd()
    {
        const QStringList headers{"Kundennr.",       "Vorname", "Nachname",   "E-Mail", "Handy", "Geburtstag",
                                  "Letzter Kontakt", "Umsatz",  "Newsletter", "Notiz",  "Tags"};
        const MappingProfile p = profile(R"([
            {"header": "Kundennr.", "target": "external_id"},
            {"header": "Vorname", "target": "full_name"}, {"header": "Nachname", "target": "full_name"},
            {"header": "E-Mail", "target": "email"}, {"header": "Handy", "target": "whatsapp"},
            {"header": "Geburtstag", "target": "birthday"},
            {"header": "Letzter Kontakt", "target": "custom:last_contacted_at"},
            {"header": "Umsatz", "target": "custom:revenue", "decimal": ","},
            {"header": "Newsletter", "target": "channel:newsletter"},
            {"header": "Notiz", "target": null},
            {"header": "Tags", "target": "custom:tags"}])");
        const RowConverter c(p, catalog(), headers);
        QVERIFY(c.setupIssues().isEmpty());
        const ConvertedRow row = c.convert(
            record({" K100 ", "Jürgen", "Müller", "J.Mueller@Example.DE ", "0171/2345678", "15.05.1990",
                    "31.03.2024 14:30", "1.234,56", "ja", "geheim", "VIP; Kunde"},
                   7));
        QCOMPARE(row.line, 7);
        QVERIFY2(row.issues.isEmpty(), qPrintable(row.issues.value(0).message));
        const QJsonObject expected = QJsonDocument::fromJson(R"({
            "external_id": "K100", "full_name": "Jürgen Müller", "email": "J.Mueller@example.de",
            "whatsapp": "+491712345678", "birthday": "1990-05-15", "last_contacted_at": "2024-03-31T14:30:00+02:00",
            "revenue": 1234.56, "newsletter": "accepted", "tags": ["VIP", "Kunde"]})")
                                         .object();
        QCOMPARE(row.payload, expected);
    }

    void emptyCellsAreLeftOut()
    {
        const MappingProfile p = profile(
            R"([{"header": "ID", "target": "external_id"}, {"header": "Mail", "target": "email"},
                                             {"header": "News", "target": "channel:newsletter"}])");
        const RowConverter c(p, catalog(), {"ID", "Mail", "News"});
        const ConvertedRow row = c.convert(record({"K1", "   ", ""}));
        QCOMPARE(row.payload, (QJsonObject{{"external_id", "K1"}}));
        QVERIFY(row.issues.isEmpty());
        const ConvertedRow shortRow = c.convert(record({"K2"}));   // fewer cells than headers
        QCOMPARE(shortRow.payload, (QJsonObject{{"external_id", "K2"}}));
    }

    void invalidCellsAreReportedAndNotSent()
    {
        const MappingProfile p = profile(
            R"([{"header": "ID", "target": "external_id"}, {"header": "Mail", "target": "email"},
                                             {"header": "Tel", "target": "sms"}, {"header": "News", "target": "channel:newsletter"},
                                             {"header": "Kontakt", "target": "custom:last_contacted_at"}])");
        const RowConverter c(p, catalog(), {"ID", "Mail", "Tel", "News", "Kontakt"});
        const ConvertedRow row = c.convert(
            record({"K1", "not-an-email", "4,91712E+11", "vielleicht", "2024-03-31 02:30"}, 9));
        QCOMPARE(row.payload, (QJsonObject{{"external_id", "K1"}}));
        QVERIFY(row.hasErrors());
        QStringList kinds;
        for (const ValidationIssue &i : row.issues) {
            kinds << i.kind;
            QCOMPARE(i.line, 9);
            QVERIFY(!i.message.isEmpty());
        }
        QCOMPARE(kinds, (QStringList{"invalid_email", "invalid_phone", "invalid_consent", "nonexistent_local_time"}));
        QCOMPARE(row.issues.at(1).column, 2);
        QCOMPARE(row.issues.at(1).columnHeader, QStringLiteral("Tel"));
        QCOMPARE(row.issues.at(1).value, QStringLiteral("4,91712E+11"));
    }

    void severalPhoneColumnsBecomeOneList()
    {
        const MappingProfile p = profile(
            R"([{"header": "Mobil", "target": "whatsapp"}, {"header": "Telefon", "target": "whatsapp"},
                                             {"header": "Fax", "target": "whatsapp"}])");
        const RowConverter c(p, catalog(), {"Mobil", "Telefon", "Fax"});
        QVERIFY(c.setupIssues().isEmpty());   // phone handles take several columns
        const ConvertedRow row = c.convert(record({"0171 2345678", "+43 664 1234567", "12"}));
        QCOMPARE(row.payload.value(QLatin1String("whatsapp")).toArray(),
                 (QJsonArray{"+491712345678", "+436641234567"}));
        QCOMPARE(row.payload.value(QLatin1String("country_codes")).toArray(), (QJsonArray{"DE", "AT"}));
        QCOMPARE(row.issues.size(), 1);   // the fax number is bad, but the list has good ones
        QCOMPARE(row.issues.first().severity, ValidationIssue::Severity::Warning);
        QVERIFY(!row.hasErrors());
    }

    void twoColumnsOnOneSingleTargetIsAConflict()
    {
        const MappingProfile p = profile(
            R"([{"header": "Mail 1", "target": "email"}, {"header": "Mail 2", "target": "email"},
                                             {"header": "X", "target": "nonsense"}, {"header": "Gone", "target": "city"}])");
        const RowConverter c(p, catalog(), {"Mail 1", "Mail 2", "X"});
        QVERIFY(c.hasSetupErrors());
        QStringList kinds;
        for (const ValidationIssue &i : c.setupIssues())
            kinds << i.kind;
        QVERIFY(kinds.contains(QStringLiteral("mapping_conflict")));
        QVERIFY(kinds.contains(QStringLiteral("unknown_target")));
        QVERIFY(kinds.contains(QStringLiteral("missing_column")));
    }

    void offlineProfileCarriesCustomTypes()
    {
        const MappingProfile p = profile(R"([{"header": "Seit", "target": "custom:customer_since", "type": "date"},
                                             {"header": "Opt", "target": "channel:sms_news", "values": {"J": "accepted", "N": "declined"}}])");
        const RowConverter c(p, FieldCatalog(), {"Seit", "Opt"});
        QVERIFY(c.setupIssues().isEmpty());
        const ConvertedRow row = c.convert(record({"01.02.2020", "n"}));
        QCOMPARE(row.payload, (QJsonObject{{"customer_since", "2020-02-01"}, {"sms_news", "declined"}}));
    }

    void consentValueMeaningIgnoreSendsNothing()
    {
        const MappingProfile p = profile(R"([{"header": "Nr", "target": "external_id"},
                                             {"header": "Opt", "target": "channel:sms_news", "values": {"unbekannt": "ignore"}}])");
        const RowConverter c(p, FieldCatalog(), {"Nr", "Opt"});
        const ConvertedRow ignored = c.convert(record({"K1", " Unbekannt "}));
        QVERIFY(!ignored.hasErrors());
        QCOMPARE(ignored.payload, (QJsonObject{{"external_id", "K1"}}));
        QCOMPARE(c.convert(record({"K2", "ja"})).payload,
                 (QJsonObject{{"external_id", "K2"}, {"sms_news", "accepted"}}));
        QVERIFY(c.convert(record({"K3", "vielleicht"})).hasErrors());
    }

    void fastJsonIsByteIdenticalToTheJsonObject_data()
    {
        QTest::addColumn<QStringList>("cells");
        QTest::newRow("full row") << QStringList{" K100 ",
                                                 "Jürgen",
                                                 "Müller",
                                                 "J.Mueller@Example.DE ",
                                                 "0171/2345678",
                                                 "+43 664 1234567",
                                                 "15.05.1990",
                                                 "31.03.2024 14:30",
                                                 "1.234,56",
                                                 "ja",
                                                 "VIP; Kunde",
                                                 "yes",
                                                 "said \"hi\"\n\tbye"};
        QTest::newRow("empty") << QStringList{"", " ", "", "", "", "", "", "", "", "", "", "", ""};
        QTest::newRow("one name part, untrimmed id")
            << QStringList{"K1", "", "Zoë \U0001F600", "", "", "", "", "", "", "", "", "", ""};
        QTest::newRow("errors left out") << QStringList{
            "K2",   "A",          "B",  "not-an-email", "12",   "", "31.02.1990", "2024-03-31 02:30",
            "viel", "vielleicht", ";;", "kaputt",       "C:\\x"};
        QTest::newRow("second phone only, numbers") << QStringList{
            "K3", "", "", "", "", "0171 2345678", "", "", "-0", "nein", "a|b", "0", QString(QChar(0xd800))};
        QTest::newRow("short record") << QStringList{"K4", "Anna"};
    }

    void fastJsonIsByteIdenticalToTheJsonObject()
    {
        QFETCH(QStringList, cells);
        const QStringList headers{"Kundennr.",       "Vorname", "Nachname",   "E-Mail", "Handy", "Mobil", "Geburtstag",
                                  "Letzter Kontakt", "Umsatz",  "Newsletter", "Tags",   "VIP",   "Notiz"};
        const MappingProfile p = profile(R"([
            {"header": "Kundennr.", "target": "external_id"},
            {"header": "Vorname", "target": "full_name"}, {"header": "Nachname", "target": "full_name"},
            {"header": "E-Mail", "target": "email"}, {"header": "Handy", "target": "whatsapp"},
            {"header": "Mobil", "target": "whatsapp"}, {"header": "Geburtstag", "target": "birthday"},
            {"header": "Letzter Kontakt", "target": "custom:last_contacted_at"},
            {"header": "Umsatz", "target": "custom:revenue", "decimal": ","},
            {"header": "Newsletter", "target": "channel:newsletter"}, {"header": "Tags", "target": "custom:tags"},
            {"header": "VIP", "target": "custom:vip"}, {"header": "Notiz", "target": "custom:note", "type": "string"}])");
        const RowConverter c(p, catalog(), headers);
        QVERIFY(!c.hasSetupErrors());
        const SourceRecord r = record(cells, 5);
        const ConvertedRow row = c.convert(r);
        RowConverter::Buffer buffer;
        for (int pass = 0; pass < 2; ++pass) {   // a reused buffer gives the same again
            c.convert(r, &buffer);
            QByteArray fast;
            c.appendJson(buffer, &fast);
            QCOMPARE(fast, QJsonDocument(row.payload).toJson(QJsonDocument::Compact));
            QCOMPARE(buffer.isEmpty(), row.payload.isEmpty());
            QCOMPARE(buffer.hasErrors(), row.hasErrors());
            QCOMPARE(buffer.issues.size(), row.issues.size());
            for (int i = 0; i < row.issues.size(); ++i) {
                QCOMPARE(buffer.issues.at(i).kind, row.issues.at(i).kind);
                QCOMPARE(buffer.issues.at(i).severity, row.issues.at(i).severity);
                QCOMPARE(buffer.issues.at(i).value, row.issues.at(i).value);
            }
        }
        // A different row in between must leave nothing behind in the reused buffer.
        const SourceRecord other = record({"K9"});   // the buffer views its cells: it must outlive appendJson
        c.convert(other, &buffer);
        QByteArray only;
        c.appendJson(buffer, &only);
        QCOMPARE(only, QByteArray(R"({"external_id":"K9"})"));
    }

    // NUL and other control characters are damage (a binary tail, a broken export): the row is
    // invalid, naming the character, and nothing of the cell is sent. Tab and line breaks stay.
    void controlCharactersMakeTheRowInvalid()
    {
        const MappingProfile p = profile(R"([{"header": "K", "target": "external_id"},
            {"header": "Name", "target": "full_name"}, {"header": "Notiz", "target": "custom:note", "type": "string"}])");
        const RowConverter c(p, catalog(), {"K", "Name", "Notiz"});
        const ConvertedRow nul = c.convert(record({"K1", QString(QChar(0)) + QStringLiteral("Anna"), "ok"}));
        QVERIFY(nul.hasErrors());
        QCOMPARE(nul.issues.size(), 1);
        QCOMPARE(nul.issues.first().kind, QStringLiteral("control_character"));
        QVERIFY2(nul.issues.first().message.contains(QLatin1String("U+0000")), qPrintable(nul.issues.first().message));
        QVERIFY(!nul.payload.contains(QStringLiteral("full_name")));
        const ConvertedRow bell = c.convert(record({"K2", "Anna", QStringLiteral("a\u0007b")}));
        QVERIFY(bell.hasErrors());
        QVERIFY(bell.issues.first().message.contains(QLatin1String("U+0007")));
        const ConvertedRow fine = c.convert(record({"K3", "Anna", QStringLiteral("line 1\nline 2\tend")}));
        QVERIFY(!fine.hasErrors());
        SourceRecord cut = record({"K5", "Anna", ""});   // longer than the reader reads of one record
        cut.truncated = true;
        const ConvertedRow tooLong = c.convert(cut);
        QVERIFY(tooLong.hasErrors());
        QCOMPARE(tooLong.issues.first().kind, QStringLiteral("record_too_large"));
        const SourceRecord damaged = record({"K4", QString(64, QChar(0)), ""});
        RowConverter::Buffer buffer;
        c.convert(damaged, &buffer);
        QVERIFY(buffer.hasErrors());
    }

    // The check reads eight characters at a time: a control character is found at every position
    // of a long cell (inside a block, at its edges, in the tail), and text far above ASCII (€, CJK,
    // emoji halves) with tabs and line breaks is not mistaken for one.
    void controlCharacterFoundAtEveryPosition()
    {
        const MappingProfile p = profile(R"([{"header": "K", "target": "external_id"},
            {"header": "Notiz", "target": "custom:note", "type": "string"}])");
        const RowConverter c(p, catalog(), {"K", "Notiz"});
        const QString text = QStringLiteral("Grüße \u20ac\u9fa5 \U0001F600\tZeile\nEnde\rX");
        QVERIFY(!c.convert(record({"K0", text})).hasErrors());
        for (const char16_t control : {u'\0', u'\x01', u'\x1f', u'\x7f'}) {
            for (int at = 0; at < text.size(); ++at) {
                QString damaged = text;
                damaged[at] = QChar(control);
                const ConvertedRow row = c.convert(record({"K1", damaged}));
                QVERIFY2(row.hasErrors(), qPrintable(QStringLiteral("U+%1 at %2").arg(int(control)).arg(at)));
                QCOMPARE(row.issues.first().kind, QStringLiteral("control_character"));
            }
        }
    }

    // The buffer keeps its strings' storage from row to row (dates, full_name) and hands out
    // views of the cells (e-mail): a long run of mixed rows through one buffer must give what a
    // fresh buffer gives for each row.
    void reusedBufferEqualsFreshOverManyRows()
    {
        const QStringList headers{"K", "Vorname", "Nachname", "E-Mail", "Handy", "Geburtstag", "Kontakt", "Newsletter"};
        const MappingProfile p = profile(R"([
            {"header": "K", "target": "external_id"},
            {"header": "Vorname", "target": "full_name"}, {"header": "Nachname", "target": "full_name"},
            {"header": "E-Mail", "target": "email"}, {"header": "Handy", "target": "whatsapp"},
            {"header": "Geburtstag", "target": "birthday"}, {"header": "Kontakt", "target": "custom:last_contacted_at"},
            {"header": "Newsletter", "target": "channel:newsletter"}])");
        const RowConverter c(p, catalog(), headers);
        QVERIFY(!c.hasSetupErrors());
        const QList<QStringList> rows{
            {"K1", "Anna", "Meyer", "anna@example.de", "+49 170 1810111", "1949-09-04", "2024-09-04T11:37:00", "yes"},
            {" K2 ", "Zoë", "", " Zoe@Example.DE", "0171/2345678", "15.05.1990", "2024-03-31T02:30:00", "no"},
            {"K3", "", "Ölfa", QString::fromUtf8("jürgen@müller.de"), "+49 168 6175466", "", "2024-10-27T02:30:00", ""},
            {"K4", "Jean-Marie Emmanuel", "de la Fontaine-Müller", "mailto:j@example.com", "4,91712E+11", "--03-15",
             "2024-01-01T00:00:00+05:45", "ja"},
            {"K5", "A", "B", "not-an-email", "+1 (415) 555-0132", "31.02.1990", "2024-06-01 08:00", "vielleicht"},
            {"K6", "Sofia", "Schneider", "sofia.schneider0@example26.de", "+49 176 3077052", "9999-12-31",
             "1850-06-01T12:00:00", "yes"},
            {"K7"}};
        RowConverter::Buffer reused;
        QList<QPair<QString, QString>>
            kept;   // a value's own string held on (as the duplicate check does), a deep copy
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < rows.size(); ++i) {
                const SourceRecord r = record(rows.at((i * (round + 1)) % rows.size()), 2 + i);
                RowConverter::Buffer fresh;
                c.convert(r, &fresh);
                c.convert(r, &reused);
                QByteArray a, b;
                c.appendJson(reused, &a);
                c.appendJson(fresh, &b);
                QCOMPARE(a, b);
                QCOMPARE(reused.issues.size(), fresh.issues.size());
                for (int k = 0; k < fresh.issues.size(); ++k) {
                    QCOMPARE(reused.issues.at(k).kind, fresh.issues.at(k).kind);
                    QCOMPARE(reused.issues.at(k).message, fresh.issues.at(k).message);
                    QCOMPARE(reused.issues.at(k).severity, fresh.issues.at(k).severity);
                }
                for (int k = 0; k < fresh.values.size(); ++k) {
                    QCOMPARE(reused.values.at(k).type, fresh.values.at(k).type);
                    if (fresh.values.at(k).type == RowConverter::Value::Type::String)
                        QCOMPARE(reused.values.at(k).toString(), fresh.values.at(k).toString());
                    const QString &owned = reused.values.at(k).owned;
                    if (!owned.isNull())
                        kept.append({owned, QString(owned.constData(), owned.size())});
                }
            }
        }
        for (const auto &k : std::as_const(kept))   // later rows wrote nothing into a string held on
            QCOMPARE(k.first, k.second);
    }

    void isSafeToShareBetweenThreads()
    {
        const MappingProfile p = profile(
            R"([{"header": "Tel", "target": "whatsapp"}, {"header": "K", "target": "custom:last_contacted_at"}])");
        const RowConverter c(p, catalog(), {"Tel", "K"});
        QList<ConvertedRow> a, b;
        std::thread t([&] {
            for (int i = 0; i < 500; ++i)
                a << c.convert(record({QStringLiteral("0171 %1").arg(2345000 + i), "2024-10-27 01:30"}));
        });
        for (int i = 0; i < 500; ++i)
            b << c.convert(record({QStringLiteral("0171 %1").arg(2345000 + i), "2024-10-27 01:30"}));
        t.join();
        for (int i = 0; i < 500; ++i)
            QCOMPARE(a.at(i).payload, b.at(i).payload);
    }
};

QTEST_GUILESS_MAIN(TestRowConverter)
#include "tst_rowconverter.moc"
