#pragma once

#include "gui/models/GroupSearchFilterProxyModel.h"
#include "gui/models/IssueTableModel.h"

// The issue list filtered to one kind (or all) and to rows containing a search text in any column;
// lines sort numerically.
class IssueFilterProxyModel : public GroupSearchFilterProxyModel
{
public:
    explicit IssueFilterProxyModel(QObject *parent = nullptr)
        : GroupSearchFilterProxyModel(IssueTableModel::KindRole, IssueTableModel::SortRole, parent)
    {
    }

    void setKind(const QString &kind) { setGroup(kind); }   // empty = every kind
};
