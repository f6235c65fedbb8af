#pragma once

#include "core/source/RecordSource.h"

#include <QHash>

#include <memory>

// The user's corrections from the Review page laid over the file as read: record() and
// forEachRecord() return the corrected cells, the file on disk is never rewritten.
// Corrections are keyed by physical line (what every message shows) and source column.
class OverlayRecordSource : public RecordSource
{
public:
    explicit OverlayRecordSource(std::shared_ptr<const RecordSource> base);

    void setCell(qint64 line, int column, const QString &value);
    bool hasCorrection(qint64 line, int column) const;
    int correctionCount() const;
    // Every correction: line -> column -> value (the wizard keeps them in its saved session).
    const QHash<qint64, QHash<int, QString>> &cells() const { return m_cells; }
    std::shared_ptr<const RecordSource> base() const { return m_base; }

    QString name() const override { return m_base->name(); }
    QStringList headers() const override { return m_base->headers(); }
    qint64 recordCount() const override { return m_base->recordCount(); }
    SourceRecord record(qint64 index) const override;
    void forEachRecord(const std::function<bool(const SourceRecord &)> &visit) const override;

private:
    SourceRecord apply(SourceRecord record) const;

    std::shared_ptr<const RecordSource> m_base;
    QHash<qint64, QHash<int, QString>> m_cells;   // line -> column -> corrected value
};
