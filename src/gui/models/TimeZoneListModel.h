#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

// Every time zone as people find it: city and country in the UI language ("Wien, Österreich"), the
// offset now, and search words in German and English (city, country, the zone's long and short
// names such as "Mitteleuropäische Zeit", "MEZ", "CET", and the IANA id). UTC comes first.
class TimeZoneListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { ZoneIdRole = Qt::UserRole + 1, SearchRole, MetaZoneRole };

    explicit TimeZoneListModel(QObject *parent = nullptr);

    int rowFor(const QString &ianaId) const;   // -1 when not listed
    int addZone(const QString &ianaId);   // an alias the list lacks (Etc/UTC, CET): its row, or -1 if invalid
    QString zoneAt(int row) const { return m_zones.value(row).id; }
    static QString label(const QString &ianaId);   // "Wien, Österreich (jetzt UTC+01:00)"
    // Lower case, accents and umlauts folded both ways ("Österreich" -> "osterreich oesterreich").
    static QString searchForm(const QString &text);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Zone
    {
        QString id;
        QString label;
        QString search;
        QString metaZone;
        QString tooltip;
    };
    static Zone describe(const QString &ianaId);

    QList<Zone> m_zones;
};
