#include "core/journal/BatchState.h"

namespace BatchStates {

QString toString(BatchState state)
{
    switch (state) {
    case BatchState::Planned:
        return QStringLiteral("planned");
    case BatchState::Sending:
        return QStringLiteral("sending");
    case BatchState::Accepted:
        return QStringLiteral("accepted");
    case BatchState::Finished:
        return QStringLiteral("finished");
    case BatchState::Split:
        return QStringLiteral("split");
    case BatchState::Rejected:
        return QStringLiteral("rejected");
    }
    return QStringLiteral("planned");
}

BatchState fromString(const QString &text)
{
    for (BatchState s : {BatchState::Planned, BatchState::Sending, BatchState::Accepted, BatchState::Finished,
                         BatchState::Split, BatchState::Rejected}) {
        if (toString(s) == text)
            return s;
    }
    // An unknown state is treated as Sending so it is reconciled, never blindly resent.
    return BatchState::Sending;
}

bool isDone(BatchState state)
{
    return state == BatchState::Finished || state == BatchState::Split || state == BatchState::Rejected;
}

}
