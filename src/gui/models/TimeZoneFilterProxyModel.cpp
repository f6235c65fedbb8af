#include "gui/models/TimeZoneFilterProxyModel.h"

#include "gui/models/TimeZoneListModel.h"

QString TimeZoneFilterProxyModel::metaZoneOf(const QString &abbreviation)
{
    // Abbreviations as people write them in German and English; ICU's metazones group the zones
    // that share them (so "MEZ" finds Berlin, Wien, Zürich, Paris …).
    static const struct
    {
        const char *metaZone;
        std::initializer_list<const char *> names;
    } table[] = {
        {"Europe_Central", {"cet", "cest", "mez", "mesz"}},
        {"Europe_Western", {"wet", "west", "wez", "wesz"}},
        {"Europe_Eastern", {"eet", "eest", "oez", "oesz"}},
        {"GMT", {"gmt", "bst"}},
        {"America_Eastern", {"et", "est", "edt"}},
        {"America_Central", {"ct", "cst", "cdt"}},
        {"America_Mountain", {"mt", "mst", "mdt"}},
        {"America_Pacific", {"pt", "pst", "pdt"}},
        {"Alaska", {"akst", "akdt"}},
        {"Hawaii_Aleutian", {"hst"}},
        {"India", {"ist"}},
        {"Japan", {"jst"}},
        {"Australia_Eastern", {"aest", "aedt"}},
        {"Moscow", {"msk"}},
        {"UTC", {"utc"}},
    };
    const QString word = abbreviation.toCaseFolded();
    for (const auto &entry : table) {
        for (const char *name : entry.names) {
            if (word == QLatin1String(name))
                return QString::fromLatin1(entry.metaZone);
        }
    }
    return QString();
}

void TimeZoneFilterProxyModel::setQuery(const QString &query)
{
    m_words = TimeZoneListModel::searchForm(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // searchForm may add a second spelling of the whole query ("oesterreich"): either may match.
    invalidateRowsFilter();
}

bool TimeZoneFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString search = index.data(TimeZoneListModel::SearchRole).toString();
    const QString metaZone = index.data(TimeZoneListModel::MetaZoneRole).toString();
    // A whole query that is an abbreviation matches by metazone only: "ET" must not find every zone
    // with "et" somewhere in its name.
    if (m_words.size() == 1) {
        const QString abbreviation = metaZoneOf(m_words.first());
        if (!abbreviation.isEmpty())
            return abbreviation == metaZone;
    }
    const QString query = m_words.join(QLatin1Char(' '));
    if (search.contains(query))
        return true;
    for (const QString &word : m_words) {
        if (!search.contains(word))
            return false;
    }
    return true;
}
