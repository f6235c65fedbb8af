#include "core/preview/ImportMode.h"

bool ImportMode::parse(const QString &name, Kind *kind)
{
    for (Kind k : {Kind::CreateAndUpdate, Kind::CreateOnly, Kind::UpdateOnly}) {
        if (name == ImportMode::name(k)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString ImportMode::name(Kind kind)
{
    switch (kind) {
    case Kind::CreateOnly:
        return QStringLiteral("create-only");
    case Kind::UpdateOnly:
        return QStringLiteral("update-only");
    case Kind::CreateAndUpdate:
        break;
    }
    return QStringLiteral("create-and-update");
}

namespace {

// A contact as the user knows it: its id, or the line of this file that creates it.
QString contactName(const QString &id)
{
    if (id.startsWith(QLatin1String("line:")))
        return ImportMode::tr("the contact line %1 of this file creates").arg(id.mid(5));
    return ImportMode::tr("contact %1").arg(id);
}

}   // namespace

ImportMode::Decision ImportMode::decide(const RowPrediction &p) const
{
    using K = RowPrediction::Kind;
    Decision d;
    const auto skip = [&d](const QString &code, const QString &reason) {
        d.send = false;
        d.code = code;
        d.reason = reason;
    };
    const bool matches = p.kind == K::Update || p.kind == K::Unchanged;
    if (p.kind == K::Conflict) {
        QStringList owners;
        for (const RowPrediction::Claim &c : p.claims)
            owners << tr("%1 \"%2\" belongs to %3").arg(c.column, c.value, contactName(c.contactId));
        skip(QStringLiteral("conflict"),
             tr("Not sent: Hellomateo would refuse this row because its identifiers belong to different contacts "
                "(%1). Fix the identifiers, or merge the contacts in Hellomateo.")
                 .arg(owners.join(QStringLiteral("; "))));
    } else if (kind == Kind::CreateOnly && matches) {
        skip(QStringLiteral("skipped_exists"),
             tr("Not sent (create only): it matches %1.").arg(contactName(p.contactId)));
    } else if (kind == Kind::UpdateOnly && p.kind == K::New) {
        skip(QStringLiteral("skipped_new"), tr("Not sent (update only): no contact matches this row."));
    } else if (skipUnchanged && p.kind == K::Unchanged) {
        skip(QStringLiteral("skipped_unchanged"),
             tr("Not sent: %1 already has every value of this row.").arg(contactName(p.contactId)));
    }
    return d;
}
