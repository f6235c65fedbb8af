#include "gui/models/GroupSearchFilterProxyModel.h"

GroupSearchFilterProxyModel::GroupSearchFilterProxyModel(int groupRole, int sortRole, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_groupRole(groupRole)
{
    setSortRole(sortRole);
}

void GroupSearchFilterProxyModel::setGroup(const QString &group)
{
    if (m_group == group)
        return;
    m_group = group;
    invalidateRowsFilter();
}

void GroupSearchFilterProxyModel::setSearchText(const QString &text)
{
    if (m_search == text)
        return;
    m_search = text;
    invalidateRowsFilter();
}

bool GroupSearchFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (!m_group.isEmpty()) {
        // A row may be in several groups (a failed row with two reasons): then it is in each.
        const QVariant group = model->index(sourceRow, 0, sourceParent).data(m_groupRole);
        const bool inGroup = group.typeId() == QMetaType::QStringList ? group.toStringList().contains(m_group)
                                                                      : group.toString() == m_group;
        if (!inGroup)
            return false;
    }
    if (m_search.isEmpty())
        return true;
    for (int c = 0; c < model->columnCount(sourceParent); ++c) {
        if (model->index(sourceRow, c, sourceParent).data().toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
