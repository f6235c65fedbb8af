#pragma once

#include <QJsonObject>
#include <QString>

// One entry of a profile's "columns" list (docs/architecture.md). Only `header` and `target` are required;
// the rest is optional and "auto"/empty means "decide from the data". Keys this version does not
// know are kept in `extra` and written back unchanged.
//
// Extensions used by this project (all optional):
//   "type"      custom-field type (string, datetime, boolean, number, date, string_list) so a
//               profile works offline
//   "format"    datetime format: "auto", "iso", "dd.MM.yyyy HH:mm", "d/M/yyyy", "M/d/yyyy",
//               "excel_serial", "--MM-dd" (see DateTimeFormat)
//   "decimal"   number decimal separator: "auto", "," or "."
//   "separator" string_list separator (default: the first of ; | , found in the cell)
//   "values"    consent/boolean value table for this column: {"raw text": "accepted", ...}
struct ColumnMapping
{
    QString header;
    QString target;   // empty = null (not imported)
    QString type;   // empty = from the catalog
    QString format;   // empty or "auto" = detect
    QJsonObject extra;   // every key as read, including unknown ones

    bool isMapped() const { return !target.isEmpty(); }
    QString option(const char *key) const { return extra.value(QLatin1String(key)).toString(); }
};
