#pragma once

#include "core/errors/ErrorContext.h"
#include "core/errors/PlainError.h"
#include "core/failedrows/FailedRow.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVector>

// Failed rows for fixing and for support staff: source line, what is wrong (every reason of the
// row, in plain words from ErrorCatalog), the first reason's message, then the original cells under
// the source's own headers, the cells a reason names highlighted. Raw codes are in the tooltip and
// in explanations() for the detail pane.
class FailedRowModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, ProblemColumn, MessageColumn, FixedColumnCount };
    enum Role {
        GroupRole = Qt::UserRole + 1,   // QStringList: the title of every reason (a row is in each group)
        SortRole,
        OffendingRole,   // bool on a cell a reason names
    };

    explicit FailedRowModel(QObject *parent = nullptr);

    // `context` says which column feeds which field (ErrorContext::columnsOf) and the account's field
    // names; headers, cells and input are taken from each row.
    void setRows(const QStringList &headers, const QList<FailedRow> &rows, const ErrorContext &context = {});
    const QList<FailedRow> &rows() const { return m_rows; }
    QStringList headers() const { return m_headers; }
    const ErrorContext &context() const { return m_context; }
    // Every reason of a source row in plain words (the first is the row's code/message/hint).
    const QList<PlainError> &explanations(int row) const { return m_explained.at(row); }
    // Source columns a row's reasons name (indexes into headers()).
    QList<int> offendingColumns(int row) const;
    // Group titles with the number of rows in each, in order of size (then name).
    QList<QPair<QString, int>> groups() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<FailedRow> m_rows;
    QVector<QList<PlainError>> m_explained;
    ErrorContext m_context;
};
