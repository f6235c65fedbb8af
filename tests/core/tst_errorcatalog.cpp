#include "core/errors/ErrorCatalog.h"
#include "core/validate/ValidationIssue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTest>
#include <QTranslator>

// Every reason a row can fail reads as a plain sentence with a next step, in English and German,
// naming the column as the file heads it; unknown codes keep the server's own words in the details.
class TestErrorCatalog : public QObject
{
    Q_OBJECT

    static ErrorContext mobilRow()
    {
        ErrorContext c;
        c.headers = {QStringLiteral("Kundennr."), QStringLiteral("Mobil"), QStringLiteral("Letzter Kontakt"),
                     QStringLiteral("Umsatz")};
        c.cells = {QStringLiteral("K-17"), QStringLiteral("0170 1234567"), QStringLiteral("31.02.2024 10:00"),
                   QStringLiteral("12,5x")};
        c.fieldColumns = {{QStringLiteral("external_id"), QStringLiteral("Kundennr.")},
                          {QStringLiteral("whatsapp"), QStringLiteral("Mobil")},
                          {QStringLiteral("last_contacted_at"), QStringLiteral("Letzter Kontakt")},
                          {QStringLiteral("revenue"), QStringLiteral("Umsatz")}};
        c.fieldLabels = {{QStringLiteral("last_contacted_at"), QStringLiteral("Letzter Kontakt")},
                         {QStringLiteral("revenue"), QStringLiteral("Umsatz")}};
        c.input = QJsonObject{{QStringLiteral("external_id"), QStringLiteral("K-17")},
                              {QStringLiteral("whatsapp"), QStringLiteral("+491701234567")},
                              {QStringLiteral("last_contacted_at"), QStringLiteral("2024-02-31T10:00:00+01:00")},
                              {QStringLiteral("revenue"), QStringLiteral("12,5x")}};
        return c;
    }

    static QString rawOf(const QString &code)
    {
        // What the server (docs/sandbox.md) writes for each code with a field in it.
        if (code == QLatin1String("23505"))
            return QStringLiteral("duplicate key value violates unique constraint \"unique_whatsapp\"");
        if (code == QLatin1String("23514"))
            return QStringLiteral("new row for relation \"contact\" violates check constraint \"valid_whatsapp\" "
                                  "(whatsapp \"0170\" is not a phone number in E.164 form such as +4930123456)");
        if (code == QLatin1String("23502"))
            return QStringLiteral("null value in column \"external_id\" violates not-null constraint");
        if (code == QLatin1String("22007"))
            return QStringLiteral("invalid input syntax for type timestamp with time zone: "
                                  "\"2024-02-31T10:00:00+01:00\"");
        if (code == QLatin1String("22P02"))
            return QStringLiteral("invalid input syntax for type numeric: \"12,5x\"");
        if (code == QLatin1String("PGRST204"))
            return QStringLiteral("Could not find the 'revenue' column of 'contact' in the schema cache");
        return QStringLiteral("raw words of %1").arg(code);
    }

    QStringList allCodes() const { return ErrorCatalog::serverCodes() + ErrorCatalog::issueKinds(); }

    static PlainError explainCode(const QString &code)
    {
        ErrorContext c = mobilRow();
        if (ErrorCatalog::isIssueKind(code)) {
            c.column = QStringLiteral("Mobil");
            c.value = QStringLiteral("0170 1234567");
        }
        return ErrorCatalog::explain(code, rawOf(code), QString(), c);
    }

    bool loadGerman(QTranslator &translator)
    {
        return translator.load(QStringLiteral(MATEO_QM_DIR "/mateo-import_de.qm")) &&
               QCoreApplication::installTranslator(&translator);
    }

private slots:
    void everyCodeHasASentenceAndANextStepInEnglishAndGerman()
    {
        QHash<QString, PlainError> english;
        for (const QString &code : allCodes()) {
            const PlainError e = explainCode(code);
            QVERIFY2(e.known, qPrintable(code));
            QVERIFY2(!e.title.isEmpty() && !e.message.isEmpty() && !e.hint.isEmpty(), qPrintable(code));
            QVERIFY2(!e.message.contains(QLatin1Char('_')), qPrintable(code + QLatin1String(": ") + e.message));
            english.insert(code, e);
        }
        QTranslator german;
        QVERIFY(loadGerman(german));
        for (const QString &code : allCodes()) {
            const PlainError d = explainCode(code);
            const PlainError &e = english.value(code);
            QVERIFY2(d.title != e.title, qPrintable(code + QLatin1String(" title: ") + d.title));
            QVERIFY2(d.message != e.message, qPrintable(code + QLatin1String(" message: ") + d.message));
            QVERIFY2(d.hint != e.hint, qPrintable(code + QLatin1String(" hint: ") + d.hint));
        }
        QCoreApplication::removeTranslator(&german);
    }

    void uniqueViolationNamesTheFieldTheColumnAndTheValue()
    {
        const PlainError e = ErrorCatalog::explain(QStringLiteral("23505"), rawOf(QStringLiteral("23505")), QString(),
                                                   mobilRow());
        QCOMPARE(e.field, QStringLiteral("whatsapp"));
        QCOMPARE(e.column, QStringLiteral("Mobil"));
        QCOMPARE(e.value, QStringLiteral("0170 1234567"));   // as the file has it
        QCOMPARE(e.message, QStringLiteral("The WhatsApp number \"0170 1234567\" already belongs to another contact "
                                           "in Hellomateo."));
        QCOMPARE(e.hint, QStringLiteral("Change or remove it in column \"Mobil\", or import this row with that "
                                        "contact's customer number."));
        QVERIFY(e.detail.contains(QLatin1String("23505")));
        QVERIFY(e.detail.contains(QLatin1String("unique_whatsapp")));

        ErrorContext withOwner = mobilRow();
        withOwner.otherContact = QStringLiteral("customer number K-3");
        QVERIFY(ErrorCatalog::explain(QStringLiteral("23505"), rawOf(QStringLiteral("23505")), QString(), withOwner)
                    .message.endsWith(QLatin1String("It belongs to customer number K-3.")));

        QTranslator german;
        QVERIFY(loadGerman(german));
        const PlainError d = ErrorCatalog::explain(QStringLiteral("23505"), rawOf(QStringLiteral("23505")), QString(),
                                                   mobilRow());
        QVERIFY2(d.message.contains(QStringLiteral("WhatsApp-Nummer")), qPrintable(d.message));
        QVERIFY2(d.hint.contains(QStringLiteral("„Mobil“")), qPrintable(d.hint));
        QCoreApplication::removeTranslator(&german);
    }

    void constraintNamesResolveToFields_data()
    {
        QTest::addColumn<QString>("constraint");
        QTest::addColumn<QString>("field");
        QTest::newRow("sandbox") << "unique_whatsapp"
                                 << "whatsapp";
        QTest::newRow("postgres key") << "contact_email_key"
                                      << "email";
        QTest::newRow("long handle") << "contacts_google_business_messaging_unique"
                                     << "google_business_messaging";
        QTest::newRow("external id") << "unique_external_id"
                                     << "external_id";
        QTest::newRow("other field") << "unique_customer_number"
                                     << "customer_number";
        QTest::newRow("nothing") << "pk"
                                 << "";
    }
    void constraintNamesResolveToFields()
    {
        QFETCH(QString, constraint);
        QFETCH(QString, field);
        QCOMPARE(ErrorCatalog::fieldFromConstraint(constraint), field);
    }

    void serverErrorsNameTheColumnFromTheMapping_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("column");
        QTest::newRow("check") << "23514"
                               << "Mobil";
        QTest::newRow("not null") << "23502"
                                  << "Kundennr.";
        QTest::newRow("datetime") << "22007"
                                  << "Letzter Kontakt";
        QTest::newRow("number") << "22P02"
                                << "Umsatz";
        QTest::newRow("unknown field") << "PGRST204"
                                       << "Umsatz";
    }
    void serverErrorsNameTheColumnFromTheMapping()
    {
        QFETCH(QString, code);
        QFETCH(QString, column);
        const PlainError e = ErrorCatalog::explain(code, rawOf(code), QString(), mobilRow());
        QCOMPARE(e.column, column);
        QVERIFY2(e.message.contains(QLatin1Char('"') + column + QLatin1Char('"')) ||
                     e.hint.contains(QLatin1Char('"') + column + QLatin1Char('"')),
                 qPrintable(e.message + QLatin1String(" / ") + e.hint));
        QVERIFY(e.detail.startsWith(code));
    }

    void unknownCodesKeepTheRawText()
    {
        const PlainError e = ErrorCatalog::explain(QStringLiteral("P0001"), QStringLiteral("trigger said no"),
                                                   QStringLiteral("ask the admin"), mobilRow());
        QVERIFY(!e.known);
        QCOMPARE(e.message, QStringLiteral("Hellomateo did not import this row."));
        QVERIFY(!e.hint.isEmpty());
        QCOMPARE(e.detail, QStringLiteral("P0001: trigger said no | ask the admin"));
        const PlainError data = ErrorCatalog::explain(QStringLiteral("22999"), QStringLiteral("odd value"), QString(),
                                                      mobilRow());
        QCOMPARE(data.message, QStringLiteral("A value of this row does not fit Hellomateo."));
        QVERIFY(data.detail.contains(QLatin1String("odd value")));
    }

    void issuesNameColumnValueAndTheOtherLine()
    {
        ValidationIssue issue;
        issue.kind = QStringLiteral("duplicate_identifier");
        issue.columnHeader = QStringLiteral("E-Mail");
        issue.value = QStringLiteral("anna@example.de");
        issue.relatedLine = 3;
        issue.message = QStringLiteral("email anna@example.de is already used by another contact on line 3");
        const PlainError e = ErrorCatalog::explain(issue);
        QCOMPARE(e.message, QStringLiteral("\"anna@example.de\" in column \"E-Mail\" is also in line 3 of the file."));
        QCOMPARE(e.detail, issue.message);   // the checker's words stay for support
        QCOMPARE(e.title, QStringLiteral("Duplicate in the file"));
        QVERIFY(!ErrorCatalog::isIssueKind(QStringLiteral("23505")));
        QVERIFY(!ErrorCatalog::isIssueKind(QStringLiteral("PGRST204")));
        QVERIFY(ErrorCatalog::isIssueKind(QStringLiteral("nonexistent_local_time")));
    }
};

QTEST_GUILESS_MAIN(TestErrorCatalog)
#include "tst_errorcatalog.moc"
