#include "sandbox/http/PostgrestQuery.h"

namespace {

// Splits `a,"b,c",d` (the inside of in.(...)) honouring double quotes.
QStringList splitList(const QString &text)
{
    QStringList out;
    QString current;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (c == QLatin1Char('\\') && quoted && i + 1 < text.size()) {
            current += text.at(++i);
        } else if (c == QLatin1Char(',') && !quoted) {
            out << current;
            current.clear();
        } else {
            current += c;
        }
    }
    out << current;
    return out;
}

const QStringList kOps{QStringLiteral("eq"), QStringLiteral("neq"), QStringLiteral("gt"),   QStringLiteral("gte"),
                       QStringLiteral("lt"), QStringLiteral("lte"), QStringLiteral("like"), QStringLiteral("ilike"),
                       QStringLiteral("in"), QStringLiteral("is")};

}   // namespace

bool PostgrestQuery::parse(const QUrlQuery &query, const QByteArray &rangeHeader, PostgrestQuery *out, QString *error)
{
    PostgrestQuery q;
    int limit = maxRows;
    if (!rangeHeader.isEmpty()) {
        const QList<QByteArray> parts = rangeHeader.trimmed().split('-');
        bool okFirst = false;
        bool okLast = true;
        const int first = parts.value(0).trimmed().toInt(&okFirst);
        const QByteArray lastText = parts.value(1).trimmed();
        const int last = lastText.isEmpty() ? -1 : lastText.toInt(&okLast);
        if (parts.size() != 2 || !okFirst || !okLast || first < 0 || (last >= 0 && last < first)) {
            *error = QStringLiteral("Range header \"%1\" is not of the form FIRST-LAST (e.g. 0-19).")
                         .arg(QString::fromLatin1(rangeHeader));
            return false;
        }
        q.offset = first;
        if (last >= 0)
            limit = last - first + 1;
    }
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        const QString &key = item.first;
        const QString &value = item.second;
        if (key == QLatin1String("select")) {
            for (const QString &column : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString name = column.trimmed();
                if (name != QLatin1String("*"))
                    q.select << name;
                else
                    q.select.clear();
                if (name == QLatin1String("*"))
                    break;
            }
        } else if (key == QLatin1String("order")) {
            for (const QString &term : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QStringList parts = term.trimmed().split(QLatin1Char('.'));
                Order o{parts.value(0), false};
                for (int i = 1; i < parts.size(); ++i) {
                    if (parts.at(i) == QLatin1String("desc"))
                        o.descending = true;
                    else if (parts.at(i) != QLatin1String("asc") && !parts.at(i).startsWith(QLatin1String("nulls"))) {
                        *error = QStringLiteral("order term \"%1\" is not COLUMN.asc or COLUMN.desc.").arg(term);
                        return false;
                    }
                }
                q.order << o;
            }
        } else if (key == QLatin1String("limit") || key == QLatin1String("offset")) {
            bool ok = false;
            const int number = value.toInt(&ok);
            if (!ok || number < 0) {
                *error = QStringLiteral("%1=%2 is not a non-negative whole number.").arg(key, value);
                return false;
            }
            if (key == QLatin1String("limit"))
                limit = qMin(limit, number);
            else
                q.offset += number;
        } else {
            Filter f;
            f.column = key;
            QString rest = value;
            if (rest.startsWith(QLatin1String("not."))) {
                f.negated = true;
                rest = rest.mid(4);
            }
            const int dot = int(rest.indexOf(QLatin1Char('.')));
            f.op = dot < 0 ? rest : rest.left(dot);
            const QString operand = dot < 0 ? QString() : rest.mid(dot + 1);
            if (!kOps.contains(f.op) || dot < 0) {
                *error =
                    QStringLiteral("filter %1=%2 is not understood; write %1=eq.VALUE or %1=in.(A,B).").arg(key, value);
                return false;
            }
            if (f.op == QLatin1String("in")) {
                if (!operand.startsWith(QLatin1Char('(')) || !operand.endsWith(QLatin1Char(')'))) {
                    *error =
                        QStringLiteral("filter %1=%2: the list must be in parentheses, e.g. in.(A,B).").arg(key, value);
                    return false;
                }
                f.values = splitList(operand.mid(1, operand.size() - 2));
            } else {
                f.values << (operand.size() >= 2 && operand.startsWith(QLatin1Char('"')) &&
                                     operand.endsWith(QLatin1Char('"'))
                                 ? operand.mid(1, operand.size() - 2)
                                 : operand);
            }
            if (f.op == QLatin1String("is") &&
                !QStringList{QStringLiteral("null"), QStringLiteral("true"), QStringLiteral("false")}.contains(
                    f.values.first().toLower())) {
                *error = QStringLiteral("filter %1=%2: is. takes null, true or false.").arg(key, value);
                return false;
            }
            q.filters << f;
        }
    }
    q.limit = qMin(limit, int(maxRows));
    *out = q;
    return true;
}

bool PostgrestQuery::whereSql(const QHash<QString, QString> &columns, QString *where, QVariantList *binds,
                              QString *error, const Normalizer &normalize) const
{
    QStringList terms;
    for (const Filter &f : filters) {
        const auto column = columns.constFind(f.column);
        if (column == columns.constEnd()) {
            *error = QStringLiteral("column \"%1\" does not exist or cannot be filtered on.").arg(f.column);
            return false;
        }
        const auto value = [&](const QString &v) { return normalize ? normalize(f.column, v) : v; };
        QString term;
        if (f.op == QLatin1String("in")) {
            QStringList marks;
            for (const QString &v : f.values) {
                marks << QStringLiteral("?");
                *binds << value(v);
            }
            term = *column + QStringLiteral(" IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
        } else if (f.op == QLatin1String("is")) {
            const QString what = f.values.first().toLower();
            term = *column + (what == QLatin1String("null")
                                  ? QStringLiteral(" IS NULL")
                                  : QStringLiteral(" = ") +
                                        (what == QLatin1String("true") ? QLatin1Char('1') : QLatin1Char('0')));
        } else if (f.op == QLatin1String("like") || f.op == QLatin1String("ilike")) {
            term = *column + QStringLiteral(" LIKE ?");
            *binds << QString(f.values.first()).replace(QLatin1Char('*'), QLatin1Char('%'));
        } else {
            static const QHash<QString, QString> sqlOps{
                {QStringLiteral("eq"), QStringLiteral("=")}, {QStringLiteral("neq"), QStringLiteral("<>")},
                {QStringLiteral("gt"), QStringLiteral(">")}, {QStringLiteral("gte"), QStringLiteral(">=")},
                {QStringLiteral("lt"), QStringLiteral("<")}, {QStringLiteral("lte"), QStringLiteral("<=")}};
            term = *column + QLatin1Char(' ') + sqlOps.value(f.op) + QStringLiteral(" ?");
            *binds << value(f.values.first());
        }
        terms << (f.negated ? QStringLiteral("NOT (") + term + QLatin1Char(')') : term);
    }
    *where = terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    return true;
}

bool PostgrestQuery::orderSql(const QHash<QString, QString> &columns, const QString &fallback, QString *orderBy,
                              QString *error) const
{
    QStringList terms;
    for (const Order &o : order) {
        const auto column = columns.constFind(o.column);
        if (column == columns.constEnd()) {
            *error = QStringLiteral("cannot order by \"%1\": no such column.").arg(o.column);
            return false;
        }
        terms << *column + (o.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
    }
    terms << fallback;
    *orderBy = QStringLiteral(" ORDER BY ") + terms.join(QStringLiteral(", "));
    return true;
}
