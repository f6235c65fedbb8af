#include "gui/models/ImportHistoryModel.h"

#include "gui/support/DateExamples.h"

#include <QDateTime>
#include <QLocale>

ImportHistoryModel::ImportHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportHistoryModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_hasMore = true;
    endResetModel();
}

void ImportHistoryModel::appendPage(const QJsonArray &rows)
{
    // A short page is the last one.
    m_hasMore = rows.size() >= m_pageSize;
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(rows.size()) - 1);
    for (const QJsonValue &row : rows)
        m_rows.append(row.toObject());
    endInsertRows();
}

int ImportHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const QJsonObject &row = m_rows.at(index.row());
    if (role == ImportIdRole)
        return row.value(QLatin1String("id")).toString();
    if (role != Qt::DisplayRole)
        return QVariant();
    const QLocale locale;
    auto count = [&](const char *key) {
        const QJsonValue v = row.value(QLatin1String(key));
        return v.isDouble() ? locale.toString(qint64(v.toDouble())) : QString();
    };
    switch (index.column()) {
    case CreatedColumn: {
        const QDateTime created = QDateTime::fromString(row.value(QLatin1String("created_at")).toString(),
                                                        Qt::ISODateWithMs);
        return created.isValid() ? DateExamples::shortDateTime(created.toLocalTime())
                                 : row.value(QLatin1String("created_at")).toString();
    }
    case TotalColumn:
        return count("total_count");
    case SucceededColumn:
        return count("success_count");
    case FailedColumn:
        return count("failed_count");
    case IdColumn:
        return row.value(QLatin1String("id")).toString();
    }
    return QVariant();
}

QVariant ImportHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CreatedColumn:
        return tr("Started");
    case TotalColumn:
        return tr("Contacts");
    case SucceededColumn:
        return tr("Imported");
    case FailedColumn:
        return tr("Failed");
    case IdColumn:
        return tr("Import id");
    }
    return QVariant();
}
