#include "core/journal/JournalJob.h"

JournalJob JournalJob::describe(const SourceFingerprint &source, const QStringList &headers,
                                const SourceDescription &description, const QByteArray &profileJson, int batchSize,
                                qint64 totalRows)
{
    JournalJob job;
    job.source = source;
    job.headers = headers;
    job.encoding = description.encoding.value;
    job.delimiter = description.format == QLatin1String("xlsx") ? QStringLiteral(";") : description.delimiter.value;
    job.bom = description.bom;
    job.profileJson = profileJson;
    job.batchSize = batchSize;
    job.totalRows = totalRows;
    return job;
}

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
