#include "api/engine/JobWriter.h"

#include "api/http/UrlPolicy.h"
#include "core/journal/ImportJournal.h"
#include "core/journal/ImportPlanner.h"
#include "core/journal/SourceFingerprint.h"
#include "core/mapping/MappingProfile.h"
#include "core/source/RecordSource.h"
#include "core/source/SourceDescription.h"
#include "core/validate/Validator.h"

#include <QJsonDocument>
#include <QUuid>

JobWriter::JobWriter(ImportJournal *journal, const QUrl &apiUrl)
    : m_journal(journal)
    , m_apiUrl(apiUrl)
{
}

void JobWriter::setDailyLimits(qint64 entities, qint64 requests)
{
    m_limits.dailyEntities = entities;
    m_limits.dailyRequests = requests;
}

QString JobWriter::write(const SourceFingerprint &fingerprint, const RecordSource &source,
                         const SourceDescription &description, const MappingProfile &profile,
                         const FieldCatalog &catalog, int batchSize, QString *errorMessage)
{
    SendableRows rows;
    if (!check(source, profile, catalog, &rows, errorMessage))
        return QString();
    return write(describe(fingerprint, source, description, profile, batchSize), rows, &source, errorMessage);
}

bool JobWriter::check(const RecordSource &source, const MappingProfile &profile, const FieldCatalog &catalog,
                      SendableRows *rows, QString *errorMessage)
{
    // Exactly what `convert` writes: the whole file decides ambiguous columns (day/month order,
    // Excel serials, decimal mark) and in-file duplicates before a single row is journaled.
    Validator::Options options;
    options.maxIssues = 1000;
    ValidationReport report;
    *rows = Validator(profile, catalog).sendableRows(source, options, &report);
    if (Validator::hasSetupErrors(report)) {
        QStringList problems;
        for (const ValidationIssue &issue : std::as_const(report.setupIssues)) {
            if (issue.severity == ValidationIssue::Severity::Error)
                problems << issue.message;
        }
        if (errorMessage)
            *errorMessage =
                tr("The mapping has errors: %1 Fix them on the Mapping page (or in the profile), then start again.")
                    .arg(problems.join(QLatin1Char(' ')));
        return false;
    }
    return true;
}

JournalJob JobWriter::describe(const SourceFingerprint &fingerprint, const RecordSource &source,
                               const SourceDescription &description, const MappingProfile &profile, int batchSize)
{
    return JournalJob::describe(fingerprint, source.headers(), description,
                                QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact),
                                batchSize > 0 ? batchSize : profile.batchSize(), source.recordCount());
}

QString JobWriter::write(JournalJob job, const QList<ConvertedRow> &rows, const RecordSource *source,
                         QString *errorMessage)
{
    return write(job, SendableRows::fromConverted(rows), source, errorMessage);
}

QString JobWriter::write(JournalJob job, const SendableRows &rows, const RecordSource *source, QString *errorMessage)
{
    job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // A batch larger than a day's quota could never be sent.
    job.batchSize = ImportPlanner::effectiveBatchSize(job.batchSize, m_limits);
    job.apiUrl = m_apiUrl.toString(QUrl::RemoveUserInfo);
    job.state = JournalJob::State::Running;
    if (job.totalRows <= 0)
        job.totalRows = rows.size() + rows.refused.size() + rows.skipped.size();
    job.invalidRows = rows.refused.size();
    job.skippedRows = rows.skipped.size();

    // Batch by batch into one transaction, each with the source's cells for the failed-rows
    // export: only one batch's cells are in memory at a time, however long the file.
    auto cellsOf = [source](qint64 recordIndex) { return source ? source->record(recordIndex).cells : QStringList(); };
    bool ok = m_journal->beginJob(job);
    int sequence = 1;
    for (qsizetype start = 0; ok && start < rows.size(); start += job.batchSize) {
        JournalBatch batch = ImportPlanner::batchOf(rows, start, qMin<qsizetype>(rows.size(), start + job.batchSize),
                                                    job.id, sequence++);
        QList<QStringList> cells;
        if (source) {
            cells.reserve(batch.rowCount());
            for (qint64 index : std::as_const(batch.recordIndexes))
                cells << cellsOf(index);
        }
        ok = m_journal->addBatch(batch, cells);
    }
    // Refused and skipped rows alike go back with the failed rows, each with its reason (the job
    // counts them apart: invalidRows, skippedRows).
    constexpr qsizetype refusedSlice = 1000;
    for (const QList<FailedRow> *notSent : {&rows.refused, &rows.skipped}) {
        for (qsizetype start = 0; ok && start < notSent->size(); start += refusedSlice) {
            QList<FailedRow> slice = notSent->mid(start, refusedSlice);
            for (FailedRow &f : slice)
                f.cells = cellsOf(f.recordIndex);
            ok = m_journal->addRejectedRows(job.id, slice);
        }
    }
    ok = ok && m_journal->commitJob();
    if (!ok) {
        m_journal->abandonJob();
        if (errorMessage)
            *errorMessage = m_journal->lastError();
        return QString();
    }
    return job.id;
}

std::optional<JournalJob> JobWriter::earlierImport(const ImportJournal &journal, const SourceFingerprint &fingerprint,
                                                   const MappingProfile &profile, const QUrl &apiUrl)
{
    const QByteArray mapping = QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact);
    const QString account = UrlPolicy::origin(apiUrl);
    for (const JournalJob &job : journal.jobs(false)) {   // newest first
        if (job.state == JournalJob::State::Finished && job.source.sha256 == fingerprint.sha256 &&
            job.profileJson == mapping && UrlPolicy::origin(QUrl(job.apiUrl)) == account)
            return job;
    }
    return std::nullopt;
}
