#include "IssueFilterProxyModel.h"

#include "IssueTableModel.h"

IssueFilterProxyModel::IssueFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(IssueTableModel::SortRole);
}

void IssueFilterProxyModel::setKind(const QString &kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    invalidateRowsFilter();
}

void IssueFilterProxyModel::setSearchText(const QString &text)
{
    if (m_search == text)
        return;
    m_search = text;
    invalidateRowsFilter();
}

bool IssueFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (!m_kind.isEmpty()
        && model->index(sourceRow, 0, sourceParent).data(IssueTableModel::KindRole).toString() != m_kind)
        return false;
    if (m_search.isEmpty())
        return true;
    for (int c = 0; c < model->columnCount(sourceParent); ++c) {
        if (model->index(sourceRow, c, sourceParent).data().toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
