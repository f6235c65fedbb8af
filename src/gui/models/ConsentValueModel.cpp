#include "gui/models/ConsentValueModel.h"

#include "core/mapping/ConsentTable.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

ConsentValueModel::ConsentValueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString ConsentValueModel::stateLabel(const QString &state)
{
    if (state == QLatin1String("accepted"))
        return tr("Accepted (consent given)");
    if (state == QLatin1String("declined"))
        return tr("Declined");
    if (state == QLatin1String("requested"))
        return tr("Requested (confirmation pending)");
    if (state == ConsentTable::ignoreState())
        return tr("Send nothing (leave the subscription as it is)");
    return tr("Not recognised: the row is handed back");
}

void ConsentValueModel::setTable(const QHash<QString, QString> &base, const QHash<QString, QString> &current)
{
    beginResetModel();
    m_entries.clear();
    for (auto it = current.cbegin(); it != current.cend(); ++it)
        m_entries.append({it.key(), -1, it.value(), base.value(it.key())});
    sortEntries();
    endResetModel();
    emit tableChanged();
}

void ConsentValueModel::setCounts(const QList<QPair<QString, qint64>> &counts)
{
    beginResetModel();
    m_emptyRows = 0;
    for (Entry &e : m_entries)
        e.rows = -1;
    for (const auto &[text, rows] : counts) {
        if (key(text).isEmpty()) {
            m_emptyRows += rows;   // an empty cell sends nothing; it is not a value to map
            continue;
        }
        const int row = rowOf(text);
        if (row >= 0) {
            Entry &e = m_entries[row];
            e.rows = e.rows < 0 ? rows : e.rows + rows;
            if (e.baseState.isEmpty() && e.state.isEmpty())
                e.text = text.trimmed();
        } else {
            m_entries.append({text.trimmed(), rows, QString(), QString()});
        }
    }
    sortEntries();
    endResetModel();
    emit tableChanged();
}

void ConsentValueModel::sortEntries()
{
    // What the file contains first (most rows first), then the rest of the table by word.
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
        if ((a.rows >= 0) != (b.rows >= 0))
            return a.rows >= 0;
        if (a.rows != b.rows)
            return a.rows > b.rows;
        return a.text.localeAwareCompare(b.text) < 0;
    });
}

int ConsentValueModel::rowOf(const QString &text) const
{
    const QString k = key(text);
    for (int i = 0; i < m_entries.size(); ++i) {
        if (key(m_entries.at(i).text) == k)
            return i;
    }
    return -1;
}

QJsonObject ConsentValueModel::columnValues() const
{
    QJsonObject values;
    for (const Entry &e : m_entries) {
        if (!e.state.isEmpty() && e.state != e.baseState)
            values.insert(e.text, e.state);
    }
    return values;
}

int ConsentValueModel::unmappedCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const Entry &e) { return e.rows > 0 && e.state.isEmpty(); }));
}

qint64 ConsentValueModel::unmappedRows() const
{
    qint64 rows = 0;
    for (const Entry &e : m_entries) {
        if (e.rows > 0 && e.state.isEmpty())
            rows += e.rows;
    }
    return rows;
}

int ConsentValueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ConsentValueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConsentValueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const Entry &e = m_entries.at(index.row());
    const bool unmapped = e.rows > 0 && e.state.isEmpty();
    switch (role) {
    case StateRole:
        return e.state;
    case UnmappedRole:
        return unmapped;
    case Qt::BackgroundRole:
        // Translucent, like the mapping conflicts: readable on light and dark palettes.
        return unmapped ? QVariant(QBrush(QColor(220, 60, 60, 90))) : QVariant();
    case Qt::FontRole:
        if (unmapped) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QVariant();
    case Qt::ToolTipRole:
        return unmapped ? tr("Rows with \"%1\" are not imported until you choose what it means.").arg(e.text)
                        : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == RowsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
    case Qt::EditRole:
        break;
    default:
        return QVariant();
    }
    switch (index.column()) {
    case ValueColumn:
        return e.text;
    case RowsColumn:
        return e.rows < 0 ? tr("not in the file") : QLocale().toString(e.rows);
    case MeaningColumn:
        return role == Qt::EditRole ? QVariant(e.state) : QVariant(stateLabel(e.state));
    }
    return QVariant();
}

bool ConsentValueModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != MeaningColumn || role != Qt::EditRole)
        return false;
    const QString state = value.toString();
    if (!ConsentTable::states().contains(state))
        return false;
    Entry &e = m_entries[index.row()];
    if (e.state == state)
        return true;
    e.state = state;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit tableChanged();
    return true;
}

Qt::ItemFlags ConsentValueModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == MeaningColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ConsentValueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ValueColumn:
        return tr("Value");
    case RowsColumn:
        return tr("Rows in the file");
    case MeaningColumn:
        return tr("Meaning");
    }
    return QVariant();
}
