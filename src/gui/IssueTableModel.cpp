#include "IssueTableModel.h"

#include <QLocale>

IssueTableModel::IssueTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void IssueTableModel::setIssues(const QList<ValidationIssue> &issues)
{
    beginResetModel();
    m_issues = issues;
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
        case LineColumn: return issue.line;
        case ColumnColumn: return issue.column;
        default: break;
        }
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case LineColumn: return QLocale().toString(issue.line);
        case ColumnColumn: return issue.columnHeader;
        case KindColumn:
            return issue.severity == ValidationIssue::Severity::Error ? tr("Error: %1").arg(kindLabel(issue.kind))
                                                                      : kindLabel(issue.kind);
        case ValueColumn: return issue.value;
        case MessageColumn: return issue.message;
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
    case LineColumn: return tr("Line");
    case ColumnColumn: return tr("Column");
    case KindColumn: return tr("Problem");
    case ValueColumn: return tr("Value");
    case MessageColumn: return tr("What to do");
    }
    return QVariant();
}
