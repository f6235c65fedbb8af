#include "sandbox/store/ContactStore.h"

#include "core/identity/FieldNormalizer.h"
#include "sandbox/http/PostgrestQuery.h"
#include "sandbox/store/ContactUpserter.h"
#include "sandbox/store/SandboxDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QHash<QString, QString> &sqlColumns()
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m{{QStringLiteral("id"), QStringLiteral("id")},
                                  {QStringLiteral("external_id"), QStringLiteral("external_id")},
                                  {QStringLiteral("created_at"), QStringLiteral("created_at")},
                                  {QStringLiteral("updated_at"), QStringLiteral("updated_at")}};
        for (const QString &handle : ContactUpserter::handleColumns())
            m.insert(handle, handle);
        return m;
    }();
    return map;
}

// Filter values are compared with stored (normalised) values: e-mails in lower case, phones as E.164.
QString normalizeFilter(const QString &column, const QString &value)
{
    if (column == QLatin1String("email"))
        return value.trimmed().toLower();
    if (column == QLatin1String("whatsapp") || column == QLatin1String("sms")) {
        QString text = value.trimmed();
        if (!text.isEmpty() && text.at(0).isDigit() && !text.startsWith(QLatin1Char('0')))
            text.prepend(QLatin1Char('+'));   // a '+' that a URL turned into a space
        const QString e164 = FieldNormalizer::e164(text, {});
        return e164.isEmpty() ? value : e164;
    }
    return value;
}

}   // namespace

ContactStore::ContactStore(SandboxDatabase &database)
    : m_database(database)
{
}

bool ContactStore::list(const PostgrestQuery &query, QJsonArray *rows, qint64 *total, QString *error, bool *badQuery)
{
    *badQuery = true;
    QString where;
    QString orderBy;
    QVariantList binds;
    if (!query.whereSql(sqlColumns(), &where, &binds, error, normalizeFilter) ||
        !query.orderSql(sqlColumns(), QStringLiteral("seq"), &orderBy, error))
        return false;
    *badQuery = false;

    QSqlQuery count(m_database.db());
    count.prepare(QStringLiteral("SELECT COUNT(*) FROM contacts") + where);
    for (const QVariant &bind : std::as_const(binds))
        count.addBindValue(bind);
    if (!count.exec() || !count.next()) {
        *error = count.lastError().text();
        return false;
    }
    *total = count.value(0).toLongLong();

    QSqlQuery select(m_database.db());
    select.prepare(
        QStringLiteral("SELECT id, data, created_at, updated_at,"
                       " (SELECT json_group_array(list_id) FROM contact_list_members WHERE contact_id = contacts.id)"
                       " FROM contacts") +
        where + orderBy + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &bind : std::as_const(binds))
        select.addBindValue(bind);
    select.addBindValue(query.limit);
    select.addBindValue(query.offset);
    if (!select.exec()) {
        *error = select.lastError().text();
        return false;
    }
    while (select.next()) {
        QJsonObject contact = QJsonDocument::fromJson(select.value(1).toByteArray()).object();
        contact.insert(QStringLiteral("id"), select.value(0).toString());
        contact.insert(QStringLiteral("created_at"), select.value(2).toString());
        contact.insert(QStringLiteral("updated_at"), select.value(3).toString());
        contact.insert(QStringLiteral("contact_list_ids"),
                       QJsonDocument::fromJson(select.value(4).toByteArray()).array());
        if (!query.select.isEmpty()) {
            QJsonObject picked;
            for (const QString &column : query.select)
                picked.insert(column, contact.value(column).isUndefined() ? QJsonValue(QJsonValue::Null)
                                                                          : contact.value(column));
            contact = picked;
        }
        rows->append(contact);
    }
    return true;
}
