#include "core/validate/Validator.h"

#include "core/convert/RowConverter.h"
#include "core/convert/ScalarConverters.h"
#include "core/source/FileRecordSource.h"
#include "core/validate/DuplicateDetector.h"

#include <QFuture>
#include <QJsonDocument>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

#include <memory>
#include <vector>

namespace {
using T = FieldDefinition::ValueType;

// Issue counts by kind: a handful of kinds, most of them the same literal every row, so a short
// list compared by data pointer first beats a QString-keyed map.
struct KindCounts
{
    QVector<QPair<QString, qint64>> counts;
    void add(const QString &kind, qint64 n = 1)
    {
        for (auto &c : counts) {
            if (c.first.constData() == kind.constData() || c.first == kind) {
                c.second += n;
                return;
            }
        }
        counts.append(qMakePair(kind, n));
    }
};

struct ColumnStats
{
    DateTimeColumnReport report;
    qint64 commaVotes = 0, dotVotes = 0;   // number columns
};

struct ChunkResult
{
    KindCounts counts;
    QList<ValidationIssue> issues;   // first maxIssues of this chunk
    QVector<qint64> errorRecords;
    QVector<qint64> deferredRecords;
    DuplicateDetector::Entries identifiers;
    QVector<ColumnStats> stats;   // parallel to the converter's columns
    QVector<qint64> payloadRecords;   // rows without errors (before duplicates), when wanted
    QByteArray payloads;   // their compact JSON, one after the other
    QVector<qsizetype> payloadEnds;   // where each ends in `payloads`
    qint64 rows = 0;
};

void noteDateCell(DateTimeColumnReport &r, const QString &cell, const RowConverter::Buffer &row, qint64 line,
                  int column, int slot, int position)
{
    const qint8 state = row.dateState.at(position);
    if (state == 0)
        return;   // empty
    ++r.values;
    const DateTimeFormat::Parts &p = row.dateParts.at(position);
    const QString *kind = nullptr;   // the cell's issue, if any (no copy: this runs per date cell)
    for (const ValidationIssue &i : row.issues) {
        if (i.column == column) {
            kind = &i.kind;
            break;
        }
    }
    if (state != 2) {
        ++r.invalidCount;
    } else {
        if (p.shape == DateTimeFormat::Shape::Serial)
            ++r.serialCount;
        else if (p.hasOffset)
            ++r.withOffsetCount;
        else if (!r.dateOnly && p.shape != DateTimeFormat::Shape::NoYear)
            ++r.naiveCount;
        if (p.shape == DateTimeFormat::Shape::Slashed) {
            if (p.p1 > 12 && p.p2 <= 12)
                ++r.dayFirstEvidence;
            else if (p.p2 > 12 && p.p1 <= 12)
                ++r.monthFirstEvidence;
            else if (p.p1 != p.p2 && p.p1 <= 12 && p.p2 <= 12)
                ++r.ambiguousValues;
        }
        if (p.yearDigits == 2 &&
            (p.shape == DateTimeFormat::Shape::Dotted || p.shape == DateTimeFormat::Shape::Slashed))
            ++r.twoDigitYearCount;
        if (r.format.pattern.isEmpty() && p.shape != DateTimeFormat::Shape::Serial) {
            // A readable description of the first value's shape.
            QString pattern;
            switch (p.shape) {
            case DateTimeFormat::Shape::Iso:
                pattern = QStringLiteral("yyyy-MM-dd");
                break;
            case DateTimeFormat::Shape::Dotted:
                pattern = p.yearDigits == 2 ? QStringLiteral("dd.MM.yy") : QStringLiteral("dd.MM.yyyy");
                break;
            case DateTimeFormat::Shape::Slashed:
                pattern = p.yearDigits == 2 ? QStringLiteral("?/?/yy") : QStringLiteral("?/?/yyyy");
                break;
            case DateTimeFormat::Shape::NoYear:
                pattern = QStringLiteral("--MM-dd");
                break;
            default:
                break;
            }
            if (p.hasTime)
                pattern += p.shape == DateTimeFormat::Shape::Iso
                               ? (p.hasSeconds ? QStringLiteral("THH:mm:ss") : QStringLiteral("THH:mm"))
                               : (p.hasSeconds ? QStringLiteral(" HH:mm:ss") : QStringLiteral(" HH:mm"));
            if (p.hasOffset)
                pattern += QStringLiteral("±HH:mm");
            r.format.pattern = pattern;
        }
    }
    if (kind && *kind == QLatin1String("nonexistent_local_time")) {
        ++r.gapCount;
        if (r.gapLines.size() < 20)
            r.gapLines << line;
    } else if (kind && *kind == QLatin1String("ambiguous_local_time")) {
        ++r.overlapCount;
        if (r.overlapLines.size() < 20)
            r.overlapLines << line;
    }
    if (r.samples.size() < 5) {
        const RowConverter::Value &v = row.values.at(slot);
        r.samples.append({line, cell, v.type == RowConverter::Value::Type::String ? v.toString() : QString(),
                          kind ? *kind : QString()});
    }
}

ChunkResult processChunk(const RecordSource &source, qint64 first, qint64 count, const RowConverter &converter,
                         int maxIssues, const std::atomic_bool *cancel, bool wantPayloads)
{
    ChunkResult out;
    const auto &columns = converter.columns();
    out.stats.resize(columns.size());
    for (int c = 0; c < columns.size(); ++c) {
        DateTimeColumnReport &r = out.stats[c].report;
        r.column = columns.at(c).index;
        r.header = columns.at(c).header;
        r.target = columns.at(c).field.target;
        r.dateOnly = columns.at(c).field.type == T::Date;
    }
    out.identifiers.reserve(count);
    if (wantPayloads) {
        // Room up front (a typical contact is a few hundred bytes of JSON): growing a megabytes
        // buffer by reallocation copies it again and again.
        out.payloadRecords.reserve(count);
        out.payloadEnds.reserve(count);
        out.payloads.reserve(count * 384);
    }
    RowConverter::Buffer row;   // reused: no allocation per row once warm
    Validator::visitRange(source, first, count, [&](const SourceRecord &record) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return false;
        ++out.rows;
        converter.convert(record, &row);
        if (row.columnDecides) {
            out.deferredRecords.append(record.index);   // all its issues are counted after the pass
        } else {
            bool error = false;
            for (const ValidationIssue &i : std::as_const(row.issues)) {
                out.counts.add(i.kind);
                error = error || i.severity == ValidationIssue::Severity::Error;
                if (out.issues.size() < maxIssues)
                    out.issues.append(i);
            }
            if (error) {
                out.errorRecords.append(record.index);
            } else if (wantPayloads && !row.isEmpty()) {
                out.payloadRecords.append(record.index);
                converter.appendJson(row, &out.payloads);
                out.payloadEnds.append(out.payloads.size());
            }
        }
        DuplicateDetector::collect(converter, row, record.line, record.index, &out.identifiers);
        for (int c = 0; c < columns.size(); ++c) {
            const RowConverter::Column &col = columns.at(c);
            if (col.index >= record.cells.size())
                continue;
            if (col.field.type == T::Date || col.field.type == T::DateTime) {
                noteDateCell(out.stats[c].report, record.cells.at(col.index), row, record.line, col.index, col.slot, c);
            } else if (col.field.type == T::Number && !col.decimalFromProfile) {
                // A vote for the decimal mark: the only comma (or dot), last of the two, not
                // followed by exactly three digits' worth of text (then it may group thousands).
                const QString &cell = record.cells.at(col.index);
                const qsizetype size = cell.size();
                qsizetype comma = -1, dot = -1, commas = 0, dots = 0;
                const char16_t *text = reinterpret_cast<const char16_t *>(cell.constData());
                for (qsizetype i = 0; i < size; ++i) {
                    if (text[i] == u',') {
                        comma = i;
                        ++commas;
                    } else if (text[i] == u'.') {
                        dot = i;
                        ++dots;
                    }
                }
                if (comma > dot && commas == 1 && size - comma - 1 != 3)
                    ++out.stats[c].commaVotes;
                else if (dot > comma && dots == 1 && size - dot - 1 != 3)
                    ++out.stats[c].dotVotes;
            }
        }
        // The issues hold their cells' text: dropped now, before the next record is read into the
        // same cells, so that they are written in place instead of being shared and reallocated.
        row.issues.clear();
        return true;
    });
    return out;
}

struct LateResult
{
    KindCounts counts;   // of the deferred rows
    QList<ValidationIssue> issues;   // of the deferred rows, the first maxIssues
    QVector<qint64> errorRecords;   // deferred rows with errors
    QVector<qint64> payloadRecords;   // every row without errors, when payloads are wanted
    QByteArray payloads;
    QVector<qsizetype> payloadEnds;
};

// The second pass over one chunk: deferred rows with the decided converter (their issues are
// counted only now); with payloads wanted, the other rows again with the pass's converter.
LateResult processLateChunk(const RecordSource &source, qint64 first, qint64 count, const RowConverter &pass,
                            const RowConverter &decided, const QVector<qint64> &deferred, int maxIssues,
                            bool wantPayloads)
{
    LateResult out;
    RowConverter::Buffer row;
    auto next = std::lower_bound(deferred.cbegin(), deferred.cend(), first);
    auto handle = [&](const SourceRecord &record, bool isDeferred) {
        (isDeferred ? decided : pass).convert(record, &row);
        bool error = false;
        for (const ValidationIssue &i : std::as_const(row.issues)) {
            error = error || i.severity == ValidationIssue::Severity::Error;
            if (!isDeferred)
                continue;
            out.counts.add(i.kind);
            if (out.issues.size() < maxIssues)
                out.issues.append(i);
        }
        if (error && isDeferred)
            out.errorRecords.append(record.index);
        if (!error && wantPayloads && !row.isEmpty()) {
            out.payloadRecords.append(record.index);
            (isDeferred ? decided : pass).appendJson(row, &out.payloads);
            out.payloadEnds.append(out.payloads.size());
        }
    };
    if (wantPayloads) {
        Validator::visitRange(source, first, count, [&](const SourceRecord &record) {
            const bool isDeferred = next != deferred.cend() && *next == record.index;
            if (isDeferred)
                ++next;
            handle(record, isDeferred);
            return true;
        });
    } else {
        for (; next != deferred.cend() && *next < first + count; ++next)
            handle(source.record(*next), true);
    }
    return out;
}

void mergeStats(DateTimeColumnReport &a, const DateTimeColumnReport &b)
{
    a.values += b.values;
    a.naiveCount += b.naiveCount;
    a.withOffsetCount += b.withOffsetCount;
    a.invalidCount += b.invalidCount;
    a.dayFirstEvidence += b.dayFirstEvidence;
    a.monthFirstEvidence += b.monthFirstEvidence;
    a.ambiguousValues += b.ambiguousValues;
    a.twoDigitYearCount += b.twoDigitYearCount;
    a.serialCount += b.serialCount;
    a.gapCount += b.gapCount;
    a.overlapCount += b.overlapCount;
    for (qint64 l : b.gapLines)
        if (a.gapLines.size() < 20)
            a.gapLines << l;
    for (qint64 l : b.overlapLines)
        if (a.overlapLines.size() < 20)
            a.overlapLines << l;
    for (const auto &s : b.samples)
        if (a.samples.size() < 5)
            a.samples << s;
    if (a.format.pattern.isEmpty())
        a.format.pattern = b.format.pattern;
}

// Hands a chunk's payloads to Options::validRow in file order, except rows that turned out to have
// an error (a duplicate found later, or the second pass).
template<typename ChunkPayloads>
void deliverPayloads(const ChunkPayloads &result, const std::vector<bool> &errorRows,
                     const std::function<void(qint64, QByteArrayView)> &validRow)
{
    qsizetype from = 0;
    for (int i = 0; i < result.payloadRecords.size(); ++i) {
        const qsizetype to = result.payloadEnds.at(i);
        if (!errorRows[size_t(result.payloadRecords.at(i))])
            validRow(result.payloadRecords.at(i), QByteArrayView(result.payloads.constData() + from, to - from));
        from = to;
    }
}
}

Validator::Validator(const MappingProfile &profile, const FieldCatalog &catalog)
    : m_profile(profile)
    , m_catalog(catalog)
{
}

void Validator::visitRange(const RecordSource &source, qint64 first, qint64 count,
                           const std::function<bool(const SourceRecord &)> &visit)
{
    const qint64 end = std::min(source.recordCount(), first + count);
    if (const auto *file = dynamic_cast<const FileRecordSource *>(&source)) {
        file->forEachRecordInRange(first, end, visit);   // streamed with large reads
        return;
    }
    for (qint64 i = first; i < end; ++i) {
        if (!visit(source.record(i)))
            return;
    }
}

MappingProfile Validator::autoProfile(const RecordSource &source, const FieldCatalog &catalog,
                                      QVector<HeaderMatcher::Suggestion> *suggestions, int sampleRows)
{
    const QStringList headers = source.headers();
    QList<QStringList> samples;
    for (int i = 0; i < headers.size(); ++i)
        samples.append(QStringList());
    visitRange(source, 0, sampleRows, [&](const SourceRecord &r) {
        for (int i = 0; i < headers.size() && i < r.cells.size(); ++i)
            samples[i].append(r.cells.at(i));
        return true;
    });
    const HeaderMatcher matcher(catalog);
    const QVector<HeaderMatcher::Suggestion> s = matcher.suggest(headers, samples);
    if (suggestions)
        *suggestions = s;
    return matcher.profileFor(s);
}

void Validator::decide(const RowConverter &converter, QVector<DateTimeColumnReport> &dateStats,
                       const QVector<QPair<qint64, qint64>> &decimalVotes, ValidationReport *report) const
{
    report->decisions = RowConverter::Decisions();
    report->dateColumns.clear();
    for (int c = 0; c < converter.columns().size(); ++c) {
        const RowConverter::Column &col = converter.columns().at(c);
        DateTimeColumnReport &r = dateStats[c];
        if (col.dateTime) {
            r.timeZone = m_profile.sourceTimeZone();
            r.timeZoneExplicit = m_profile.timeZoneIsExplicit();
            DateTimeFormat f = DateTimeFormat::fromProfile(col.mapping.format);
            if (f.order == DateTimeFormat::Order::Auto && (r.dayFirstEvidence || r.monthFirstEvidence)) {
                f.order = r.dayFirstEvidence >= r.monthFirstEvidence ? DateTimeFormat::Order::DayFirst
                                                                     : DateTimeFormat::Order::MonthFirst;
                r.orderConflict = r.dayFirstEvidence && r.monthFirstEvidence;
            }
            r.dayMonthAmbiguous = f.order == DateTimeFormat::Order::Auto && r.ambiguousValues > 0;
            if (!f.excelSerial && r.serialCount > 0 && r.serialCount * 10 >= r.values * 9)
                f.excelSerial = true;   // a column of plain numbers: Excel serial days
            QString pattern = r.format.pattern;
            if (f.order != DateTimeFormat::Order::Auto)
                pattern.replace(QLatin1String("?/?"), f.order == DateTimeFormat::Order::DayFirst
                                                          ? QStringLiteral("dd/MM")
                                                          : QStringLiteral("MM/dd"));
            f.pattern = f.excelSerial ? QStringLiteral("excel_serial") : (f.pattern.isEmpty() ? pattern : f.pattern);
            if (m_profile.twoDigitYearPivot() > 0)
                f.pivot = m_profile.twoDigitYearPivot();
            r.format = f;
            report->decisions.dateFormats.insert(col.index, f);
            report->dateColumns.append(r);
        } else if (col.field.type == T::Number && col.decimal.isNull()) {
            const auto votes = decimalVotes.value(c);
            if (votes.first || votes.second)
                report->decisions.decimals.insert(col.index,
                                                  votes.first >= votes.second ? QLatin1Char(',') : QLatin1Char('.'));
        }
    }
}

ValidationReport Validator::run(const RecordSource &source, const Options &options) const
{
    ValidationReport report;
    const QStringList headers = source.headers();
    const qint64 total = source.recordCount();

    // A look at the first records settles most column decisions (Excel serials, day/month order,
    // decimal mark) before the pass; the pass adds evidence for the rest.
    // The undecided converter also makes the final decisions from the whole pass (its columns
    // carry only what the profile says, not what the first records suggested).
    const RowConverter probe(m_profile, m_catalog, headers);
    DuplicateDetector::Entries sampleIdentifiers;   // how many identifiers the rows have, roughly
    qint64 sampleRows = 0;
    {
        ChunkResult sample = processChunk(source, 0, std::min<qint64>(total, 1000), probe, 0, nullptr, false);
        sampleIdentifiers = std::move(sample.identifiers);
        sampleRows = sample.rows;
        QVector<DateTimeColumnReport> dateStats;
        QVector<QPair<qint64, qint64>> votes;
        for (const ColumnStats &cs : sample.stats) {
            dateStats << cs.report;
            votes << qMakePair(cs.commaVotes, cs.dotVotes);
        }
        decide(probe, dateStats, votes, &report);
    }
    const RowConverter converter(m_profile, m_catalog, headers, report.decisions);
    report.setupIssues = converter.setupIssues();
    for (const ValidationIssue &i : report.setupIssues) {
        report.issuesByKind[i.kind] += 1;
        report.issues.append(i);
    }
    const int maxIssues = options.maxIssues + int(report.setupIssues.size());

    const int chunk = std::max(256, options.chunkSize);
    const qint64 chunks = (total + chunk - 1) / chunk;
    QThreadPool pool;
    pool.setMaxThreadCount(options.threads > 0 ? options.threads : std::max(1, QThread::idealThreadCount()));
    const bool wantPayloads = bool(options.validRow);
    // Chunks are started a few ahead of the one being merged, never all at once: results wait in
    // memory only until their turn, so memory stays bounded however fast the workers are.
    std::vector<QFuture<ChunkResult>> futures(static_cast<size_t>(chunks));
    const qint64 window = 2 + 2 * qint64(pool.maxThreadCount());
    qint64 started = 0;
    auto startUpTo = [&](qint64 limit) {
        for (; started < std::min(limit, chunks); ++started) {
            const qint64 k = started;
            futures[size_t(k)] = QtConcurrent::run(&pool, [&, k] {
                return processChunk(source, k * chunk, chunk, converter, options.maxIssues, options.cancel,
                                    wantPayloads);
            });
        }
    };
    startUpTo(window);

    DuplicateDetector duplicates;
    for (const RowConverter::Column &c : converter.columns())
        duplicates.setColumn(c.field.apiKey, c.index, c.header);
    duplicates.reserve(total, &sampleIdentifiers, sampleRows);
    QVector<DateTimeColumnReport> dateStats(converter.columns().size());
    QVector<QPair<qint64, qint64>> decimalVotes(converter.columns().size());
    for (int c = 0; c < dateStats.size(); ++c) {
        const RowConverter::Column &col = converter.columns().at(c);
        DateTimeColumnReport &r = dateStats[c];
        r.column = col.index;
        r.header = col.header;
        r.target = col.field.target;
        r.dateOnly = col.field.type == T::Date;
    }
    std::vector<bool> errorRows(size_t(total), false);
    QVector<qint64> deferred;   // ascending
    qint64 lateFrom = -1;   // first chunk with a deferred row
    qint64 done = 0;
    for (qint64 k = 0; k < chunks; ++k) {
        startUpTo(k + window);
        const ChunkResult result = futures[size_t(k)].result();
        futures[size_t(k)] = QFuture<ChunkResult>();   // its memory goes now, not at the end
        if (options.cancel && options.cancel->load()) {
            report.cancelled = true;
            break;
        }
        report.rows += result.rows;
        for (const auto &c : result.counts.counts)
            report.issuesByKind[c.first] += c.second;
        QVector<qint64> dupErrors;
        const QList<ValidationIssue> dups = duplicates.add(result.identifiers, &dupErrors);
        for (const ValidationIssue &d : dups)
            report.issuesByKind[d.kind] += 1;
        for (qint64 r : result.errorRecords)
            errorRows[size_t(r)] = true;
        for (qint64 r : dupErrors)
            errorRows[size_t(r)] = true;
        if (report.issues.size() < maxIssues) {
            QList<ValidationIssue> chunkIssues = result.issues;
            chunkIssues += dups;
            std::stable_sort(chunkIssues.begin(), chunkIssues.end(),
                             [](const ValidationIssue &a, const ValidationIssue &b) { return a.line < b.line; });
            for (const ValidationIssue &i : chunkIssues) {
                if (report.issues.size() >= maxIssues)
                    break;
                report.issues.append(i);
            }
        }
        if (!result.deferredRecords.isEmpty() && lateFrom < 0)
            lateFrom = k;   // payloads from this chunk on come from the second pass, in file order
        deferred += result.deferredRecords;
        if (wantPayloads && lateFrom < 0)
            deliverPayloads(result, errorRows, options.validRow);
        for (int c = 0; c < dateStats.size(); ++c) {
            mergeStats(dateStats[c], result.stats.at(c).report);
            decimalVotes[c].first += result.stats.at(c).commaVotes;
            decimalVotes[c].second += result.stats.at(c).dotVotes;
        }
        done += result.rows;
        if (options.progress)
            options.progress(done, total);
    }
    if (report.cancelled) {
        pool.waitForDone();
        return report;
    }
    decide(probe, dateStats, decimalVotes, &report);

    // Values only the whole column could settle (day/month order, Excel serials, decimal mark):
    // those rows are converted again with the column's decision, in parallel. With payloads
    // wanted, every row from the first such chunk on is delivered here, so all come in file order.
    if (!deferred.isEmpty()) {
        const RowConverter decided(m_profile, m_catalog, headers, report.decisions);
        std::vector<QFuture<LateResult>> late(static_cast<size_t>(chunks));
        qint64 lateStarted = lateFrom;
        auto startLateUpTo = [&](qint64 limit) {   // a window again: memory stays bounded
            for (; lateStarted < std::min(limit, chunks); ++lateStarted) {
                const qint64 first = lateStarted * chunk;
                const auto it = std::lower_bound(deferred.cbegin(), deferred.cend(), first);
                if (!wantPayloads && (it == deferred.cend() || *it >= first + chunk))
                    continue;
                late[size_t(lateStarted)] = QtConcurrent::run(&pool, [&, first] {
                    return processLateChunk(source, first, chunk, converter, decided, deferred, options.maxIssues,
                                            wantPayloads);
                });
            }
        };
        QList<ValidationIssue> lateIssues;
        for (qint64 k = lateFrom; k < chunks; ++k) {
            startLateUpTo(k + window);
            if (!late[size_t(k)].isValid())
                continue;
            const LateResult result = late[size_t(k)].result();
            late[size_t(k)] = QFuture<LateResult>();
            for (const auto &c : result.counts.counts)
                report.issuesByKind[c.first] += c.second;
            for (const ValidationIssue &i : result.issues) {
                if (lateIssues.size() < options.maxIssues)
                    lateIssues.append(i);
            }
            for (qint64 r : result.errorRecords)
                errorRows[size_t(r)] = true;
            deliverPayloads(result, errorRows, options.validRow);
        }
        report.issues += lateIssues;
        std::stable_sort(report.issues.begin() + report.setupIssues.size(), report.issues.end(),
                         [](const ValidationIssue &a, const ValidationIssue &b) { return a.line < b.line; });
        while (report.issues.size() > maxIssues)
            report.issues.removeLast();
    }
    qint64 invalid = 0;
    for (qint64 i = 0; i < total; ++i) {
        if (errorRows[size_t(i)]) {
            ++invalid;
            if (report.errorRecords.size() < 100000)
                report.errorRecords.append(i);
        }
    }
    report.validRows = converter.hasSetupErrors() ? 0 : report.rows - invalid;
    return report;
}

SendableRows Validator::sendableRows(const RecordSource &source, Options options, ValidationReport *reportOut) const
{
    // The payloads come from the same pass that `convert` writes from, so both send the same bytes.
    SendableRows out;   // lines are filled in below, as the rows are walked again
    options.validRow = [&out](qint64 record, QByteArrayView json) { out.append(record, 0, json); };
    const ValidationReport report = run(source, options);
    if (reportOut)
        *reportOut = report;
    if (report.cancelled || hasSetupErrors(report))
        return SendableRows();
    // Rows left out: converted again with the decided converter for their issues; a row without an
    // Error of its own was left out for a duplicate (the report names the first ones).
    const RowConverter decided(m_profile, m_catalog, source.headers(), report.decisions);
    QHash<qint64, ValidationIssue> duplicates;
    for (const ValidationIssue &i : report.issues) {
        if (i.kind == QLatin1String("duplicate_identifier") && i.severity == ValidationIssue::Severity::Error)
            duplicates.insert(i.line, i);
    }
    qsizetype next = 0;
    RowConverter::Buffer row;
    source.forEachRecord([&](const SourceRecord &record) {
        if (next < out.size() && out.rows.at(next).recordIndex == record.index) {
            out.rows[next++].line = record.line;
            return true;
        }
        decided.convert(record, &row);
        if (!row.hasErrors()) {
            if (row.isEmpty())
                return true;   // nothing to send: `convert` writes nothing for it either
            ValidationIssue issue = duplicates.value(record.line);
            if (issue.kind.isEmpty()) {
                issue.line = record.line;
                issue.kind = QStringLiteral("duplicate_identifier");
                issue.severity = ValidationIssue::Severity::Error;
                issue.message = tr("an e-mail address or phone number of this row is already used by another contact "
                                   "in the file; run \"mateo-import validate\" to see which");
            }
            row.issues.append(issue);
        }
        out.refused << SendableRows::refusal(record.index, record.line, row.issues);
        return true;
    });
    return out;
}
