#include "api/http/UrlPolicy.h"

#include <QHostAddress>

bool UrlPolicy::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString UrlPolicy::checkBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("The API URL \"%1\" is not a valid URL. Use e.g. https://integration.getmateo.com/api/v1.")
            .arg(url.toDisplayString(QUrl::RemoveUserInfo));
    if (!url.userInfo().isEmpty())
        return tr("The API URL must not contain a user name or password. Remove them; the API key is taken "
                  "from MATEO_API_KEY or the keychain.");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return QString();
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return QString();
    if (scheme == QLatin1String("http"))
        return tr("The API URL %1 uses plain HTTP, which would send the API key unencrypted. Use https:// "
                  "(plain http is only allowed for 127.0.0.1, ::1 and localhost).")
            .arg(url.toDisplayString(QUrl::RemoveUserInfo));
    return tr("The API URL %1 must start with https://. Use e.g. https://integration.getmateo.com/api/v1.")
        .arg(url.toDisplayString(QUrl::RemoveUserInfo));
}

bool UrlPolicy::sameOrigin(const QUrl &a, const QUrl &b)
{
    const QString scheme = a.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    return scheme == b.scheme().toLower() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort) == b.port(defaultPort);
}

QString UrlPolicy::origin(const QUrl &url)
{
    const int defaultPort = url.scheme().toLower() == QLatin1String("https") ? 443 : 80;
    return QStringLiteral("%1://%2:%3").arg(url.scheme().toLower(), url.host().toLower()).arg(url.port(defaultPort));
}
