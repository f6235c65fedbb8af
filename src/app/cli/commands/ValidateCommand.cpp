#include "app/cli/commands/ValidateCommand.h"

#include "app/cli/CommandArguments.h"
#include "app/cli/ExitCode.h"
#include "app/cli/ReportJson.h"
#include "core/convert/phone/PhoneNormalizer.h"
#include "core/failedrows/FailedRowsSource.h"
#include "core/mapping/FieldCatalog.h"
#include "core/mapping/MappingProfile.h"
#include "core/source/RecordSourceFactory.h"
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
    QTextStream err(stderr);
    const CommandArguments args(
        arguments, {QStringLiteral("--profile"), QStringLiteral("--catalog"), QStringLiteral("--max-issues")},
        {QStringLiteral("--json"), QStringLiteral("--help")});
    if (args.has(QStringLiteral("--help"))) {
        out << tr(
            "Usage: mateo-import validate FILE [--profile P.json] [--json] [--catalog FIELDS.json] [--max-issues N]\n"
            "Checks every row as the import would send it, without sending anything.\n"
            "Without --profile the columns are mapped automatically from their headers and values.\n"
            "--catalog: custom fields and marketing channels ({\"custom_fields\": [...], \"marketing_channels\": "
            "[...]}).\n"
            "Exit codes: 0 every row valid, 1 some rows invalid, 2 usage or unreadable input.\n");
        return ExitCode::Success;
    }
    if (!args.ok() || args.positional().size() != 1) {
        err << tr("mateo-import validate: %1. Usage: mateo-import validate FILE [--profile P.json] [--json]")
                   .arg(args.ok() ? tr("give exactly one FILE") : args.error())
            << Qt::endl;
        return ExitCode::UsageOrUnreadableInput;
    }
    const QString file = args.positional().first();
    QString message;
    FieldCatalog catalog;
    if (args.has(QStringLiteral("--catalog")) &&
        !FieldCatalog::loadCacheFile(args.value(QStringLiteral("--catalog")), &catalog, &message)) {
        err << tr("mateo-import validate: %1").arg(message) << Qt::endl;
        return ExitCode::UsageOrUnreadableInput;
    }
    MappingProfile profile;
    const bool haveProfile = args.has(QStringLiteral("--profile"));
    if (haveProfile && !MappingProfile::load(args.value(QStringLiteral("--profile")), &profile, &message)) {
        err << tr("mateo-import validate: %1").arg(message) << Qt::endl;
        return ExitCode::UsageOrUnreadableInput;
    }
    QFuture<void> phonesReady = PhoneNormalizer::prepareInBackground(profile.defaultRegion());   // while indexing
    // A failed-rows export read back in: error columns hidden, formula guard removed (as `run`).
    const std::unique_ptr<RecordSource> source = FailedRowsSource::wrapIfExport(
        RecordSourceFactory::open(file, profile.readOptions(), &message));
    if (!source) {
        err << tr("mateo-import validate: %1").arg(message) << Qt::endl;
        return ExitCode::UsageOrUnreadableInput;
    }
    QVector<HeaderMatcher::Suggestion> suggestions;
    if (!haveProfile)
        profile = Validator::autoProfile(*source, catalog, &suggestions);

    Validator::Options options;
    bool ok = true;
    if (args.has(QStringLiteral("--max-issues")))
        options.maxIssues = args.value(QStringLiteral("--max-issues")).toInt(&ok);
    if (!ok || options.maxIssues < 0) {
        err << tr("mateo-import validate: --max-issues needs a number") << Qt::endl;
        return ExitCode::UsageOrUnreadableInput;
    }
    phonesReady.waitForFinished();
    ValidationReport report = Validator(profile, catalog).run(*source, options);
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

    if (args.has(QStringLiteral("--json"))) {
        out << QJsonDocument(ReportJson::toJson(report, profile, suggestions)).toJson(QJsonDocument::Indented);
    } else {
        out << tr("%1: %2 rows, %3 valid, %4 with errors")
                   .arg(file)
                   .arg(report.rows)
                   .arg(report.validRows)
                   .arg(report.rows - report.validRows)
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
        for (auto it = report.issuesByKind.begin(); it != report.issuesByKind.end(); ++it)
            out << QStringLiteral("  %1: %2").arg(it.key()).arg(it.value()) << Qt::endl;
        for (const ValidationIssue &i : report.issues) {
            out << tr("line %1, column \"%2\": %3 — %4 (value: \"%5\")")
                       .arg(i.line)
                       .arg(i.columnHeader, i.kind, i.message, i.value)
                << Qt::endl;
        }
    }
    if (report.cancelled)
        return ExitCode::UsageOrUnreadableInput;
    return report.validRows == report.rows && !Validator::hasSetupErrors(report) ? ExitCode::Success
                                                                                 : ExitCode::RowsInvalidOrFailed;
}
