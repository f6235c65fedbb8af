#pragma once

#include <QList>
#include <QString>

class FieldCatalog;

// One entry of the Mapping page's "Import as" list: a target name as docs/architecture.md defines it
// ("email", "custom:<key>", "channel:<key>"; empty = don't import) with its visible label.
struct TargetChoice
{
    enum class Kind { None, Standard, Custom, Channel };

    QString name;
    QString label;   // as people say it; the API key only in the tooltip
    QString apiKey;
    Kind kind = Kind::None;
    bool identifier = false;   // external_id, email or a phone handle: lets the row be matched
    bool combinable = false;   // several columns may feed it (names joined, phones as a list)

    // "Don't import" first, then every field of the catalog (standard, custom fields, channels).
    static QList<TargetChoice> fromCatalog(const FieldCatalog &catalog);
    static QList<TargetChoice> standardChoices();   // the catalog without an account's fields
    static QString standardLabel(const QString &apiKey);   // translated; empty when unknown
};
