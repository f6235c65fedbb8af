#pragma once

#include <QJsonObject>

// Injectable faults (test controls, only with --test-controls). POST /__sandbox/faults takes a JSON
// object; keys present change that fault, absent keys keep their state; {"reset": true} first turns
// everything off. GET /__sandbox/faults shows the state. Faults touch /api/v1 only and are not stored
// (a restart clears them).
//   "latency_ms": N        every API answer is sent N ms late (the request itself is handled at once)
//   "error_rate": 0.0-1.0  that share of API requests is answered with "error_status" (default 503)
//                          without any effect (nothing stored, nothing counted)
//   "error_status": 5xx    the status for error_rate
//   "stall": true|false    API requests are accepted and never answered (the connection stays open)
//   "drop_after_commit": N the next N POST /import requests are committed (the import exists and will
//                          be processed) and then the connection is closed without an answer
//   "truncate_after_commit": N  like drop_after_commit, but the first bytes of the 201 are sent before
//                          the connection closes (Qt's QNetworkAccessManager silently re-sends a POST
//                          whose connection closed before ANY answer byte; with a cut answer it
//                          reports an error instead: the ambiguous case as a client sees it)
//   "storm_429": N         the next N API requests are answered 429 with Retry-After: "storm_retry_after"
//                          seconds (default 1), without effect and without counting against the quota
//   "storm_retry_after": S
//   "revoke_key": true     every API key is refused with 403 until set to false
class SandboxFaults
{
public:
    // False + *error when a value has the wrong type or range; nothing is changed then.
    bool apply(const QJsonObject &changes, QString *error);
    QJsonObject toJson() const;

    int latencyMs() const { return m_latencyMs; }
    bool stall() const { return m_stall; }
    bool revokeKey() const { return m_revokeKey; }
    int errorStatus() const { return m_errorStatus; }
    int stormRetryAfter() const { return m_stormRetryAfter; }
    // A stall, error rate or 429 storm is switched on: requests are answered in front of the service.
    bool actsInFront() const { return m_stall || m_errorRate > 0 || m_storm429 > 0; }
    bool rollError();   // true: answer this request with errorStatus()
    bool takeStorm();   // true: answer this request with 429
    bool takeDrop();   // true: drop this committed import's connection
    bool takeTruncate();   // true: cut this committed import's answer short

private:
    int m_latencyMs = 0;
    double m_errorRate = 0.0;
    int m_errorStatus = 503;
    bool m_stall = false;
    int m_dropAfterCommit = 0;
    int m_truncateAfterCommit = 0;
    int m_storm429 = 0;
    int m_stormRetryAfter = 1;
    bool m_revokeKey = false;
};
