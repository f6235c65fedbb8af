#include "app/cli/commands/InspectCommand.h"

#include "app/cli/CommandInputs.h"
#include "app/cli/CommandParser.h"
#include "app/cli/ExitCode.h"
#include "app/cli/ReportJson.h"
#include "core/failedrows/FailedRowsSource.h"
#include "core/mapping/HeaderMatcher.h"
#include "core/source/RecordSourceFactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace {
QString delimiterName(const QString &d)
{
    if (d == QLatin1String("\t"))
        return QStringLiteral("TAB");
    return d;
}

QString percent(double confidence)
{
    return QStringLiteral("%1 %").arg(qRound(confidence * 100));
}

QString alternatives(const DetectionChoice &choice, bool delimiter = false)
{
    QStringList parts;
    for (const DetectionAlternative &a : choice.alternatives)
        parts << QStringLiteral("%1 %2").arg(delimiter ? delimiterName(a.value) : a.value, percent(a.confidence));
    return parts.isEmpty() ? QString()
                           : QStringLiteral("  ") + InspectCommand::tr("or: %1").arg(parts.join(QStringLiteral(", ")));
}
}

QString InspectCommand::summary() const
{
    return tr("show how a file is read: encoding, delimiter, header row, columns");
}

void InspectCommand::suggestTargets(QList<InspectColumn> *columns, const FieldCatalog &catalog)
{
    // Headers and sample values through the header matcher. Below the acceptance threshold, or
    // lost to a stronger column, the target is null.
    QStringList headers;
    QList<QStringList> samples;
    for (const InspectColumn &c : *columns) {
        headers << c.header;
        samples << c.samples;
    }
    const HeaderMatcher matcher{catalog};
    const QVector<HeaderMatcher::Suggestion> suggestions = matcher.suggest(headers, samples);
    for (int i = 0; i < columns->size() && i < suggestions.size(); ++i) {
        const HeaderMatcher::Suggestion &s = suggestions.at(i);
        const bool accepted = s.confidence >= HeaderMatcher::AcceptThreshold;
        (*columns)[i].suggestedTarget = accepted ? s.target : QString();
        (*columns)[i].confidence = accepted ? qRound(s.confidence * 100) / 100.0 : 0.0;
    }
}

QJsonObject InspectCommand::toJson(const SourceDescription &d, const QList<InspectColumn> &columns)
{
    QJsonArray columnArray;
    for (const InspectColumn &c : columns)
        columnArray.append(c.toJson());
    const QJsonArray warnings = ReportJson::warningsToJson(d.warnings);
    const bool xlsx = d.format == QLatin1String("xlsx");   // no delimiter or line ending to speak of
    QJsonObject o{{QStringLiteral("file"), d.path},
                  {QStringLiteral("encoding"), d.encoding.value},
                  {QStringLiteral("bom"), d.bom},
                  {QStringLiteral("delimiter"), xlsx ? QJsonValue(QJsonValue::Null) : QJsonValue(d.delimiter.value)},
                  {QStringLiteral("line_ending"), xlsx ? QJsonValue(QJsonValue::Null) : QJsonValue(d.lineEnding.value)},
                  {QStringLiteral("header_row"), d.headerRowNumber},
                  {QStringLiteral("rows"), d.records},
                  {QStringLiteral("columns"), columnArray},
                  {QStringLiteral("warnings"), warnings}};
    if (xlsx) {   // extensions for workbooks
        o.insert(QStringLiteral("sheet"), d.sheet);
        o.insert(QStringLiteral("sheets"), QJsonArray::fromStringList(d.sheets));
    }
    return o;
}

QString InspectCommand::toText(const SourceDescription &d, const QList<InspectColumn> &columns)
{
    QString text;
    QTextStream out(&text);
    out << tr("File:         %1").arg(d.path) << '\n';
    if (d.format == QLatin1String("xlsx")) {
        out << tr("Sheet:        %1 (of %2)").arg(d.sheet, d.sheets.join(QStringLiteral(", "))) << '\n';
    } else {
        out << tr("Encoding:     %1 (%2)%3")
                   .arg(d.encoding.value, percent(d.encoding.confidence), alternatives(d.encoding))
            << '\n';
        out << tr("BOM:          %1").arg(d.bom ? tr("yes") : tr("no")) << '\n';
        out << tr("Delimiter:    %1 (%2)%3")
                   .arg(delimiterName(d.delimiter.value), percent(d.delimiter.confidence),
                        alternatives(d.delimiter, true))
            << '\n';
        out << tr("Quoting:      %1").arg(d.quoting) << '\n';
        out << tr("Line ending:  %1 (%2)%3")
                   .arg(d.lineEnding.value, percent(d.lineEnding.confidence), alternatives(d.lineEnding))
            << '\n';
    }
    out << tr("Header row:   %1 (line %2, %3)%4")
               .arg(d.headerRowNumber)
               .arg(d.headerLine)
               .arg(percent(d.headerRow.confidence), alternatives(d.headerRow))
        << '\n';
    out << tr("Rows:         %1").arg(d.records) << '\n';
    out << tr("Columns:      %1").arg(columns.size()) << '\n';
    for (const InspectColumn &c : columns) {
        out << QStringLiteral("  %1  %2").arg(c.index + 1, 3).arg(c.header);
        if (!c.suggestedTarget.isEmpty())
            out << QStringLiteral(" -> %1 (%2)").arg(c.suggestedTarget, percent(c.confidence));
        if (!c.samples.isEmpty())
            out << QStringLiteral("   e.g. ") << c.samples.mid(0, 3).join(QStringLiteral(" | ")).simplified();
        out << '\n';
    }
    const qint64 total = d.totalWarnings();
    out << tr("Warnings:     %1").arg(total) << '\n';
    for (const ReaderWarning &w : d.warnings)
        out << QStringLiteral("  ") << w.message << '\n';
    if (total > d.warnings.size())
        out << QStringLiteral("  ") << tr("... and %1 more.").arg(total - d.warnings.size()) << '\n';
    return text;
}

int InspectCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    CommandParser args(QStringLiteral("inspect"),
                       tr("Shows how FILE is read: encoding, delimiter, line ending, header row, rows, columns and "
                          "warnings."));
    args.addFile(tr("The contact file (.csv, .txt, .tsv, .xlsx)."));
    args.addFlag(QStringLiteral("json"), tr("Print JSON."));
    args.addValue(QStringLiteral("encoding"), tr("Read the file in this encoding (e.g. windows-1252)."),
                  QStringLiteral("NAME"));
    args.addValue(QStringLiteral("delimiter"), tr("The field delimiter (a character, or tab)."),
                  QStringLiteral("CHAR|tab"));
    args.addValue(QStringLiteral("header-row"), tr("The line number of the header row."), QStringLiteral("N"));
    args.addValue(QStringLiteral("sheet"), tr("The worksheet of an .xlsx workbook."), QStringLiteral("NAME"));
    args.addValue(QStringLiteral("catalog"), tr("Custom fields and marketing channels for the suggested targets."),
                  QStringLiteral("FIELDS.json"));
    int exitCode = 0;
    if (!args.parse(arguments, &exitCode))
        return exitCode;
    if (args.files().size() != 1)
        return args.usageError(args.files().isEmpty() ? tr("no file given") : tr("give exactly one FILE"));
    ReadOptions options;
    if (args.isSet(QStringLiteral("encoding")))
        options.encoding = args.value(QStringLiteral("encoding"));
    if (args.isSet(QStringLiteral("delimiter"))) {
        const QString d = args.value(QStringLiteral("delimiter"));
        options.delimiter = d.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0 || d == QLatin1String("\\t")
                                ? QChar(QLatin1Char('\t'))
                                : (d.isEmpty() ? QChar() : d.at(0));
    }
    if (args.isSet(QStringLiteral("header-row")))
        options.headerRow = args.value(QStringLiteral("header-row")).toInt();
    if (args.isSet(QStringLiteral("sheet")))
        options.sheet = args.value(QStringLiteral("sheet"));
    CommandInputs inputs(args);
    if (!inputs.loadCatalogFile(args.value(QStringLiteral("catalog"))) ||
        !inputs.openSource(args.files().first(), options))
        return inputs.exitCode();
    const FieldCatalog &catalog = inputs.catalog();
    const SourceDescription &description = inputs.description();
    RecordSource *source = &inputs.source();
    QList<InspectColumn> columns = InspectColumn::fromSource(*source);
    suggestTargets(&columns, catalog);
    if (args.isSet(QStringLiteral("json")))
        out << QJsonDocument(toJson(description, columns)).toJson(QJsonDocument::Indented);
    else
        out << toText(description, columns);
    return ExitCode::Success;
}
