#include "core/mapping/ConsentTable.h"

#include <QJsonObject>
#include <QTest>

// ConsentTable::lookup finds short ASCII cells through packed keys; it must answer exactly what
// its table (entries(): case-folded text -> state) says for the trimmed, case-folded cell.
class TestConsentTable : public QObject
{
    Q_OBJECT

private slots:
    void lookupEqualsTheTable_data()
    {
        QTest::addColumn<QString>("cell");
        const QStringList cells{"ja",
                                "JA",
                                " Ja ",
                                "ja\t",
                                "j",
                                "J",
                                "x",
                                "X",
                                "1",
                                "0",
                                "yes",
                                "YES",
                                "no",
                                "nein",
                                "Nein ",
                                "n",
                                "on",
                                "an",
                                "aus",
                                "off",
                                "opt-in",
                                "OPT-IN",
                                "optin",
                                "opt in",
                                "opted in",
                                "opted out",
                                "subscribed",
                                "declined",
                                "pending",
                                "requested",
                                "double-opt-in ausstehend",
                                "DOUBLE-OPT-IN AUSSTEHEND",
                                "",
                                " ",
                                "jaa",
                                "ja ja",
                                "ja\u00a0",
                                "\u212a",
                                "k",
                                "\u2713",
                                "\u2714",
                                "wahr",
                                "falsch",
                                "true",
                                "FALSE",
                                "vielleicht",
                                "unbekannt",
                                "UNBEKANNT",
                                "1234567",
                                "12345678",
                                "abcdefg",
                                "ABCDEFG",
                                "abcdefgh",
                                QString(QChar(0)),
                                "ja" + QString(QChar(0)),
                                "\u00dcberall",
                                "stra\u00dfe",
                                "STRASSE",
                                "i\u0307",
                                "\u0130"};
        for (const QString &c : cells)
            QTest::newRow(c.toUtf8().toHex().constData()) << c;
    }

    void lookupEqualsTheTable()
    {
        QFETCH(QString, cell);
        ConsentTable table;
        // A column's own words, overriding defaults too (later entries win).
        table.merge(QJsonObject{{"ja", "declined"},
                                {"unbekannt", "ignore"},
                                {"abcdefg", "accepted"},
                                {"abcdefgh", "requested"},
                                {"1234567", "accepted"},
                                {"\u212a", "accepted"},
                                {"stra\u00dfe", "declined"},
                                {"\u00fcberall", "accepted"}});
        const QHash<QString, QString> entries = table.entries();
        const QString expected = entries.value(cell.trimmed().toCaseFolded());
        QCOMPARE(table.lookup(cell), expected);
        QCOMPARE(ConsentTable().lookup(cell), ConsentTable().entries().value(cell.trimmed().toCaseFolded()));
    }
};

QTEST_GUILESS_MAIN(TestConsentTable)
#include "tst_consenttable.moc"
