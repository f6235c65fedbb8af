#pragma once

#include "core/validate/ValidationIssue.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// Rows with issues found by the pre-flight check: line, column, the problem (ErrorCatalog title),
// value and what to do — every problem the check listed, not a capped excerpt.
class IssueTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, ColumnColumn, KindColumn, ValueColumn, MessageColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, SortRole, SeverityRole };

    explicit IssueTableModel(QObject *parent = nullptr);

    void setIssues(const QList<ValidationIssue> &issues);
    const QList<ValidationIssue> &issues() const { return m_issues; }
    static QString kindLabel(const QString &kind);
    // Fix mode: the Value cell of cell-level issues becomes editable; edits are reported, not applied to any file.
    void setEditable(bool editable);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void valueCorrected(qint64 line, int column, const QString &value);

private:
    bool m_editable = false;
    QHash<int, QString> m_corrected;   // issue row -> corrected value
    mutable QHash<QString, QString> m_hints;   // kind -> next step
    QList<ValidationIssue> m_issues;
};
