#include "core/mapping/FieldLabels.h"

#include "core/mapping/FieldCatalog.h"

QString FieldLabels::standard(const QString &apiKey)
{
    static const char *const labels[][2] = {
        {"external_id", QT_TR_NOOP("Customer number")},
        {"email", QT_TR_NOOP("E-mail")},
        {"whatsapp", QT_TR_NOOP("WhatsApp number")},
        {"sms", QT_TR_NOOP("SMS number")},
        {"full_name", QT_TR_NOOP("Full name")},
        {"display_name", QT_TR_NOOP("Display name")},
        {"salutation", QT_TR_NOOP("Salutation")},
        {"birthday", QT_TR_NOOP("Birthday")},
        {"address_line1", QT_TR_NOOP("Address line 1")},
        {"address_line2", QT_TR_NOOP("Address line 2")},
        {"zipcode", QT_TR_NOOP("Postcode")},
        {"city", QT_TR_NOOP("City")},
        {"country", QT_TR_NOOP("Country")},
        {"instagram", QT_TR_NOOP("Instagram name")},
        {"facebook", QT_TR_NOOP("Facebook name")},
        {"google_business_messaging", QT_TR_NOOP("Google Business Messages ID")},
        {"postal", QT_TR_NOOP("Postal address")},
    };
    for (const auto &entry : labels) {
        if (apiKey == QLatin1String(entry[0]))
            return tr(entry[1]);
    }
    return QString();
}

QString FieldLabels::of(const QString &targetOrKey, const FieldCatalog *catalog)
{
    const qsizetype colon = targetOrKey.indexOf(QLatin1Char(':'));
    const QString key = colon >= 0 ? targetOrKey.mid(colon + 1) : targetOrKey;
    if (colon < 0) {
        const QString label = standard(key);
        if (!label.isEmpty())
            return label;
    }
    if (catalog) {
        for (const FieldDefinition &f : catalog->fields()) {
            if (f.kind != FieldDefinition::Kind::Standard && (f.target == targetOrKey || f.apiKey == key))
                return f.label;
        }
    }
    return key;
}

QString FieldLabels::typeName(const QString &apiTypeName)
{
    if (apiTypeName == QLatin1String("string"))
        return tr("text");
    if (apiTypeName == QLatin1String("datetime"))
        return tr("date and time");
    if (apiTypeName == QLatin1String("date"))
        return tr("date");
    if (apiTypeName == QLatin1String("number"))
        return tr("number");
    if (apiTypeName == QLatin1String("boolean"))
        return tr("yes or no");
    if (apiTypeName == QLatin1String("string_list"))
        return tr("list of words");
    return apiTypeName;
}
