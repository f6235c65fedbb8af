#include "app/cli/ImportSession.h"

#include "api/engine/ImportEngine.h"
#include "api/http/ApiClient.h"
#include "api/http/UrlPolicy.h"
#include "api/local/ApiKeyLookup.h"
#include "app/cli/CliProgress.h"
#include "app/cli/ExitCode.h"
#include "core/failedrows/FailedRowsExport.h"
#include "core/journal/ImportJournal.h"
#include "core/source/SameFile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

void ImportSession::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("data"),
                      tr("Folder of the import journal (default: MATEO_DATA_DIR or the app data folder)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("timeout"), tr("Seconds without data before a request is retried (default 60)."),
                      QStringLiteral("SECONDS"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("daily-entities"), tr("Your organisation's daily contact limit (default 25000)."),
                      QStringLiteral("N"), QStringLiteral("25000")});
    parser.addOption({QStringLiteral("daily-requests"), tr("Your organisation's daily request limit (default 10000)."),
                      QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("poll-interval"),
                      tr("First status poll interval in ms (default 2000; backs off to 30 s)."), QStringLiteral("MS"),
                      QStringLiteral("2000")});
    parser.addOption({QStringLiteral("failed-rows"),
                      tr("Where to write the failed rows (default: beside the source file)."), QStringLiteral("FILE")});
}

bool ImportSession::readOptions(const QCommandLineParser &parser, Options *o, QString *error)
{
    o->dataDirectory = parser.isSet(QStringLiteral("data")) ? parser.value(QStringLiteral("data"))
                                                            : ImportJournal::defaultDirectory();
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
    o->timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&ok1);
    o->dailyEntities = parser.value(QStringLiteral("daily-entities")).toLongLong(&ok2);
    o->dailyRequests = parser.value(QStringLiteral("daily-requests")).toLongLong(&ok3);
    o->pollMs = parser.value(QStringLiteral("poll-interval")).toInt(&ok4);
    if (!ok1 || !ok2 || !ok3 || !ok4 || o->timeoutSeconds <= 0 || o->dailyEntities <= 0 || o->dailyRequests <= 0 ||
        o->pollMs < 0) {
        *error = tr("--timeout, --daily-entities, --daily-requests and --poll-interval take positive whole numbers.");
        return false;
    }
    o->failedRowsPath = parser.value(QStringLiteral("failed-rows"));
    return true;
}

QString ImportSession::apiKey(const QUrl &apiUrl, QString *error)
{
    QString failure;
    const QString key = ApiKeyLookup::waitFor(UrlPolicy::origin(apiUrl), &failure);
    if (key.isEmpty()) {
        *error = tr("No API key for %1. Set the environment variable MATEO_API_KEY, or sign in once in the wizard "
                    "(it keeps the key in the keychain).%2")
                     .arg(UrlPolicy::origin(apiUrl), failure.isEmpty() ? QString() : QLatin1Char(' ') + failure);
    }
    return key;
}

int ImportSession::setUpClient(ApiClient &client, const Options &options, QString *error)
{
    const QString problem = client.setBaseUrl(options.apiUrl);
    if (!problem.isEmpty()) {
        *error = problem;
        return ExitCode::UsageOrUnreadableInput;
    }
    client.setTransferTimeoutMs(options.timeoutSeconds * 1000);
    const QString key = apiKey(options.apiUrl, error);
    if (key.isEmpty())
        return ExitCode::ConnectionOrAuthFailure;
    client.setApiKey(key);
    return ExitCode::Success;
}

QString ImportSession::exportFailedRows(ImportJournal &journal, const JournalJob &job, const QString &path,
                                        QString *error)
{
    if (journal.failedRowCount(job.id) == 0)
        return QString();
    const QString target = path.isEmpty() ? FailedRowsExport::defaultPath(job.source.path) : path;
    const QString overwrite = SameFile::refuseOutput(target, {job.source.path});
    if (!overwrite.isEmpty()) {
        if (error)
            *error = overwrite;
        return QString();
    }
    // Written like the source (encoding, delimiter), as the wizard's Results page writes it; server
    // errors name the columns the job's mapping used.
    const FailedRowsExport::Options options = FailedRowsExport::Options::forJob(job);
    // Streamed from the journal: a job with hundreds of thousands of failed rows never holds them all.
    const auto rows = [&](const FailedRowsExport::RowVisitor &visit) {
        if (journal.forEachFailedRow(job.id, visit))
            return true;
        if (error)
            *error = journal.lastError();
        return false;
    };
    if (!FailedRowsExport::writeStreamed(target, job.headers, rows, options, error))
        return QString();
    return target;
}

ImportResult ImportSession::runJob(ImportJournal &journal, ApiClient &client, const QString &jobId,
                                   const Options &options)
{
    ImportEngine engine(&journal, &client);
    engine.setDailyLimits(options.dailyEntities, options.dailyRequests);
    engine.setPollIntervals(options.pollMs, qMax(options.pollMs, 30000));
    CliProgress progress(CliProgress::stdoutIsTerminal());
    QTextStream err(stderr);
    QEventLoop loop;
    ImportResult result;
    bool done = false;
    QObject::connect(&engine, &ImportEngine::planReady, &loop, [&](const ImportPlan &p) { progress.plan(p); });
    QObject::connect(&engine, &ImportEngine::progress, &loop, [&](const ImportProgress &p) { progress.update(p); });
    QObject::connect(&engine, &ImportEngine::logMessage, &loop, [&](const QString &m) { progress.line(m); });
    QObject::connect(&engine, &ImportEngine::retryCountdown, &loop, [&](int s, const QString &reason) {
        progress.line(tr("retrying in %1 s: %2").arg(s).arg(reason));
    });
    QObject::connect(&engine, &ImportEngine::finished, &loop, [&](const ImportResult &r) {
        result = r;
        done = true;
        loop.quit();
    });
    progress.line(tr("Job %1").arg(jobId));
    engine.start(jobId);
    if (!done)   // it may finish inside start(): nothing left, or a journal error
        loop.exec();
    progress.done();

    if (const auto job = journal.job(jobId)) {
        QString exportError;
        const QString exported = exportFailedRows(journal, *job, options.failedRowsPath, &exportError);
        if (!exported.isEmpty())
            progress.line(tr("Failed rows (fix them and import this file again): %1").arg(exported));
        else if (!exportError.isEmpty())
            err << exportError << Qt::endl;
    }
    switch (result.outcome) {
    case ImportResult::Outcome::Completed:
    case ImportResult::Outcome::CompletedWithFailures:
        progress.line(result.message);
        break;
    default:
        err << result.message << Qt::endl;
    }
    return result;
}

int ImportSession::combineExitCodes(const QList<int> &codes)
{
    for (int wanted : {ExitCode::ConnectionOrAuthFailure, ExitCode::DailyQuotaReached, ExitCode::UsageOrUnreadableInput,
                       ExitCode::RowsInvalidOrFailed}) {
        if (codes.contains(wanted))
            return wanted;
    }
    return ExitCode::Success;
}
