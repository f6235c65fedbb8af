#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

// Past imports of the account as GET /import returns them, page by page (at most 50 a request):
// created, id, counts. appendPage() adds the next page; hasMore() says whether to offer "Load more"
// (a page shorter than pageSize() is the last one).
class ImportHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CreatedColumn, TotalColumn, SucceededColumn, FailedColumn, IdColumn, ColumnCount };
    enum Role { ImportIdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 50;

    explicit ImportHistoryModel(QObject *parent = nullptr);

    void setPageSize(int rows) { m_pageSize = qBound(1, rows, PageSize); }
    int pageSize() const { return m_pageSize; }
    void clear();
    void appendPage(const QJsonArray &rows);
    bool hasMore() const { return m_hasMore; }
    int loaded() const { return int(m_rows.size()); }
    QJsonObject importAt(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QJsonObject> m_rows;
    bool m_hasMore = true;
    int m_pageSize = PageSize;
};
