#include "core/preview/LookupPlan.h"

#include "core/validate/SendableRows.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

#include <algorithm>

QString LookupPlan::inFilter(const QStringList &values)
{
    QString out = QStringLiteral("in.(");
    for (int i = 0; i < values.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        QString value = values.at(i);
        value.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
        out += QLatin1Char('"') + value + QLatin1Char('"');
    }
    return out + QLatin1Char(')');
}

LookupPlan LookupPlan::build(const SendableRows &rows, const ContactRowNormalizer &normalizer, int maxQueryBytes)
{
    constexpr int kColumns = 1 + ContactRowNormalizer::HandleCount;
    LookupPlan plan;
    QSet<QString> seen[kColumns];
    Batch pending[kColumns];
    int pendingBytes[kColumns] = {};
    QSet<QString> keys;
    const auto flush = [&](int column) {
        if (!pending[column].values.isEmpty())
            plan.batches.append(pending[column]);
        pending[column] = Batch{column, {}, 0};
        pendingBytes[column] = 0;
    };
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject payload = QJsonDocument::fromJson(rows.payload(i).toByteArray()).object();
        for (auto it = payload.constBegin(); it != payload.constEnd(); ++it)
            keys.insert(it.key());
        ContactRowNormalizer::Row row;
        ContactRowNormalizer::Failure failure;
        if (!normalizer.normalize(payload, &row, &failure))
            continue;   // the service refuses the row whatever exists: nothing to look up
        for (int column = 0; column < kColumns; ++column) {
            const QString &value = column == 0 ? row.externalId : row.handles[column - 1];
            if (value.isEmpty() || seen[column].contains(value))
                continue;
            seen[column].insert(value);
            ++plan.identifiers;
            // Percent-encoded, quoted and separated: what the value adds to the URL.
            const int bytes = int(QUrl::toPercentEncoding(value).size()) + 7;
            if (!pending[column].values.isEmpty() && pendingBytes[column] + bytes > maxQueryBytes)
                flush(column);
            if (pending[column].values.isEmpty())
                pending[column] = Batch{column, {}, i};
            pending[column].values.append(value);
            pendingBytes[column] += bytes;
        }
    }
    for (int column = 0; column < kColumns; ++column)
        flush(column);
    std::stable_sort(plan.batches.begin(), plan.batches.end(),
                     [](const Batch &a, const Batch &b) { return a.firstRow < b.firstRow; });

    plan.selectColumns << QStringLiteral("id") << ContactRowNormalizer::identifierColumns();
    keys.remove(QStringLiteral("country_codes"));   // how phones are read, not a stored field
    QStringList others(keys.begin(), keys.end());
    others.sort();
    for (const QString &key : std::as_const(others))
        if (!plan.selectColumns.contains(key))
            plan.selectColumns << key;
    return plan;
}
