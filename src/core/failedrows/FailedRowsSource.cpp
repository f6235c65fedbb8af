#include "core/failedrows/FailedRowsSource.h"

#include "core/failedrows/FailedRowsExport.h"

bool FailedRowsSource::isExport(const QStringList &headers)
{
    // error_detail is optional: exports written before it had the other four only.
    for (const QString &required : FailedRowsExport::requiredErrorColumns()) {
        bool found = false;
        for (const QString &h : headers)
            found = found || h.trimmed().compare(required, Qt::CaseInsensitive) == 0;
        if (!found)
            return false;
    }
    return true;
}

std::unique_ptr<RecordSource> FailedRowsSource::wrapIfExport(std::unique_ptr<RecordSource> source)
{
    if (!source || !isExport(source->headers()))
        return source;
    return std::make_unique<FailedRowsSource>(std::move(source));
}

FailedRowsSource::FailedRowsSource(std::unique_ptr<RecordSource> inner)
    : m_inner(std::move(inner))
{
    const QStringList all = m_inner->headers();
    for (int i = 0; i < all.size(); ++i) {
        if (!FailedRowsExport::isErrorColumn(all.at(i))) {
            m_kept << i;
            m_headers << all.at(i);
        }
    }
}

SourceRecord FailedRowsSource::clean(SourceRecord record) const
{
    QStringList cells;
    cells.reserve(m_kept.size());
    for (int i : m_kept)
        cells << FailedRowsExport::unescapeCell(record.cells.value(i));
    record.cells = cells;
    return record;
}

SourceRecord FailedRowsSource::record(qint64 index) const
{
    return clean(m_inner->record(index));
}

void FailedRowsSource::forEachRecord(const std::function<bool(const SourceRecord &)> &visit) const
{
    m_inner->forEachRecord([&](const SourceRecord &r) { return visit(clean(r)); });
}
