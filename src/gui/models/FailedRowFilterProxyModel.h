#pragma once

#include "gui/models/FailedRowModel.h"
#include "gui/models/GroupSearchFilterProxyModel.h"

// Failed rows of one error group (or all) containing a search text in any cell; lines sort numerically.
class FailedRowFilterProxyModel : public GroupSearchFilterProxyModel
{
public:
    explicit FailedRowFilterProxyModel(QObject *parent = nullptr)
        : GroupSearchFilterProxyModel(FailedRowModel::GroupRole, FailedRowModel::SortRole, parent)
    {
    }
};
