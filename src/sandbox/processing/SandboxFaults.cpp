#include "sandbox/processing/SandboxFaults.h"

#include <QRandomGenerator>
#include <QStringList>

bool SandboxFaults::apply(const QJsonObject &changes, QString *error)
{
    static const QStringList known{QStringLiteral("reset"),
                                   QStringLiteral("latency_ms"),
                                   QStringLiteral("error_rate"),
                                   QStringLiteral("error_status"),
                                   QStringLiteral("stall"),
                                   QStringLiteral("drop_after_commit"),
                                   QStringLiteral("truncate_after_commit"),
                                   QStringLiteral("storm_429"),
                                   QStringLiteral("storm_retry_after"),
                                   QStringLiteral("revoke_key")};
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            *error = QStringLiteral("unknown fault \"%1\"; known: %2.").arg(it.key(), known.join(QStringLiteral(", ")));
            return false;
        }
        const bool isBool = it.key() == QLatin1String("reset") || it.key() == QLatin1String("stall") ||
                            it.key() == QLatin1String("revoke_key");
        if (isBool ? !it.value().isBool() : !it.value().isDouble()) {
            *error = QStringLiteral("fault \"%1\" needs %2.")
                         .arg(it.key(), isBool ? QStringLiteral("true or false") : QStringLiteral("a number"));
            return false;
        }
        const double number = it.value().toDouble();
        if (!isBool && (number < 0 || (it.key() == QLatin1String("error_rate") && number > 1.0))) {
            *error = QStringLiteral("fault \"%1\" is out of range.").arg(it.key());
            return false;
        }
        if (it.key() == QLatin1String("error_status") && (number < 500 || number > 599)) {
            *error = QStringLiteral("error_status must be a 5xx status.");
            return false;
        }
    }
    SandboxFaults next = changes.value(QStringLiteral("reset")).toBool() ? SandboxFaults() : *this;
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        const QString &key = it.key();
        if (key == QLatin1String("latency_ms"))
            next.m_latencyMs = it.value().toInt();
        else if (key == QLatin1String("error_rate"))
            next.m_errorRate = it.value().toDouble();
        else if (key == QLatin1String("error_status"))
            next.m_errorStatus = it.value().toInt();
        else if (key == QLatin1String("stall"))
            next.m_stall = it.value().toBool();
        else if (key == QLatin1String("drop_after_commit"))
            next.m_dropAfterCommit = it.value().toInt();
        else if (key == QLatin1String("truncate_after_commit"))
            next.m_truncateAfterCommit = it.value().toInt();
        else if (key == QLatin1String("storm_429"))
            next.m_storm429 = it.value().toInt();
        else if (key == QLatin1String("storm_retry_after"))
            next.m_stormRetryAfter = it.value().toInt();
        else if (key == QLatin1String("revoke_key"))
            next.m_revokeKey = it.value().toBool();
    }
    *this = next;
    return true;
}

QJsonObject SandboxFaults::toJson() const
{
    return {{QStringLiteral("latency_ms"), m_latencyMs},
            {QStringLiteral("error_rate"), m_errorRate},
            {QStringLiteral("error_status"), m_errorStatus},
            {QStringLiteral("stall"), m_stall},
            {QStringLiteral("drop_after_commit"), m_dropAfterCommit},
            {QStringLiteral("storm_429"), m_storm429},
            {QStringLiteral("truncate_after_commit"), m_truncateAfterCommit},
            {QStringLiteral("storm_retry_after"), m_stormRetryAfter},
            {QStringLiteral("revoke_key"), m_revokeKey}};
}

bool SandboxFaults::rollError()
{
    return m_errorRate > 0 && QRandomGenerator::global()->generateDouble() < m_errorRate;
}

bool SandboxFaults::takeStorm()
{
    if (m_storm429 <= 0)
        return false;
    --m_storm429;
    return true;
}

bool SandboxFaults::takeDrop()
{
    if (m_dropAfterCommit <= 0)
        return false;
    --m_dropAfterCommit;
    return true;
}

bool SandboxFaults::takeTruncate()
{
    if (m_truncateAfterCommit <= 0)
        return false;
    --m_truncateAfterCommit;
    return true;
}
