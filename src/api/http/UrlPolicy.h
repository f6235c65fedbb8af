#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Where the client may send an API key: HTTPS anywhere, plain HTTP only to this computer
// (127.0.0.0/8, ::1, localhost — the practice sandbox). Redirects only within the same origin.
class UrlPolicy
{
    Q_DECLARE_TR_FUNCTIONS(UrlPolicy)

public:
    static bool isLoopbackHost(const QString &host);
    // Empty when the URL may be used as the API base URL; otherwise a message with the next step.
    static QString checkBaseUrl(const QUrl &url);
    // Same scheme, host and (effective) port.
    static bool sameOrigin(const QUrl &a, const QUrl &b);
    // scheme://host:port — the key for quota usage and messages, never with user info.
    static QString origin(const QUrl &url);
};
