#include "gui/models/RecordTableModel.h"

#include <limits>

RecordTableModel::RecordTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RecordTableModel::setSource(std::shared_ptr<const RecordSource> source)
{
    beginResetModel();
    m_source = std::move(source);
    m_headers = m_source ? m_source->headers() : QStringList();
    m_cache.clear();
    endResetModel();
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_source)
        return 0;
    // Views address rows with int; larger files are previewed up to that bound.
    return int(qMin<qint64>(m_source->recordCount(), std::numeric_limits<int>::max()));
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

const SourceRecord *RecordTableModel::recordAt(int row) const
{
    if (SourceRecord *cached = m_cache.object(row))
        return cached;
    auto *record = new SourceRecord(m_source->record(row));
    m_cache.insert(row, record);
    return record;
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_source)
        return QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    const SourceRecord *record = recordAt(index.row());
    return record->cells.value(index.column());
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QVariant();
    if (orientation == Qt::Horizontal)
        return m_headers.value(section);
    if (!m_source || section < 0 || section >= rowCount())
        return QVariant();
    // Row labels are the file's physical line numbers: what warnings and failed rows refer to.
    return recordAt(section)->line;
}
