#pragma once

#include <QHash>
#include <QList>
#include <QStringList>
#include <QUrlQuery>
#include <QVariantList>

#include <functional>

// The PostgREST query language the real API speaks, as far as the sandbox serves it:
// `select=a,b`, filters `col=eq.V` / `neq` / `gt` / `gte` / `lt` / `lte` / `like` / `in.(a,b)` /
// `is.null` (each optionally `not.`), `order=col.desc,col2.asc`, `limit`, `offset` and the
// `Range: 0-19` header. At most `maxRows` rows are returned whatever the client asks for.
class PostgrestQuery
{
public:
    static constexpr int maxRows = 50;

    struct Filter
    {
        QString column;
        QString op;
        QStringList values;
        bool negated = false;
    };
    struct Order
    {
        QString column;
        bool descending = false;
    };

    // False + *error (saying which parameter is wrong) when the query cannot be read.
    static bool parse(const QUrlQuery &query, const QByteArray &rangeHeader, PostgrestQuery *out, QString *error);

    // Turns filters and order into SQL over `columns` (API name -> SQL column). `normalize` may
    // rewrite a filter value (e.g. an e-mail to lower case). False + *error on unknown columns.
    using Normalizer = std::function<QString(const QString &column, const QString &value)>;
    bool whereSql(const QHash<QString, QString> &columns, QString *where, QVariantList *binds, QString *error,
                  const Normalizer &normalize = {}) const;
    bool orderSql(const QHash<QString, QString> &columns, const QString &fallback, QString *orderBy,
                  QString *error) const;

    QStringList select;   // empty = every column
    QList<Filter> filters;
    QList<Order> order;
    int limit = maxRows;
    int offset = 0;
};
