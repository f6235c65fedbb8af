#include "gui/models/BatchTableModel.h"

#include <QLocale>

BatchTableModel::BatchTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BatchTableModel::setBatches(const QList<Batch> &batches)
{
    beginResetModel();
    m_batches = batches;
    endResetModel();
}

void BatchTableModel::upsert(const Batch &batch)
{
    for (int i = 0; i < m_batches.size(); ++i) {
        if (m_batches.at(i).id == batch.id) {
            m_batches[i] = batch;
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
            return;
        }
    }
    const int row = int(m_batches.size());
    beginInsertRows(QModelIndex(), row, row);
    m_batches.append(batch);
    endInsertRows();
}

QString BatchTableModel::stateLabel(const QString &state)
{
    if (state == QLatin1String("planned"))
        return tr("Waiting");
    if (state == QLatin1String("sending"))
        return tr("Sending");
    if (state == QLatin1String("accepted"))
        return tr("Processing on the server");
    if (state == QLatin1String("finished"))
        return tr("Done");
    if (state == QLatin1String("split"))
        return tr("Split in two (too large)");
    if (state == QLatin1String("rejected"))
        return tr("Rejected");
    return state;
}

int BatchTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int BatchTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const Batch &b = m_batches.at(index.row());
    if (role == ImportIdRole)
        return b.importId;
    if (role == Qt::ToolTipRole)
        return b.importId.isEmpty() ? QVariant() : tr("Import id (for support): %1").arg(b.importId);
    if (role != Qt::DisplayRole)
        return QVariant();
    const QLocale locale;
    switch (index.column()) {
    case NumberColumn:
        return index.row() + 1;
    case RowsColumn:
        return tr("%1 (lines %2–%3)")
            .arg(locale.toString(b.size), locale.toString(b.firstLine), locale.toString(b.lastLine));
    case StateColumn:
        return stateLabel(b.state);
    case SucceededColumn:
        return locale.toString(b.succeeded);
    case FailedColumn:
        return locale.toString(b.failed);
    }
    return QVariant();
}

QVariant BatchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Batch");
    case RowsColumn:
        return tr("Rows");
    case StateColumn:
        return tr("State");
    case SucceededColumn:
        return tr("Imported");
    case FailedColumn:
        return tr("Failed");
    }
    return QVariant();
}
