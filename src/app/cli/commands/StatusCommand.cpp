#include "app/cli/commands/StatusCommand.h"

#include "app/cli/CommandParser.h"
#include "app/cli/ExitCode.h"
#include "app/cli/ImportSession.h"
#include "core/failedrows/FailedRowsExport.h"
#include "core/journal/ImportJournal.h"
#include "core/journal/RowChangeLog.h"
#include "core/source/SameFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace {

QJsonObject describe(ImportJournal &journal, const JournalJob &job)
{
    qint64 sent = 0, success = 0, serverFailed = 0;
    int total = 0, done = 0;
    for (const JournalBatch &b : journal.batches(job.id)) {
        if (b.state == BatchState::Split)
            continue;
        ++total;
        if (b.state == BatchState::Accepted || b.state == BatchState::Finished)
            sent += b.rowCount();
        success += b.successCount;
        serverFailed += b.failedCount;
        done += BatchStates::isDone(b.state) ? 1 : 0;
    }
    return QJsonObject{
        {QStringLiteral("id"), job.id},
        {QStringLiteral("state"), JournalJob::stateName(job.state)},
        {QStringLiteral("file"), job.source.path},
        {QStringLiteral("api_url"), job.apiUrl},
        {QStringLiteral("created_at"), job.createdAt.toString(Qt::ISODate)},
        {QStringLiteral("updated_at"), job.updatedAt.toString(Qt::ISODate)},
        {QStringLiteral("total_rows"), job.totalRows},
        {QStringLiteral("invalid_rows"), job.invalidRows},
        {QStringLiteral("skipped_rows"), job.skippedRows},
        {QStringLiteral("sent_rows"), sent},
        {QStringLiteral("imported_rows"), success},
        // Skipped rows are handed back in the failed-rows file too, but counted apart.
        {QStringLiteral("failed_rows"), qMax<qint64>(0, journal.failedRowCount(job.id) - job.skippedRows)},
        {QStringLiteral("batches_total"), total},
        {QStringLiteral("batches_done"), done},
        {QStringLiteral("message"), job.message}};
}

}

QString StatusCommand::summary() const
{
    return tr("list journaled imports and what is left of them");
}

int StatusCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandParser args(QStringLiteral("status"),
                       tr("Lists unfinished imports (with --all, every import) from the journal."));
    args.addValue(QStringLiteral("data"), tr("Folder of the import journal."), QStringLiteral("DIR"));
    args.addFlag(QStringLiteral("all"), tr("Also list finished and cancelled imports."));
    args.addFlag(QStringLiteral("json"), tr("Print JSON: {\"jobs\": [...]}."));
    args.addValue(QStringLiteral("job"), tr("Only this job."), QStringLiteral("ID"));
    args.addValue(QStringLiteral("failed-rows"), tr("With --job: write that job's failed rows to FILE (CSV)."),
                  QStringLiteral("FILE"));
    args.addValue(QStringLiteral("changes"),
                  tr("With --job: write what that job's rows changed, as its preview saw them before sending "
                     "(line, outcome, contact_id, field, old_value, new_value), to FILE (CSV)."),
                  QStringLiteral("FILE"));
    int exitCode = 0;
    if (!args.parse(arguments, &exitCode))
        return exitCode;
    const QString directory = args.isSet(QStringLiteral("data")) ? args.value(QStringLiteral("data"))
                                                                 : ImportJournal::defaultDirectory();
    ImportJournal journal(directory);
    QString error;
    if (!journal.open(&error)) {
        err << error << Qt::endl;
        return ExitCode::UsageOrUnreadableInput;
    }
    QList<JournalJob> jobs = journal.jobs(!args.isSet(QStringLiteral("all")) && !args.isSet(QStringLiteral("job")));
    if (args.isSet(QStringLiteral("job"))) {
        const QString wanted = args.value(QStringLiteral("job"));
        jobs.erase(std::remove_if(jobs.begin(), jobs.end(), [&](const JournalJob &j) { return j.id != wanted; }),
                   jobs.end());
        if (jobs.isEmpty()) {
            err << tr("mateo-import status: no job %1 in %2. Run \"mateo-import status --all\" for the list.")
                       .arg(wanted, journal.filePath())
                << Qt::endl;
            return ExitCode::UsageOrUnreadableInput;
        }
    }
    if (args.isSet(QStringLiteral("failed-rows"))) {
        if (jobs.size() != 1) {
            err << tr("mateo-import status: --failed-rows needs --job ID.") << Qt::endl;
            return ExitCode::UsageOrUnreadableInput;
        }
        const QString written = ImportSession::exportFailedRows(journal, jobs.first(),
                                                                args.value(QStringLiteral("failed-rows")), &error);
        if (written.isEmpty() && !error.isEmpty()) {
            err << error << Qt::endl;
            return ExitCode::UsageOrUnreadableInput;
        }
        out << (written.isEmpty() ? tr("Job %1 has no failed rows.").arg(jobs.first().id)
                                  : tr("Failed rows written to %1").arg(written))
            << Qt::endl;
        return ExitCode::Success;
    }
    if (args.isSet(QStringLiteral("changes"))) {
        if (jobs.size() != 1) {
            err << tr("mateo-import status: --changes needs --job ID.") << Qt::endl;
            return ExitCode::UsageOrUnreadableInput;
        }
        const JournalJob &job = jobs.first();
        const QString target = args.value(QStringLiteral("changes"));
        // Never over an input: the job's source, or the journal itself.
        const QString overwrite = SameFile::refuseOutput(target, {job.source.path, journal.filePath()});
        if (!overwrite.isEmpty())
            return args.inputError(overwrite);
        RowChangeLog changes(directory);
        if (!changes.open(&error) || !changes.exportCsv(job.id, target, &error)) {
            err << error << Qt::endl;
            return ExitCode::UsageOrUnreadableInput;
        }
        const qint64 rows = changes.count(job.id);
        out << (rows > 0 ? tr("Changes of %Ln row(s) written to %1", nullptr, int(rows)).arg(target)
                         : tr("Job %1 has no recorded changes (only imports with a preview record them: run "
                              "--mode or --skip-unchanged); %2 has the header only.")
                               .arg(job.id, target))
            << Qt::endl;
        return ExitCode::Success;
    }
    QJsonArray list;
    for (const JournalJob &job : jobs)
        list.append(describe(journal, job));
    if (args.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("jobs"), list}}).toJson(QJsonDocument::Indented);
        return ExitCode::Success;
    }
    if (list.isEmpty()) {
        out << tr("No unfinished imports in %1.").arg(journal.filePath()) << Qt::endl;
        return ExitCode::Success;
    }
    for (const QJsonValue &v : list) {
        const QJsonObject j = v.toObject();
        out << tr("Job %1  %2  %3")
                   .arg(j.value(QLatin1String("id")).toString(), j.value(QLatin1String("state")).toString(),
                        j.value(QLatin1String("file")).toString())
            << '\n'
            << tr("  started %1 to %2")
                   .arg(j.value(QLatin1String("created_at")).toString(), j.value(QLatin1String("api_url")).toString())
            << '\n'
            << tr("  rows: %L1 in the file, %L2 imported, %L3 failed or invalid, %L4 skipped; batches %5 of %6 done")
                   .arg(j.value(QLatin1String("total_rows")).toInteger())
                   .arg(j.value(QLatin1String("imported_rows")).toInteger())
                   .arg(j.value(QLatin1String("failed_rows")).toInteger())
                   .arg(j.value(QLatin1String("skipped_rows")).toInteger())
                   .arg(j.value(QLatin1String("batches_done")).toInteger())
                   .arg(j.value(QLatin1String("batches_total")).toInteger())
            << '\n';
        const QString message = j.value(QLatin1String("message")).toString();
        if (!message.isEmpty())
            out << QStringLiteral("  ") << message << '\n';
    }
    out << tr("Continue with: mateo-import resume") << Qt::endl;
    return ExitCode::Success;
}
