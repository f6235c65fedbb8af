#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QString>

// The outcome of one HTTP exchange with the API, as a value: what happened, the parsed JSON, and —
// on failure — the API's code/message/hint and a translated text that says what to do next.
struct ApiResult
{
    enum class Kind {
        Ok,   // 2xx with valid JSON (or an empty body)
        HttpError,   // the server answered with a 4xx/5xx status
        Timeout,   // no data within the transfer timeout
        Network,   // refused, reset, DNS, ...: nothing (or not all) came back
        Tls,   // certificate or handshake problem (never ignored)
        Redirect,   // redirected to another origin: refused, no key was sent there
        InvalidJson,   // a 2xx whose body is not JSON
        Cancelled   // aborted by us (pause/cancel)
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;
    QJsonDocument json;
    QString code;   // the API's "code"
    QString apiMessage;   // the API's "message"
    QString hint;   // the API's "hint"
    qint64 retryAfterMs = -1;
    QDateTime serverDate;   // the response's Date header (UTC), if any
    QByteArray contentRange;   // a list's "FIRST-LAST/TOTAL" (PostgREST paging), if any
    QString errorText;   // for the user: the request, what happened, the hint, the next step

    // TOTAL of Content-Range, or -1 when unknown ("*").
    qint64 rangeTotal() const
    {
        bool ok = false;
        const qint64 total = contentRange.mid(contentRange.indexOf('/') + 1).toLongLong(&ok);
        return ok && contentRange.contains('/') ? total : -1;
    }

    bool ok() const { return kind == Kind::Ok; }
    bool isAuthError() const { return kind == Kind::HttpError && (httpStatus == 401 || httpStatus == 403); }
    bool isRateLimited() const { return kind == Kind::HttpError && httpStatus == 429; }
    // Worth trying again (after a delay): 5xx, 408, timeouts and lost connections. 429 is handled apart.
    bool isTransient() const
    {
        return kind == Kind::Timeout || kind == Kind::Network ||
               (kind == Kind::HttpError && (httpStatus >= 500 || httpStatus == 408));
    }
};
