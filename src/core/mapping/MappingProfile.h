#pragma once

#include "core/mapping/ColumnMapping.h"
#include "core/source/ReadOptions.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

// A saved mapping (docs/architecture.md "Mapping profile"): how to read the file and where each column goes.
// Columns are matched by header text, so last month's profile fits this month's export.
// Unknown keys (top level and per column) survive load + save.
//
// Top-level extensions (optional; defaults in brackets):
//   "dst_gap":     "error" | "shift_forward"          [error]  nonexistent local times
//   "dst_overlap": "error" | "earlier" | "later"      [error]  ambiguous local times
//   "two_digit_year_pivot": first year of the 100-year window for yy years [auto, see DateTimeFormat]
//   "batch_size":  contacts per import object                      [1000]
//   "consent_values": {"accepted": [...], "declined": [...], "requested": [...]} extra words
// "source_timezone" empty/absent means the computer's zone, and is then reported (naive_datetime).
class MappingProfile
{
public:
    enum class DstGapRule { Error, ShiftForward };
    enum class DstOverlapRule { Error, Earlier, Later };

    static constexpr int DefaultBatchSize = 1000;

    MappingProfile() = default;

    static bool fromJson(const QByteArray &json, MappingProfile *profile, QString *errorMessage);
    static bool load(const QString &path, MappingProfile *profile, QString *errorMessage);
    QJsonObject toJson() const;
    // What fromJson() read but does not understand (unknown keys, with the closest known one).
    const QStringList &warnings() const { return m_warnings; }
    bool save(const QString &path, QString *errorMessage) const;

    ReadOptions readOptions() const;
    void setReadOptions(const ReadOptions &options);

    QString defaultRegion() const { return m_defaultRegion.isEmpty() ? QStringLiteral("DE") : m_defaultRegion; }
    void setDefaultRegion(const QString &region) { m_defaultRegion = region.toUpper(); }
    // IANA id; empty = the computer's zone (timeZoneIsExplicit() false).
    QString sourceTimeZone() const;
    bool timeZoneIsExplicit() const { return !m_sourceTimeZone.isEmpty(); }
    void setSourceTimeZone(const QString &ianaId) { m_sourceTimeZone = ianaId; }

    DstGapRule dstGapRule() const { return m_dstGap; }
    DstOverlapRule dstOverlapRule() const { return m_dstOverlap; }
    void setDstGapRule(DstGapRule rule) { m_dstGap = rule; }
    void setDstOverlapRule(DstOverlapRule rule) { m_dstOverlap = rule; }
    int twoDigitYearPivot() const { return m_pivot; }   // 0 = automatic
    void setTwoDigitYearPivot(int firstYear) { m_pivot = firstYear; }
    int batchSize() const { return m_batchSize > 0 ? m_batchSize : DefaultBatchSize; }
    void setBatchSize(int size) { m_batchSize = size; }
    QJsonObject consentValues() const { return m_extra.value(QLatin1String("consent_values")).toObject(); }

    const QList<ColumnMapping> &columns() const { return m_columns; }
    QList<ColumnMapping> &columns() { return m_columns; }
    void setColumns(const QList<ColumnMapping> &columns) { m_columns = columns; }
    // The profile entry for a source header: exact text first, then case/space-insensitive.
    const ColumnMapping *columnForHeader(const QString &header) const;
    // columnForHeader() of every header at once, in O(headers + columns): a file with 100,000
    // columns took minutes when each header was looked up by comparing it with every column.
    QVector<const ColumnMapping *> columnsForHeaders(const QStringList &headers) const;
    // Headers the profile names that the file lacks (the wizard asks; the CLI warns). O(n).
    QStringList missingHeaders(const QStringList &fileHeaders) const;

private:
    QString m_defaultRegion;
    QString m_sourceTimeZone;
    DstGapRule m_dstGap = DstGapRule::Error;
    DstOverlapRule m_dstOverlap = DstOverlapRule::Error;
    int m_pivot = 0;
    int m_batchSize = 0;
    QList<ColumnMapping> m_columns;
    QJsonObject m_extra;   // the whole object as read: unknown keys survive
    QStringList m_warnings;
};
