#pragma once

#include <QList>
#include <QString>

// One entry of the Mapping page's "Import as" list: a target name as DESIGN.md defines it
// ("email", "custom:<key>", "channel:<key>"; empty = don't import) with its visible label.
struct TargetChoice
{
    enum class Kind { None, Standard, Custom, Channel };

    QString name;
    QString label;
    Kind kind = Kind::None;
    bool identifier = false;   // external_id, email or a phone handle: lets the row be matched
    bool combinable = false;   // several columns may feed it (names joined, phones as a list)

    // The standard contact fields of API.md, with translated labels, "don't import" first.
    static QList<TargetChoice> standardChoices();
};
