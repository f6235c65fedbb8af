#include "core/preview/ImportPredictor.h"

namespace {

constexpr int kHandles = ContactRowNormalizer::HandleCount;

// Keys of a GET /contact_details row that are not stored contact fields.
bool isMetaColumn(const QString &key)
{
    return key == QLatin1String("id") || key == QLatin1String("created_at") || key == QLatin1String("updated_at") ||
           key == QLatin1String("contact_list_ids");
}

}   // namespace

ImportPredictor::ImportPredictor(ContactRowNormalizer normalizer)
    : m_normalizer(std::move(normalizer))
{
}

void ImportPredictor::index(int at)
{
    const Contact &c = m_contacts.at(at);
    m_byId.insert(c.id, at);
    if (!c.externalId.isEmpty())
        m_byIdentifier[0].insert(c.externalId, at);
    for (int h = 0; h < kHandles; ++h)
        if (!c.handles[h].isEmpty())
            m_byIdentifier[1 + h].insert(c.handles[h], at);
}

void ImportPredictor::unindex(int at)
{
    const Contact &c = m_contacts.at(at);
    if (!c.externalId.isEmpty())
        m_byIdentifier[0].remove(c.externalId);
    for (int h = 0; h < kHandles; ++h)
        if (!c.handles[h].isEmpty())
            m_byIdentifier[1 + h].remove(c.handles[h]);
}

void ImportPredictor::addKnownContact(const QJsonObject &row)
{
    const QString id = row.value(QStringLiteral("id")).toString();
    if (id.isEmpty() || m_byId.contains(id))
        return;
    Contact c;
    c.id = id;
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        // `select` answers a key the contact lacks with null: stored as "absent", like the service.
        if (!isMetaColumn(it.key()) && !it.value().isNull() && !it.value().isUndefined())
            c.data.insert(it.key(), it.value());
    }
    c.externalId = c.data.value(QStringLiteral("external_id")).toString();
    for (int h = 0; h < kHandles; ++h)
        c.handles[h] = c.data.value(ContactRowNormalizer::handleColumns().at(h)).toString();
    m_contacts.append(c);
    index(int(m_contacts.size()) - 1);
}

RowPrediction ImportPredictor::predict(const QJsonObject &payload, qint64 line, const ImportMode &mode)
{
    RowPrediction p;
    p.line = line;
    ContactRowNormalizer::Row row;
    ContactRowNormalizer::Failure failure;
    if (!m_normalizer.normalize(payload, &row, &failure)) {
        p.kind = RowPrediction::Kind::Rejected;
        p.code = failure.code;
        p.message = failure.message;
        return p;   // sent: the service answers with its own message, nothing changes
    }

    // The same choice as the service (sandbox/store/ContactUpserter.cpp, docs/sandbox.md "Identity").
    const auto owner = [this](int column, const QString &value) {
        return value.isEmpty() ? -1 : m_byIdentifier[column].value(value, -1);
    };
    int target = owner(0, row.externalId);
    for (int h = 0; h < kHandles && target < 0; ++h) {
        const int o = owner(1 + h, row.handles[h]);
        if (o >= 0 && (row.externalId.isEmpty() || m_contacts.at(o).externalId.isEmpty()))
            target = o;
    }
    QList<QPair<int, int>> moves;   // (contact, handle)
    for (int h = 0; h < kHandles; ++h) {
        const int o = owner(1 + h, row.handles[h]);
        if (o < 0 || o == target)
            continue;
        if (!m_contacts.at(o).externalId.isEmpty()) {
            p.kind = RowPrediction::Kind::Conflict;
            p.code = QStringLiteral("23505");
            p.message = QStringLiteral("duplicate key value violates unique constraint \"unique_%1\"")
                            .arg(ContactRowNormalizer::handleColumns().at(h));
            for (int column = 0; column <= kHandles; ++column) {
                const QString &value = column == 0 ? row.externalId : row.handles[column - 1];
                if (const int who = owner(column, value); who >= 0)
                    p.claims.append(
                        {ContactRowNormalizer::identifierColumns().at(column), value, m_contacts.at(who).id});
            }
            const ImportMode::Decision decision = mode.decide(p);
            p.sent = decision.send;
            p.skipCode = decision.code;
            p.skipReason = decision.reason;
            return p;   // refused by the service: nothing changes
        }
        moves.append({o, h});
    }

    if (target < 0) {
        p.kind = RowPrediction::Kind::New;
    } else {
        const Contact &c = m_contacts.at(target);
        for (const auto &field : std::as_const(row.fields)) {
            const QJsonValue before = c.data.value(field.first);
            const QJsonValue old = before.isUndefined() ? QJsonValue(QJsonValue::Null) : before;
            if (old != field.second)
                p.changes.append({field.first, old, field.second});
        }
        p.contactId = c.id;
        p.kind = p.changes.isEmpty() ? RowPrediction::Kind::Unchanged : RowPrediction::Kind::Update;
    }
    const ImportMode::Decision decision = mode.decide(p);
    p.sent = decision.send;
    p.skipCode = decision.code;
    p.skipReason = decision.reason;
    if (!p.sent)
        return p;   // never reaches the service: the copy stays as it is

    for (const auto &move : std::as_const(moves)) {
        unindex(move.first);
        Contact &from = m_contacts[move.first];
        from.handles[move.second].clear();
        from.data.remove(ContactRowNormalizer::handleColumns().at(move.second));
        index(move.first);
    }
    if (target < 0) {
        Contact c;
        c.id = QStringLiteral("line:%1").arg(line);
        for (const auto &field : std::as_const(row.fields))
            if (!field.second.isNull())
                c.data.insert(field.first, field.second);
        m_contacts.append(c);
        target = int(m_contacts.size()) - 1;
    } else {
        unindex(target);
        Contact &c = m_contacts[target];
        for (const auto &field : std::as_const(row.fields)) {
            if (field.second.isNull())
                c.data.remove(field.first);
            else
                c.data.insert(field.first, field.second);
        }
    }
    Contact &c = m_contacts[target];
    c.externalId = c.data.value(QStringLiteral("external_id")).toString();
    for (int h = 0; h < kHandles; ++h)
        c.handles[h] = c.data.value(ContactRowNormalizer::handleColumns().at(h)).toString();
    index(target);
    return p;
}
