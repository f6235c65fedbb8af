#pragma once

#include <QModelIndex>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class TimeZoneFilterProxyModel;
class TimeZoneListModel;

// A searchable list of time zones as people know them: by city or country in German or English
// ("Wien", "Vienna", "Österreich", "Deutschland", "New York") and by abbreviation ("MEZ", "MESZ",
// "CET", "ET"), each with its offset now. It starts on the computer's zone; setZone() moves it
// (e.g. to a profile's source zone). zone() is the IANA id ("Europe/Vienna").
class TimeZonePicker : public QWidget
{
    Q_OBJECT

public:
    explicit TimeZonePicker(QWidget *parent = nullptr);

    QString zone() const;
    void setZone(const QString &ianaId);
    QLineEdit *searchEdit() const { return m_search; }
    // The IANA ids the list shows now, in order (what a search found).
    QStringList shownZones() const;

signals:
    void zoneChanged(const QString &ianaId);

private:
    QModelIndex sourceIndex(const QString &ianaId) const;
    void showMatches();

    QLineEdit *m_search;
    QLabel *m_matches;
    QListView *m_list;
    TimeZoneListModel *m_zones;
    TimeZoneFilterProxyModel *m_filter;
    QString m_zone;
    bool m_filtering = false;
};
