#include "core/journal/JournalJob.h"

QString JournalJob::stateName(State state)
{
    switch (state) {
    case State::Running:
        return QStringLiteral("running");
    case State::Paused:
        return QStringLiteral("paused");
    case State::PausedQuota:
        return QStringLiteral("paused_quota");
    case State::PausedAuth:
        return QStringLiteral("paused_auth");
    case State::PausedConnection:
        return QStringLiteral("paused_connection");
    case State::Finished:
        return QStringLiteral("finished");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("running");
}

JournalJob::State JournalJob::stateFromName(const QString &name)
{
    for (State s : {State::Running, State::Paused, State::PausedQuota, State::PausedAuth, State::PausedConnection,
                    State::Finished, State::Cancelled}) {
        if (stateName(s) == name)
            return s;
    }
    return State::Running;
}
