#include "core/validate/ValidationChunks.h"

#include "core/convert/ScalarConverters.h"
#include "core/validate/Validator.h"

namespace ValidationChunks {
namespace {
using T = FieldDefinition::ValueType;

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
            } else if (row.isEmpty()) {
                // Said, not silently dropped: counted and listed like any issue.
                out.skippedRecords.append(record.index);
                const ValidationIssue skip = Validator::nothingToSend(record.line);
                out.counts.add(skip.kind);
                if (out.issues.size() < maxIssues)
                    out.issues.append(skip);
            } else if (wantPayloads) {
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
        if (!error && isDeferred && row.isEmpty()) {
            out.skippedRecords.append(record.index);
            const ValidationIssue skip = Validator::nothingToSend(record.line);
            out.counts.add(skip.kind);
            if (out.issues.size() < maxIssues)
                out.issues.append(skip);
        }
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
}
