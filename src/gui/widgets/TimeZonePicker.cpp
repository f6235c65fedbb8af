#include "gui/widgets/TimeZonePicker.h"

#include <QDateTime>
#include <QLineEdit>
#include <QListView>
#include <QScopedValueRollback>
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
    // Server and cloud exports are often in UTC: offer it first.
    ids.prepend(QStringLiteral("UTC"));
    m_zones->setStringList(ids);
    m_filter->setSourceModel(m_zones);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_filter);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
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
        {
            // Filtering moves the list's current row to whatever stays visible: not a choice.
            const QScopedValueRollback<bool> filtering(m_filtering, true);
            m_filter->setFilterFixedString(QString(text).replace(QLatin1Char(' '), QLatin1Char('_')));
            const QModelIndex shown = m_filter->mapFromSource(sourceIndex(m_zone));
            m_list->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect);
        }
        // One match left is the user's choice.
        if (m_filter->rowCount() == 1)
            m_list->setCurrentIndex(m_filter->index(0, 0));
    });
    // Down from the search field goes into the list, for keyboard-only use.
    connect(m_search, &QLineEdit::returnPressed, m_list, qOverload<>(&QWidget::setFocus));
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const QString zone = current.data().toString();
        if (m_filtering || zone.isEmpty() || zone == m_zone)
            return;
        m_zone = zone;
        showOffset();
        emit zoneChanged(zone);
    });

    // Start on the computer's zone, never on the list's first entry (Africa/Abidjan): a list
    // without a current item makes the first one current as soon as it gets focus.
    const QSignalBlocker blocker(this);
    setZone(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
}

QString TimeZonePicker::zone() const
{
    return m_zone;
}

void TimeZonePicker::showOffset()
{
    const QTimeZone tz(m_zone.toUtf8());
    m_list->setToolTip(tz.displayName(QDateTime::currentDateTime(), QTimeZone::OffsetName));
}

QModelIndex TimeZonePicker::sourceIndex(const QString &ianaId) const
{
    const int row = int(m_zones->stringList().indexOf(ianaId));
    return row >= 0 ? m_zones->index(row, 0) : QModelIndex();
}

int TimeZonePicker::sourceRowFor(const QString &ianaId)
{
    const QModelIndex existing = sourceIndex(ianaId);
    if (existing.isValid())
        return existing.row();
    // Aliases such as "Etc/UTC" or "CET" are not listed, but when the computer or a profile
    // names one it must be shown as it is rather than replaced by another zone.
    if (ianaId.isEmpty() || !QTimeZone(ianaId.toUtf8()).isValid())
        return -1;
    m_zones->insertRows(0, 1);
    m_zones->setData(m_zones->index(0, 0), ianaId);
    return 0;
}

void TimeZonePicker::setZone(const QString &ianaId)
{
    const int row = sourceRowFor(ianaId);
    if (row < 0)
        return;
    m_search->clear();
    m_list->setCurrentIndex(m_filter->mapFromSource(m_zones->index(row, 0)));
    m_list->scrollTo(m_list->currentIndex(), QAbstractItemView::PositionAtCenter);
}
