#include "app/selftest/TlsCheck.h"

#include <QSslSocket>

QString TlsCheck::name() const
{
    return tr("TLS (HTTPS)");
}

SelfCheck::Outcome TlsCheck::run()
{
    if (!QSslSocket::supportsSsl()) {
        return fail(
            tr("no TLS backend (available: %1)").arg(QSslSocket::availableBackends().join(QLatin1String(", "))));
    }
    return pass(QStringLiteral("%1, %2").arg(QSslSocket::activeBackend(), QSslSocket::sslLibraryVersionString()));
}
