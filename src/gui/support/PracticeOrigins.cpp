#include "gui/support/PracticeOrigins.h"

#include "api/http/UrlPolicy.h"

#include <QSettings>
#include <QStringList>

namespace {
constexpr auto kSetting = "practice/origins";
// Each start takes a free port; the newest ones are enough to label the jobs History lists.
constexpr int kKept = 100;
}

namespace PracticeOrigins {

void remember(const QUrl &apiBaseUrl)
{
    const QString origin = UrlPolicy::origin(apiBaseUrl);
    if (origin.isEmpty())
        return;
    QSettings settings;
    QStringList origins = settings.value(QLatin1String(kSetting)).toStringList();
    origins.removeAll(origin);
    origins.prepend(origin);
    while (origins.size() > kKept)
        origins.removeLast();
    settings.setValue(QLatin1String(kSetting), origins);
}

bool contains(const QString &apiUrl)
{
    const QString origin = UrlPolicy::origin(QUrl(apiUrl));
    return !origin.isEmpty() && QSettings().value(QLatin1String(kSetting)).toStringList().contains(origin);
}

}
