#include "app/cli/commands/ValidateCommand.h"

#include "app/cli/CommandInputs.h"
#include "app/cli/CommandParser.h"
#include "app/cli/ExitCode.h"
#include "app/cli/ReportJson.h"
#include "core/mapping/FieldCatalog.h"
#include "core/mapping/MappingProfile.h"
#include "core/validate/Validator.h"

#include <QJsonDocument>
#include <QTextStream>

QString ValidateCommand::summary() const
{
    return tr("check every row before sending: FILE [--profile P.json] [--json]");
}

int ValidateCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    CommandParser args(QStringLiteral("validate"),
                       tr("Checks every row as the import would send it, without sending anything.\n"
                          "Without --profile the columns are mapped automatically from their headers and values.\n"
                          "Every row is counted as valid, invalid or skipped (nothing mapped to send).\n"
                          "Exit codes: 0 every row valid, 1 some rows invalid or skipped, 2 usage or unreadable "
                          "input."));
    args.addFile(tr("The contact file (.csv, .txt, .tsv, .xlsx)."));
    args.addValue(QStringLiteral("profile"), tr("The mapping profile (JSON)."), QStringLiteral("P.json"));
    args.addFlag(QStringLiteral("json"), tr("Print the report as JSON."));
    args.addValue(QStringLiteral("catalog"),
                  tr("Custom fields and marketing channels ({\"custom_fields\": [...], \"marketing_channels\": "
                     "[...]})."),
                  QStringLiteral("FIELDS.json"));
    args.addValue(QStringLiteral("max-issues"), tr("List at most N issues (the counts cover all)."),
                  QStringLiteral("N"));
    int exitCode = 0;
    if (!args.parse(arguments, &exitCode))
        return exitCode;
    if (args.files().size() != 1)
        return args.usageError(tr("give exactly one FILE"));
    Validator::Options options;
    bool ok = true;
    if (args.isSet(QStringLiteral("max-issues")))
        options.maxIssues = args.value(QStringLiteral("max-issues")).toInt(&ok);
    if (!ok || options.maxIssues < 0)
        return args.usageError(tr("--max-issues needs a number"));
    const QString file = args.files().first();
    CommandInputs inputs(args);
    if (!inputs.loadCatalogFile(args.value(QStringLiteral("catalog"))) ||
        !inputs.loadProfile(args.value(QStringLiteral("profile"))) || !inputs.openSource(file))
        return inputs.exitCode();
    const FieldCatalog &catalog = inputs.catalog();
    const bool haveProfile = inputs.hasProfile();
    MappingProfile &profile = inputs.profile();
    RecordSource &source = inputs.source();
    QVector<HeaderMatcher::Suggestion> suggestions;
    if (!haveProfile)
        profile = Validator::autoProfile(source, catalog, &suggestions);

    inputs.waitForPhones();
    ValidationReport report = Validator(profile, catalog).run(source, options);
    // Auto-mapping never puts two columns on one target silently: say which column lost.
    for (const HeaderMatcher::Suggestion &s : suggestions) {
        if (s.conflictWith < 0)
            continue;
        ValidationIssue i;
        i.column = s.column;
        i.columnHeader = s.header;
        i.kind = QStringLiteral("mapping_conflict");
        i.value = s.conflictTarget;
        i.severity = ValidationIssue::Severity::Warning;
        i.message = tr("column \"%1\" also looks like %2, which column \"%3\" already fills; it is not imported. "
                       "Save a profile to choose otherwise")
                        .arg(s.header, s.conflictTarget, suggestions.value(s.conflictWith).header);
        report.issues.prepend(i);
        report.issuesByKind[i.kind] += 1;
    }

    if (args.isSet(QStringLiteral("json"))) {
        QJsonObject json = ReportJson::toJson(report, profile, suggestions);
        json.insert(QStringLiteral("warnings"), ReportJson::warningsToJson(inputs.description().warnings));
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        out << tr("%1: %2 rows, %3 valid, %4 with errors, %5 skipped")
                   .arg(file)
                   .arg(report.rows)
                   .arg(report.validRows)
                   .arg(report.invalidRows())
                   .arg(report.skippedRows)
            << Qt::endl;
        if (!haveProfile) {
            out << tr("Mapping (automatic):") << Qt::endl;
            for (const ColumnMapping &m : profile.columns())
                out << QStringLiteral("  %1 -> %2")
                           .arg(m.header, m.target.isEmpty() ? QStringLiteral("(not imported)") : m.target)
                    << Qt::endl;
        }
        for (const DateTimeColumnReport &d : report.dateColumns) {
            out << tr("Dates in \"%1\": format %2").arg(d.header, d.format.toProfile());
            if (!d.dateOnly)
                out << tr(", %1 values without time zone read as %2%3")
                           .arg(d.naiveCount)
                           .arg(d.timeZone, d.timeZoneExplicit ? QString() : tr(" (assumed: set source_timezone)"));
            if (d.dayMonthAmbiguous)
                out << tr(", day/month order ambiguous: set the column's format");
            out << Qt::endl;
        }
        // What the reader noticed (an unclosed quote swallowing lines, a ragged row) is said here
        // too, not only by `inspect`: such a file can validate clean and still be wrong.
        const SourceDescription &read = inputs.description();
        for (const ReaderWarning &w : read.warnings)
            out << tr("warning: %1").arg(w.message) << Qt::endl;
        if (read.totalWarnings() > read.warnings.size())
            out << tr("warning: ... and %n more.", nullptr, int(read.totalWarnings() - read.warnings.size()))
                << Qt::endl;
        for (auto it = report.issuesByKind.begin(); it != report.issuesByKind.end(); ++it)
            out << QStringLiteral("  %1: %2").arg(it.key()).arg(it.value()) << Qt::endl;
        for (const ValidationIssue &i : report.issues) {
            if (i.column < 0 && i.columnHeader.isEmpty())   // the whole row (e.g. skipped: nothing to send)
                out << tr("line %1: %2 — %3").arg(i.line).arg(i.kind, i.message) << Qt::endl;
            else
                out << tr("line %1, column \"%2\": %3 — %4 (value: \"%5\")")
                           .arg(i.line)
                           .arg(i.columnHeader, i.kind, i.message, i.value)
                    << Qt::endl;
        }
    }
    if (report.cancelled)
        return ExitCode::UsageOrUnreadableInput;
    return report.allRowsSendable() && !Validator::hasSetupErrors(report) ? ExitCode::Success
                                                                          : ExitCode::RowsInvalidOrFailed;
}
