#include "gui/widgets/TargetChoice.h"

#include "core/mapping/FieldCatalog.h"
#include "core/mapping/FieldLabels.h"

#include <QCoreApplication>

namespace {
QString t(const char *text)
{
    return QCoreApplication::translate("TargetChoice", text);
}
}

QString TargetChoice::standardLabel(const QString &apiKey)
{
    return FieldLabels::standard(apiKey);
}

QList<TargetChoice> TargetChoice::fromCatalog(const FieldCatalog &catalog)
{
    QList<TargetChoice> choices{
        {QString(), t(QT_TRANSLATE_NOOP("TargetChoice", "Don't import")), QString(), Kind::None, false, true}};
    for (const FieldDefinition &field : catalog.fields()) {
        TargetChoice choice;
        choice.name = field.target;
        choice.apiKey = field.apiKey;
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
            // The account's own name, and the kind of value as a person says it ("date and time").
            choice.label = t(QT_TRANSLATE_NOOP("TargetChoice", "%1 (own field, %2)"))
                               .arg(field.label, FieldLabels::typeName(FieldDefinition::typeName(field.type)));
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
