#pragma once

#include "core/failedrows/FailedRow.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

// Failed rows for support staff and for fixing: source line, error code, message, hint, then
// the original cells under the source's own headers.
class FailedRowModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, CodeColumn, MessageColumn, HintColumn, FixedColumnCount };
    enum Role { GroupRole = Qt::UserRole + 1, SortRole };

    explicit FailedRowModel(QObject *parent = nullptr);

    void setRows(const QStringList &headers, const QList<FailedRow> &rows);
    const QList<FailedRow> &rows() const { return m_rows; }
    QStringList headers() const { return m_headers; }
    // Rows with the same code and message form one group ("23505 · duplicate key ...").
    static QString groupKey(const FailedRow &row);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<FailedRow> m_rows;
};
