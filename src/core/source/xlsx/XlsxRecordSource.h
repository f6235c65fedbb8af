#pragma once

#include "core/source/FileRecordSource.h"
#include "core/source/ReadOptions.h"

#include <QByteArray>

#include <memory>
#include <vector>

// One worksheet of an .xlsx workbook. The sheet XML is inflated and parsed once, streamed
// (XlsxWorkbook, XlsxSheetReader); rows are kept as compact UTF-8 (about the size of the text
// itself, not one QString per cell, at most XlsxLimits::maxKeptBytes) with an offset per row, so
// record(i) is O(1) and thread-safe. `line` of a record is its Excel row number.
// Header row: ReadOptions::headerRow (an Excel row number) or the first row that has most of the
// table's columns filled with text (title rows above are skipped).
class XlsxRecordSource : public FileRecordSource
{
public:
    static std::unique_ptr<XlsxRecordSource> open(const QString &path, const ReadOptions &options, qint64 maxRecords,
                                                  QString *errorMessage);

    QString name() const override { return m_description.path; }
    QStringList headers() const override { return m_headers; }
    qint64 recordCount() const override { return qint64(m_rowNumbers.size()); }
    SourceRecord record(qint64 index) const override;
    // Streams a range into one reused record: ASCII cells are written into the strings' own
    // buffers (no allocation per cell once warm).
    void forEachRecordInRange(qint64 first, qint64 last,
                              const std::function<bool(const SourceRecord &)> &visit) const override;
    SourceDescription description() const override { return m_description; }

private:
    XlsxRecordSource() = default;
    void fill(qint64 index, SourceRecord *record) const;

    QByteArray m_cells;   // cells separated by '\0', rows follow each other
    std::vector<qint64> m_rowStarts;   // per record, plus the end
    std::vector<qint64> m_rowNumbers;   // Excel row number per record
    QStringList m_headers;
    SourceDescription m_description;
};
