#pragma once

#include "core/convert/ConvertedRow.h"
#include "core/journal/JournalJob.h"
#include "core/journal/QuotaBudget.h"
#include "core/validate/SendableRows.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

class FieldCatalog;
class ImportJournal;
class MappingProfile;
class RecordSource;
struct SourceFingerprint;
struct SourceDescription;

// The one way a file becomes a journaled import job, for the wizard's Import page and for
// `mateo-import run` alike (docs/engine.md): the file is fingerprinted, the whole file checked
// exactly as `convert` does (SendableRows: whole-column decisions, in-file duplicates handed back),
// the source described (JournalJob::describe), the rows cut into batches no larger than a day's
// quota allows, and everything journaled in one transaction. Then ImportEngine::start(jobId) sends it.
//
// Blocking and thread-agnostic: the wizard runs it in a worker with the journal opened there (one
// connection per thread). Nothing here talks to the network; `apiUrl` only names the destination.
class JobWriter
{
    Q_DECLARE_TR_FUNCTIONS(JobWriter)

public:
    // `apiUrl` is the destination as the ApiClient has it (ApiClient::baseUrl()).
    JobWriter(ImportJournal *journal, const QUrl &apiUrl);

    void setDailyLimits(qint64 entities, qint64 requests);

    // The whole path: `source` is the file fingerprinted as `fingerprint` (SourceFingerprint::of) and
    // read as `description`, possibly wrapped
    // (a re-imported failed-rows export, the wizard's corrections). batchSize <= 0: the profile's.
    // Returns the job id, or empty and *errorMessage (the mapping has errors, the journal refused).
    QString write(const SourceFingerprint &fingerprint, const RecordSource &source,
                  const SourceDescription &description, const MappingProfile &profile, const FieldCatalog &catalog,
                  int batchSize, QString *errorMessage);

    // The two halves of write() for a caller that narrows the rows in between (`run --mode`: the
    // preview keeps rows back): the whole-file check — false and *errorMessage when the mapping has
    // errors — and the job's description as write() makes it.
    static bool check(const RecordSource &source, const MappingProfile &profile, const FieldCatalog &catalog,
                      SendableRows *rows, QString *errorMessage);
    static JournalJob describe(const SourceFingerprint &fingerprint, const RecordSource &source,
                               const SourceDescription &description, const MappingProfile &profile, int batchSize);

    // Journals a described job with rows already checked: rows with errors (refused) and skipped rows
    // become failed rows right away, each with its reason, the rest batches of job.batchSize. `source`
    // (optional) supplies the original cells for the failed-rows export, one batch at a time. Returns
    // the job id, or empty and *errorMessage.
    QString write(JournalJob job, const SendableRows &rows, const RecordSource *source, QString *errorMessage);
    // The same for rows converted one by one (tests, tools).
    QString write(JournalJob job, const QList<ConvertedRow> &rows, const RecordSource *source, QString *errorMessage);

    // The job's identity is the source's content + the mapping + the destination account
    // (docs/engine.md, "No accidental second import"). The latest finished job with the same identity
    // as a new job of `fingerprint`, `profile` into `apiUrl`, if there is one.
    static std::optional<JournalJob> earlierImport(const ImportJournal &journal, const SourceFingerprint &fingerprint,
                                                   const MappingProfile &profile, const QUrl &apiUrl);

private:
    ImportJournal *m_journal;
    QUrl m_apiUrl;
    QuotaBudget m_limits;
};
