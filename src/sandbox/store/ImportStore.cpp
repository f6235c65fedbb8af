#include "sandbox/store/ImportStore.h"

#include "sandbox/http/JsonText.h"
#include "sandbox/http/PostgrestQuery.h"
#include "sandbox/processing/SandboxClock.h"
#include "sandbox/store/SandboxDatabase.h"
#include "sandbox/store/TimeOrderedUuid.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// API column -> SQL column, for the columns that can be filtered and ordered on.
const QHash<QString, QString> &sqlColumns()
{
    static const QHash<QString, QString> map{
        {QStringLiteral("id"), QStringLiteral("id")},
        {QStringLiteral("created_at"), QStringLiteral("created_at")},
        {QStringLiteral("updated_at"), QStringLiteral("updated_at")},
        {QStringLiteral("organisation_id"), QStringLiteral("organisation_id")},
        {QStringLiteral("type"), QStringLiteral("type")},
        {QStringLiteral("contact_list_id"), QStringLiteral("contact_list_id")},
        {QStringLiteral("failed_url"), QStringLiteral("failed_url")},
        {QStringLiteral("payload_url"), QStringLiteral("payload_url")},
        {QStringLiteral("total_count"), QStringLiteral("total_count")},
        {QStringLiteral("success_count"), QStringLiteral("success_count")},
        {QStringLiteral("failed_count"), QStringLiteral("failed_count")},
        {QStringLiteral("reference_id"), QStringLiteral("reference_id")},
    };
    return map;
}

QJsonValue textOrNull(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
}

}   // namespace

ImportStore::ImportStore(SandboxDatabase &database, SandboxClock &clock, const QString &organisationId)
    : m_database(database)
    , m_clock(clock)
    , m_organisationId(organisationId)
{
}

const QStringList &ImportStore::columns()
{
    static const QStringList all{QStringLiteral("id"),
                                 QStringLiteral("created_at"),
                                 QStringLiteral("updated_at"),
                                 QStringLiteral("organisation_id"),
                                 QStringLiteral("type"),
                                 QStringLiteral("payload"),
                                 QStringLiteral("contact_list_id"),
                                 QStringLiteral("failed_url"),
                                 QStringLiteral("payload_url"),
                                 QStringLiteral("total_count"),
                                 QStringLiteral("success_count"),
                                 QStringLiteral("failed_count"),
                                 QStringLiteral("reference_id"),
                                 QStringLiteral("hints"),
                                 QStringLiteral("failed")};
    return all;
}

QJsonArray ImportStore::payloadFrom(const QByteArray &text, const QVariant &source)
{
    const QJsonDocument document = QJsonDocument::fromJson(text);
    if (source.isNull())
        return document.array();
    const int index = source.toInt();
    const QJsonObject import = index < 0 ? document.object() : document.array().at(index).toObject();
    return import.value(QStringLiteral("payload")).toArray();
}

bool ImportStore::create(const QList<QJsonObject> &imports, const QByteArray &body, bool bodyIsObject, QJsonArray *rows,
                         QList<qint64> *seqs, QString *error)
{
    QSqlQuery insert(m_database.db());
    insert.prepare(QStringLiteral("INSERT INTO imports(id, created_at, updated_at, organisation_id, type, payload,"
                                  " contact_list_id, reference_id, total_count, payload_source)"
                                  " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = m_clock.nowText();
    for (const QJsonObject &import : imports) {
        const QString id = TimeOrderedUuid::create();
        const QJsonArray payload = import.value(QStringLiteral("payload")).toArray();
        const QJsonValue listId = import.value(QStringLiteral("contact_list_id"));
        const QJsonValue referenceId = import.value(QStringLiteral("reference_id"));
        insert.addBindValue(id);
        insert.addBindValue(now);
        insert.addBindValue(now);
        insert.addBindValue(m_organisationId);
        insert.addBindValue(import.value(QStringLiteral("type")).toString());
        // One import: keep the request body as it came (source -1 = the object, 0 = the array's first).
        if (imports.size() == 1) {
            insert.addBindValue(QString::fromUtf8(body));
        } else {
            QByteArray text;
            JsonText::appendValue(text, payload);
            insert.addBindValue(QString::fromUtf8(text));
        }
        insert.addBindValue(listId.isString() ? QVariant(listId.toString()) : QVariant(QMetaType(QMetaType::QString)));
        insert.addBindValue(referenceId.isString() ? QVariant(referenceId.toString())
                                                   : QVariant(QMetaType(QMetaType::QString)));
        insert.addBindValue(qint64(payload.size()));
        insert.addBindValue(imports.size() == 1 ? QVariant(bodyIsObject ? -1 : 0)
                                                : QVariant(QMetaType(QMetaType::Int)));
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
        seqs->append(insert.lastInsertId().toLongLong());
        rows->append(
            QJsonObject{{QStringLiteral("id"), id},
                        {QStringLiteral("created_at"), now},
                        {QStringLiteral("updated_at"), now},
                        {QStringLiteral("organisation_id"), m_organisationId},
                        {QStringLiteral("type"), import.value(QStringLiteral("type"))},
                        {QStringLiteral("payload"), payload},
                        {QStringLiteral("contact_list_id"), listId.isString() ? listId : QJsonValue::Null},
                        {QStringLiteral("failed_url"), QJsonValue::Null},
                        {QStringLiteral("payload_url"), QJsonValue::Null},
                        {QStringLiteral("total_count"), payload.size()},
                        {QStringLiteral("success_count"), 0},
                        {QStringLiteral("failed_count"), 0},
                        {QStringLiteral("reference_id"), referenceId.isString() ? referenceId : QJsonValue::Null},
                        {QStringLiteral("hints"), QJsonArray()},
                        {QStringLiteral("failed"), QJsonArray()}});
    }
    return true;
}

QJsonArray ImportStore::failedOf(qint64 seq) const
{
    QSqlQuery query(m_database.db());
    query.prepare(
        QStringLiteral("SELECT code, message, input FROM import_failures WHERE import_seq = ? ORDER BY row_index"));
    query.addBindValue(seq);
    QJsonArray failed;
    if (!query.exec())
        return failed;
    while (query.next()) {
        failed.append(
            QJsonObject{{QStringLiteral("code"), query.value(0).toString()},
                        {QStringLiteral("message"), query.value(1).toString()},
                        {QStringLiteral("input"), QJsonDocument::fromJson(query.value(2).toByteArray()).object()}});
    }
    return failed;
}

bool ImportStore::list(const PostgrestQuery &query, QJsonArray *rows, qint64 *total, QString *error, bool *badQuery)
{
    *badQuery = true;
    QStringList select = query.select.isEmpty() ? columns() : query.select;
    for (const QString &column : std::as_const(select)) {
        if (!columns().contains(column)) {
            *error = QStringLiteral("column import.%1 does not exist; columns are %2.")
                         .arg(column, columns().join(QStringLiteral(", ")));
            return false;
        }
    }
    QString where;
    QString orderBy;
    QVariantList binds;
    if (!query.whereSql(sqlColumns(), &where, &binds, error) ||
        !query.orderSql(sqlColumns(), QStringLiteral("seq"), &orderBy, error))
        return false;
    *badQuery = false;

    QSqlQuery count(m_database.db());
    count.prepare(QStringLiteral("SELECT COUNT(*) FROM imports") + where);
    for (const QVariant &bind : std::as_const(binds))
        count.addBindValue(bind);
    if (!count.exec() || !count.next()) {
        *error = count.lastError().text();
        return false;
    }
    *total = count.value(0).toLongLong();

    QSqlQuery rowsQuery(m_database.db());
    rowsQuery.prepare(
        QStringLiteral("SELECT seq, id, created_at, updated_at, organisation_id, type, payload, contact_list_id,"
                       " failed_url, payload_url, total_count, success_count, failed_count, reference_id, hints,"
                       " payload_source FROM imports") +
        where + orderBy + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &bind : std::as_const(binds))
        rowsQuery.addBindValue(bind);
    rowsQuery.addBindValue(query.limit);
    rowsQuery.addBindValue(query.offset);
    if (!rowsQuery.exec()) {
        *error = rowsQuery.lastError().text();
        return false;
    }
    while (rowsQuery.next()) {
        QJsonObject row;
        for (const QString &column : std::as_const(select)) {
            const int at = int(columns().indexOf(column));
            if (column == QLatin1String("failed"))
                row.insert(column, failedOf(rowsQuery.value(0).toLongLong()));
            else if (column == QLatin1String("payload"))
                row.insert(column, payloadFrom(rowsQuery.value(at + 1).toByteArray(), rowsQuery.value(15)));
            else if (column == QLatin1String("hints"))
                row.insert(column, QJsonDocument::fromJson(rowsQuery.value(at + 1).toByteArray()).array());
            else if (column.endsWith(QLatin1String("_count")))
                row.insert(column, rowsQuery.value(at + 1).toLongLong());
            else
                row.insert(column, textOrNull(rowsQuery.value(at + 1)));
        }
        rows->append(row);
    }
    return true;
}
