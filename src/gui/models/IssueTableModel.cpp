#include "gui/models/IssueTableModel.h"

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
    endResetModel();
}

QString IssueTableModel::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("invalid_phone"))
        return tr("Invalid phone number");
    if (kind == QLatin1String("invalid_email"))
        return tr("Invalid e-mail address");
    if (kind == QLatin1String("naive_datetime"))
        return tr("Date and time without time zone");
    if (kind == QLatin1String("nonexistent_local_time"))
        return tr("Time skipped by daylight saving");
    if (kind == QLatin1String("ambiguous_local_time"))
        return tr("Time repeated by daylight saving");
    if (kind == QLatin1String("duplicate_identifier"))
        return tr("Duplicate in the file");
    if (kind == QLatin1String("ambiguous_date_order"))
        return tr("Day and month order unclear");
    if (kind == QLatin1String("invalid_date") || kind == QLatin1String("invalid_datetime"))
        return tr("Unreadable date");
    if (kind == QLatin1String("invalid_number"))
        return tr("Unreadable number");
    if (kind == QLatin1String("missing_identifier"))
        return tr("No identifier");
    return kind;
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
            return issue.severity == ValidationIssue::Severity::Error ? tr("Error: %1").arg(kindLabel(issue.kind))
                                                                      : kindLabel(issue.kind);
        case ValueColumn:
            if (m_corrected.contains(index.row()))
                return role == Qt::ToolTipRole ? tr("Corrected from \"%1\"").arg(issue.value)
                                               : tr("%1 → %2").arg(issue.value, m_corrected.value(index.row()));
            return issue.value;
        case MessageColumn:
            return issue.message;
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
