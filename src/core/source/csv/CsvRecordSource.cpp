#include "core/source/csv/CsvRecordSource.h"

#include "core/source/HeaderNames.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace {
constexpr qint64 streamChunk = 4 * 1024 * 1024;

// What forEachRecordInRange needs, kept per thread between calls: a worker streams chunk after
// chunk, and a fresh ~1 MB buffer each time would be new pages to fault in (glibc maps
// allocations that big) and fresh cells to allocate for the first records. Nested calls (a
// visitor streaming another range) get their own.
struct StreamScratch
{
    QByteArray buffer;
    SourceRecord record;
    bool busy = false;
};
thread_local StreamScratch streamScratch;
}

CsvRecordSource::CsvRecordSource(Setup setup)
    : m_setup(std::move(setup))
    , m_parser(m_setup.delimiter, m_setup.quote, m_setup.encoding, &m_setup.index.literalQuotes)
{
}

std::unique_ptr<CsvRecordSource> CsvRecordSource::create(Setup setup, QString *errorMessage)
{
    std::unique_ptr<CsvRecordSource> source(new CsvRecordSource(std::move(setup)));
    QString why;
    if (!source->m_file.open(source->m_setup.dataPath, &why)) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate(
                                "CsvRecordSource",
                                "%1: cannot be read (%2). Check that the file exists and you may read it.")
                                .arg(source->m_setup.path, why);
        return nullptr;
    }
    source->rememberFileState(source->m_setup.path);

    const CsvIndex &ix = source->m_setup.index;
    QStringList raw;
    if (ix.headerOffset >= 0) {
        const qint64 size = std::min(ix.headerEnd - ix.headerOffset, CsvIndex::maxRecordBytes);
        QByteArray bytes(size, Qt::Uninitialized);
        const qint64 n = source->m_file.readAt(ix.headerOffset, bytes.data(), size);
        bytes.truncate(std::max<qint64>(n, 0));
        source->m_parser.parse(bytes.constData(), bytes.size(), ix.headerOffset, &raw);
    }
    for (qint64 c = raw.size(); c < ix.maxFields; ++c)   // room for values of over-long rows
        raw << QString();
    QList<ReaderWarning> headerWarnings;
    source->m_headers = HeaderNames::makeDistinct(raw, ix.headerLine, &headerWarnings);
    // Columns added for over-long rows are not "empty headers" the user has to fix.
    for (const ReaderWarning &w : std::as_const(headerWarnings)) {
        if (w.kind == QLatin1String("empty_header") && w.column > ix.headerFields)
            continue;
        source->m_setup.description.addWarning(w);
    }
    return source;
}

void CsvRecordSource::fillRecord(const char *data, qsizetype size, qsizetype slack, qint64 index,
                                 SourceRecord *record) const
{
    record->index = index;
    record->line = m_setup.index.lines[size_t(index)];
    record->truncated = m_setup.index.offsets[size_t(index) + 1] - m_setup.index.offsets[size_t(index)] >
                        CsvIndex::maxRecordBytes;
    m_parser.parse(data, size, m_setup.index.offsets[size_t(index)], &record->cells, slack);
    const qsizetype width = m_headers.size();
    if (record->cells.size() < width) {
        record->cells.reserve(width);
        while (record->cells.size() < width)
            record->cells.append(QString());
    }
}

SourceRecord CsvRecordSource::record(qint64 index) const
{
    SourceRecord r;
    if (index < 0 || index >= recordCount())
        return r;
    const qint64 start = m_setup.index.offsets[size_t(index)];
    const qint64 size = std::min(m_setup.index.offsets[size_t(index) + 1] - start, CsvIndex::maxRecordBytes);
    // Zeroed bytes after the record let the parser read 16 bytes at a time (CsvRecordParser::readSlack).
    QByteArray bytes(size + CsvRecordParser::readSlack, '\0');
    const qint64 n = std::max<qint64>(m_file.readAt(start, bytes.data(), size), 0);
    if (n < size)
        noteFileChanged();
    fillRecord(bytes.constData(), n, bytes.size() - n, index, &r);
    return r;
}

void CsvRecordSource::forEachRecordInRange(qint64 first, qint64 last,
                                           const std::function<bool(const SourceRecord &)> &visit) const
{
    first = std::max<qint64>(first, 0);
    last = std::min(last, recordCount());
    const std::vector<qint64> &offsets = m_setup.index.offsets;
    StreamScratch nested;
    StreamScratch &scratch = streamScratch.busy ? nested : streamScratch;
    struct Release   // also when a visitor throws
    {
        StreamScratch &s;
        ~Release()
        {
            s.busy = false;
            if (s.buffer.capacity() > 2 * streamChunk)   // one huge record: do not keep its memory
                s.buffer = QByteArray();
        }
    } release{scratch};
    scratch.busy = true;
    QByteArray &buffer = scratch.buffer;
    SourceRecord &r = scratch.record;
    for (qint64 i = first; i < last;) {
        // As many whole records as fit in one chunk (at least one, however big).
        const qint64 chunkStart = offsets[size_t(i)];
        auto endIt = std::upper_bound(offsets.begin() + i + 1, offsets.begin() + last + 1, chunkStart + streamChunk);
        qint64 j = qint64(endIt - offsets.begin()) - 1;   // records i .. j-1
        if (j <= i)
            j = i + 1;
        const qint64 chunkEnd = j == i + 1
                                    ? chunkStart + std::min(offsets[size_t(j)] - chunkStart, CsvIndex::maxRecordBytes)
                                    : offsets[size_t(j)];
        // The bytes after the chunk are readable slack for the parser (CsvRecordParser::readSlack).
        buffer.resize(chunkEnd - chunkStart + CsvRecordParser::readSlack);
        const qint64 valid = std::max<qint64>(m_file.readAt(chunkStart, buffer.data(), chunkEnd - chunkStart), 0);
        if (valid < chunkEnd - chunkStart)
            noteFileChanged();
        std::memset(buffer.data() + valid, 0, size_t(buffer.size() - valid));
        for (; i < j; ++i) {
            const qint64 from = std::min<qint64>(offsets[size_t(i)] - chunkStart, valid);
            const qint64 to = std::min<qint64>(offsets[size_t(i) + 1] - chunkStart, valid);
            fillRecord(buffer.constData() + from, to - from, buffer.size() - to, i, &r);
            if (!visit(r))
                return;
        }
    }
}
