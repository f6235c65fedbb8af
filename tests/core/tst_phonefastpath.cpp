#include "core/convert/phone/PhoneNormalizer.h"
#include "core/convert/phone/private/PhoneFastPath.h"

#include <QRandomGenerator>
#include <QTest>

#include <phonenumbers/phonenumberutil.h>

// The fast path must give exactly libphonenumber's verdicts (and the same E.164 and region).
class TestPhoneFastPath : public QObject
{
    Q_OBJECT

private:
    static void compareBoth(const QString &region, const QString &cell)
    {
        PhoneNormalizer fast(region);
        PhoneNormalizer slow(region);
        slow.setFastPathEnabled(false);
        const PhoneNormalizer::Result a = fast.normalize(cell);
        const PhoneNormalizer::Result b = slow.normalize(cell);
        const QByteArray what = (region + QLatin1String(": ") + cell).toUtf8();
        QVERIFY2(a.valid == b.valid, what.constData());
        QVERIFY2(a.e164 == b.e164, what.constData());
        QVERIFY2(a.region == b.region, what.constData());
    }

private slots:
    void metadataLoads()
    {
        QVERIFY(PhoneFastPath::instance());
        const PhoneFastPath::Result r = PhoneFastPath::instance()->check(u"+49 171 2345678", "DE");
        QCOMPARE(r.verdict, PhoneFastPath::Verdict::Valid);
        QCOMPARE(r.e164, QStringLiteral("+491712345678"));
    }

    // The fast path builds the calling code -> regions table from the metadata itself instead of
    // asking PhoneNumberUtil; it must be libphonenumber's table exactly.
    void regionsPerCallingCodeAreLibphonenumbers()
    {
        const PhoneFastPath *fast = PhoneFastPath::instance();
        QVERIFY(fast);
        const i18n::phonenumbers::PhoneNumberUtil *util = i18n::phonenumbers::PhoneNumberUtil::GetInstance();
        int known = 0;
        for (int cc = 1; cc < 1000; ++cc) {
            std::list<std::string> regions;
            util->GetRegionCodesForCountryCallingCode(cc, &regions);
            QStringList expected;
            for (const std::string &id : regions)
                expected.append(QString::fromStdString(id));
            QCOMPARE(fast->regionsForCallingCode(cc), expected);
            std::string main;
            util->GetRegionCodeForCountryCode(cc, &main);
            QCOMPARE(QString::fromStdString(main), expected.isEmpty() ? QStringLiteral("ZZ") : expected.first());
            known += expected.isEmpty() ? 0 : 1;
        }
        QVERIFY(known > 200);   // the table is not trivially empty on both sides
        QCOMPARE(fast->regionsForCallingCode(1).first(), QStringLiteral("US"));
        QVERIFY(fast->regionsForCallingCode(1).contains(QStringLiteral("CA")));
    }

    void trickyShapes_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("cell");
        const char *de[] = {"0171/2345678",
                            "+49 (0)171 2345678",
                            "0049 171 2345678",
                            "0049171234567",
                            "49 171 2345678",
                            "491712345678",
                            "4917123456789",
                            "+49 152 2980815",
                            "+49 161 3819383",
                            "+49 170 1810111",
                            "030 12345678",
                            "(030) 1234567",
                            "+49 30 1234567",
                            "0800 1234567",
                            "0900 1234567",
                            "0180 1234567",
                            "+0171 2345678",
                            "+4901712345678",
                            "00 49 171 2345678",
                            "000 49",
                            "0",
                            "01",
                            "012",
                            "+1",
                            "+12",
                            "+123",
                            "+999 1234567",
                            "+800 12345678",
                            "+808 12345678",
                            "+882 1234567890",
                            "+39 06 12345678",
                            "+39 333 1234567",
                            "+44 20 7946 0958",
                            "+44 7700 900123",
                            "+44 1624 123456",
                            "+7 495 1234567",
                            "+7 701 1234567",
                            "+1 (415) 555-0132",
                            "+1 684 733 1234",
                            "+1 876 123 4567",
                            "+61 2 1234 5678",
                            "+52 55 1234 5678",
                            "+54 9 11 1234 5678",
                            "+43 664 1234567",
                            "+41 79 123 45 67",
                            "+33 6 12 34 56 78",
                            "+31 6 12345678",
                            "+352 621 123 456",
                            "0043 664 1234567",
                            "0041791234567",
                            "(+49) 171 2345678",
                            "+49-171-2345678.",
                            "0171.234.5678",
                            "12345678901234567890",
                            "1 2 3",
                            "+49 171 23456789012345",
                            "07000 1234567",
                            "+262 692 12 34 56",
                            "+590 690 12 34 56",
                            "+47 21 23 45 67",
                            "+358 40 1234567",
                            "+599 9 123 4567",
                            "+290 22158"};
        for (const char *c : de)
            QTest::newRow(c) << "DE" << c;
        const char *us[] = {"(415) 555-0132",  "415-555-0132",      "1 415 555 0132", "011 49 171 2345678",
                            "011491712345678", "+1 415 555 0132",   "555-0132",       "1-800-555-0199",
                            "(684) 733-1234",  "001 49 171 2345678"};
        for (const char *c : us)
            QTest::newRow((QByteArray("US ") + c).constData()) << "US" << c;
        const char *gb[] = {"020 7946 0958", "07700 900123", "+44 (0)20 7946 0958", "00 49 171 2345678",
                            "01624 123456"};
        for (const char *c : gb)
            QTest::newRow((QByteArray("GB ") + c).constData()) << "GB" << c;
        const char *it[] = {"06 12345678", "333 1234567", "+39 06 12345678", "0039 333 1234567"};
        for (const char *c : it)
            QTest::newRow((QByteArray("IT ") + c).constData()) << "IT" << c;
        const char *at[] = {"0664 1234567", "01 234567", "+43 1 234567"};
        for (const char *c : at)
            QTest::newRow((QByteArray("AT ") + c).constData()) << "AT" << c;
    }

    void trickyShapes()
    {
        QFETCH(QString, region);
        QFETCH(QString, cell);
        compareBoth(region, cell);
    }

    void randomNumbersAgree()
    {
        // 20,000 generated numbers in the shapes exports use, across several countries.
        QRandomGenerator rng(7);
        const char *prefixes[] = {"+49 ", "0",    "0049 ", "49",   "+43 ",  "+41 ", "+44 ",
                                  "+1 ",  "+39 ", "+7 ",   "+33 ", "+800 ", "+90 ", "+"};
        for (int i = 0; i < 20000; ++i) {
            QString cell = QString::fromLatin1(prefixes[rng.bounded(int(std::size(prefixes)))]);
            const int len = 5 + rng.bounded(9);
            for (int k = 0; k < len; ++k) {
                cell += QChar(u'0' + rng.bounded(10));
                if (rng.bounded(6) == 0)
                    cell += QLatin1Char(" -/"[rng.bounded(3)]);
            }
            compareBoth(i % 3 ? QStringLiteral("DE") : QStringLiteral("US"), cell);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void cellsAsExportsWriteThem_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("cell");
        const QString de = QStringLiteral("DE");
        const QStringList cells{"+49 (0)171 2345678",
                                "+49 (0) 30 1234567",
                                "0049 (0)171 2345678",
                                "+49(0)1712345678",
                                "(0)171 2345678",
                                "4,91712E+11",
                                "4.91712e11",
                                "4,91712E+11 ",
                                "1E+11",
                                "\t+49 171 2345678\n",
                                "  0171 2345678  ",
                                QString(QChar(0xa0)) + "+49 171 2345678",
                                "+49 171 2345678" + QString(QChar(0x3000)),
                                QString::fromUtf8("+49 \uff11\uff17\uff11 2345678"),
                                QString::fromUtf8("+49 171 234\u0665678"),
                                QString::fromUtf8("+49 171 2345678 \u00fc"),
                                "+49 168 6175466",
                                "+49 169 1234567",
                                "+49 160 8811503",
                                "+49 176 3077052",
                                "+49 170 1810111",
                                "+49 199 1234567",
                                "+49 1",
                                "+49 17",
                                "+49 171",
                                "+4917",
                                "0171",
                                "01712",
                                "+49 171 234567890123",
                                "+49 30 123",
                                "+49 30 12",
                                "+49 (30) 1234567",
                                "+49 171 2345678 ext 12",
                                "+49 171 2345678 #12",
                                "0171-234 56 78.",
                                "++49 171 2345678",
                                "+ 49 171 2345678",
                                "49+171 2345678",
                                "0000 171 2345678",
                                "00 0 49 171",
                                QString(40, QLatin1Char('1')),
                                QString(41, QLatin1Char('1')),
                                "+" + QString(40, QLatin1Char('4')),
                                "+" + QString(39, QLatin1Char('4')),
                                "+49 800 1234567",
                                "+49 900 1234567",
                                "+49 32 12345678",
                                "+49 700 12345678",
                                "+49 115",
                                "+49 116 116",
                                "+49 118 33"};
        for (const QString &c : cells)
            QTest::newRow(c.toUtf8().constData()) << de << c;
        // Every German two- and three-digit prefix with 7- and 8-digit subscriber numbers: the
        // type checks run in another order than libphonenumber's, the verdict must not change.
        for (int prefix = 10; prefix < 1000; ++prefix) {
            for (const char *rest : {"2345678", "23456789"})
                QTest::newRow(qPrintable(QStringLiteral("+49 %1 %2").arg(prefix).arg(QLatin1String(rest))))
                    << de << QStringLiteral("+49 %1 %2").arg(prefix).arg(QLatin1String(rest));
        }
    }

    void cellsAsExportsWriteThem()
    {
        QFETCH(QString, region);
        QFETCH(QString, cell);
        compareBoth(region, cell);
    }

    // normalizeInto writes the number into storage reused call after call; a string someone
    // still holds is never written into.
    void reusedStorageGivesTheSameNumbers()
    {
        const PhoneNormalizer n(QStringLiteral("DE"));
        const QStringList cells{
            "+49 170 1810111",    "0171/2345678", "+49 168 6175466", "+1 (415) 555-0132", "",
            "+49 (0)171 2345678", "4,91712E+11",  "+43 664 1234567", "+352 621 123 456",  "call me"};
        QString storage;
        QList<QPair<QString, QString>> held;   // shared copies, deep copies
        for (int round = 0; round < 3; ++round) {
            for (const QString &cell : cells) {
                const PhoneNormalizer::Result general = n.normalize(cell);
                const PhoneNormalizer::Result r = n.normalizeInto(cell, &storage);
                QCOMPARE(r.valid, general.valid);
                QCOMPARE(r.region, general.region);
                QCOMPARE(r.message, general.message);
                QVERIFY(r.e164.isNull());
                if (r.valid) {
                    QCOMPARE(storage, general.e164);
                    held.append({storage, QString(storage.constData(), storage.size())});
                }
            }
        }
        for (const auto &h : std::as_const(held))
            QCOMPARE(h.first, h.second);
    }
};

QTEST_GUILESS_MAIN(TestPhoneFastPath)
#include "tst_phonefastpath.moc"
