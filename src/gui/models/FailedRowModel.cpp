#include "gui/models/FailedRowModel.h"

#include "core/errors/ErrorCatalog.h"

#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

#include <algorithm>

FailedRowModel::FailedRowModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FailedRowModel::setRows(const QStringList &headers, const QList<FailedRow> &rows, const ErrorContext &context)
{
    beginResetModel();
    m_headers = headers;
    m_rows = rows;
    m_context = context;
    m_context.headers = headers;
    m_explained.clear();
    m_explained.reserve(rows.size());
    for (const FailedRow &row : std::as_const(m_rows)) {
        ErrorContext c = m_context;
        c.cells = row.cells;
        c.input = row.input;
        QList<PlainError> plain;
        for (const FailedRowReason &reason : row.reasons()) {
            c.column = reason.column;
            c.value = c.cell(reason.column);
            plain << ErrorCatalog::explain(reason.code, reason.message, reason.hint, c);
        }
        m_explained << plain;
    }
    endResetModel();
}

QList<int> FailedRowModel::offendingColumns(int row) const
{
    QList<int> columns;
    for (const PlainError &e : m_explained.at(row)) {
        const int i = e.column.isEmpty() ? -1 : int(m_headers.indexOf(e.column));
        if (i >= 0 && !columns.contains(i))
            columns << i;
    }
    return columns;
}

QList<QPair<QString, int>> FailedRowModel::groups() const
{
    QHash<QString, int> counts;
    for (const QList<PlainError> &plain : m_explained) {
        QStringList seen;   // a row with the same reason twice counts once in that group
        for (const PlainError &e : plain) {
            if (!seen.contains(e.title)) {
                seen << e.title;
                ++counts[e.title];
            }
        }
    }
    QList<QPair<QString, int>> groups;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        groups << qMakePair(it.key(), it.value());
    std::sort(groups.begin(), groups.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first.localeAwareCompare(b.first) < 0;
    });
    return groups;
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
    const QList<PlainError> &plain = m_explained.at(index.row());
    const int cell = index.column() - FixedColumnCount;
    if (role == GroupRole) {
        QStringList titles;
        for (const PlainError &e : plain)
            titles << e.title;
        return titles;
    }
    if (role == SortRole && index.column() == LineColumn)
        return row.line;
    if (role == OffendingRole)
        return cell >= 0 && offendingColumns(index.row()).contains(cell);
    if (role == Qt::BackgroundRole && cell >= 0 && offendingColumns(index.row()).contains(cell)) {
        // The cell to fix, in a tint that reads on light and dark palettes alike.
        QColor tint = QApplication::palette().color(QPalette::Highlight);
        tint.setAlpha(70);
        return QBrush(tint);
    }
    if (role == Qt::FontRole && cell >= 0 && offendingColumns(index.row()).contains(cell)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole) {
        // Full text, and the raw code for support, without widening the table.
        QStringList lines;
        for (const PlainError &e : plain) {
            if (cell < 0 || e.column == m_headers.value(cell))
                lines << e.message + QLatin1Char('\n') + e.hint + QLatin1Char('\n') + tr("Details: %1").arg(e.detail);
        }
        if (cell >= 0 && lines.isEmpty())
            return row.cells.value(cell);
        return lines.join(QStringLiteral("\n\n"));
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return QVariant();
    switch (index.column()) {
    case LineColumn:
        // Line 0: the server named a row we could not match to the file; still shown, never dropped.
        return row.line > 0 ? QLocale().toString(row.line) : tr("unknown");
    case ProblemColumn: {
        QStringList titles;
        for (const PlainError &e : plain) {
            if (!titles.contains(e.title))
                titles << e.title;
        }
        if (plain.size() == 1)
            return titles.first();
        return tr("%n problem(s): %1", nullptr, int(plain.size())).arg(titles.join(QStringLiteral("; ")));
    }
    case MessageColumn:
        return plain.first().message;
    default:
        return row.cells.value(cell);
    }
}

QVariant FailedRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case ProblemColumn:
        return tr("Problem");
    case MessageColumn:
        return tr("What is wrong");
    default:
        return m_headers.value(section - FixedColumnCount);
    }
}
