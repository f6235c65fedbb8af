#pragma once

#include "core/source/RecordSource.h"

#include <memory>

// Reading a failed-rows export (FailedRowsExport) back in: the formula guard is stripped from every
// cell, and the four error columns are hidden, so the fixed file imports like the original.
// `wrapIfExport` returns the source unchanged when it is not such an export (no error columns).
class FailedRowsSource : public RecordSource
{
public:
    static std::unique_ptr<RecordSource> wrapIfExport(std::unique_ptr<RecordSource> source);
    static bool isExport(const QStringList &headers);   // carries error_code … source_line

    explicit FailedRowsSource(std::unique_ptr<RecordSource> inner);

    QString name() const override { return m_inner->name(); }
    QStringList headers() const override { return m_headers; }
    qint64 recordCount() const override { return m_inner->recordCount(); }
    SourceRecord record(qint64 index) const override;
    void forEachRecord(const std::function<bool(const SourceRecord &)> &visit) const override;

private:
    SourceRecord clean(SourceRecord record) const;

    std::unique_ptr<RecordSource> m_inner;
    QStringList m_headers;
    QList<int> m_kept;   // inner column indexes that are not error columns
};
