#include "gui/widgets/TargetChoice.h"

#include "core/mapping/FieldCatalog.h"

#include <QCoreApplication>

namespace {
QString t(const char *text)
{
    return QCoreApplication::translate("TargetChoice", text);
}
}

QString TargetChoice::standardLabel(const QString &apiKey)
{
    static const char *const labels[][2] = {
        {"external_id", QT_TRANSLATE_NOOP("TargetChoice", "Customer number (external_id)")},
        {"email", QT_TRANSLATE_NOOP("TargetChoice", "E-mail")},
        {"whatsapp", QT_TRANSLATE_NOOP("TargetChoice", "WhatsApp number")},
        {"sms", QT_TRANSLATE_NOOP("TargetChoice", "SMS number")},
        {"full_name", QT_TRANSLATE_NOOP("TargetChoice", "Full name")},
        {"display_name", QT_TRANSLATE_NOOP("TargetChoice", "Display name")},
        {"salutation", QT_TRANSLATE_NOOP("TargetChoice", "Salutation")},
        {"birthday", QT_TRANSLATE_NOOP("TargetChoice", "Birthday (date)")},
        {"address_line1", QT_TRANSLATE_NOOP("TargetChoice", "Address line 1")},
        {"address_line2", QT_TRANSLATE_NOOP("TargetChoice", "Address line 2")},
        {"zipcode", QT_TRANSLATE_NOOP("TargetChoice", "Postcode")},
        {"city", QT_TRANSLATE_NOOP("TargetChoice", "City")},
        {"country", QT_TRANSLATE_NOOP("TargetChoice", "Country")},
        {"instagram", QT_TRANSLATE_NOOP("TargetChoice", "Instagram handle")},
        {"facebook", QT_TRANSLATE_NOOP("TargetChoice", "Facebook handle")},
        {"google_business_messaging", QT_TRANSLATE_NOOP("TargetChoice", "Google Business Messages handle")},
        {"postal", QT_TRANSLATE_NOOP("TargetChoice", "Postal address handle")},
    };
    for (const auto &entry : labels) {
        if (apiKey == QLatin1String(entry[0]))
            return t(entry[1]);
    }
    return QString();
}

QList<TargetChoice> TargetChoice::fromCatalog(const FieldCatalog &catalog)
{
    QList<TargetChoice> choices{
        {QString(), t(QT_TRANSLATE_NOOP("TargetChoice", "Don't import")), Kind::None, false, true}};
    for (const FieldDefinition &field : catalog.fields()) {
        TargetChoice choice;
        choice.name = field.target;
        choice.identifier = field.identifier;
        choice.combinable = field.combinable;
        switch (field.kind) {
        case FieldDefinition::Kind::Standard: {
            choice.kind = Kind::Standard;
            const QString label = standardLabel(field.apiKey);
            choice.label = label.isEmpty() ? field.label : label;
            break;
        }
        case FieldDefinition::Kind::Custom:
            choice.kind = Kind::Custom;
            choice.label = t(QT_TRANSLATE_NOOP("TargetChoice", "Custom field: %1 (%2)"))
                               .arg(field.label, FieldDefinition::typeName(field.type));
            break;
        case FieldDefinition::Kind::Channel:
            choice.kind = Kind::Channel;
            choice.label = t(QT_TRANSLATE_NOOP("TargetChoice", "Consent: %1")).arg(field.label);
            break;
        }
        choices.append(choice);
    }
    return choices;
}

QList<TargetChoice> TargetChoice::standardChoices()
{
    return fromCatalog(FieldCatalog());
}
