#pragma once

#include <QSortFilterProxyModel>

// Failed rows of one error group (or all) containing a search text in any cell; lines sort numerically.
class FailedRowFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FailedRowFilterProxyModel(QObject *parent = nullptr);

    void setGroup(const QString &groupKey);   // empty = every group
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_group;
    QString m_search;
};
