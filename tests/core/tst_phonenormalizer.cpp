#include "core/convert/phone/PhoneNormalizer.h"

#include <QTest>

class TestPhoneNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void numbers_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("e164");   // empty = invalid
        QTest::addColumn<QString>("numberRegion");

        QTest::newRow("german mobile with slash") << "DE"
                                                  << "0171/2345678"
                                                  << "+491712345678"
                                                  << "DE";
        QTest::newRow("german mobile spaced") << "DE"
                                              << "0171 2345678"
                                              << "+491712345678"
                                              << "DE";
        QTest::newRow("international with (0)") << "DE"
                                                << "+49 (0)171 2345678"
                                                << "+491712345678"
                                                << "DE";
        QTest::newRow("international plain") << "DE"
                                             << "+49 170 1810111"
                                             << "+491701810111"
                                             << "DE";
        QTest::newRow("idd 00") << "DE"
                                << "0049 171 2345678"
                                << "+491712345678"
                                << "DE";
        QTest::newRow("trimmed") << "DE"
                                 << "  +49-171-2345678  "
                                 << "+491712345678"
                                 << "DE";
        QTest::newRow("berlin landline") << "DE"
                                         << "030 12345678"
                                         << "+493012345678"
                                         << "DE";
        QTest::newRow("us number in US region") << "US"
                                                << "(415) 555-0132"
                                                << "+14155550132"
                                                << "US";
        QTest::newRow("us number from DE with +1") << "DE"
                                                   << "+1 (415) 555-0132"
                                                   << "+14155550132"
                                                   << "US";
        QTest::newRow("austrian mobile") << "DE"
                                         << "+43 664 1234567"
                                         << "+436641234567"
                                         << "AT";
        QTest::newRow("swiss mobile") << "DE"
                                      << "+41 79 123 45 67"
                                      << "+41791234567"
                                      << "CH";
        QTest::newRow("too short") << "DE"
                                   << "0171 23"
                                   << ""
                                   << "";
        QTest::newRow("invalid german prefix") << "DE"
                                               << "+49 199 1234567"
                                               << ""
                                               << "";
        QTest::newRow("letters") << "DE"
                                 << "call me"
                                 << ""
                                 << "";
        QTest::newRow("excel mangled") << "DE"
                                       << "4,91712E+11"
                                       << ""
                                       << "";
        QTest::newRow("excel mangled dot") << "DE"
                                           << "4.91712e+11"
                                           << ""
                                           << "";
    }

    void numbers()
    {
        QFETCH(QString, region);
        QFETCH(QString, cell);
        QFETCH(QString, e164);
        QFETCH(QString, numberRegion);
        const PhoneNormalizer n(region);
        const PhoneNormalizer::Result r = n.normalize(cell);
        QCOMPARE(r.valid, !e164.isEmpty());
        QCOMPARE(r.e164, e164);
        QCOMPARE(r.region, numberRegion);
        if (!r.valid)
            QVERIFY(!r.message.isEmpty());
    }

    void excelMangledGetsItsOwnAdvice()
    {
        const PhoneNormalizer n;
        QVERIFY(PhoneNormalizer::looksExcelMangled(u"4,91712E+11"));
        QVERIFY(!PhoneNormalizer::looksExcelMangled(u"+491712345678"));
        QVERIFY(n.normalize(u"4,91712E+11").message.contains(QLatin1String("Excel")));
    }
};

QTEST_GUILESS_MAIN(TestPhoneNormalizer)
#include "tst_phonenormalizer.moc"
