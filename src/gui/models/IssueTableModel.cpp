#include "gui/models/IssueTableModel.h"

#include "core/errors/ErrorCatalog.h"

#include <QLocale>

IssueTableModel::IssueTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void IssueTableModel::setIssues(const QList<ValidationIssue> &issues)
{
    beginResetModel();
    m_issues = issues;
    m_corrected.clear();
    m_hints.clear();   // the language may have changed since
    endResetModel();
}

QString IssueTableModel::kindLabel(const QString &kind)
{
    return ErrorCatalog::title(kind);
}

int IssueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int IssueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IssueTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const ValidationIssue &issue = m_issues.at(index.row());
    switch (role) {
    case KindRole:
        return issue.kind;
    case SeverityRole:
        return issue.severity == ValidationIssue::Severity::Error ? 1 : 0;
    case SortRole:
        switch (index.column()) {
        case LineColumn:
            return issue.line;
        case ColumnColumn:
            return issue.column;
        default:
            break;
        }
        return data(index, Qt::DisplayRole);
    case Qt::EditRole:
        return index.column() == ValueColumn ? m_corrected.value(index.row(), issue.value) : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case LineColumn:
            return QLocale().toString(issue.line);
        case ColumnColumn:
            return issue.columnHeader;
        case KindColumn:
            switch (issue.severity) {
            case ValidationIssue::Severity::Error:
                return tr("Error: %1").arg(kindLabel(issue.kind));
            case ValidationIssue::Severity::Skip:   // not sent, but nothing wrong with it
                return tr("Skipped: %1").arg(kindLabel(issue.kind));
            case ValidationIssue::Severity::Warning:
                break;
            }
            return kindLabel(issue.kind);
        case ValueColumn:
            if (m_corrected.contains(index.row()))
                return role == Qt::ToolTipRole ? tr("Corrected from \"%1\"").arg(issue.value)
                                               : tr("%1 → %2").arg(issue.value, m_corrected.value(index.row()));
            return issue.value;
        case MessageColumn: {
            // The next step in plain words; the whole sentence and the checker's own words on hover.
            if (role == Qt::ToolTipRole) {
                const PlainError plain = ErrorCatalog::explain(issue);
                return plain.message + QLatin1Char('\n') + plain.hint + QLatin1Char('\n') +
                       tr("Details: %1").arg(plain.detail);
            }
            // The next step depends on the kind only: worked out once per kind, not per row (the
            // search reads every row).
            auto hint = m_hints.constFind(issue.kind);
            if (hint == m_hints.constEnd())
                hint = m_hints.insert(issue.kind, ErrorCatalog::explain(issue).hint);
            return *hint;
        }
        }
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant IssueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case ColumnColumn:
        return tr("Column");
    case KindColumn:
        return tr("Problem");
    case ValueColumn:
        return tr("Value");
    case MessageColumn:
        return tr("What to do");
    }
    return QVariant();
}

void IssueTableModel::setEditable(bool editable)
{
    m_editable = editable;
    if (!m_issues.isEmpty())
        emit dataChanged(index(0, ValueColumn), index(rowCount() - 1, ValueColumn));
}

Qt::ItemFlags IssueTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_editable && index.isValid() && index.column() == ValueColumn && m_issues.at(index.row()).column >= 0)
        f |= Qt::ItemIsEditable;
    return f;
}

bool IssueTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const ValidationIssue &issue = m_issues.at(index.row());
    m_corrected.insert(index.row(), value.toString());
    emit dataChanged(index, index);
    emit valueCorrected(issue.line, issue.column, value.toString());
    return true;
}
