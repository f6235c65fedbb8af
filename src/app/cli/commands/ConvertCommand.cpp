#include "app/cli/commands/ConvertCommand.h"

#include "app/cli/CommandInputs.h"
#include "app/cli/CommandParser.h"
#include "app/cli/ExitCode.h"
#include "core/convert/PayloadBatchWriter.h"
#include "core/convert/RowConverter.h"
#include "core/mapping/FieldCatalog.h"
#include "core/mapping/MappingProfile.h"
#include "core/source/SameFile.h"
#include "core/validate/Validator.h"

#include <QSaveFile>
#include <QTextStream>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#endif

namespace {
// QSaveFile::commit() syncs the whole file to disk before it renames it, and with hundreds of MB
// written in a second or two nearly all of it would still be waiting then. Handing each written
// part to the disk at once lets it work during the conversion instead of after it.
void startWriteBack(QSaveFile &output, qint64 from, qint64 to)
{
#ifdef Q_OS_LINUX
    if (output.flush())
        sync_file_range(output.handle(), from, to - from, SYNC_FILE_RANGE_WRITE);   // does not wait
#else
    Q_UNUSED(output);
    Q_UNUSED(from);
    Q_UNUSED(to);
#endif
}
}

QString ConvertCommand::summary() const
{
    return tr("write the exact request bodies: FILE --profile P.json --out PAYLOADS.jsonl");
}

int ConvertCommand::run(const QStringList &arguments)
{
    QTextStream err(stderr);
    CommandParser args(QStringLiteral("convert"),
                       tr("Writes the request bodies `run` would send, one import object a line, in batches of the\n"
                          "profile's batch_size (default 1000). Rows with errors are left out (see `validate`), and\n"
                          "rows with nothing mapped to send are skipped; both are counted and named by line.\n"
                          "Exit codes: 0 every row written, 1 some rows left out or skipped, 2 usage or unreadable "
                          "input."));
    args.addFile(tr("The contact file (.csv, .txt, .tsv, .xlsx)."));
    args.addValue(QStringLiteral("profile"), tr("The mapping profile (JSON)."), QStringLiteral("P.json"));
    args.addValue(QStringLiteral("out"), tr("Where to write the request bodies (JSON lines)."),
                  QStringLiteral("PAYLOADS.jsonl"));
    args.addValue(QStringLiteral("catalog"), tr("Custom fields and marketing channels (JSON)."),
                  QStringLiteral("FIELDS.json"));
    int exitCode = 0;
    if (!args.parse(arguments, &exitCode))
        return exitCode;
    if (args.files().size() != 1)
        return args.usageError(tr("give exactly one FILE"));
    if (!args.isSet(QStringLiteral("profile")) || !args.isSet(QStringLiteral("out")))
        return args.usageError(tr("--profile and --out are required"));
    const QString file = args.files().first();
    // Checked before anything is read: `--out` naming the source or the profile would replace it.
    const QString overwrite = SameFile::refuseOutput(
        args.value(QStringLiteral("out")),
        {file, args.value(QStringLiteral("profile")), args.value(QStringLiteral("catalog"))});
    if (!overwrite.isEmpty())
        return args.inputError(overwrite);
    CommandInputs inputs(args);
    if (!inputs.loadCatalogFile(args.value(QStringLiteral("catalog"))) ||
        !inputs.loadProfile(args.value(QStringLiteral("profile"))) || !inputs.openSource(file))
        return inputs.exitCode();
    const FieldCatalog &catalog = inputs.catalog();
    const MappingProfile &profile = inputs.profile();
    RecordSource &source = inputs.source();
    {
        const RowConverter check(profile, catalog, source.headers());
        for (const ValidationIssue &i : check.setupIssues()) {
            err << tr("mateo-import convert: %1: %2").arg(args.value(QStringLiteral("profile")), i.message) << Qt::endl;
        }
        if (check.hasSetupErrors())
            return ExitCode::UsageOrUnreadableInput;
    }
    const QString outPath = args.value(QStringLiteral("out"));
    QSaveFile output(outPath);   // all or nothing: never half a payload file
    if (!output.open(QIODevice::WriteOnly)) {
        err << tr("mateo-import convert: %1: cannot write (%2).").arg(outPath, output.errorString()) << Qt::endl;
        return ExitCode::UsageOrUnreadableInput;
    }
    qint64 written = 0, handedToDisk = 0;
    PayloadBatchWriter writer(profile.batchSize(), [&](const QByteArray &importObject, int) {
        output.write(importObject);
        output.write("\n", 1);
        written += importObject.size() + 1;
        if (written - handedToDisk >= qint64(16) << 20) {
            startWriteBack(output, handedToDisk, written);
            handedToDisk = written;
        }
    });
    Validator::Options options;
    options.maxIssues = 20;
    options.validRow = [&writer](qint64, QByteArrayView json) { writer.add(json); };
    inputs.waitForPhones();
    const ValidationReport report = Validator(profile, catalog).run(source, options);
    writer.finish();
    if (!output.commit()) {
        err << tr("mateo-import convert: %1: cannot write (%2).").arg(outPath, output.errorString()) << Qt::endl;
        return ExitCode::UsageOrUnreadableInput;
    }
    const qint64 leftOut = report.invalidRows();
    err << tr("%1: %2 contacts in %3 import objects written to %4")
               .arg(file)
               .arg(writer.contacts())
               .arg(writer.batches())
               .arg(outPath)
        << Qt::endl;
    if (leftOut > 0) {
        err << tr("%1 rows left out because of errors; run \"mateo-import validate %2 --profile %3\" to see them all. "
                  "First:")
                   .arg(leftOut)
                   .arg(file, args.value(QStringLiteral("profile")))
            << Qt::endl;
        for (const ValidationIssue &i : report.issues) {
            if (i.severity == ValidationIssue::Severity::Error)
                err << tr("  line %1, column \"%2\": %3 (value: \"%4\")")
                           .arg(i.line)
                           .arg(i.columnHeader, i.message, i.value)
                    << Qt::endl;
        }
    }
    if (report.skippedRows > 0) {
        // Not errors, but not written either: every row is accounted for.
        err << tr("%n row(s) skipped. First:", nullptr, int(qMin<qint64>(report.skippedRows, INT_MAX))) << Qt::endl;
        for (const ValidationIssue &i : report.issues) {
            if (i.severity == ValidationIssue::Severity::Skip)
                err << tr("  line %1: %2").arg(i.line).arg(i.message) << Qt::endl;
        }
    }
    return report.allRowsSendable() ? ExitCode::Success : ExitCode::RowsInvalidOrFailed;
}
