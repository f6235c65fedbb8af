#include "gui/models/FailedRowModel.h"

#include <QLocale>

FailedRowModel::FailedRowModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FailedRowModel::setRows(const QStringList &headers, const QList<FailedRow> &rows)
{
    beginResetModel();
    m_headers = headers;
    m_rows = rows;
    endResetModel();
}

QString FailedRowModel::groupKey(const FailedRow &row)
{
    return row.code + QLatin1String(" · ") + row.message;
}

int FailedRowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FailedRowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FixedColumnCount + int(m_headers.size());
}

QVariant FailedRowModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const FailedRow &row = m_rows.at(index.row());
    if (role == GroupRole)
        return groupKey(row);
    if (role == SortRole && index.column() == LineColumn)
        return row.line;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return QVariant();
    switch (index.column()) {
    case LineColumn:
        // Line 0: the server named a row we could not match to the file; still shown, never dropped.
        return row.line > 0 ? QLocale().toString(row.line) : tr("unknown");
    case CodeColumn:
        return row.code;
    case MessageColumn:
        return row.message;
    case HintColumn:
        return row.hint;
    default:
        return row.cells.value(index.column() - FixedColumnCount);
    }
}

QVariant FailedRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case CodeColumn:
        return tr("Error code");
    case MessageColumn:
        return tr("Message");
    case HintColumn:
        return tr("Hint");
    default:
        return m_headers.value(section - FixedColumnCount);
    }
}
