#include "core/convert/EmailNormalizer.h"

#include <QTest>

class TestEmailNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void addresses_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("expected");   // empty = invalid
        QTest::newRow("plain") << "anna@example.de"
                               << "anna@example.de";
        QTest::newRow("trimmed") << "  anna@example.de \t"
                                 << "anna@example.de";
        QTest::newRow("domain lower-cased, local kept") << "Anna.Meyer@Example.DE"
                                                        << "Anna.Meyer@example.de";
        QTest::newRow("idn to punycode") << "juergen@müller.de"
                                         << "juergen@xn--mller-kva.de";
        QTest::newRow("apostrophe and atom specials") << "o'brien+news#1@example.ie"
                                                      << "o'brien+news#1@example.ie";
        // The server refuses anything but ASCII letters, digits and atom specials before the @.
        QTest::newRow("accented local part") << QString::fromUtf8("çağla.wagner1@example4.de") << "";
        QTest::newRow("umlaut local part, idn domain") << QString::fromUtf8("jürgen@müller.de") << "";
        QTest::newRow("parentheses") << "anna(work)@example.de"
                                     << "";
        QTest::newRow("quoted local part") << "\"anna\"@example.de"
                                           << "";
        QTest::newRow("emoji") << QString::fromUtf8("anna\U0001F600@example.de") << "";
        QTest::newRow("plus tag") << "anna+news@example.co.uk"
                                  << "anna+news@example.co.uk";
        QTest::newRow("mailto prefix") << "mailto:anna@example.de"
                                       << "anna@example.de";
        QTest::newRow("no at") << "not-an-email"
                               << "";
        QTest::newRow("no dot in domain") << "a@b"
                                          << "";
        QTest::newRow("space inside") << "anna meyer@example.de"
                                      << "";
        QTest::newRow("two addresses") << "a@example.de;b@example.de"
                                       << "";
        QTest::newRow("double dot") << "anna..m@example.de"
                                    << "";
        QTest::newRow("numeric tld") << "anna@example.123"
                                     << "";
        QTest::newRow("empty label") << "anna@example..de"
                                     << "";
        QTest::newRow("only at") << "@"
                                 << "";
    }

    void addresses()
    {
        QFETCH(QString, cell);
        QFETCH(QString, expected);
        const EmailNormalizer::Result r = EmailNormalizer::normalize(cell);
        QCOMPARE(r.valid, !expected.isEmpty());
        QCOMPARE(r.address, expected);
        QCOMPARE(r.message.isEmpty(), r.valid);
    }

    void refusedLocalPartCharacterIsNamed_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("named");
        QTest::newRow("cedilla") << QString::fromUtf8("çağla.wagner1@example4.de") << QString::fromUtf8("\"ç\"");
        QTest::newRow("emoji, whole") << QString::fromUtf8("anna\U0001F600@example.de")
                                      << QString::fromUtf8("\"\U0001F600\"");
        QTest::newRow("parenthesis") << "anna(work)@example.de"
                                     << "\"(\"";
    }

    void refusedLocalPartCharacterIsNamed()
    {
        QFETCH(QString, cell);
        QFETCH(QString, named);
        QStringView view;
        const EmailNormalizer::Result r = EmailNormalizer::normalize(cell, &view);
        QVERIFY(!r.valid);
        QVERIFY2(r.message.contains(named), qPrintable(r.message));
    }

    // The view variant must give the same verdict, message and address, without building the
    // address when the cell already is one.
    void unchangedAddressesAreViewsOfTheCell_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<bool>("viewExpected");
        QTest::newRow("plain") << "anna@example.de" << true;
        QTest::newRow("non-ascii local part") << QString::fromUtf8("çağla.wagner1@example4.de") << false;
        QTest::newRow("trimmed") << "  anna@example.de \t" << true;
        QTest::newRow("nbsp around") << QString(QChar(0xa0)) + "anna@example.de" + QString(QChar(0x2003)) << true;
        QTest::newRow("mailto") << "mailto:anna@example.de" << true;
        QTest::newRow("MAILTO upper domain") << "MAILTO:anna@Example.de" << false;
        QTest::newRow("upper-case domain") << "Anna.Meyer@Example.DE" << false;
        QTest::newRow("upper-case local only") << "Anna.Meyer@example.de" << true;
        QTest::newRow("idn") << QString::fromUtf8("jürgen@müller.de") << false;
        QTest::newRow("idn upper") << QString::fromUtf8("jürgen@MÜLLER.de") << false;
        QTest::newRow("already punycode") << "j@xn--mller-kva.de" << true;
        QTest::newRow("non-ascii tld") << QString::fromUtf8("a@example.dë") << false;
        QTest::newRow("invalid ascii label") << "a@exa_mple.de" << false;
        QTest::newRow("invalid upper label") << "a@EXA_MPLE.de" << false;
        QTest::newRow("numeric tld") << "anna@example.123" << false;
        QTest::newRow("trailing dot") << "anna@example.de." << false;
        QTest::newRow("no dot") << "a@b" << false;
        QTest::newRow("two at") << "a@b@example.de" << false;
        QTest::newRow("long label") << "a@" + QString(64, QLatin1Char('x')) + ".de" << false;
        QTest::newRow("long domain") << "a@" + QString(250, QLatin1Char('x')) + ".de" << false;
        QTest::newRow("hyphen label") << "a@-example.de" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("at only") << "@" << false;
    }

    void unchangedAddressesAreViewsOfTheCell()
    {
        QFETCH(QString, cell);
        QFETCH(bool, viewExpected);
        const EmailNormalizer::Result general = EmailNormalizer::normalize(cell);
        QStringView view;
        const EmailNormalizer::Result r = EmailNormalizer::normalize(cell, &view);
        QCOMPARE(r.valid, general.valid);
        QCOMPARE(r.message, general.message);
        QCOMPARE(r.valid && r.address.isNull(), viewExpected);
        if (r.valid) {
            QCOMPARE(r.address.isNull() ? view.toString() : r.address, general.address);
            if (r.address.isNull())   // a part of the cell itself
                QVERIFY(view.data() >= cell.constData() && view.data() + view.size() <= cell.constData() + cell.size());
        }
    }
};

QTEST_GUILESS_MAIN(TestEmailNormalizer)
#include "tst_emailnormalizer.moc"
