#include "app/cli/commands/ResumeCommand.h"

#include "api/http/ApiClient.h"
#include "app/cli/AccountPreflight.h"
#include "app/cli/CommandParser.h"
#include "app/cli/ExitCode.h"
#include "app/cli/ImportSession.h"
#include "core/journal/ImportJournal.h"
#include "core/journal/SourceFingerprint.h"

#include <QTextStream>

#include <algorithm>

QString ResumeCommand::summary() const
{
    return tr("continue every unfinished import (after a crash, a kill or the daily limit)");
}

int ResumeCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandParser args(QStringLiteral("resume"),
                       tr("Continues every unfinished journaled import, oldest first. Batches whose "
                          "answer was lost are checked with the server first: nothing is sent twice."));
    args.addValue(QStringLiteral("api-url"), tr("Use this API base URL instead of the one the job was started with."),
                  QStringLiteral("URL"));
    args.addValue(QStringLiteral("job"), tr("Resume only this job id."), QStringLiteral("ID"));
    args.addFlag(QStringLiteral("accept-changed-source"),
                 tr("Continue even if the source file changed since the job started (the rows are sent as they "
                    "were read then)."));
    ImportSession::addOptions(args.parser());
    int exitCode = 0;
    if (!args.parse(arguments, &exitCode))
        return exitCode;
    ImportSession::Options options;
    QString error;
    if (!ImportSession::readOptions(args.parser(), &options, &error)) {
        err << QStringLiteral("mateo-import resume: ") << error << Qt::endl;
        return ExitCode::UsageOrUnreadableInput;
    }
    ImportJournal journal(options.dataDirectory);
    if (!journal.open(&error)) {
        err << error << Qt::endl;
        return ExitCode::UsageOrUnreadableInput;
    }
    QList<JournalJob> jobs = journal.jobs(true);
    std::reverse(jobs.begin(), jobs.end());   // oldest first
    if (args.isSet(QStringLiteral("job"))) {
        const QString wanted = args.value(QStringLiteral("job"));
        jobs.erase(std::remove_if(jobs.begin(), jobs.end(), [&](const JournalJob &j) { return j.id != wanted; }),
                   jobs.end());
    }
    if (jobs.isEmpty()) {
        out << tr("Nothing to resume: no unfinished import in %1.").arg(journal.filePath()) << Qt::endl;
        return ExitCode::Success;
    }
    QList<int> codes;
    for (const JournalJob &job : jobs) {
        const SourceFingerprint now = SourceFingerprint::of(job.source.path);
        if (!job.source.sameContentAs(now) && !args.isSet(QStringLiteral("accept-changed-source"))) {
            err << tr("Job %1: the source file changed since the import started (%2). Nothing was sent. Import the "
                      "new file with \"mateo-import run\", or continue with the rows as first read: "
                      "\"mateo-import resume --job %1 --accept-changed-source\".")
                       .arg(job.id, job.source.describeChange(now))
                << Qt::endl;
            codes << ExitCode::UsageOrUnreadableInput;
            continue;
        }
        ImportSession::Options jobOptions = options;
        jobOptions.apiUrl = args.isSet(QStringLiteral("api-url")) ? QUrl(args.value(QStringLiteral("api-url")))
                                                                  : QUrl(job.apiUrl);
        ApiClient client;
        if (const int code = ImportSession::setUpClient(client, jobOptions, &error)) {
            err << error << Qt::endl;
            codes << code;
            continue;
        }
        // The account may have changed since the job started (a field deleted, a type changed).
        if (const int code = AccountPreflight().run(client, job)) {
            codes << code;
            continue;
        }
        codes << ImportSession::runJob(journal, client, job.id, jobOptions).exitCode();
    }
    return ImportSession::combineExitCodes(codes);
}
