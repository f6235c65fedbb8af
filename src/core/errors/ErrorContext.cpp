#include "core/errors/ErrorContext.h"

#include "core/mapping/FieldCatalog.h"
#include "core/mapping/MappingProfile.h"

#include <QJsonArray>

QHash<QString, QString> ErrorContext::columnsOf(const MappingProfile &profile)
{
    QHash<QString, QString> columns;
    for (const ColumnMapping &m : profile.columns()) {
        if (!m.isMapped())
            continue;
        const qsizetype colon = m.target.indexOf(QLatin1Char(':'));
        const QString key = colon >= 0 ? m.target.mid(colon + 1) : m.target;
        if (!columns.contains(key))
            columns.insert(key, m.header);
    }
    return columns;
}

QHash<QString, QString> ErrorContext::labelsOf(const FieldCatalog &catalog)
{
    QHash<QString, QString> labels;
    for (const FieldDefinition &f : catalog.fields()) {
        if (f.kind != FieldDefinition::Kind::Standard)
            labels.insert(f.apiKey, f.label);
    }
    return labels;
}

QString ErrorContext::cell(const QString &header) const
{
    const qsizetype i = header.isEmpty() ? -1 : headers.indexOf(header);
    return i >= 0 ? cells.value(i) : QString();
}

QString ErrorContext::sent(const QString &field) const
{
    QJsonValue v = input.value(field);
    if (v.isArray())
        v = v.toArray().first();
    if (v.isString())
        return v.toString();
    if (v.isDouble() || v.isBool())
        return v.toVariant().toString();
    return QString();
}
