#pragma once

#include <QSortFilterProxyModel>

// The filter of the Review page's problems and the Results page's failed rows: one group (issue kind,
// error group) or all, and rows containing a search text in any column, case-insensitively. The
// source model names the role that carries a row's group (a string, or a string list when a row is in
// several groups) and the role that sorts (lines numerically).
class GroupSearchFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    GroupSearchFilterProxyModel(int groupRole, int sortRole, QObject *parent = nullptr);

    void setGroup(const QString &group);   // empty = every group
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const int m_groupRole;
    QString m_group;
    QString m_search;
};
