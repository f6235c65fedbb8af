#include "core/source/csv/CsvFormatDetector.h"

#include "core/source/csv/CsvRecordParser.h"
#include "core/source/csv/CsvScanner.h"

#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace {
constexpr int maxSampleRecords = 200;

// Collects the first records of a sample.
class CollectSink : public CsvScanner::Sink
{
public:
    std::vector<CsvScanner::RawRecord> records;
    bool onRecord(const CsvScanner::RawRecord &record) override
    {
        records.push_back(record);
        return records.size() < maxSampleRecords;
    }
    void onIssue(CsvScanner::Issue, qint64, qint64, qint64) override { }
};

struct ScanResult
{
    std::vector<CsvScanner::RawRecord> records;
    CsvScanner::LineEndingCounts endings;
    qint64 quotedFields = 0;
};

ScanResult scan(const QByteArray &sample, bool complete, char delimiter)
{
    CollectSink sink;
    CsvScanner scanner(delimiter, '"', false, &sink);
    bool more = scanner.feed(sample.constData(), sample.size());
    if (more && complete && !scanner.finish()) {
        scanner.reset(scanner.restartOffset(), scanner.restartLine());
        const qint64 from = scanner.offset();
        if (scanner.feed(sample.constData() + from, sample.size() - from))
            scanner.finish();   // a second unterminated quote: the detector does not need more
    }
    return {sink.records, scanner.lineEndings(), scanner.quotedFields()};
}

// The most common field count among records with at least two fields (0 if none) and how many have it.
std::pair<qint64, int> modalFieldCount(const std::vector<CsvScanner::RawRecord> &records)
{
    std::map<qint64, int> counts;
    for (const auto &r : records) {
        if (!r.blank && !r.onlyDelimiters && r.fields > 1)
            ++counts[r.fields];
    }
    std::pair<qint64, int> best{0, 0};
    for (const auto &[fields, n] : counts) {
        if (n > best.second || (n == best.second && fields > best.first))
            best = {fields, n};
    }
    return best;
}

double decimalCommaShare(const QByteArray &sample)
{
    qint64 commas = 0, between = 0;
    for (qsizetype i = 0; i < sample.size(); ++i) {
        if (sample.at(i) != ',')
            continue;
        ++commas;
        if (i > 0 && i + 1 < sample.size() && QChar::isDigit(uchar(sample.at(i - 1))) &&
            QChar::isDigit(uchar(sample.at(i + 1))))
            ++between;
    }
    return commas ? double(between) / double(commas) : 0.0;
}

QString delimiterText(char d)
{
    return QString(QLatin1Char(d));
}

// How much a record reads like column names: share of non-empty cells that are text, not data.
double headerLikeness(const QStringList &cells)
{
    static const QRegularExpression dataLike(
        QStringLiteral("^[-+]?[\\d.,\\s/:%€$]+$|@|^\\d{1,4}[-./]\\d{1,2}[-./]\\d{1,4}|^https?://"));
    int nonEmpty = 0, textLike = 0;
    for (const QString &raw : cells) {
        const QString cell = raw.trimmed();
        if (cell.isEmpty())
            continue;
        ++nonEmpty;
        bool hasLetter = std::any_of(cell.begin(), cell.end(), [](QChar c) { return c.isLetter(); });
        if (hasLetter && cell.size() <= 60 && !dataLike.match(cell).hasMatch())
            ++textLike;
    }
    if (cells.isEmpty() || nonEmpty == 0)
        return 0.0;
    // Headers may have gaps (unnamed columns): gaps weigh half.
    const double filled = double(nonEmpty) / double(cells.size());
    return (0.5 + 0.5 * filled) * double(textLike) / double(nonEmpty);
}
}

DetectionChoice CsvFormatDetector::lineEndingChoice(qint64 lf, qint64 crlf, qint64 cr)
{
    std::vector<std::pair<qint64, QString>> counts{
        {crlf, QStringLiteral("CRLF")}, {lf, QStringLiteral("LF")}, {cr, QStringLiteral("CR")}};
    std::stable_sort(counts.begin(), counts.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    const double total = double(lf + crlf + cr);
    DetectionChoice choice;
    if (total == 0) {   // a single line: nothing to see; LF is what we would write
        choice.value = QStringLiteral("LF");
        choice.confidence = 0.5;
        choice.alternatives = {{QStringLiteral("CRLF"), 0.3}, {QStringLiteral("CR"), 0.2}};
        return choice;
    }
    choice.value = counts[0].second;
    choice.confidence = double(counts[0].first) / total;
    for (int i = 1; i < 3; ++i)
        choice.alternatives.append({counts[i].second, double(counts[i].first) / total});
    return choice;
}

CsvFormatDetector::Result CsvFormatDetector::detect(const QByteArray &sample, bool complete, TextEncoding::Id encoding,
                                                    const ReadOptions &options, SourceDescription *d)
{
    Result result;

    // --- delimiter
    struct Candidate
    {
        char delimiter;
        double score;
    };
    std::vector<Candidate> candidates;
    const char forced = options.delimiter.isNull() ? 0 : char(options.delimiter.toLatin1());
    const double commaPenalty = decimalCommaShare(sample) >= 0.5 ? 0.5 : 1.0;
    for (char c : {';', ',', '\t', '|'}) {
        const ScanResult s = scan(sample, complete, c);
        const auto [fields, n] = modalFieldCount(s.records);
        // Consistency counts from the first record of the table's width: title lines above do not count.
        auto first = std::find_if(s.records.begin(), s.records.end(),
                                  [f = fields](const auto &r) { return r.fields == f; });
        const auto nonBlank = std::count_if(first, s.records.end(),
                                            [](const auto &r) { return !r.blank && !r.onlyDelimiters; });
        const auto allNonBlank = std::count_if(s.records.begin(), s.records.end(),
                                               [](const auto &r) { return !r.blank && !r.onlyDelimiters; });
        const double coverage = allNonBlank ? double(nonBlank) / double(allNonBlank) : 0.0;
        double score = (fields > 1 && nonBlank) ? double(n) / double(nonBlank) * (0.8 + 0.2 * coverage) : 0.0;
        if (c == ',')
            score *= commaPenalty;
        if (score > 0)   // prefer wider tables a little when equally consistent
            score = score * 0.95 + 0.05 * std::min(1.0, double(fields) / 20.0);
        candidates.push_back({c, score});
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    if (forced) {
        result.delimiter = forced;
        d->delimiter.value = delimiterText(forced);
        d->delimiter.confidence = 1.0;
        d->delimiter.userChosen = true;
    } else {
        result.delimiter = candidates.front().score > 0 ? candidates.front().delimiter : ',';
        d->delimiter.value = delimiterText(result.delimiter);
        // Confidence: the winner's score, reduced when the runner-up scores nearly as well.
        const double best = candidates.front().score, second = candidates.size() > 1 ? candidates[1].score : 0.0;
        d->delimiter.confidence = best > 0 ? std::clamp(best * (1.0 - 0.5 * second / best), 0.05, 0.99) : 0.2;
    }
    for (const Candidate &c : candidates) {
        if (c.delimiter != result.delimiter)
            d->delimiter.alternatives.append({delimiterText(c.delimiter), std::clamp(c.score * 0.5, 0.0, 0.99)});
    }

    // --- quoting and line endings, from a scan with the chosen delimiter
    const ScanResult s = scan(sample, complete, result.delimiter);
    qint64 totalFields = 0;
    for (const auto &r : s.records)
        totalFields += r.blank ? 0 : r.fields;
    d->quoteChar.value = QStringLiteral("\"");
    d->quoteChar.confidence = 1.0;
    d->quoting = s.quotedFields == 0
                     ? QStringLiteral("none")
                     : (s.quotedFields >= totalFields ? QStringLiteral("all") : QStringLiteral("minimal"));
    d->lineEnding = lineEndingChoice(s.endings.lf, s.endings.crlf, s.endings.cr);

    // --- header row
    const auto [modal, modalCount] = modalFieldCount(s.records);
    Q_UNUSED(modalCount);
    const qint64 wanted = modal > 1 ? modal : 1;
    CsvRecordParser parser(result.delimiter, '"', encoding);
    struct HeaderCandidate
    {
        int row;
        double score;
    };
    std::vector<HeaderCandidate> headerCandidates;
    const int lookAt = std::min<int>(int(s.records.size()), 30);
    for (int i = 0; i < lookAt; ++i) {
        const auto &r = s.records[size_t(i)];
        if (r.blank || r.onlyDelimiters || r.fields < wanted)
            continue;
        const qint64 end = size_t(i + 1) < s.records.size() ? s.records[size_t(i + 1)].offset : sample.size();
        QStringList cells;
        parser.parse(sample.constData() + r.offset, end - r.offset, r.offset, &cells);
        headerCandidates.push_back({i + 1, headerLikeness(cells)});
    }
    if (options.headerRow > 0) {
        result.headerRow = options.headerRow;
        d->headerRow.confidence = 1.0;
        d->headerRow.userChosen = true;
    } else if (!headerCandidates.empty()) {
        // The first candidate that reads like names; if none does, the first full-width record.
        auto it = std::find_if(headerCandidates.begin(), headerCandidates.end(),
                               [](const HeaderCandidate &c) { return c.score >= 0.5; });
        const bool textual = it != headerCandidates.end();
        if (!textual)
            it = headerCandidates.begin();
        result.headerRow = it->row;
        const double nextScore = (it + 1) != headerCandidates.end() ? (it + 1)->score : 0.0;
        d->headerRow.confidence = textual ? std::clamp(0.6 + 0.4 * (it->score - nextScore), 0.5, 0.99) : 0.3;
    } else {
        result.headerRow = 1;
        d->headerRow.confidence = 0.3;
    }
    d->headerRow.value = QString::number(result.headerRow);
    d->headerRowNumber = result.headerRow;
    if (size_t(result.headerRow - 1) < s.records.size())
        d->headerLine = s.records[size_t(result.headerRow - 1)].line;
    for (const HeaderCandidate &c : headerCandidates) {
        if (c.row != result.headerRow && d->headerRow.alternatives.size() < 3)
            d->headerRow.alternatives.append({QString::number(c.row), std::clamp(c.score * 0.5, 0.01, 0.9)});
    }
    if (result.headerRow != 1 &&
        std::none_of(d->headerRow.alternatives.begin(), d->headerRow.alternatives.end(),
                     [](const DetectionAlternative &a) { return a.value == QLatin1String("1"); }))
        d->headerRow.alternatives.append({QStringLiteral("1"), 0.05});
    return result;
}
