#include "sandbox/store/ContactUpserter.h"

#include "core/identity/ContactRowNormalizer.h"
#include "sandbox/http/JsonText.h"
#include "sandbox/store/SandboxDatabase.h"
#include "sandbox/store/SandboxOrganisation.h"
#include "sandbox/store/TimeOrderedUuid.h"

#include <QJsonDocument>

namespace {

constexpr int kHandles = 6;

struct Existing
{
    qint64 seq = 0;
    QString id;
    QString externalId;
    QString handles[kHandles];
    QByteArray data;
};

}   // namespace

const QStringList &ContactUpserter::handleColumns()
{
    return ContactRowNormalizer::handleColumns();
}

ContactUpserter::ContactUpserter(SandboxDatabase &database, const SandboxOrganisation &organisation)
    : m_database(database)
    , m_organisation(organisation)
    , m_normalizer(ContactRowNormalizer::Schema{
          [&organisation](const QString &key) { return organisation.customFieldType(key); },
          [&organisation](const QString &key) { return organisation.isChannel(key); }})
{
}

bool ContactUpserter::prepare()
{
    if (m_prepared)
        return true;
    sqlite3 *db = m_database.handle();
    bool ok = db != nullptr;
    ok = ok && m_insert.prepare(db, "INSERT INTO contacts(id, external_id, email, whatsapp, sms, instagram, facebook,"
                                    " google_business_messaging, data, created_at, updated_at)"
                                    " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)");
    ok = ok && m_update.prepare(db, "UPDATE contacts SET external_id = ?2, email = ?3, whatsapp = ?4, sms = ?5,"
                                    " instagram = ?6, facebook = ?7, google_business_messaging = ?8, data = ?9,"
                                    " updated_at = ?10 WHERE seq = ?1");
    ok = ok &&
         m_addToList.prepare(db, "INSERT OR IGNORE INTO contact_list_members(list_id, contact_id) VALUES(?1, ?2)");
    for (int h = 0; h < kHandles && ok; ++h) {
        const QByteArray column = handleColumns().at(h).toLatin1();
        ok = m_clearHandle[h].prepare(db, QByteArray("UPDATE contacts SET " + column +
                                                     " = NULL, data = json_remove(data, '$." + column +
                                                     "'), updated_at = ?1 WHERE seq = ?2")
                                              .constData());
    }
    if (!ok)
        SandboxDatabase::report(QStringLiteral("preparing the contact statements"),
                                db ? m_insert.errorText() : QStringLiteral("no SQLite handle"));
    m_prepared = ok;
    return ok;
}

SqliteStatement &ContactUpserter::findStatement(int presentMask)
{
    // Only the identifiers the row has: fewer index probes than one statement with seven ORs.
    SqliteStatement &statement = m_find[presentMask];
    if (statement.isValid())
        return statement;
    QByteArray sql(
        "SELECT seq, id, external_id, email, whatsapp, sms, instagram, facebook, google_business_messaging, data"
        " FROM contacts WHERE ");
    static const char *const columns[] = {
        "external_id", "email", "whatsapp", "sms", "instagram", "facebook", "google_business_messaging"};
    bool first = true;
    for (int i = 0; i < 7; ++i) {
        if (!(presentMask & (1 << i)))
            continue;
        sql += QByteArray(first ? "" : " OR ") + columns[i] + " = ?" + QByteArray::number(i + 1);
        first = false;
    }
    statement.prepare(m_database.handle(), sql.constData());
    return statement;
}

ContactUpserter::Outcome ContactUpserter::apply(const QJsonValue &rowValue, const QString &listId, const QString &now)
{
    Outcome outcome;
    if (!rowValue.isObject()) {
        outcome.code = QStringLiteral("22023");
        outcome.message = QStringLiteral("payload element is not a JSON object");
        return outcome;
    }
    ContactRowNormalizer::Row row;
    ContactRowNormalizer::Failure failure;
    if (!m_normalizer.normalize(rowValue.toObject(), &row, &failure)) {
        outcome.code = failure.code;
        outcome.message = failure.message;
        return outcome;
    }
    if (!prepare()) {
        outcome.code = QStringLiteral("XX000");
        outcome.message = QStringLiteral("internal error preparing statements");
        outcome.internal = true;
        return outcome;
    }

    // Everyone who owns one of the row's identifiers.
    const auto internalError = [&outcome](const SqliteStatement &statement) {
        outcome.code = QStringLiteral("XX000");
        outcome.message = statement.errorText();
        outcome.internal = true;
        return outcome;
    };
    int presentMask = row.externalId.isEmpty() ? 0 : 1;
    for (int h = 0; h < kHandles; ++h)
        presentMask |= row.handles[h].isEmpty() ? 0 : (2 << h);
    QList<Existing> owners;
    if (presentMask != 0) {
        SqliteStatement &find = findStatement(presentMask);
        if (!find.isValid())
            return internalError(find);
        if (presentMask & 1)
            find.bindText(1, row.externalId);
        for (int h = 0; h < kHandles; ++h)
            if (presentMask & (2 << h))
                find.bindText(2 + h, row.handles[h]);
        bool hasRow = false;
        bool ok = true;
        while ((ok = find.step(&hasRow)) && hasRow) {
            Existing e;
            e.seq = find.columnInt(0);
            e.id = find.columnText(1);
            e.externalId = find.columnText(2);
            for (int h = 0; h < kHandles; ++h)
                e.handles[h] = find.columnText(3 + h);
            e.data = find.columnBytes(3 + kHandles);
            owners << e;
        }
        find.reset();
        if (!ok)
            return internalError(find);
    }

    const Existing *target = nullptr;
    if (!row.externalId.isEmpty()) {
        for (const Existing &e : std::as_const(owners))
            if (e.externalId == row.externalId)
                target = &e;
    }
    for (int h = 0; h < kHandles && !target; ++h) {
        if (row.handles[h].isEmpty())
            continue;
        for (const Existing &e : std::as_const(owners))
            if (e.handles[h] == row.handles[h] && (row.externalId.isEmpty() || e.externalId.isEmpty()))
                target = &e;
    }
    QList<QPair<const Existing *, int>> moves;
    for (int h = 0; h < kHandles; ++h) {
        if (row.handles[h].isEmpty())
            continue;
        for (const Existing &e : std::as_const(owners)) {
            if (&e == target || e.handles[h] != row.handles[h])
                continue;
            if (!e.externalId.isEmpty()) {
                outcome.code = QStringLiteral("23505");
                outcome.message = QStringLiteral("duplicate key value violates unique constraint \"unique_%1\"")
                                      .arg(handleColumns().at(h));
                return outcome;
            }
            moves << qMakePair(&e, h);
        }
    }

    const QString targetId = target ? target->id : TimeOrderedUuid::create();
    for (const auto &move : std::as_const(moves)) {
        SqliteStatement &clear = m_clearHandle[move.second];
        clear.bindText(1, now);
        clear.bindInt(2, move.first->seq);
        if (!clear.exec())
            return internalError(clear);
        const QString column = handleColumns().at(move.second);
        outcome.hints.append(QJsonObject{
            {QStringLiteral("code"), QStringLiteral("handle_moved")},
            {QStringLiteral("message"),
             QStringLiteral("%1 \"%2\" moved from contact %3 to contact %4%5")
                 .arg(column, row.handles[move.second], move.first->id, targetId,
                      row.externalId.isEmpty() ? QString()
                                               : QStringLiteral(" (external_id \"%1\")").arg(row.externalId))},
            {QStringLiteral("input"), rowValue}});
    }

    // The stored fields: for a new contact straight from the row; for an update merged into the old.
    QByteArray dataText;
    QString stored[1 + kHandles];   // external_id, handles
    const auto storedIndex = [](const QString &key) {
        if (key == QLatin1String("external_id"))
            return 0;
        const int handle = int(handleColumns().indexOf(key));
        return handle < 0 ? -1 : handle + 1;
    };
    if (!target) {
        dataText.reserve(256);
        dataText += '{';
        for (const auto &field : std::as_const(row.fields)) {
            if (field.second.isNull())
                continue;
            if (dataText.size() > 1)
                dataText += ',';
            JsonText::appendString(dataText, field.first);
            dataText += ':';
            JsonText::appendValue(dataText, field.second);
            if (const int at = storedIndex(field.first); at >= 0)
                stored[at] = field.second.toString();
        }
        dataText += '}';
    } else {
        QJsonObject data = QJsonDocument::fromJson(target->data).object();
        for (const auto &field : std::as_const(row.fields)) {
            if (field.second.isNull())
                data.remove(field.first);
            else
                data.insert(field.first, field.second);
        }
        JsonText::appendValue(dataText, data);
        stored[0] = data.value(QStringLiteral("external_id")).toString();
        for (int h = 0; h < kHandles; ++h)
            stored[h + 1] = data.value(handleColumns().at(h)).toString();
    }

    SqliteStatement &write = target ? m_update : m_insert;
    if (target)
        write.bindInt(1, target->seq);
    else
        write.bindText(1, targetId);
    for (int i = 0; i < 1 + kHandles; ++i)
        write.bindText(2 + i, stored[i]);
    write.bindText(9, dataText);
    write.bindText(10, now);
    if (!write.exec())
        return internalError(write);

    if (!listId.isEmpty()) {
        m_addToList.bindText(1, listId);
        m_addToList.bindText(2, targetId);
        if (!m_addToList.exec())
            return internalError(m_addToList);
    }
    outcome.ok = true;
    return outcome;
}

bool ContactUpserter::isContactColumn(const QString &key) const
{
    // external_id is a column of every contact row (the identity key), not one of the payload's fields.
    static const QStringList rowColumns{QStringLiteral("id"), QStringLiteral("external_id"),
                                        QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                        QStringLiteral("contact_list_ids")};
    return rowColumns.contains(key) || handleColumns().contains(key) || ContactRowNormalizer::isStandardField(key) ||
           !m_organisation.customFieldType(key).isEmpty() || m_organisation.isChannel(key);
}
