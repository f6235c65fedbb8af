#include "core/mapping/MappingProfile.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

class TestMappingProfile : public QObject
{
    Q_OBJECT

private:
    // The example from docs/architecture.md, plus keys a later version might add.
    static QByteArray designExample()
    {
        return R"({"version": 1,
 "source": {"encoding": "auto", "delimiter": "auto", "header_row": 1},
 "default_region": "DE", "source_timezone": "Europe/Berlin",
 "future_top_level": {"keep": true},
 "columns": [{"header": "Kundennr.", "target": "external_id"},
             {"header": "E-Mail", "target": "email"},
             {"header": "Handy", "target": "whatsapp", "future_column_key": 7},
             {"header": "Newsletter", "target": "channel:newsletter"},
             {"header": "Notiz", "target": null},
             {"header": "Letzter Kontakt", "target": "custom:last_contacted_at", "type": "datetime",
              "format": "dd.MM.yyyy HH:mm"}]})";
    }

private slots:
    // A file with 50,000 columns and a profile naming all of them: every header resolved and the
    // missing ones found in linear time (it was quadratic: 100,000 columns never finished).
    void manyColumnsResolveInLinearTime()
    {
        const int n = 50000;
        QList<ColumnMapping> columns;
        QStringList headers;
        for (int i = 0; i < n; ++i) {
            ColumnMapping m;
            m.header = QStringLiteral("Spalte %1").arg(i);
            m.target = QStringLiteral("custom:c%1").arg(i);
            columns << m;
            headers << (i % 2 ? QStringLiteral("spalte  %1").arg(i) : QStringLiteral("Spalte %1").arg(i));
        }
        headers[7] = QStringLiteral("nicht im Profil");
        MappingProfile p;
        p.setColumns(columns);
        QElapsedTimer timer;
        timer.start();
        const QVector<const ColumnMapping *> found = p.columnsForHeaders(headers);
        const QStringList missing = p.missingHeaders(headers);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(found.size(), n);
        QCOMPARE(found.at(0), p.columnForHeader(headers.at(0)));
        QCOMPARE(found.at(1)->header, QStringLiteral("Spalte 1"));   // case and spaces loose
        QCOMPARE(found.at(7), nullptr);
        QCOMPARE(missing, QStringList{QStringLiteral("Spalte 7")});
    }

    void readsTheDesignFormat()
    {
        MappingProfile p;
        QString error;
        QVERIFY2(MappingProfile::fromJson(designExample(), &p, &error), qPrintable(error));
        QCOMPARE(p.defaultRegion(), QStringLiteral("DE"));
        QCOMPARE(p.sourceTimeZone(), QStringLiteral("Europe/Berlin"));
        QVERIFY(p.timeZoneIsExplicit());
        QCOMPARE(p.columns().size(), 6);
        QCOMPARE(p.columns().at(5).target, QStringLiteral("custom:last_contacted_at"));
        QCOMPARE(p.columns().at(5).type, QStringLiteral("datetime"));
        QCOMPARE(p.columns().at(5).format, QStringLiteral("dd.MM.yyyy HH:mm"));
        QVERIFY(!p.columns().at(4).isMapped());
        QCOMPARE(p.readOptions().headerRow, 1);
        QVERIFY(p.readOptions().delimiter.isNull());
        QCOMPARE(p.batchSize(), 1000);
    }

    void saveKeepsUnknownKeys()
    {
        MappingProfile p;
        QVERIFY(MappingProfile::fromJson(designExample(), &p, nullptr));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        QString error;
        QVERIFY2(p.save(path, &error), qPrintable(error));
        MappingProfile again;
        QVERIFY2(MappingProfile::load(path, &again, &error), qPrintable(error));
        const QJsonObject o = again.toJson();
        QCOMPARE(o.value(QLatin1String("future_top_level")).toObject().value(QLatin1String("keep")).toBool(), true);
        const QJsonArray columns = o.value(QLatin1String("columns")).toArray();
        QCOMPARE(columns.at(2).toObject().value(QLatin1String("future_column_key")).toInt(), 7);
        QVERIFY(columns.at(4).toObject().value(QLatin1String("target")).isNull());
        QCOMPARE(o, p.toJson());
    }

    void columnsAreMatchedByHeaderText()
    {
        MappingProfile p;
        QVERIFY(MappingProfile::fromJson(designExample(), &p, nullptr));
        QVERIFY(p.columnForHeader(QStringLiteral("E-Mail")));
        QCOMPARE(p.columnForHeader(QStringLiteral(" e-mail "))->target, QStringLiteral("email"));
        QVERIFY(!p.columnForHeader(QStringLiteral("Telefon")));
        const QStringList missing = p.missingHeaders({QStringLiteral("E-Mail"), QStringLiteral("Handy")});
        QVERIFY(missing.contains(QStringLiteral("Kundennr.")));
        QVERIFY(!missing.contains(QStringLiteral("Notiz")));   // not imported anyway
    }

    void badProfilesSayWhatIsWrong_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("{") << "JSON";
        QTest::newRow("array") << QByteArray("[]") << "object";
        QTest::newRow("newer version") << QByteArray(R"({"version": 2, "columns": []})") << "version";
        QTest::newRow("version not a number") << QByteArray(R"({"version": "one", "columns": []})") << "version";
        QTest::newRow("columns not an array")
            << QByteArray(R"({"version": 1, "columns": {"header": 5}})") << "\"columns\" must be an array";
        QTest::newRow("a column not an object") << QByteArray(R"({"version": 1, "columns": ["Name"]})") << "columns[0]";
        QTest::newRow("bad zone") << QByteArray(R"({"version": 1, "source_timezone": "Mars/Olympus", "columns": []})")
                                  << "Mars/Olympus";
        QTest::newRow("bad dst rule") << QByteArray(R"({"version": 1, "dst_gap": "guess", "columns": []})")
                                      << "dst_gap";
        QTest::newRow("column without header")
            << QByteArray(R"({"version": 1, "columns": [{"target": "email"}]})") << "columns[0]";
    }

    void badProfilesSayWhatIsWrong()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        MappingProfile p;
        QString error;
        QVERIFY(!MappingProfile::fromJson(json, &p, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void unknownKeysAreNamedWithTheClosestKnownOne()
    {
        // The typo "source_time_zone" used to be ignored without a word: rows were read in the
        // computer's zone instead of the one the user wrote down.
        MappingProfile p;
        QVERIFY(MappingProfile::fromJson(R"({"version": 1, "source_time_zone": "Europe/Berlin",
            "source": {"delimter": ";"}, "whatever_this_is": 1,
            "columns": [{"header": "Name", "target": "full_name", "fromat": "x"}]})",
                                         &p, nullptr));
        const QString all = p.warnings().join(QLatin1Char('\n'));
        QCOMPARE(p.warnings().size(), 4);
        QVERIFY2(all.contains(QLatin1String("\"source_time_zone\" is ignored; did you mean \"source_timezone\"?")),
                 qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("\"delimter\" in \"source\" is ignored; did you mean \"delimiter\"?")),
                 qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("\"fromat\" in columns[0] is ignored; did you mean \"format\"?")),
                 qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("unknown key \"whatever_this_is\" is ignored")) &&
                     !all.contains(QLatin1String("\"whatever_this_is\" is ignored; did you mean")),
                 qPrintable(all));
        // Unknown keys still survive a save.
        QCOMPARE(p.toJson().value(QLatin1String("whatever_this_is")).toInt(), 1);
        // Everything this program writes itself it also knows.
        MappingProfile saved;
        saved.setColumns({ColumnMapping{}});
        saved.columns()[0].header = QStringLiteral("Name");
        saved.columns()[0].target = QStringLiteral("full_name");
        saved.setBatchSize(10);
        saved.setTwoDigitYearPivot(1950);
        saved.setSourceTimeZone(QStringLiteral("Europe/Berlin"));
        MappingProfile reread;
        QVERIFY(MappingProfile::fromJson(QJsonDocument(saved.toJson()).toJson(), &reread, nullptr));
        QVERIFY2(reread.warnings().isEmpty(), qPrintable(reread.warnings().join(QLatin1Char('\n'))));
    }

    void dstRulesRoundTrip()
    {
        MappingProfile p;
        QVERIFY(MappingProfile::fromJson(
            R"({"version":1,"dst_gap":"shift_forward","dst_overlap":"later","columns":[]})", &p, nullptr));
        QCOMPARE(p.dstGapRule(), MappingProfile::DstGapRule::ShiftForward);
        QCOMPARE(p.dstOverlapRule(), MappingProfile::DstOverlapRule::Later);
        QCOMPARE(p.toJson().value(QLatin1String("dst_overlap")).toString(), QStringLiteral("later"));
        QVERIFY(!p.timeZoneIsExplicit());
        QCOMPARE(p.sourceTimeZone(), QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    }
};

QTEST_GUILESS_MAIN(TestMappingProfile)
#include "tst_mappingprofile.moc"
