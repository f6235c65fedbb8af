#include "gui/models/TimeZoneListModel.h"

#include "gui/support/LocalizedNames.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace {
QString offsetNow(const QTimeZone &tz)
{
    return tz.displayName(QDateTime::currentDateTimeUtc(), QTimeZone::OffsetName);
}
}

TimeZoneListModel::TimeZoneListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        // Only Region/City names: "CET" or "Etc/GMT+1" mislead more than they help.
        if (id.contains('/') && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            m_zones << describe(QString::fromUtf8(id));
    }
    std::sort(m_zones.begin(), m_zones.end(),
              [](const Zone &a, const Zone &b) { return a.label.localeAwareCompare(b.label) < 0; });
    // Server and cloud exports are often in UTC: offered first.
    m_zones.prepend(describe(QStringLiteral("UTC")));
}

QString TimeZoneListModel::searchForm(const QString &text)
{
    const QString lower = text.toCaseFolded();
    QString plain;   // accents dropped: "österreich" -> "osterreich"
    for (const QChar c : lower.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            plain += c == QLatin1Char('_') ? QLatin1Char(' ') : c;
    }
    QString spelled = lower;   // umlauts as typed without them: "oesterreich"
    spelled.replace(QChar(0x00E4), QLatin1String("ae"))
        .replace(QChar(0x00F6), QLatin1String("oe"))
        .replace(QChar(0x00FC), QLatin1String("ue"))
        .replace(QChar(0x00DF), QLatin1String("ss"))
        .replace(QLatin1Char('_'), QLatin1Char(' '));
    return spelled == plain ? plain : plain + QLatin1Char(' ') + spelled;
}

QString TimeZoneListModel::label(const QString &ianaId)
{
    const QTimeZone tz(ianaId.toUtf8());
    if (ianaId == QLatin1String("UTC"))
        return tr("UTC, coordinated universal time (server time)");
    const QString country = LocalizedNames::country(tz.territory());
    const QString city = LocalizedNames::zoneCity(ianaId);
    const QString place = country.isEmpty() || country == city ? city : tr("%1, %2").arg(city, country);
    return tr("%1 (now %2)").arg(place, offsetNow(tz));
}

TimeZoneListModel::Zone TimeZoneListModel::describe(const QString &ianaId)
{
    Zone z;
    z.id = ianaId;
    z.label = label(ianaId);
    const QTimeZone tz(ianaId.toUtf8());
    QStringList words{ianaId, z.label};
    // Both languages, whatever the window's: a German user may type "Vienna", an English one "Wien".
    for (const QLocale &language : {QLocale(), QLocale(QLocale::German), QLocale(QLocale::English)}) {
        words << LocalizedNames::zoneCity(ianaId, language) << LocalizedNames::country(tz.territory(), language)
              << LocalizedNames::zoneLongName(ianaId, language) << LocalizedNames::zoneShortNames(ianaId, language);
    }
    z.search = searchForm(words.join(QLatin1Char(' ')));
    z.metaZone = ianaId == QLatin1String("UTC") ? QStringLiteral("UTC") : LocalizedNames::metaZone(ianaId);
    const QString longName = LocalizedNames::zoneLongName(ianaId);
    z.tooltip = longName.isEmpty() ? ianaId : tr("%1 (%2)").arg(longName, ianaId);
    return z;
}

int TimeZoneListModel::rowFor(const QString &ianaId) const
{
    for (int i = 0; i < m_zones.size(); ++i) {
        if (m_zones.at(i).id == ianaId)
            return i;
    }
    return -1;
}

int TimeZoneListModel::addZone(const QString &ianaId)
{
    const int existing = rowFor(ianaId);
    if (existing >= 0)
        return existing;
    // The computer's zone is often an alias of UTC ("Etc/UTC", "GMT"): that is the listed UTC row, not a
    // second "UTC" above it.
    static const QStringList utcAliases{QStringLiteral("Etc/UTC"),   QStringLiteral("Etc/UCT"),
                                        QStringLiteral("UCT"),       QStringLiteral("Etc/Universal"),
                                        QStringLiteral("Universal"), QStringLiteral("Etc/Zulu"),
                                        QStringLiteral("Zulu"),      QStringLiteral("GMT"),
                                        QStringLiteral("Etc/GMT"),   QStringLiteral("Etc/GMT0"),
                                        QStringLiteral("GMT0"),      QStringLiteral("Etc/Greenwich"),
                                        QStringLiteral("Greenwich"), QStringLiteral("Etc/GMT+0"),
                                        QStringLiteral("Etc/GMT-0"), QStringLiteral("UTC")};
    if (utcAliases.contains(ianaId) && rowFor(QStringLiteral("UTC")) >= 0)
        return rowFor(QStringLiteral("UTC"));
    // Aliases such as "Etc/UTC" or "CET" are not listed, but when the computer or a profile names
    // one it must be shown as it is rather than replaced by another zone.
    if (ianaId.isEmpty() || !QTimeZone(ianaId.toUtf8()).isValid())
        return -1;
    beginInsertRows(QModelIndex(), 0, 0);
    Zone z = describe(ianaId);
    if (!ianaId.contains(QLatin1Char('/')))
        z.label = tr("%1 (now %2)").arg(ianaId, offsetNow(QTimeZone(ianaId.toUtf8())));
    m_zones.prepend(z);
    endInsertRows();
    return 0;
}

int TimeZoneListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_zones.size());
}

QVariant TimeZoneListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const Zone &z = m_zones.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return z.label;
    case Qt::ToolTipRole:
        return z.tooltip;
    case ZoneIdRole:
        return z.id;
    case SearchRole:
        return z.search;
    case MetaZoneRole:
        return z.metaZone;
    default:
        return QVariant();
    }
}
