#pragma once

#include "api/http/ApiClient.h"
#include "api/http/ApiRequest.h"

#include <QEventLoop>
#include <QTimer>

// The wizard keeps the API key only inside its ApiClient. A test sees which key it holds by asking
// the server: an authenticated GET through the session's own client succeeds only with an accepted key.
inline bool clientAuthenticates(ApiClient *client)
{
    if (!client->hasApiKey())
        return false;
    ApiRequest *request = client->get(QStringLiteral("custom_field"));
    ApiResult result;
    QEventLoop loop;
    QObject::connect(request, &ApiRequest::finished, &loop, [&](const ApiResult &r) {
        result = r;
        loop.quit();
    });
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    request->start();
    loop.exec();
    return result.ok();
}
