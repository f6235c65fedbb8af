#pragma once

#include <QModelIndex>
#include <QWidget>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStringListModel;

// A searchable list of IANA time zones ("berl" finds Europe/Berlin), with the current offset
// shown so users recognise their zone. It starts on the computer's zone; setZone() moves it
// (e.g. to a profile's source zone).
class TimeZonePicker : public QWidget
{
    Q_OBJECT

public:
    explicit TimeZonePicker(QWidget *parent = nullptr);

    QString zone() const;
    void setZone(const QString &ianaId);
    QLineEdit *searchEdit() const { return m_search; }

signals:
    void zoneChanged(const QString &ianaId);

private:
    QModelIndex sourceIndex(const QString &ianaId) const;
    int sourceRowFor(const QString &ianaId);   // adds a valid zone the list lacks; -1 if unknown
    void showOffset();

    QLineEdit *m_search;
    QListView *m_list;
    QStringListModel *m_zones;
    QSortFilterProxyModel *m_filter;
    QString m_zone;
    bool m_filtering = false;
};
