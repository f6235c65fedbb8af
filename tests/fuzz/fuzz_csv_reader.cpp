// libFuzzer target for the CSV reader: detection, the chunked scanner, the record parser.
// Build: cmake --preset fuzz && cmake --build --preset fuzz --target fuzz_csv_reader
// Run:   build/fuzz/tests/fuzz_csv_reader -max_total_time=60 -max_len=4096
// Besides sanitizer findings it checks the reader's own promises and aborts when one breaks:
//  - feeding the bytes in arbitrary chunks gives the same records and issues as all at once;
//  - the parser finds exactly as many fields in each record as the scanner counted;
//  - every record offset lies inside the input and offsets increase;
//  - the parser's fast path (masks, reading past a cell) gives the cells of its reference state
//    machine, with and without readable bytes after the record.
#include "core/source/FileProbe.h"
#include "core/source/csv/CsvFormatDetector.h"
#include "core/source/csv/CsvRecordParser.h"
#include "core/source/csv/CsvScanner.h"
#include "core/text/EncodingDetector.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace {
struct Event
{
    int kind;   // 0 record, 1..4 issue + 1
    qint64 a, b, c, d;
    bool operator==(const Event &o) const { return kind == o.kind && a == o.a && b == o.b && c == o.c && d == o.d; }
};

struct Sink : CsvScanner::Sink
{
    std::vector<Event> events;
    bool onRecord(const CsvScanner::RawRecord &r) override
    {
        events.push_back({0, r.offset, r.line, r.fields, (r.blank ? 1 : 0) + (r.onlyDelimiters ? 2 : 0)});
        return true;
    }
    void onIssue(CsvScanner::Issue issue, qint64 line, qint64 field, qint64 offset) override
    {
        events.push_back({int(issue) + 1, line, field, offset, 0});
    }
};

std::vector<Event> scan(const char *data, qsizetype size, char delimiter, const std::vector<qsizetype> &cuts,
                        std::vector<qint64> *literal)
{
    Sink sink;
    CsvScanner scanner(delimiter, '"', true, &sink);
    qint64 from = 0;
    for (;;) {
        qint64 pos = from;
        for (qsizetype cut : cuts) {
            if (cut > pos && cut < size) {
                scanner.feed(data + pos, cut - pos);
                pos = cut;
            }
        }
        scanner.feed(data + pos, size - pos);
        if (scanner.finish())
            break;
        from = scanner.restartOffset();
        while (!sink.events.empty() && sink.events.back().kind != 0 && sink.events.back().c >= from)
            sink.events.pop_back();
        scanner.reset(from, scanner.restartLine());
    }
    *literal = scanner.literalQuotes();
    return sink.events;
}
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t length)
{
    const QByteArray input(reinterpret_cast<const char *>(bytes), qsizetype(length));
    QString what;
    FileProbe::probe(input, &what);

    SourceDescription description;
    const EncodingDetector::Result encoding = EncodingDetector::detect(input, true, QStringLiteral("auto"),
                                                                       &description);
    const QByteArray body = input.mid(encoding.bomLength);
    const CsvFormatDetector::Result dialect = CsvFormatDetector::detect(body, true, TextEncoding::Utf8, ReadOptions(),
                                                                        &description);

    std::vector<qint64> literal, literalChunked;
    const std::vector<Event> whole = scan(body.constData(), body.size(), dialect.delimiter, {}, &literal);
    // Cut points derived from the input itself, so the fuzzer explores them too.
    std::vector<qsizetype> cuts;
    for (qsizetype i = 0, step = 1 + (length ? bytes[0] % 7 : 0); i < body.size(); i += step)
        cuts.push_back(i);
    const std::vector<Event> chunked = scan(body.constData(), body.size(), dialect.delimiter, cuts, &literalChunked);
    if (!(whole == chunked) || literal != literalChunked)
        std::abort();

    CsvRecordParser parser(dialect.delimiter, '"',
                           encoding.id == TextEncoding::Utf8 ? TextEncoding::Utf8
                           : encoding.id == TextEncoding::Utf16LE || encoding.id == TextEncoding::Utf16BE
                               ? TextEncoding::Windows1252
                               : encoding.id,
                           &literal);
    std::vector<Event> records;
    for (const Event &e : whole) {
        if (e.kind == 0)
            records.push_back(e);
    }
    QStringList reused, keptDeep;
    for (size_t i = 0; i < records.size(); ++i) {
        const qint64 start = records[i].a;
        const qint64 end = i + 1 < records.size() ? records[i + 1].a : body.size();
        if (start < 0 || end > body.size() || start > end || (i > 0 && start <= records[i - 1].a))
            std::abort();
        QStringList cells;
        const qsizetype used = parser.parse(body.constData() + start, end - start, start, &cells);
        if (cells.size() != records[i].c)
            std::abort();
        QStringList reference, withSlack;
        if (parser.parseReference(body.constData() + start, end - start, start, &reference) != used ||
            reference != cells)
            std::abort();
        const qsizetype slack = std::min<qsizetype>(CsvRecordParser::readSlack, body.size() - end);
        if (parser.parse(body.constData() + start, end - start, start, &withSlack, slack) != used || withSlack != cells)
            std::abort();
        // Streaming parses into the previous record's list (its buffers reused): the same cells,
        // and a copy a visitor kept of the previous record (sharing its strings) stays unchanged.
        const QStringList kept = reused;
        parser.parse(body.constData() + start, end - start, start, &reused);
        if (reused != cells || kept != keptDeep)
            std::abort();
        keptDeep.clear();
        for (const QString &c : std::as_const(reused))
            keptDeep << QString(c.constData(), c.size());
    }
    return 0;
}
