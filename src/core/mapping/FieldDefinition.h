#pragma once

#include <QString>

// One thing a column can be mapped to: a standard contact field, a custom field or a marketing
// channel. `target` is the target name (docs/architecture.md) (`email`, `custom:<key>`, `channel:<key>`);
// `apiKey` is the key written into the contact payload (docs/api.md).
struct FieldDefinition
{
    enum class Kind { Standard, Custom, Channel };
    // How a cell is converted. Email/Phone are handles; Consent is a marketing subscription.
    enum class ValueType { String, Email, Phone, Date, DateTime, Number, Boolean, StringList, Consent };

    QString target;
    QString apiKey;
    QString label;   // human name (custom field / channel name, or the standard key)
    QString description;
    Kind kind = Kind::Standard;
    ValueType type = ValueType::String;
    bool identifier = false;   // unique on the server: external_id and every handle
    bool combinable = false;   // several columns may feed it: full_name (joined), phone handles (list)

    bool isValid() const { return !target.isEmpty(); }

    static QString typeName(ValueType type);   // docs/api.md names: string, datetime, ...
    static ValueType typeFromName(const QString &name, bool *ok = nullptr);
};
