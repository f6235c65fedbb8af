#pragma once

#include <QSortFilterProxyModel>

// Filters the issue list to one kind (or all) and to rows containing a search text in any
// column; sorts lines numerically.
class IssueFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit IssueFilterProxyModel(QObject *parent = nullptr);

    void setKind(const QString &kind);   // empty = every kind
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_kind;
    QString m_search;
};
