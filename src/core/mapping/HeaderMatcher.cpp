#include "core/mapping/HeaderMatcher.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace {
// Normalised synonyms as exports write them. "part:" marks pieces of a name (first/last).
struct Synonyms
{
    const char *target;
    std::initializer_list<const char *> names;
};

const Synonyms kSynonyms[] = {
    {"external_id",
     {"externalid",
      "kundennummer",
      "kundennr",
      "kdnr",
      "kundenid",
      "kdnummer",
      "customerid",
      "customernumber",
      "customerno",
      "customernr",
      "contactid",
      "kontaktid",
      "kontaktnummer",
      "debitor",
      "debitornr",
      "debitorennummer",
      "debitorennr",
      "debitornummer",
      "adressnummer",
      "adressnr",
      "mitgliedsnummer",
      "mitgliednr",
      "mitgliedsnr",
      "recordid",
      "accountnumber",
      "kundenkennung",
      "personennummer",
      "id",
      "nr",
      "nummer",
      "clientid",
      "crmid",
      "erpid"}},
    {"email",
     {"email", "emailadresse", "emailaddress", "mail", "mailadresse", "email1", "email1value", "emailaddress1",
      "primaryemail", "emailprivat", "emailgeschaeftlich", "businessemail", "workemail", "internetadresse", "emailaddr",
      "emails", "mailaddress"}},
    {"whatsapp", {"whatsapp",          "whatsappnummer",  "whatsappnr",  "mobil",     "mobile",       "handy",
                  "handynummer",       "handynr",         "mobilnummer", "mobilnr",   "mobiltelefon", "mobilephone",
                  "mobilephonenumber", "mobilenumber",    "cell",        "cellphone", "cellular",     "telefonmobil",
                  "mobilfunk",         "mobilfunknummer", "mobiltel"}},
    {"sms",
     {"sms", "smsnummer", "smsnr", "telefon", "telefonnummer", "tel", "telnr", "phone", "phonenumber", "phone1value",
      "telefonprivat", "telefongeschaeftlich", "businessphone", "homephone", "privattelefon", "festnetz", "rufnummer",
      "fon", "primaryphone"}},
    {"full_name",
     {"name", "fullname", "vollername", "vollstaendigername", "kontaktname", "contactname", "kundenname",
      "customername", "nameundvorname", "vornameundname", "vornamename", "namevorname"}},
    {"part:full_name",
     {"vorname", "firstname", "givenname", "rufname", "nachname", "lastname", "surname", "familienname", "familyname",
      "zuname", "middlename", "zweitername", "additionalname", "weiterevornamen"}},
    {"display_name", {"displayname", "anzeigename", "spitzname", "nickname", "kurzname", "fileas", "speichernunter"}},
    {"salutation", {"anrede", "salutation", "nameprefix", "prefix", "briefanrede", "titel", "title", "geschlecht"}},
    {"birthday",
     {"geburtstag", "geburtsdatum", "gebdatum", "gebdat", "geb", "birthday", "birthdate", "dateofbirth", "dob",
      "geburtstagdatum"}},
    {"address_line1",
     {"strasse",
      "str",
      "strasseundhausnummer",
      "strassehausnummer",
      "strassenr",
      "adresse",
      "address",
      "addressline1",
      "street",
      "streetaddress",
      "businessstreet",
      "homestreet",
      "address1street",
      "mailingstreet",
      "billingstreet",
      "anschrift",
      "adresszeile1",
      "strassegeschaeftlich",
      "strasseprivat",
      "postanschrift"}},
    {"address_line2",
     {"addressline2", "adresszusatz", "zusatz", "adresszeile2", "street2", "address1extendedaddress", "businessstreet2",
      "homestreet2", "co"}},
    {"city",
     {"ort", "stadt", "city", "wohnort", "businesscity", "homecity", "address1city", "mailingcity", "billingcity",
      "town", "ortgeschaeftlich", "ortprivat", "gemeinde"}},
    {"zipcode",
     {"plz", "postleitzahl", "zip", "zipcode", "postalcode", "postcode", "businesspostalcode", "homepostalcode",
      "address1postalcode", "mailingzippostalcode", "mailingzip", "billingzip", "billingpostalcode", "plzgeschaeftlich",
      "plzprivat"}},
    {"country",
     {"land", "country", "staat", "countryregion", "laenderkennzeichen", "laendercode", "countrycode",
      "address1country", "mailingcountry", "billingcountry", "nation", "landregion"}},
    {"instagram",
     {"instagram", "instagramhandle", "instagramname", "insta", "instagramprofil", "instagramprofile", "instagramkonto",
      "instagramaccount", "instagramnutzername", "instagramusername"}},
    {"facebook",
     {"facebook", "facebookid", "facebookprofil", "facebookprofile", "facebookname", "facebookkonto", "facebookaccount",
      "facebooknutzername", "facebookusername", "messenger", "facebookmessenger"}},
    {"google_business_messaging",
     {"googlebusinessmessaging", "googlebusinessmessages", "googlebusiness", "googlemessages", "gbm",
      "googlebusinessmessagingid", "googlebusinessid", "googlenachrichten", "googleunternehmensnachrichten"}},
    {"postal", {"postal", "postadresse", "postaladdress", "postalhandle", "briefpostadresse"}},
};

// Common custom fields, as accounts name them: when the account has a custom field whose key or name
// is one of these, every name of the group finds it ("Letzter Kontakt" -> last_contacted_at).
const std::initializer_list<const char *> kCustomFieldSynonyms[] = {
    {"lastcontactedat",     "lastcontacted",    "lastcontact",         "lastcontactdate",   "lastactivity",
     "lastactivitydate",    "lastinteraction",  "lastinteractiondate", "lastvisit",         "letzterkontakt",
     "zuletztkontaktiert",  "letzteaktivitaet", "letzteraktivitaet",   "letzteinteraktion", "letzterbesuch",
     "datumletzterkontakt", "letzterkontaktam", "letzteskontaktdatum", "kontaktiertam",     "letztekontaktaufnahme"},
    {"customersince", "kundeseit", "kundeab", "kundeseitdatum", "membersince", "mitgliedseit", "erstkauf",
     "firstpurchase", "firstorderdate", "datumerstkauf"},
    {"contractstart", "contractstartdate", "vertragsbeginn", "vertragsstart", "vertragsanfang", "beginnvertrag",
     "vertragab", "laufzeitbeginn"},
    {"revenue", "umsatz", "jahresumsatz", "annualrevenue", "totalrevenue", "umsatzgesamt", "gesamtumsatz", "umsatzeur",
     "kundenumsatz"},
    {"loyaltypoints", "treuepunkte", "bonuspunkte", "punkte", "punktestand", "points", "rewardpoints", "payback",
     "kundenpunkte"},
    {"vip", "vipkunde", "vipstatus", "premiumkunde", "premium", "stammkunde", "topkunde"},
    {"newsletteroptinconfirmed", "doubleoptin", "doi", "newsletterbestaetigt", "optinbestaetigt",
     "newsletterdoubleoptin", "bestaetigteanmeldung"},
    {"branch", "filiale", "niederlassung", "standort", "geschaeftsstelle", "store", "shop", "location", "markt"},
    {"interests", "interessen", "interessengebiete", "hobbys", "hobbies", "interessiertan", "produktinteressen"},
    {"tags", "tag", "schlagworte", "schlagwoerter", "stichworte", "labels", "label", "kategorien", "etiketten",
     "groupmembership"},
};

// The names a custom field is found by beyond its own: its group in kCustomFieldSynonyms.
QStringList customFieldSynonyms(const QString &normalizedKey, const QString &normalizedLabel)
{
    QStringList names;
    for (const auto &group : kCustomFieldSynonyms) {
        bool member = false;
        for (const char *name : group)
            member = member || normalizedKey == QLatin1String(name) || normalizedLabel == QLatin1String(name);
        if (member) {
            for (const char *name : group)
                names << QString::fromLatin1(name);
        }
    }
    return names;
}

// Pronunciation columns (Google's "Phonetic First Name", Outlook's "Yomi"): how a name sounds, not the
// name. Joined into full_name they would send the name twice, so they are never suggested.
bool isPhonetic(const QString &normalized)
{
    for (const char *w : {"phonetic", "phonetisch", "yomi", "furigana", "aussprache", "lautschrift", "pronunciation"}) {
        if (normalized.contains(QLatin1String(w)))
            return true;
    }
    return false;
}

// Generic words whose exact match is a little less certain than a specific one.
const QSet<QString> &weakNames()
{
    static const QSet<QString> s{
        QStringLiteral("id"),         QStringLiteral("nr"),      QStringLiteral("nummer"),  QStringLiteral("name"),
        QStringLiteral("tel"),        QStringLiteral("fon"),     QStringLiteral("title"),   QStringLiteral("titel"),
        QStringLiteral("geschlecht"), QStringLiteral("prefix"),  QStringLiteral("geb"),     QStringLiteral("co"),
        QStringLiteral("adresse"),    QStringLiteral("address"), QStringLiteral("telefon"), QStringLiteral("phone")};
    return s;
}

// Damerau-Levenshtein (optimal string alignment) distance, stopping early above `limit`.
int distance(const QString &a, const QString &b, int limit)
{
    const int n = int(a.size()), m = int(b.size());
    if (std::abs(n - m) > limit)
        return limit + 1;
    QVector<int> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (int j = 0; j <= m; ++j)
        prev[j] = j;
    for (int i = 1; i <= n; ++i) {
        cur[0] = i;
        int rowMin = cur[0];
        for (int j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
            rowMin = std::min(rowMin, cur[j]);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[m];
}

bool typeFits(FieldDefinition::ValueType type, ColumnSniffer::Kind kind)
{
    using T = FieldDefinition::ValueType;
    using K = ColumnSniffer::Kind;
    switch (kind) {
    case K::Empty:
    case K::Text:
        return type == T::String || type == T::StringList;
    case K::Email:
        return type == T::Email || type == T::String;
    case K::Phone:
        return type == T::Phone || type == T::String;
    case K::Date:
        return type == T::Date || type == T::DateTime;
    case K::DateTime:
        return type == T::DateTime || type == T::Date;
    case K::Number:
        return type == T::Number || type == T::String;   // zip codes and ids are numbers too
    case K::YesNo:
        return type == T::Consent || type == T::Boolean;
    }
    return true;
}

bool consentWords(const QString &normalized)
{
    for (const char *w : {"optin", "optout", "einwilligung", "consent", "newsletter", "zustimmung", "abo",
                          "subscription", "subscribed", "marketing", "permission", "erlaubnis", "dsgvo"}) {
        if (normalized.contains(QLatin1String(w)))
            return true;
    }
    return false;
}
}

HeaderMatcher::HeaderMatcher(const FieldCatalog &catalog)
    : m_catalog(catalog)
{
}

QString HeaderMatcher::normalize(const QString &header)
{
    QString folded = header.toCaseFolded();
    folded.replace(QChar(0x00E4), QLatin1String("ae"));
    folded.replace(QChar(0x00F6), QLatin1String("oe"));
    folded.replace(QChar(0x00FC), QLatin1String("ue"));
    folded.replace(QChar(0x00DF), QLatin1String("ss"));
    const QString decomposed = folded.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.isLetterOrNumber() && c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out;
}

QList<HeaderMatcher::Candidate> HeaderMatcher::candidates(const QString &header,
                                                          const ColumnSniffer::Verdict &values) const
{
    const QString n = normalize(header);
    QHash<QString, Candidate> best;
    auto offer = [&best](const QString &target, double score, const QString &reason) {
        Candidate &c = best[target];
        if (score > c.score) {
            c.target = target;
            c.score = score;
            c.reason = reason;
        }
    };
    if (isPhonetic(n))
        return {};
    if (!n.isEmpty()) {
        for (const Synonyms &s : kSynonyms) {
            QString target = QString::fromLatin1(s.target);
            if (target.startsWith(QLatin1String("part:")))
                target = target.mid(5);
            for (const char *raw : s.names) {
                const QString name = QString::fromLatin1(raw);
                const bool weak = weakNames().contains(name);
                if (n == name) {
                    offer(target, weak ? 0.85 : 1.0, QStringLiteral("synonym"));
                } else if (!weak && name.size() >= 4 && n.size() >= 5 && n.contains(name)) {
                    // "E-Mail 2: Adresse", "Mobile Phone Number": the name inside a longer header.
                    offer(target, 0.75 + 0.15 * double(name.size()) / double(n.size()), QStringLiteral("contains"));
                } else if (!weak && name.size() >= 5) {
                    const int limit = name.size() >= 9 ? 2 : 1;
                    const int d = distance(n, name, limit);
                    if (d <= limit)
                        offer(target, 0.8 - 0.05 * d, QStringLiteral("typo"));
                }
            }
        }
        for (const FieldDefinition &f : m_catalog.fields()) {
            if (f.kind == FieldDefinition::Kind::Standard)
                continue;
            const QString reason = f.kind == FieldDefinition::Kind::Custom ? QStringLiteral("custom field")
                                                                           : QStringLiteral("channel");
            if (f.kind == FieldDefinition::Kind::Custom) {
                // German and English names of common custom fields: an exact one is as good as the name.
                for (const QString &name : customFieldSynonyms(normalize(f.apiKey), normalize(f.label))) {
                    if (n == name)
                        offer(f.target, name.size() >= 4 ? 1.0 : 0.85, reason);
                    else if (name.size() >= 8 && distance(n, name, name.size() >= 9 ? 2 : 1) <= 1)
                        offer(f.target, 0.75, reason);
                }
            }
            for (const QString &name : {normalize(f.label), normalize(f.apiKey)}) {
                if (name.isEmpty())
                    continue;
                if (n == name)
                    offer(f.target, 1.0, reason);
                else if (name.size() >= 4 && (name.contains(n) || n.contains(name)) &&
                         std::min(n.size(), name.size()) >= 4)
                    offer(f.target,
                          0.7 + 0.2 * double(std::min(n.size(), name.size())) / double(std::max(n.size(), name.size())),
                          reason);
                else if (name.size() >= 5 && distance(n, name, 2) <= (name.size() >= 9 ? 2 : 1))
                    offer(f.target, 0.75, reason);
            }
            // "WhatsApp Opt-in" for a channel of type whatsapp, "Newsletter" for an email channel.
            if (f.kind == FieldDefinition::Kind::Channel && consentWords(n) &&
                (n.contains(normalize(f.description)) || n.contains(normalize(f.label))))
                offer(f.target, 0.9, QStringLiteral("channel"));
        }
    }
    // The values confirm or veto what the header says.
    QList<Candidate> list = best.values();
    using K = ColumnSniffer::Kind;
    const bool clear = values.nonEmpty >= 2 && values.share >= 0.8;
    const bool consentHeader = consentWords(n);
    for (Candidate &c : list) {
        const FieldDefinition *f = m_catalog.find(c.target);
        if (f && consentHeader &&
            (f->type == FieldDefinition::ValueType::Phone || f->type == FieldDefinition::ValueType::Email))
            c.score *= 0.5;   // "WhatsApp Opt-in", "E-Mail Einwilligung": the consent, not the handle
        if (!f || !clear)
            continue;
        if (typeFits(f->type, values.kind))
            c.score = std::min(1.0, c.score + 0.05);
        else
            c.score *= 0.4;
        if (f->type == FieldDefinition::ValueType::Phone && values.kind == K::Phone &&
            c.target == QLatin1String("sms") && !best.contains(QStringLiteral("whatsapp")))
            c.score = std::min(c.score, 0.65);   // a generic phone column: offered, not pushed
    }
    if (clear && values.kind == K::Email && !best.contains(QStringLiteral("email")))
        list.append({QStringLiteral("email"), 0.7, QStringLiteral("values")});
    if (clear && values.kind == K::Phone && best.isEmpty())
        list.append({QStringLiteral("whatsapp"), 0.6, QStringLiteral("values")});
    std::sort(list.begin(), list.end(), [](const Candidate &a, const Candidate &b) {
        return a.score != b.score ? a.score > b.score : a.target < b.target;
    });
    return list;
}

QVector<HeaderMatcher::Suggestion> HeaderMatcher::suggest(const QStringList &headers,
                                                          const QList<QStringList> &samples) const
{
    QVector<Suggestion> out(headers.size());
    QVector<QList<Candidate>> all(headers.size());
    for (int i = 0; i < headers.size(); ++i) {
        Suggestion &s = out[i];
        s.column = i;
        s.header = headers.at(i);
        s.values = ColumnSniffer::sniff(samples.value(i));
        all[i] = candidates(s.header, s.values);
        for (const Candidate &c : all[i]) {
            if (s.target.isEmpty() && c.score >= 0.3) {
                s.target = c.target;
                s.confidence = c.score;
                s.reason = c.reason;
            } else if (s.alternatives.size() < 3 && c.score >= 0.3) {
                s.alternatives << c.target;
            }
        }
    }
    // A whole-name column beats first/last parts on full_name.
    auto isWholeName = [&](int i) {
        const QString n = normalize(headers.at(i));
        for (const Synonyms &s : kSynonyms) {
            if (qstrcmp(s.target, "full_name") == 0) {
                for (const char *name : s.names) {
                    if (n == QLatin1String(name))
                        return true;
                }
            }
        }
        return false;
    };
    // Resolve single-valued targets: the strongest claim wins, the others are told why not.
    QHash<QString, int> owner;
    QVector<int> order(headers.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return out[a].confidence > out[b].confidence; });
    bool wholeNamePresent = false;
    for (int i = 0; i < headers.size(); ++i)
        wholeNamePresent = wholeNamePresent || (out[i].target == QLatin1String("full_name") && isWholeName(i));
    int wholeNameColumn = -1;
    for (int i : order) {
        if (wholeNameColumn < 0 && out[i].target == QLatin1String("full_name") && isWholeName(i))
            wholeNameColumn = i;
    }
    for (int i : order) {
        Suggestion &s = out[i];
        if (s.target.isEmpty())
            continue;
        if (wholeNamePresent && s.target == QLatin1String("full_name") && i != wholeNameColumn && !isWholeName(i)) {
            s.conflictWith = wholeNameColumn;   // "Name" already holds the whole name: no parts on top
            s.conflictTarget = s.target;
            s.alternatives.prepend(s.target);
            s.target.clear();
            s.confidence = 0;
            s.reason = QStringLiteral("conflict");
            continue;
        }
        const FieldDefinition *f = m_catalog.find(s.target);
        bool combinable = f && f->combinable;
        if (s.target == QLatin1String("full_name"))
            combinable = !wholeNamePresent;   // parts combine; a whole-name column stands alone
        if (combinable)
            continue;
        if (owner.contains(s.target)) {
            s.conflictWith = owner.value(s.target);
            s.conflictTarget = s.target;
            s.alternatives.prepend(s.target);
            s.target.clear();
            s.confidence = 0;
            s.reason = QStringLiteral("conflict");
            continue;
        }
        owner.insert(s.target, i);
    }
    return out;
}

MappingProfile HeaderMatcher::profileFor(const QVector<Suggestion> &suggestions) const
{
    MappingProfile p;
    QList<ColumnMapping> columns;
    for (const Suggestion &s : suggestions) {
        ColumnMapping m;
        m.header = s.header;
        if (s.confidence >= AcceptThreshold)
            m.target = s.target;
        if (const FieldDefinition *f = m_catalog.find(m.target)) {
            if (f->kind == FieldDefinition::Kind::Custom)
                m.type = FieldDefinition::typeName(f->type);
        }
        columns << m;
    }
    p.setColumns(columns);
    return p;
}
