#pragma once

#include "core/source/RecordSource.h"

#include <QAbstractTableModel>
#include <QCache>

#include <memory>

// Preview of a RecordSource: rows are fetched from the source's record index on demand, so a
// million-row file costs only the rows on screen (plus a small cache for repaints).
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit RecordTableModel(QObject *parent = nullptr);

    void setSource(std::shared_ptr<const RecordSource> source);
    std::shared_ptr<const RecordSource> source() const { return m_source; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const SourceRecord *recordAt(int row) const;

    std::shared_ptr<const RecordSource> m_source;
    QStringList m_headers;
    mutable QCache<int, SourceRecord> m_cache{1024};
};
