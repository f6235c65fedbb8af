#include "core/mapping/HeaderMatcher.h"

#include <QTest>

class TestHeaderMatcher : public QObject
{
    Q_OBJECT

private:
    static FieldCatalog catalog()
    {
        FieldCatalog c;
        FieldCatalog::fromCacheJson(
            R"({"custom_fields": [{"key": "last_contacted_at", "name": "Letzter Kontakt", "type": "datetime", "entity": "contact"},
                                                          {"key": "revenue", "name": "Umsatz", "type": "number", "entity": "contact"}],
                                        "marketing_channels": [{"key": "newsletter", "name": "Newsletter", "channel_type": "email"},
                                                               {"key": "whatsapp_marketing", "name": "WhatsApp", "channel_type": "whatsapp"}]})",
            &c, nullptr);
        return c;
    }

private slots:
    void realExportHeaders_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("target");
        QTest::newRow("E-Mail") << "E-Mail"
                                << "email";
        QTest::newRow("e-mail lower") << "e-mail"
                                      << "email";
        QTest::newRow("Email") << "Email"
                               << "email";
        QTest::newRow("Outlook de") << "E-Mail-Adresse"
                                    << "email";
        QTest::newRow("Outlook en") << "E-mail Address"
                                    << "email";
        QTest::newRow("Google") << "E-mail 1 - Value"
                                << "email";
        QTest::newRow("typo") << "Emial"
                              << "email";
        QTest::newRow("Kundennr.") << "Kundennr."
                                   << "external_id";
        QTest::newRow("Customer ID") << "Customer ID"
                                     << "external_id";
        QTest::newRow("HubSpot Record ID") << "Record ID"
                                           << "external_id";
        QTest::newRow("Handy") << "Handy"
                               << "whatsapp";
        QTest::newRow("Mobile Phone") << "Mobile Phone"
                                      << "whatsapp";
        QTest::newRow("Mobiltelefon") << "Mobiltelefon"
                                      << "whatsapp";
        QTest::newRow("Telefon") << "Telefon"
                                 << "sms";
        QTest::newRow("Geburtstag") << "Geburtstag"
                                    << "birthday";
        QTest::newRow("Geburtstag typo") << "Geburtstg"
                                         << "birthday";
        QTest::newRow("Birthdate (SF)") << "Birthdate"
                                        << "birthday";
        QTest::newRow("Straße") << "Straße"
                                << "address_line1";
        QTest::newRow("Mailing Street (SF)") << "Mailing Street"
                                             << "address_line1";
        QTest::newRow("PLZ") << "PLZ"
                             << "zipcode";
        QTest::newRow("Business Postal Code") << "Business Postal Code"
                                              << "zipcode";
        QTest::newRow("Ort") << "Ort"
                             << "city";
        QTest::newRow("Land") << "Land"
                              << "country";
        QTest::newRow("Anrede") << "Anrede"
                                << "salutation";
        QTest::newRow("custom by name") << "Letzter Kontakt"
                                        << "custom:last_contacted_at";
        QTest::newRow("custom by key words") << "Last Contacted"
                                             << "custom:last_contacted_at";
        QTest::newRow("channel") << "Newsletter"
                                 << "channel:newsletter";
        QTest::newRow("unknown") << "Lieblingsfarbe"
                                 << "";
    }

    void realExportHeaders()
    {
        QFETCH(QString, header);
        QFETCH(QString, target);
        const HeaderMatcher m(catalog());
        const auto s = m.suggest({header});
        QCOMPARE(s.first().target, target);
        if (!target.isEmpty())
            QVERIFY2(s.first().confidence >= HeaderMatcher::AcceptThreshold,
                     qPrintable(QString::number(s.first().confidence)));
    }

    void normalisation()
    {
        QCOMPARE(HeaderMatcher::normalize(QStringLiteral("E-Mail-Adresse")), QStringLiteral("emailadresse"));
        QCOMPARE(HeaderMatcher::normalize(QStringLiteral("Straße")), QStringLiteral("strasse"));
        QCOMPARE(HeaderMatcher::normalize(QStringLiteral("Télé-phone")), QStringLiteral("telephone"));
    }

    void firstAndLastNameCombine()
    {
        const HeaderMatcher m(catalog());
        const auto s = m.suggest({"Vorname", "Nachname", "E-Mail"});
        QCOMPARE(s.at(0).target, QStringLiteral("full_name"));
        QCOMPARE(s.at(1).target, QStringLiteral("full_name"));
        const MappingProfile p = m.profileFor(s);
        QCOMPARE(p.columns().size(), 3);
    }

    void aWholeNameColumnBeatsTheParts()
    {
        const HeaderMatcher m(catalog());
        const auto s = m.suggest({"Vorname", "Name", "Nachname"});
        QCOMPARE(s.at(1).target, QStringLiteral("full_name"));
        QVERIFY(s.at(0).target.isEmpty());
        QCOMPARE(s.at(0).conflictWith, 1);
    }

    void neverTwoColumnsSilentlyOnOneTarget()
    {
        const HeaderMatcher m(catalog());
        const auto s = m.suggest({"E-Mail", "Email Address"});
        QCOMPARE(s.at(0).target, QStringLiteral("email"));
        QVERIFY(s.at(1).target.isEmpty());
        QCOMPARE(s.at(1).conflictWith, 0);
        QCOMPARE(s.at(1).conflictTarget, QStringLiteral("email"));
    }

    void valuesHelpAndVeto()
    {
        const HeaderMatcher m(catalog());
        // No useful header, but every value is an e-mail address.
        const auto byValue = m.suggest({"Spalte 7"}, {{"a@example.de", "b@example.org", "c@example.com"}});
        QCOMPARE(byValue.first().target, QStringLiteral("email"));
        QCOMPARE(byValue.first().reason, QStringLiteral("values"));
        // "WhatsApp Opt-in" full of yes/no is a consent channel, not a phone number.
        const auto optIn = m.suggest({"WhatsApp Opt-in"}, {{"yes", "no", "yes", ""}});
        QCOMPARE(optIn.first().target, QStringLiteral("channel:whatsapp_marketing"));
    }

    // The account names its fields in English (as the practice sandbox does); the file is German.
    static FieldCatalog englishAccount()
    {
        FieldCatalog c;
        FieldCatalog::fromCacheJson(
            R"({"custom_fields": [
                  {"key": "last_contacted_at", "name": "Last contacted", "type": "datetime", "entity": "contact"},
                  {"key": "customer_since", "name": "Customer since", "type": "date", "entity": "contact"},
                  {"key": "contract_start", "name": "Contract start", "type": "date", "entity": "contact"},
                  {"key": "revenue", "name": "Revenue", "type": "number", "entity": "contact"},
                  {"key": "loyalty_points", "name": "Loyalty points", "type": "number", "entity": "contact"},
                  {"key": "branch", "name": "Branch", "type": "string", "entity": "contact"},
                  {"key": "interests", "name": "Interests", "type": "string_list", "entity": "contact"},
                  {"key": "tags", "name": "Tags", "type": "string_list", "entity": "contact"}]})",
            &c, nullptr);
        return c;
    }

    void germanAndEnglishNamesOfCommonCustomFields_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("target");
        for (const char *h : {"Letzter Kontakt", "Zuletzt kontaktiert", "Letzte Aktivität", "Last Contacted",
                              "Last Activity Date", "Datum letzter Kontakt"})
            QTest::newRow(h) << h << "custom:last_contacted_at";
        QTest::newRow("Kunde seit") << "Kunde seit"
                                    << "custom:customer_since";
        QTest::newRow("Vertragsbeginn") << "Vertragsbeginn"
                                        << "custom:contract_start";
        QTest::newRow("Umsatz") << "Umsatz"
                                << "custom:revenue";
        QTest::newRow("Treuepunkte") << "Treuepunkte"
                                     << "custom:loyalty_points";
        QTest::newRow("Filiale") << "Filiale"
                                 << "custom:branch";
        QTest::newRow("Interessen") << "Interessen"
                                    << "custom:interests";
        QTest::newRow("Schlagworte") << "Schlagworte"
                                     << "custom:tags";
        QTest::newRow("Google Business") << "Google Business Messages"
                                         << "google_business_messaging";
        QTest::newRow("Instagram-Profil") << "Instagram-Profil"
                                          << "instagram";
    }
    void germanAndEnglishNamesOfCommonCustomFields()
    {
        QFETCH(QString, header);
        QFETCH(QString, target);
        const HeaderMatcher m(englishAccount());
        const auto s = m.suggest({header});
        QCOMPARE(s.first().target, target);
        QVERIFY2(s.first().confidence >= HeaderMatcher::AcceptThreshold,
                 qPrintable(QString::number(s.first().confidence)));
    }

    void phoneticNameColumnsNeverJoinTheName()
    {
        // Google Contacts: the name would be sent twice ("Anna Anna Schmidt Schmidt").
        const HeaderMatcher m(englishAccount());
        const auto s = m.suggest({"First Name", "Phonetic First Name", "Middle Name", "Phonetic Middle Name",
                                  "Last Name", "Phonetic Last Name", "Yomi First Name"});
        QCOMPARE(s.at(0).target, QStringLiteral("full_name"));
        QCOMPARE(s.at(2).target, QStringLiteral("full_name"));
        QCOMPARE(s.at(4).target, QStringLiteral("full_name"));
        for (int phonetic : {1, 3, 5, 6}) {
            QVERIFY2(s.at(phonetic).target.isEmpty(), qPrintable(s.at(phonetic).header));
            QVERIFY(!s.at(phonetic).alternatives.contains(QStringLiteral("full_name")));
        }
    }
};

QTEST_GUILESS_MAIN(TestHeaderMatcher)
#include "tst_headermatcher.moc"
