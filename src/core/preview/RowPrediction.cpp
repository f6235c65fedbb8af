#include "core/preview/RowPrediction.h"

QString RowPrediction::kindName(Kind kind)
{
    switch (kind) {
    case Kind::New:
        return QStringLiteral("new");
    case Kind::Update:
        return QStringLiteral("update");
    case Kind::Unchanged:
        return QStringLiteral("unchanged");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::Rejected:
        break;
    }
    return QStringLiteral("rejected");
}
