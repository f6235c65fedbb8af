#include "core/preview/PreviewResult.h"

#include <QJsonArray>

qint64 PreviewResult::count(RowPrediction::Kind kind) const
{
    qint64 n = 0;
    for (const RowPrediction &p : predictions)
        n += p.kind == kind ? 1 : 0;
    return n;
}

QJsonObject PreviewResult::toJson(int maxListed) const
{
    using K = RowPrediction::Kind;
    QJsonArray updates;
    QJsonArray conflicts;
    for (const RowPrediction &p : predictions) {
        if (p.kind == K::Update && updates.size() < maxListed) {
            QJsonObject changes;
            for (const RowPrediction::Change &c : p.changes)
                changes.insert(c.field, QJsonArray{c.before, c.after});
            updates.append(QJsonObject{{QStringLiteral("line"), p.line},
                                       {QStringLiteral("contact_id"), p.contactId},
                                       {QStringLiteral("changes"), changes}});
        } else if (p.kind == K::Conflict && conflicts.size() < maxListed) {
            QJsonObject identifiers;
            for (const RowPrediction::Claim &c : p.claims)
                identifiers.insert(c.column, c.contactId);
            conflicts.append(QJsonObject{{QStringLiteral("line"), p.line},
                                         {QStringLiteral("identifiers"), identifiers},
                                         {QStringLiteral("message"), p.message}});
        }
    }
    return QJsonObject{{QStringLiteral("rows"), rows},
                       {QStringLiteral("sendable"), sendable},
                       {QStringLiteral("predicted"), qint64(predictions.size())},
                       {QStringLiteral("new"), count(K::New)},
                       {QStringLiteral("update"), count(K::Update)},
                       {QStringLiteral("unchanged"), count(K::Unchanged)},
                       {QStringLiteral("conflict"), count(K::Conflict)},
                       {QStringLiteral("rejected"), count(K::Rejected)},
                       {QStringLiteral("requests_planned"), requestsPlanned},
                       {QStringLiteral("requests_used"), requestsUsed},
                       {QStringLiteral("complete"), complete},
                       {QStringLiteral("updates"), updates},
                       {QStringLiteral("conflicts"), conflicts}};
}
