#include "app/cli/commands/InspectCommand.h"

#include "app/cli/ExitCode.h"
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
    QJsonArray warnings;
    for (const ReaderWarning &w : d.warnings)
        warnings.append(QJsonObject{{QStringLiteral("kind"), w.kind},
                                    {QStringLiteral("line"), w.line},
                                    {QStringLiteral("column"), w.column},
                                    {QStringLiteral("message"), w.message}});
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
    QTextStream err(stderr);
    QTextStream out(stdout);
    QString path;
    bool json = false;
    QString catalogPath;
    ReadOptions options;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        const bool hasValue = i + 1 < arguments.size();
        if (a == QLatin1String("--json")) {
            json = true;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            out << tr(
                "Usage: mateo-import inspect FILE [--json] [--encoding NAME] [--delimiter CHAR|tab] [--header-row N] "
                "[--sheet NAME]\n"
                "Shows how FILE is read: encoding, delimiter, line ending, header row, rows, columns and warnings.\n");
            out << tr("--catalog FIELDS.json: custom fields and marketing channels for the suggested targets.\n");
            return ExitCode::Success;
        } else if (a == QLatin1String("--encoding") && hasValue) {
            options.encoding = arguments.at(++i);
        } else if (a == QLatin1String("--delimiter") && hasValue) {
            const QString d = arguments.at(++i);
            options.delimiter = d.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0 || d == QLatin1String("\\t")
                                    ? QChar(QLatin1Char('\t'))
                                    : (d.isEmpty() ? QChar() : d.at(0));
        } else if (a == QLatin1String("--header-row") && hasValue) {
            options.headerRow = arguments.at(++i).toInt();
        } else if (a == QLatin1String("--sheet") && hasValue) {
            options.sheet = arguments.at(++i);
        } else if (a == QLatin1String("--catalog") && hasValue) {
            catalogPath = arguments.at(++i);
        } else if (a.startsWith(QLatin1String("--")) || !path.isEmpty()) {
            err << tr("mateo-import inspect: unexpected argument \"%1\". Run \"mateo-import inspect --help\".").arg(a)
                << Qt::endl;
            return ExitCode::UsageOrUnreadableInput;
        } else {
            path = a;
        }
    }
    if (path.isEmpty()) {
        err << tr("mateo-import inspect: no file given. Usage: mateo-import inspect FILE [--json]") << Qt::endl;
        return ExitCode::UsageOrUnreadableInput;
    }
    QString error;
    FieldCatalog catalog;
    if (!catalogPath.isEmpty() && !FieldCatalog::loadCacheFile(catalogPath, &catalog, &error)) {
        err << tr("mateo-import inspect: %1").arg(error).simplified() << Qt::endl;
        return ExitCode::UsageOrUnreadableInput;
    }
    auto file = RecordSourceFactory::openFile(path, options, &error);
    if (!file) {
        err << error.simplified() << Qt::endl;   // one line, names the file and what to do
        return ExitCode::UsageOrUnreadableInput;
    }
    const SourceDescription description = file->description();
    // A failed-rows export read back in: its error columns are not data (as `run` reads it).
    const std::unique_ptr<RecordSource> source = FailedRowsSource::wrapIfExport(std::move(file));
    QList<InspectColumn> columns = InspectColumn::fromSource(*source);
    suggestTargets(&columns, catalog);
    if (json)
        out << QJsonDocument(toJson(description, columns)).toJson(QJsonDocument::Indented);
    else
        out << toText(description, columns);
    return ExitCode::Success;
}
