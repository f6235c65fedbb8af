#include "app/cli/commands/RunCommand.h"

#include "api/engine/JobWriter.h"
#include "api/http/ApiClient.h"
#include "api/http/UrlPolicy.h"
#include "app/cli/AccountPreflight.h"
#include "app/cli/CliPreview.h"
#include "app/cli/CommandInputs.h"
#include "app/cli/CommandParser.h"
#include "app/cli/ExitCode.h"
#include "app/cli/ImportSession.h"
#include "core/convert/RowConverter.h"
#include "core/journal/ImportJournal.h"
#include "core/journal/RowChangeLog.h"
#include "core/journal/SourceFingerprint.h"
#include "core/mapping/FieldCatalog.h"
#include "core/mapping/MappingProfile.h"
#include "core/source/SameFile.h"
#include "core/validate/ValidationIssue.h"

#include <QTextStream>

QString RunCommand::summary() const
{
    return tr("import a file into Hellomateo (journaled, resumable)");
}

int RunCommand::run(const QStringList &arguments)
{
    QTextStream err(stderr);
    CommandParser args(QStringLiteral("run"),

                       tr("Imports FILE into Hellomateo in quota-aware batches. Every step is journaled: "
                          "after a crash, a kill or the daily limit, \"mateo-import resume\" continues "
                          "without sending anything twice. The API key comes from MATEO_API_KEY or the keychain."));
    args.addFile(tr("The contact file (.csv, .txt, .tsv, .xlsx)."));
    args.addValue(QStringLiteral("profile"), tr("The mapping profile (JSON)."), QStringLiteral("P.json"));
    args.addValue(QStringLiteral("api-url"), tr("The API base URL, e.g. https://integration.getmateo.com/api/v1."),
                  QStringLiteral("URL"));
    args.addValue(QStringLiteral("batch-size"), tr("Contacts per import (default: the profile's, else 1000)."),
                  QStringLiteral("N"));
    args.addFlag(QStringLiteral("again"),
                 tr("Import the file even if it was already imported with this profile into this account."));
    CliPreview::addOptions(args);
    ImportSession::addOptions(args.parser());
    int exitCode = 0;
    if (!args.parse(arguments, &exitCode))
        return exitCode;
    const QStringList files = args.files();
    if (files.size() != 1 || !args.isSet(QStringLiteral("profile")) || !args.isSet(QStringLiteral("api-url"))) {
        err << tr("mateo-import run: needs FILE, --profile P.json and --api-url URL. Example: mateo-import run "
                  "contacts.csv --profile contacts.json --api-url https://integration.getmateo.com/api/v1")
            << Qt::endl;
        return ExitCode::UsageOrUnreadableInput;
    }
    ImportSession::Options options;
    QString error;
    options.apiUrl = QUrl(args.value(QStringLiteral("api-url")));
    if (!ImportSession::readOptions(args.parser(), &options, &error)) {
        err << QStringLiteral("mateo-import run: ") << error << Qt::endl;
        return ExitCode::UsageOrUnreadableInput;
    }
    CliPreview::Options previewOptions;
    if (!CliPreview::readOptions(args, &previewOptions, &error))
        return args.usageError(error);
    previewOptions.dailyRequests = options.dailyRequests;
    const QString path = files.first();
    // Before anything is sent: the failed rows would otherwise replace the source or the profile.
    const QString overwrite = SameFile::refuseOutput(options.failedRowsPath,
                                                     {path, args.value(QStringLiteral("profile"))});
    if (!overwrite.isEmpty())
        return args.inputError(overwrite);

    CommandInputs inputs(args);
    if (!inputs.loadProfile(args.value(QStringLiteral("profile"))))
        return inputs.exitCode();
    const MappingProfile &profile = inputs.profile();
    int batchSize = profile.batchSize();
    if (args.isSet(QStringLiteral("batch-size"))) {
        bool ok = false;
        batchSize = args.value(QStringLiteral("batch-size")).toInt(&ok);
        if (!ok || batchSize <= 0) {
            err << tr("mateo-import run: --batch-size takes a positive whole number.") << Qt::endl;
            return ExitCode::UsageOrUnreadableInput;
        }
    }

    ImportJournal journal(options.dataDirectory);
    if (!journal.open(&error)) {
        err << error << Qt::endl;
        return ExitCode::UsageOrUnreadableInput;
    }
    ApiClient client;
    if (const int code = ImportSession::setUpClient(client, options, &error)) {
        err << error << Qt::endl;
        return code;
    }

    const SourceFingerprint fingerprint = SourceFingerprint::of(path, &error);
    if (!fingerprint.isValid()) {
        err << error << Qt::endl;
        return ExitCode::UsageOrUnreadableInput;
    }
    // The same file into the same API with an unfinished job: continue that job. Starting a second
    // one would send every row again.
    for (const JournalJob &job : journal.jobs(true)) {
        if (job.source.sha256 == fingerprint.sha256 && job.apiUrl == client.baseUrl().toString(QUrl::RemoveUserInfo)) {
            QTextStream(stdout) << tr("An unfinished import of this file exists (job %1, started %2); continuing it.")
                                       .arg(job.id, job.createdAt.toString(Qt::ISODate))
                                << Qt::endl;
            if (const int code = AccountPreflight().run(client, job))
                return code;
            return ImportSession::runJob(journal, client, job.id, options).exitCode();
        }
    }

    // The same content, mapping and account imported before: a second run would send every row again
    // and count against the quota again. Only on purpose.
    if (const auto earlier = JobWriter::earlierImport(journal, fingerprint, profile, client.baseUrl());
        earlier && !args.isSet(QStringLiteral("again"))) {
        qint64 imported = 0;
        for (const JournalBatch &b : journal.batches(earlier->id))
            imported += b.successCount;
        err << tr("mateo-import run: %1 was already imported with this profile into %2: job %3 on %4 UTC (%L5 rows "
                  "imported). Nothing was sent. To import it again anyway, add --again.")
                   .arg(path, UrlPolicy::origin(client.baseUrl()), earlier->id,
                        earlier->createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                   .arg(imported)
            << Qt::endl;
        return ExitCode::UsageOrUnreadableInput;
    }

    // A fixed failed-rows export imports like the original: guard stripped, error columns hidden.
    if (!inputs.openSource(path))
        return inputs.exitCode();
    const SourceDescription &description = inputs.description();
    const std::unique_ptr<RecordSource> source = inputs.takeSource();
    // Before anything is journaled or sent: a mapping that fails on every row is refused here, and the
    // account's fields are what the profile's targets resolve to (like the wizard's).
    AccountPreflight preflight;
    if (const int code = preflight.run(client, profile, source->headers()))
        return code;
    const FieldCatalog catalog = FieldCatalog::fromApi(preflight.customFields(), preflight.marketingChannels());
    {
        const RowConverter check(profile, catalog, source->headers());
        if (check.hasSetupErrors()) {
            for (const ValidationIssue &issue : check.setupIssues()) {
                if (issue.severity == ValidationIssue::Severity::Error)
                    err << tr("%1: profile: %2").arg(path, issue.message) << Qt::endl;
            }
            return ExitCode::UsageOrUnreadableInput;
        }
    }
    // The phone metadata is ready before the check (the same warm-up as `convert`).
    inputs.waitForPhones();
    // The wizard prepares its jobs the same way (JobWriter): same checks, same batches, same description.
    SendableRows rows;
    if (!JobWriter::check(*source, profile, catalog, &rows, &error)) {
        err << error << Qt::endl;
        return ExitCode::UsageOrUnreadableInput;
    }
    // A mode other than plain create-and-update needs the preview: it decides, before anything is
    // sent, which rows go and which are handed back (docs/engine.md "Import modes").
    QList<RowChangeLog::Entry> changes;
    if (previewOptions.mode.needsPreview()) {
        CliPreview preview(&client, &journal, previewOptions);
        preview.countEarlierRequests(preflight.requests());
        QTextStream out(stdout);
        if (const int code = preview.narrow(&rows, source->recordCount(), preflight.customFields(),
                                            preflight.marketingChannels(), &changes, out, err))
            return code;
    }
    JobWriter writer(&journal, client.baseUrl());
    writer.setDailyLimits(options.dailyEntities, options.dailyRequests);
    const QString jobId = writer.write(JobWriter::describe(fingerprint, *source, description, profile, batchSize), rows,
                                       source.get(), &error);
    if (jobId.isEmpty()) {
        err << error << Qt::endl;
        return ExitCode::UsageOrUnreadableInput;
    }
    // What the preview saw, kept with the job: `status --job ID --changes OUT.csv` writes it.
    if (!changes.isEmpty()) {
        RowChangeLog changeLog(options.dataDirectory);
        if (!changeLog.open(&error) || !changeLog.record(jobId, changes))
            err << changeLog.lastError() << Qt::endl;
    }
    return ImportSession::runJob(journal, client, jobId, options).exitCode();
}
