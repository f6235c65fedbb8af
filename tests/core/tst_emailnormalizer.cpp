#include "EmailNormalizer.h"

#include <QTest>

class TestEmailNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void addresses_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("expected");   // empty = invalid
        QTest::newRow("plain") << "anna@example.de" << "anna@example.de";
        QTest::newRow("trimmed") << "  anna@example.de \t" << "anna@example.de";
        QTest::newRow("domain lower-cased, local kept") << "Anna.Meyer@Example.DE" << "Anna.Meyer@example.de";
        QTest::newRow("idn to punycode") << "jürgen@müller.de" << "jürgen@xn--mller-kva.de";
        QTest::newRow("plus tag") << "anna+news@example.co.uk" << "anna+news@example.co.uk";
        QTest::newRow("mailto prefix") << "mailto:anna@example.de" << "anna@example.de";
        QTest::newRow("no at") << "not-an-email" << "";
        QTest::newRow("no dot in domain") << "a@b" << "";
        QTest::newRow("space inside") << "anna meyer@example.de" << "";
        QTest::newRow("two addresses") << "a@example.de;b@example.de" << "";
        QTest::newRow("double dot") << "anna..m@example.de" << "";
        QTest::newRow("numeric tld") << "anna@example.123" << "";
        QTest::newRow("empty label") << "anna@example..de" << "";
        QTest::newRow("only at") << "@" << "";
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
};

QTEST_GUILESS_MAIN(TestEmailNormalizer)
#include "tst_emailnormalizer.moc"
