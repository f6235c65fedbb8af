#pragma once

#include <QAbstractTableModel>
#include <QList>

// The Import page's batch table: one row per batch with its lines, state and counts. The server's import id
// is for support staff only: it is in the tooltip and ImportIdRole (the page offers "Copy import id").
class BatchTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, RowsColumn, StateColumn, SucceededColumn, FailedColumn, ColumnCount };
    enum Role { ImportIdRole = Qt::UserRole + 1 };

    struct Batch
    {
        qint64 id = 0;   // journal batch id
        qint64 firstLine = 0;   // source lines covered, for support staff
        qint64 lastLine = 0;
        int size = 0;
        QString state;   // BatchStates::toString names: planned, sending, accepted, finished, ...
        QString importId;
        qint64 succeeded = 0;
        qint64 failed = 0;
    };

    explicit BatchTableModel(QObject *parent = nullptr);

    void setBatches(const QList<Batch> &batches);
    // Adds the batch or updates the row with the same id.
    void upsert(const Batch &batch);
    const QList<Batch> &batches() const { return m_batches; }
    static QString stateLabel(const QString &state);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Batch> m_batches;
};
