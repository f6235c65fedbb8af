#include "gui/widgets/TimeZonePicker.h"

#include "gui/models/TimeZoneFilterProxyModel.h"
#include "gui/models/TimeZoneListModel.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QScopedValueRollback>
#include <QTimeZone>
#include <QVBoxLayout>

TimeZonePicker::TimeZonePicker(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_matches(new QLabel(this))
    , m_list(new QListView(this))
    , m_zones(new TimeZoneListModel(this))
    , m_filter(new TimeZoneFilterProxyModel(this))
{
    m_filter->setSourceModel(m_zones);
    m_list->setModel(m_filter);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_search->setPlaceholderText(tr("City, country or abbreviation, e.g. Berlin, Österreich, MEZ"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search time zones"));
    m_list->setAccessibleName(tr("Time zones"));
    m_matches->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_matches);
    layout->addWidget(m_list);
    setFocusProxy(m_search);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        {
            // Filtering moves the list's current row to whatever stays visible: not a choice.
            const QScopedValueRollback<bool> filtering(m_filtering, true);
            m_filter->setQuery(text);
            const QModelIndex shown = m_filter->mapFromSource(sourceIndex(m_zone));
            m_list->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect);
        }
        showMatches();
        // One match left is the user's choice.
        if (m_filter->rowCount() == 1)
            m_list->setCurrentIndex(m_filter->index(0, 0));
    });
    // Down from the search field goes into the list, for keyboard-only use.
    connect(m_search, &QLineEdit::returnPressed, m_list, qOverload<>(&QWidget::setFocus));
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const QString zone = current.data(TimeZoneListModel::ZoneIdRole).toString();
        if (m_filtering || zone.isEmpty() || zone == m_zone)
            return;
        m_zone = zone;
        emit zoneChanged(zone);
    });

    // Start on the computer's zone, never on the list's first entry: a list without a current
    // item makes the first one current as soon as it gets focus.
    const QSignalBlocker blocker(this);
    setZone(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
}

QString TimeZonePicker::zone() const
{
    return m_zone;
}

QStringList TimeZonePicker::shownZones() const
{
    QStringList zones;
    for (int r = 0; r < m_filter->rowCount(); ++r)
        zones << m_filter->index(r, 0).data(TimeZoneListModel::ZoneIdRole).toString();
    return zones;
}

void TimeZonePicker::showMatches()
{
    const bool searching = !m_search->text().trimmed().isEmpty();
    m_matches->setVisible(searching);
    if (searching)
        m_matches->setText(m_filter->rowCount() == 0 ? tr("No time zone found. Try a city or a country.")
                                                     : tr("%n time zone(s) found", nullptr, m_filter->rowCount()));
}

QModelIndex TimeZonePicker::sourceIndex(const QString &ianaId) const
{
    const int row = m_zones->rowFor(ianaId);
    return row >= 0 ? m_zones->index(row, 0) : QModelIndex();
}

void TimeZonePicker::setZone(const QString &ianaId)
{
    const int row = m_zones->addZone(ianaId);
    if (row < 0)
        return;
    m_search->clear();
    m_list->setCurrentIndex(m_filter->mapFromSource(m_zones->index(row, 0)));
    m_list->scrollTo(m_list->currentIndex(), QAbstractItemView::PositionAtCenter);
    // setCurrentIndex only tells when the zone changed; a picker set to its own zone says nothing.
    m_zone = ianaId;
}
