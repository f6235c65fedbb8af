#include "TimeZonePicker.h"

#include <QDateTime>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QTimeZone>
#include <QVBoxLayout>

TimeZonePicker::TimeZonePicker(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_zones(new QStringListModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    QStringList ids;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        // Only Region/City names: "CET" or "Etc/GMT+1" mislead more than they help.
        if (id.contains('/') && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            ids << QString::fromUtf8(id);
    }
    m_zones->setStringList(ids);
    m_filter->setSourceModel(m_zones);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_filter);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_search->setPlaceholderText(tr("Search, e.g. Berlin"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search time zones"));
    m_list->setAccessibleName(tr("Time zones"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    setFocusProxy(m_search);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(QString(text).replace(QLatin1Char(' '), QLatin1Char('_')));
        if (m_filter->rowCount() == 1)
            m_list->setCurrentIndex(m_filter->index(0, 0));
    });
    // Down from the search field goes into the list, for keyboard-only use.
    connect(m_search, &QLineEdit::returnPressed, m_list, qOverload<>(&QWidget::setFocus));
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const QString zone = current.data().toString();
        if (zone.isEmpty() || zone == m_zone)
            return;
        m_zone = zone;
        const QTimeZone tz(zone.toUtf8());
        m_list->setToolTip(tz.displayName(QDateTime::currentDateTime(), QTimeZone::OffsetName));
        emit zoneChanged(zone);
    });
}

QString TimeZonePicker::zone() const
{
    return m_zone;
}

void TimeZonePicker::setZone(const QString &ianaId)
{
    const QModelIndexList hits = m_zones->match(m_zones->index(0, 0), Qt::DisplayRole, ianaId, 1, Qt::MatchExactly);
    if (hits.isEmpty())
        return;
    m_search->clear();
    m_list->setCurrentIndex(m_filter->mapFromSource(hits.first()));
    m_list->scrollTo(m_list->currentIndex(), QAbstractItemView::PositionAtCenter);
}
