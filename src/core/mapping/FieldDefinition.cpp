#include "core/mapping/FieldDefinition.h"

QString FieldDefinition::typeName(ValueType type)
{
    switch (type) {
    case ValueType::String:
        return QStringLiteral("string");
    case ValueType::Email:
        return QStringLiteral("email");
    case ValueType::Phone:
        return QStringLiteral("phone");
    case ValueType::Date:
        return QStringLiteral("date");
    case ValueType::DateTime:
        return QStringLiteral("datetime");
    case ValueType::Number:
        return QStringLiteral("number");
    case ValueType::Boolean:
        return QStringLiteral("boolean");
    case ValueType::StringList:
        return QStringLiteral("string_list");
    case ValueType::Consent:
        return QStringLiteral("consent");
    }
    return QStringLiteral("string");
}

FieldDefinition::ValueType FieldDefinition::typeFromName(const QString &name, bool *ok)
{
    static const ValueType all[] = {ValueType::String,  ValueType::Email,      ValueType::Phone,
                                    ValueType::Date,    ValueType::DateTime,   ValueType::Number,
                                    ValueType::Boolean, ValueType::StringList, ValueType::Consent};
    const QString lower = name.trimmed().toLower();
    for (ValueType t : all) {
        if (typeName(t) == lower) {
            if (ok)
                *ok = true;
            return t;
        }
    }
    if (ok)
        *ok = false;
    return ValueType::String;
}
