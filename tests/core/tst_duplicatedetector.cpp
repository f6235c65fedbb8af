#include "core/validate/DuplicateDetector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// In-file duplicates as `validate` reports them; and the allocation-free e-mail hash, which must
// give exactly the verdicts of hashing QString::toLower().
class TestDuplicateDetector : public QObject
{
    Q_OBJECT

private:
    static MappingProfile profile()
    {
        MappingProfile p;
        QString error;
        const QByteArray json = R"({"version": 1, "source_timezone": "Europe/Berlin", "columns": [
            {"header": "Kd", "target": "external_id"}, {"header": "Mail", "target": "email"},
            {"header": "Tel", "target": "whatsapp"}, {"header": "Tel2", "target": "whatsapp"}]})";
        if (!MappingProfile::fromJson(json, &p, &error))
            qFatal("bad test profile: %s", qPrintable(error));
        return p;
    }

    static DuplicateDetector::Entries identifiersOf(const QList<QStringList> &rows)
    {
        const QStringList headers{"Kd", "Mail", "Tel", "Tel2"};
        const RowConverter converter(profile(), FieldCatalog(), headers);
        DuplicateDetector::Entries entries;
        RowConverter::Buffer buffer;
        for (int i = 0; i < rows.size(); ++i) {
            SourceRecord r;
            r.index = i;
            r.line = i + 2;
            r.cells = rows.at(i);
            converter.convert(r, &buffer);
            DuplicateDetector::collect(converter, buffer, r.line, r.index, &entries);
        }
        return entries;
    }

    // `sampleRows` > 0: the tables are sized from the first rows, as the Validator does.
    static QList<ValidationIssue> duplicatesOf(const QList<QStringList> &rows, QVector<qint64> *errors = nullptr,
                                               int sampleRows = 0)
    {
        const QStringList headers{"Kd", "Mail", "Tel", "Tel2"};
        const RowConverter converter(profile(), FieldCatalog(), headers);
        DuplicateDetector detector;
        for (const RowConverter::Column &c : converter.columns())
            detector.setColumn(c.field.apiKey, c.index, c.header);
        if (sampleRows > 0) {
            const DuplicateDetector::Entries sample = identifiersOf(rows.mid(0, sampleRows));
            detector.reserve(rows.size(), &sample, sampleRows);
        }
        return detector.add(identifiersOf(rows), errors);
    }

    static QString withLowerCase(QStringView v) { return v.toString().toLower(); }

private slots:
    void everyBmpCharacterFoldsAsToLower()
    {
        // Each character alone and among ASCII, so both the fast and the copying path are covered.
        for (char32_t c = 0x80; c < 0x10000; ++c) {
            for (const QString &text :
                 {QString(QChar(char16_t(c))), QStringLiteral("Ab") + QChar(char16_t(c)) + QStringLiteral("Z@x.DE")}) {
                quint64 a1, a2, b1, b2;
                DuplicateDetector::hashLowered(text, &a1, &a2);
                DuplicateDetector::hashValue(withLowerCase(text), &b1, &b2);
                if (a1 != b1 || a2 != b2)
                    QFAIL(qPrintable(
                        QStringLiteral("U+%1 folds unlike QString::toLower").arg(uint(c), 4, 16, QLatin1Char('0'))));
            }
        }
    }

    void foldsAsToLower_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << QStringLiteral("J.Mueller@Example.DE");
        QTest::newRow("umlauts") << QString::fromUtf8("JÜRGEN.MÜLLER@BEISPIEL.DE");
        QTest::newRow("dotted capital I") << QString::fromUtf8("İSTANBUL@x.tr");
        QTest::newRow("Deseret pair") << QString::fromUtf8("\U00010400\U00010401@x.de");
        QTest::newRow("lone surrogate") << (QStringLiteral("a") + QChar(0xd801) + QStringLiteral("B@x.de"));
        QTest::newRow("long") << QStringLiteral("A").repeated(300) + QStringLiteral("@X.DE");
        QTest::newRow("empty") << QString();
    }

    void foldsAsToLower()
    {
        QFETCH(QString, text);
        quint64 a1, a2, b1, b2;
        DuplicateDetector::hashLowered(text, &a1, &a2);
        DuplicateDetector::hashValue(withLowerCase(text), &b1, &b2);
        QCOMPARE(a1, b1);
        QCOMPARE(a2, b2);
        QVERIFY(a1 != 0);
    }

    void reportsTheLaterRowWithBothLines()
    {
        QVector<qint64> errors;
        const QList<ValidationIssue> issues = duplicatesOf({{"K1", "Juergen@Example.de", "0171 2345678", ""},
                                                            {"K2", "other@example.de", "", ""},
                                                            {"K3", "JUERGEN@example.DE", "", ""},
                                                            {"K1", "", "", ""},
                                                            {"K4", "x@example.de", "+49 171 2345678", "0171 2345678"}},
                                                           &errors);
        QCOMPARE(issues.size(), 3);
        QCOMPARE(issues.at(0).line, 4);   // the e-mail, whatever its case, on another contact
        QCOMPARE(issues.at(0).relatedLine, 2);
        QCOMPARE(issues.at(0).columnHeader, QStringLiteral("Mail"));
        QCOMPARE(issues.at(0).severity, ValidationIssue::Severity::Error);
        QVERIFY(issues.at(0).message.contains(issues.at(0).value));
        QCOMPARE(issues.at(1).line, 5);   // external_id twice: the later row overwrites
        QCOMPARE(issues.at(1).value, QStringLiteral("K1"));
        QCOMPARE(issues.at(1).severity, ValidationIssue::Severity::Warning);
        QCOMPARE(issues.at(2).line, 6);   // the phone of K1 (the same number twice in K4's list counts once)
        QCOMPARE(issues.at(2).relatedLine, 2);
        QCOMPARE(issues.at(2).value, QStringLiteral("+491712345678"));
        QCOMPARE(errors, (QVector<qint64>{2, 4}));
    }

    void tablesSizedFromASampleGrowWhenTheSampleWasShort()
    {
        // The first rows have no e-mail and no phone, so those tables start tiny; thousands of
        // values later (growing them many times) the repeats are still found, with both lines.
        QList<QStringList> rows;
        for (int i = 0; i < 10; ++i)
            rows.append({QStringLiteral("K%1").arg(i), "", "", ""});
        for (int i = 0; i < 5000; ++i)
            rows.append({QStringLiteral("M%1").arg(i), QStringLiteral("user%1@example.de").arg(i),
                         QStringLiteral("+49 171 %1").arg(2000000 + i), ""});
        rows.append({"X1", "USER17@example.de", "", ""});
        rows.append({"X2", "", "+49 171 2004321", ""});
        QVector<qint64> errors;
        const QList<ValidationIssue> issues = duplicatesOf(rows, &errors, 10);
        QCOMPARE(issues.size(), 2);
        QCOMPARE(issues.at(0).line, 5012);
        QCOMPARE(issues.at(0).relatedLine, 29);   // user17: record 27, line 29
        QCOMPARE(issues.at(1).line, 5013);
        QCOMPARE(issues.at(1).relatedLine, 4333);
        QCOMPARE(errors, (QVector<qint64>{5010, 5011}));
    }

    void noDuplicatesNoIssues()
    {
        QVERIFY(duplicatesOf({{"K1", "a@x.de", "", ""}, {"K2", "b@x.de", "", ""}, {"", "", "", ""}}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDuplicateDetector)
#include "tst_duplicatedetector.moc"
