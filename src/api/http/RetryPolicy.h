#pragma once

#include <QByteArray>
#include <QDateTime>

// When to try again: capped exponential backoff with full jitter (delay = random(0, min(cap,
// base·2^attempt))), so many clients that failed together do not come back together; and the
// server's Retry-After, in seconds or as an HTTP-date, wins when it is given.
struct RetryPolicy
{
    int baseDelayMs = 1000;
    int maxDelayMs = 60000;
    int maxAttempts = 8;   // consecutive transient failures before the job pauses
    qint64 longWaitMs = 120000;   // a 429 asking to wait longer than this is the daily quota

    // attempt: 0 for the first retry.
    int backoffMs(int attempt) const;

    // -1 when absent or unreadable; never negative otherwise (a date in the past means "now").
    static qint64 parseRetryAfterMs(const QByteArray &value, const QDateTime &nowUtc);
    static QDateTime parseHttpDate(const QByteArray &value);
};
