#include "app/cli/commands/PreviewCommand.h"

#include "api/engine/JobWriter.h"
#include "api/http/ApiClient.h"
#include "app/cli/AccountPreflight.h"
#include "app/cli/CliPreview.h"
#include "app/cli/CommandInputs.h"
#include "app/cli/CommandParser.h"
#include "app/cli/ExitCode.h"
#include "app/cli/ImportSession.h"
#include "core/journal/ImportJournal.h"
#include "core/mapping/FieldCatalog.h"
#include "core/validate/SendableRows.h"

#include <QJsonDocument>
#include <QTextStream>

QString PreviewCommand::summary() const
{
    return tr("what an import would change, before sending: FILE --profile P.json --api-url URL");
}

int PreviewCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandParser args(QStringLiteral("preview"),
                       tr("Looks up the contacts the file's identifiers belong to and predicts, row by row, what an "
                          "import would do: create a contact, update one (which values), leave it unchanged, or "
                          "fail because its identifiers belong to different contacts. Nothing is imported. The "
                          "lookups cost requests of the daily budget: the cost is shown first, and --max-requests "
                          "caps it.\n"
                          "Exit codes: 0 no row would fail, 1 some rows would conflict or be refused, 2 usage, "
                          "unreadable input or a mapping that does not fit the account, 3 connection or "
                          "authentication failure."));
    args.addFile(tr("The contact file (.csv, .txt, .tsv, .xlsx)."));
    args.addValue(QStringLiteral("profile"), tr("The mapping profile (JSON)."), QStringLiteral("P.json"));
    args.addValue(QStringLiteral("api-url"), tr("The API base URL, e.g. https://integration.getmateo.com/api/v1."),
                  QStringLiteral("URL"));
    args.addFlag(QStringLiteral("json"), tr("Print the preview as JSON (the cost goes to stderr)."));
    args.addValue(QStringLiteral("data"),
                  tr("Folder of the import journal, where today's request usage is counted (default: "
                     "MATEO_DATA_DIR or the app data folder)."),
                  QStringLiteral("DIR"));
    args.addValue(QStringLiteral("daily-requests"), tr("Your organisation's daily request limit (default 10000)."),
                  QStringLiteral("N"), QStringLiteral("10000"));
    args.addValue(QStringLiteral("timeout"), tr("Seconds without data before a request fails (default 60)."),
                  QStringLiteral("SECONDS"), QStringLiteral("60"));
    CliPreview::addOptions(args);
    int exitCode = 0;
    if (!args.parse(arguments, &exitCode))
        return exitCode;
    if (args.files().size() != 1 || !args.isSet(QStringLiteral("profile")) || !args.isSet(QStringLiteral("api-url")))
        return args.usageError(tr("needs FILE, --profile P.json and --api-url URL"));
    CliPreview::Options previewOptions;
    QString error;
    if (!CliPreview::readOptions(args, &previewOptions, &error))
        return args.usageError(error);
    ImportSession::Options session;
    session.apiUrl = QUrl(args.value(QStringLiteral("api-url")));
    bool ok1 = false, ok2 = false;
    previewOptions.dailyRequests = args.value(QStringLiteral("daily-requests")).toLongLong(&ok1);
    session.timeoutSeconds = args.value(QStringLiteral("timeout")).toInt(&ok2);
    if (!ok1 || !ok2 || previewOptions.dailyRequests <= 0 || session.timeoutSeconds <= 0)
        return args.usageError(tr("--daily-requests and --timeout take positive whole numbers"));
    session.dataDirectory = args.isSet(QStringLiteral("data")) ? args.value(QStringLiteral("data"))
                                                               : ImportJournal::defaultDirectory();

    CommandInputs inputs(args);
    if (!inputs.loadProfile(args.value(QStringLiteral("profile"))) || !inputs.openSource(args.files().first()))
        return inputs.exitCode();
    ImportJournal journal(session.dataDirectory);
    if (!journal.open(&error))
        return args.inputError(error);
    ApiClient client;
    if (const int code = ImportSession::setUpClient(client, session, &error)) {
        err << error << Qt::endl;
        return code;
    }
    AccountPreflight preflight;
    if (const int code = preflight.run(client, inputs.profile(), inputs.source().headers()))
        return code;
    const FieldCatalog catalog = FieldCatalog::fromApi(preflight.customFields(), preflight.marketingChannels());
    inputs.waitForPhones();
    // The rows `run` would send, checked exactly as `run` checks them.
    SendableRows rows;
    if (!JobWriter::check(inputs.source(), inputs.profile(), catalog, &rows, &error))
        return args.inputError(error);

    CliPreview preview(&client, &journal, previewOptions);
    preview.countEarlierRequests(preflight.requests());
    const bool json = args.isSet(QStringLiteral("json"));
    const PreviewResult result = preview.run(rows, inputs.source().recordCount(), preflight.customFields(),
                                             preflight.marketingChannels(), json ? err : out);
    if (json)
        out << QJsonDocument(preview.toJson(result)).toJson(QJsonDocument::Indented);
    else
        preview.print(result, out);
    if (result.failed)
        err << result.stopReason << Qt::endl;
    return CliPreview::exitCode(result);
}
