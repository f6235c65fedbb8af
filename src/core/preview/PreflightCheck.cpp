#include "core/preview/PreflightCheck.h"

#include "core/mapping/FieldCatalog.h"
#include "core/mapping/MappingProfile.h"

QString PreflightProblem::line() const
{
    return QCoreApplication::translate("PreflightCheck", "Column \"%1\" -> %2: %3").arg(header, target, message);
}

bool PreflightCheck::typeAccepts(const QString &fieldType, const QString &columnType)
{
    if (fieldType == columnType || fieldType == QLatin1String("string"))
        return true;   // text takes every value as written
    if (fieldType == QLatin1String("string_list"))
        return columnType == QLatin1String("string");   // one text becomes a one-item list
    // The service reads a date from a datetime (its UTC date) and a datetime from a plain date.
    const bool bothDates = (fieldType == QLatin1String("date") || fieldType == QLatin1String("datetime")) &&
                           (columnType == QLatin1String("date") || columnType == QLatin1String("datetime"));
    return bothDates;
}

QList<PreflightProblem> PreflightCheck::check(const MappingProfile &profile, const QStringList &headers,
                                              const QJsonArray &customFields, const QJsonArray &marketingChannels)
{
    const FieldCatalog account = FieldCatalog::fromApi(customFields, marketingChannels);
    QList<PreflightProblem> problems;
    QList<ColumnMapping> mapped;   // what this file sends: its headers as the profile matches them
    if (headers.isEmpty()) {
        mapped = profile.columns();
    } else {
        for (const QString &header : headers) {
            if (const ColumnMapping *m = profile.columnForHeader(header)) {
                mapped.append(*m);
                mapped.last().header = header;
            }
        }
    }
    for (const ColumnMapping &column : std::as_const(mapped)) {
        if (!column.isMapped())
            continue;
        const bool custom = column.target.startsWith(QLatin1String("custom:"));
        const bool channel = column.target.startsWith(QLatin1String("channel:"));
        if (!custom && !channel)
            continue;   // standard fields exist in every account; RowConverter refuses unknown ones
        const QString key = column.target.mid(column.target.indexOf(QLatin1Char(':')) + 1);
        const FieldDefinition *field = account.find(column.target);
        if (!field) {
            problems.append(
                {column.header, column.target,
                 custom ? tr("the account has no custom field \"%1\". Create the field in Hellomateo (Settings -> "
                             "Custom fields), or change the mapping.")
                              .arg(key)
                        : tr("the account has no marketing channel \"%1\". Create the channel in Hellomateo, or "
                             "change the mapping.")
                              .arg(key)});
            continue;
        }
        if (!custom || column.type.isEmpty())
            continue;   // without a stated type the account's type converts the column
        const QString fieldType = FieldDefinition::typeName(field->type);
        if (!typeAccepts(fieldType, column.type))
            problems.append({column.header, column.target,
                             tr("the custom field \"%1\" is of type %2 in the account, but the profile sends %3 "
                                "values, which it cannot store. Change the field's type in Hellomateo, or change "
                                "the mapping (remove \"type\" to convert the column as %2).")
                                 .arg(key, fieldType, column.type)});
    }
    return problems;
}
