#include "FailedRowFilterProxyModel.h"

#include "FailedRowModel.h"

FailedRowFilterProxyModel::FailedRowFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FailedRowModel::SortRole);
}

void FailedRowFilterProxyModel::setGroup(const QString &groupKey)
{
    if (m_group == groupKey)
        return;
    m_group = groupKey;
    invalidateRowsFilter();
}

void FailedRowFilterProxyModel::setSearchText(const QString &text)
{
    if (m_search == text)
        return;
    m_search = text;
    invalidateRowsFilter();
}

bool FailedRowFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (!m_group.isEmpty()
        && model->index(sourceRow, 0, sourceParent).data(FailedRowModel::GroupRole).toString() != m_group)
        return false;
    if (m_search.isEmpty())
        return true;
    for (int c = 0; c < model->columnCount(sourceParent); ++c) {
        if (model->index(sourceRow, c, sourceParent).data().toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
