#pragma once

#include <QCoreApplication>
#include <QString>

class FieldCatalog;

// Field names as people say them ("Customer number", "Birthday"), in the UI language. The API key
// (external_id) stays out of the main text: the wizard shows it in tooltips and details only.
class FieldLabels
{
    Q_DECLARE_TR_FUNCTIONS(FieldLabels)

public:
    // A standard contact field's name; empty for keys that are not standard fields.
    static QString standard(const QString &apiKey);
    // Any target or API key: standard name, else the account's own name of a custom field or
    // channel (as Hellomateo names it, from the catalog), else the key itself.
    static QString of(const QString &targetOrKey, const FieldCatalog *catalog = nullptr);
    // A value type as a person reads it ("date and time", "list of words").
    static QString typeName(const QString &apiTypeName);
};
