#include "core/convert/PayloadBatchWriter.h"
#include "core/source/MemoryRecordSource.h"
#include "core/validate/Validator.h"

#include <QJsonDocument>
#include <QTest>

class TestValidator : public QObject
{
    Q_OBJECT

private:
    static MappingProfile profile(const QByteArray &json)
    {
        MappingProfile p;
        QString error;
        if (!MappingProfile::fromJson(json, &p, &error))
            qFatal("bad profile: %s", qPrintable(error));
        return p;
    }
    static FieldCatalog catalog()
    {
        FieldCatalog c;
        FieldCatalog::fromCacheJson(
            R"({"custom_fields": [{"key": "last_contacted_at", "name": "Letzter Kontakt", "type": "datetime", "entity": "contact"},
                                                          {"key": "revenue", "name": "Umsatz", "type": "number", "entity": "contact"}],
                                        "marketing_channels": [{"key": "newsletter", "name": "Newsletter", "channel_type": "email"}]})",
            &c, nullptr);
        return c;
    }

private slots:
    void countsEveryKindAndPinsTheFirstIssues()
    {
        const MemoryRecordSource source(QStringLiteral("mem.csv"), {"ID", "Mail", "Mobil", "Kontakt"},
                                        {{"K1", "a@example.de", "0171 2345678", "2024-03-15 10:00"},
                                         {"K2", "not-an-email", "0171 2345679", "2024-03-31 02:30"},
                                         {"K3", "c@example.de", "12", "2024-10-27 02:30"},
                                         {"K1", "d@example.de", "", ""},
                                         {"K5", "A@EXAMPLE.DE", "", ""}});
        const MappingProfile p = profile(R"({"version": 1, "source_timezone": "Europe/Berlin", "columns": [
            {"header": "ID", "target": "external_id"}, {"header": "Mail", "target": "email"},
            {"header": "Mobil", "target": "whatsapp"}, {"header": "Kontakt", "target": "custom:last_contacted_at"}]})");
        Validator::Options options;
        options.chunkSize = 2;   // several chunks even for five rows: merging is exercised
        QList<qint64> progress;
        options.progress = [&progress](qint64 done, qint64) { progress << done; };
        const ValidationReport r = Validator(p, catalog()).run(source, options);
        QCOMPARE(r.rows, 5);
        QCOMPARE(r.count(QStringLiteral("invalid_email")), 1);
        QCOMPARE(r.count(QStringLiteral("invalid_phone")), 1);
        QCOMPARE(r.count(QStringLiteral("nonexistent_local_time")), 1);
        QCOMPARE(r.count(QStringLiteral("ambiguous_local_time")), 1);
        QCOMPARE(r.count(QStringLiteral("duplicate_identifier")), 2);   // K1 twice; a@ on K1 and K5
        QCOMPARE(r.count(QStringLiteral("naive_datetime")), 0);   // the zone is explicit
        // Rows 2 and 3 have errors; the e-mail on K5 clashes with K1's (another contact): error too.
        QCOMPARE(r.validRows, 2);
        QCOMPARE(progress.last(), 5);
        QVERIFY(!r.issues.isEmpty());
        for (int i = 1; i < r.issues.size(); ++i)
            QVERIFY(r.issues.at(i - 1).line <= r.issues.at(i).line);
        const auto dup = std::find_if(r.issues.begin(), r.issues.end(), [](const ValidationIssue &i) {
            return i.kind == QLatin1String("duplicate_identifier") && i.columnHeader == QLatin1String("Mail");
        });
        QVERIFY(dup != r.issues.end());
        QCOMPARE(dup->line, 6);
        QCOMPARE(dup->relatedLine, 2);
        QCOMPARE(dup->severity, ValidationIssue::Severity::Error);
        QVERIFY(dup->message.contains(QLatin1String("2")));
        QCOMPARE(r.dateColumns.size(), 1);
        const DateTimeColumnReport &d = r.dateColumns.first();
        QCOMPARE(d.naiveCount, 3);
        QCOMPARE(d.gapLines, QList<qint64>{3});
        QCOMPARE(d.overlapLines, QList<qint64>{4});
        QCOMPARE(d.samples.first().after, QStringLiteral("2024-03-15T10:00:00+01:00"));
    }

    // A profile mapping only the name: rows whose name is empty have nothing to send. They were
    // dropped without a word ("4 rows, 4 valid", exit 0); now each is skipped, with its line.
    void everyRowIsSentInvalidOrSkipped()
    {
        const MemoryRecordSource source(QStringLiteral("mem.csv"), {"Name", "Mail"},
                                        {{"Anna", "a@example.de"},
                                         {"", "b@example.de"},
                                         {"Carl", "c@example.de"},
                                         {"", "not-an-email"},
                                         {"Dora", "bad"},
                                         {"", ""}});
        const MappingProfile nameOnly = profile(
            R"({"version": 1, "columns": [{"header": "Name", "target": "full_name"}]})");
        Validator::Options options;
        options.chunkSize = 2;   // skipped rows in several chunks are merged too
        const ValidationReport r = Validator(nameOnly, catalog()).run(source, options);
        QCOMPARE(r.rows, 6);
        QCOMPARE(r.validRows, 3);
        QCOMPARE(r.skippedRows, 3);
        QCOMPARE(r.invalidRows(), 0);
        QVERIFY(!r.allRowsSendable());
        QCOMPARE(r.count(QStringLiteral("nothing_to_send")), 3);
        QList<qint64> lines;
        for (const ValidationIssue &i : r.issues) {
            QCOMPARE(i.kind, QStringLiteral("nothing_to_send"));
            QCOMPARE(i.severity, ValidationIssue::Severity::Skip);
            QVERIFY(i.message.contains(QLatin1String("nothing mapped to send")));
            lines << i.line;
        }
        QCOMPARE(lines, (QList<qint64>{3, 5, 7}));

        // With the e-mail mapped too: an invalid row stays invalid (not skipped), an empty one skipped.
        const MappingProfile both = profile(R"({"version": 1, "columns": [{"header": "Name", "target": "full_name"},
                                                                          {"header": "Mail", "target": "email"}]})");
        const Validator validator(both, catalog());
        const ValidationReport r2 = validator.run(source, options);
        QCOMPARE(r2.validRows, 3);
        QCOMPARE(r2.invalidRows(), 2);
        QCOMPARE(r2.skippedRows, 1);
        QCOMPARE(r2.validRows + r2.invalidRows() + r2.skippedRows, r2.rows);

        // What `run` journals: each row in exactly one of the three lists.
        const SendableRows rows = validator.sendableRows(source, options);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.refused.size(), 2);
        QCOMPARE(rows.skipped.size(), 1);
        QCOMPARE(rows.skipped.first().line, 7);
        QCOMPARE(rows.skipped.first().recordIndex, 5);
        QCOMPARE(rows.skipped.first().code, QStringLiteral("nothing_to_send"));
        QVERIFY(!rows.skipped.first().message.isEmpty());
        QCOMPARE(rows.refused.at(0).line, 5);
        QCOMPARE(rows.refused.at(1).line, 6);

        // A clean file: nothing skipped.
        const MemoryRecordSource clean(QStringLiteral("clean.csv"), {"Name"}, {{"Anna"}, {"Carl"}});
        const ValidationReport r3 = Validator(nameOnly, catalog()).run(clean, options);
        QCOMPARE(r3.skippedRows, 0);
        QVERIFY(r3.allRowsSendable());
    }

    void theWholeColumnSettlesDayAndMonth()
    {
        // 03/04 alone is ambiguous; 25/12 later in the column says day first.
        const MemoryRecordSource source(QStringLiteral("mem.csv"), {"ID", "Kontakt"},
                                        {{"K1", "03/04/2024"}, {"K2", "25/12/2024"}});
        const MappingProfile p = profile(R"({"version": 1, "source_timezone": "Europe/Berlin", "columns": [
            {"header": "ID", "target": "external_id"}, {"header": "Kontakt", "target": "custom:last_contacted_at"}]})");
        QByteArrayList payloads;
        Validator::Options options;
        options.validRow = [&payloads](qint64, QByteArrayView json) { payloads << json.toByteArray(); };
        const ValidationReport r = Validator(p, catalog()).run(source, options);
        QCOMPARE(r.validRows, 2);
        QCOMPARE(r.totalIssues(), 0);
        QCOMPARE(r.dateColumns.first().format.order, DateTimeFormat::Order::DayFirst);
        QVERIFY(!r.dateColumns.first().dayMonthAmbiguous);
        QCOMPARE(payloads.size(), 2);
        QVERIFY(payloads.join().contains("2024-04-03T00:00:00+02:00"));
    }

    void anUnsettledColumnAsksForConfirmation()
    {
        const MemoryRecordSource source(QStringLiteral("mem.csv"), {"Kontakt"}, {{"03/04/2024"}, {"05/06/2024"}});
        const MappingProfile p = profile(R"({"version": 1, "source_timezone": "UTC", "columns": [
            {"header": "Kontakt", "target": "custom:last_contacted_at"}]})");
        const ValidationReport r = Validator(p, catalog()).run(source);
        QVERIFY(r.dateColumns.first().dayMonthAmbiguous);
        QCOMPARE(r.count(QStringLiteral("ambiguous_date_format")), 2);
        QCOMPARE(r.validRows, 0);
    }

    void excelSerialColumnsAreRecognised()
    {
        const MemoryRecordSource source(QStringLiteral("mem.csv"), {"Seit"}, {{"45366"}, {"45367.25"}});
        const MappingProfile p = profile(R"({"version": 1, "source_timezone": "UTC", "columns": [
            {"header": "Seit", "target": "custom:last_contacted_at"}]})");
        QByteArrayList payloads;
        Validator::Options options;
        options.validRow = [&payloads](qint64, QByteArrayView json) { payloads << json.toByteArray(); };
        const ValidationReport r = Validator(p, catalog()).run(source, options);
        QCOMPARE(r.validRows, 2);
        QVERIFY(r.dateColumns.first().format.excelSerial);
        QCOMPARE(payloads.at(1), QByteArray(R"({"last_contacted_at":"2024-03-16T06:00:00+00:00"})"));
    }

    void excelSerialsAreDecidedFromTheWholeColumn()
    {
        // The first 1,200 rows have no date at all: the look at the first rows cannot tell, the
        // whole column can. Payloads still come in file order.
        QList<QStringList> rows;
        for (int i = 0; i < 1500; ++i)
            rows << QStringList{QStringLiteral("K%1").arg(i), i < 1200 ? QString() : QStringLiteral("45366")};
        const MemoryRecordSource source(QStringLiteral("mem.csv"), {"ID", "Seit"}, rows);
        const MappingProfile p = profile(R"({"version": 1, "source_timezone": "UTC", "columns": [
            {"header": "ID", "target": "external_id"}, {"header": "Seit", "target": "custom:last_contacted_at"}]})");
        QList<qint64> order;
        QByteArrayList payloads;
        Validator::Options options;
        options.chunkSize = 256;
        options.validRow = [&](qint64 record, QByteArrayView json) {
            order << record;
            payloads << json.toByteArray();
        };
        const ValidationReport r = Validator(p, catalog()).run(source, options);
        QCOMPARE(r.count(QStringLiteral("invalid_datetime")), 0);
        QCOMPARE(r.validRows, 1500);
        QVERIFY(r.dateColumns.first().format.excelSerial);
        QCOMPARE(payloads.size(), 1500);
        for (int i = 0; i < order.size(); ++i)
            QCOMPARE(order.at(i), qint64(i));
        QCOMPARE(payloads.last(),
                 QByteArray(R"({"external_id":"K1499","last_contacted_at":"2024-03-15T00:00:00+00:00"})"));
    }

    void rowsSettledLaterKeepTheColumnsOtherDecisions()
    {
        // The first records settle the decimal mark (","); day/month is settled only at the end.
        // Rows converted again for their dates must still read "1,234" with the decided mark.
        QList<QStringList> rows;
        for (int i = 0; i < 1300; ++i) {
            const QString date = i < 1000 ? QString()
                                          : (i == 1299 ? QStringLiteral("25/12/2024") : QStringLiteral("03/04/2024"));
            rows << QStringList{QStringLiteral("K%1").arg(i),
                                i < 1000 ? QStringLiteral("12,5") : QStringLiteral("1,234"), date};
        }
        const MemoryRecordSource source(QStringLiteral("mem.csv"), {"ID", "Umsatz", "Kontakt"}, rows);
        const MappingProfile p = profile(R"({"version": 1, "source_timezone": "Europe/Berlin", "columns": [
            {"header": "ID", "target": "external_id"}, {"header": "Umsatz", "target": "custom:revenue"},
            {"header": "Kontakt", "target": "custom:last_contacted_at"}]})");
        QByteArrayList payloads;
        Validator::Options options;
        options.validRow = [&](qint64, QByteArrayView json) { payloads << json.toByteArray(); };
        const ValidationReport r = Validator(p, catalog()).run(source, options);
        QCOMPARE(r.totalIssues(), 0);
        QCOMPARE(r.validRows, 1300);
        QCOMPARE(r.decisions.decimals.value(1), QLatin1Char(','));
        QCOMPARE(
            payloads.at(1000),
            QByteArray(R"({"external_id":"K1000","last_contacted_at":"2024-04-03T00:00:00+02:00","revenue":1.234})"));
    }

    void cancelStopsEarly()
    {
        QList<QStringList> rows;
        for (int i = 0; i < 20000; ++i)
            rows << QStringList{QStringLiteral("K%1").arg(i)};
        const MemoryRecordSource source(QStringLiteral("mem.csv"), {"ID"}, rows);
        const MappingProfile p = profile(R"({"version": 1, "columns": [{"header": "ID", "target": "external_id"}]})");
        std::atomic_bool cancel{false};
        Validator::Options options;
        options.chunkSize = 1000;
        options.cancel = &cancel;
        options.progress = [&cancel](qint64 done, qint64) {
            if (done >= 2000)
                cancel = true;
        };
        const ValidationReport r = Validator(p, catalog()).run(source, options);
        QVERIFY(r.cancelled);
        QVERIFY(r.rows < 20000);
    }

    void batchesAreImportObjects()
    {
        QByteArrayList lines;
        PayloadBatchWriter w(2, [&lines](const QByteArray &o, int) { lines << o; });
        w.add(R"({"external_id":"1"})");
        w.add(R"({"external_id":"2"})");
        w.add(R"({"external_id":"3"})");
        w.finish();
        QCOMPARE(lines.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(first.value(QLatin1String("type")).toString(), QStringLiteral("contact_details"));
        QCOMPARE(first.value(QLatin1String("payload")).toArray().size(), 2);
        QCOMPARE(lines.at(1), QByteArray(R"({"type":"contact_details","payload":[{"external_id":"3"}]})"));
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
