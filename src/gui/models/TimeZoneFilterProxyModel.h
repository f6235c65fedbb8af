#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

// The zone list filtered by what a person types: every word must be found in a zone's search words
// (TimeZoneListModel::SearchRole: city, country, names in German and English), and a word that is a
// common abbreviation ("MEZ", "CET", "ET", "PST") finds every zone that uses it now.
class TimeZoneFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setQuery(const QString &query);
    // "MESZ" -> "Europe_Central"; empty when the word is no abbreviation this list knows.
    static QString metaZoneOf(const QString &abbreviation);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};
