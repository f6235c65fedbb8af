#include "core/validate/Validator.h"

#include "core/convert/RowConverter.h"
#include "core/convert/ScalarConverters.h"
#include "core/source/FileRecordSource.h"
#include "core/validate/DuplicateDetector.h"
#include "core/validate/OrderedChunkRunner.h"
#include "core/validate/ReportAccumulator.h"
#include "core/validate/ValidationChunks.h"

#include <QFuture>
#include <QJsonDocument>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

#include <memory>
#include <vector>

using namespace ValidationChunks;
namespace {
using T = FieldDefinition::ValueType;
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

ValidationIssue Validator::nothingToSend(qint64 line)
{
    ValidationIssue issue;
    issue.line = line;
    issue.kind = QStringLiteral("nothing_to_send");
    issue.severity = ValidationIssue::Severity::Skip;
    issue.message = tr("nothing mapped to send: every mapped column of this row is empty, so it was skipped");
    return issue;
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
    const qint64 window = 2 + 2 * qint64(pool.maxThreadCount());
    OrderedChunkRunner<ChunkResult> firstPass(0, chunks, window, [&](qint64 k) {
        return QtConcurrent::run(&pool, [&, k] {
            return processChunk(source, k * chunk, chunk, converter, options.maxIssues, options.cancel, wantPayloads);
        });
    });
    firstPass.startAhead();   // the workers begin while the tables below are set up

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
    ReportAccumulator merged(&report, total, maxIssues);
    QVector<qint64> deferred;   // ascending
    qint64 lateFrom = -1;   // first chunk with a deferred row
    qint64 done = 0;
    firstPass.consume([&](qint64 k, const ChunkResult &result) {
        if (options.cancel && options.cancel->load()) {
            report.cancelled = true;
            return false;
        }
        report.rows += result.rows;
        for (const auto &c : result.counts.counts)
            merged.count(c.first, c.second);
        QVector<qint64> dupErrors;
        const QList<ValidationIssue> dups = duplicates.add(result.identifiers, &dupErrors);
        for (const ValidationIssue &d : dups)
            merged.count(d.kind);
        merged.markErrors(result.errorRecords);
        merged.markErrors(dupErrors);
        merged.markSkipped(result.skippedRecords);
        merged.keepIssues(result.issues + dups);
        if (!result.deferredRecords.isEmpty() && lateFrom < 0)
            lateFrom = k;   // payloads from this chunk on come from the second pass, in file order
        deferred += result.deferredRecords;
        if (wantPayloads && lateFrom < 0)
            deliverPayloads(result, merged.errorRows(), options.validRow);
        for (int c = 0; c < dateStats.size(); ++c) {
            mergeStats(dateStats[c], result.stats.at(c).report);
            decimalVotes[c].first += result.stats.at(c).commaVotes;
            decimalVotes[c].second += result.stats.at(c).dotVotes;
        }
        done += result.rows;
        if (options.progress)
            options.progress(done, total);
        return true;
    });
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
        OrderedChunkRunner<LateResult> secondPass(lateFrom, chunks, window, [&](qint64 k) {
            const qint64 first = k * chunk;
            const auto it = std::lower_bound(deferred.cbegin(), deferred.cend(), first);
            if (!wantPayloads && (it == deferred.cend() || *it >= first + chunk))
                return QFuture<LateResult>();   // nothing deferred in this chunk
            return QtConcurrent::run(&pool, [&, first] {
                return processLateChunk(source, first, chunk, converter, decided, deferred, options.maxIssues,
                                        wantPayloads);
            });
        });
        QList<ValidationIssue> lateIssues;
        secondPass.consume([&](qint64, const LateResult &result) {
            for (const auto &c : result.counts.counts)
                merged.count(c.first, c.second);
            for (const ValidationIssue &i : result.issues) {
                if (lateIssues.size() < options.maxIssues)
                    lateIssues.append(i);
            }
            merged.markErrors(result.errorRecords);
            merged.markSkipped(result.skippedRecords);
            deliverPayloads(result, merged.errorRows(), options.validRow);
            return true;
        });
        merged.mergeLateIssues(lateIssues);
    }
    merged.finish(converter.hasSetupErrors());
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
            if (row.isEmpty()) {   // nothing to send: `convert` writes nothing for it either
                out.skipped << SendableRows::skip(record.index, record.line, nothingToSend(record.line));
                return true;
            }
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
