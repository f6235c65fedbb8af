#include "core/failedrows/FailedRowsExport.h"

#include "core/errors/ErrorCatalog.h"
#include "core/mapping/MappingProfile.h"
#include "core/text/TextEncoding.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QStringEncoder>

namespace {

bool isTrigger(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
           c == QLatin1Char('\t') || c == QLatin1Char('\r') || c == QLatin1Char('\n');
}

// Quotes (prefix) followed by a trigger: "'=1", "''=1" — these are what the guard produced.
bool isGuarded(const QString &cell)
{
    int i = 0;
    while (i < cell.size() && cell.at(i) == QLatin1Char('\''))
        ++i;
    return i > 0 && i < cell.size() && isTrigger(cell.at(i));
}

QByteArray encode(const QString &text, TextEncoding::Id id, qint64 *unmappable)
{
    if (id == TextEncoding::Utf8)
        return text.toUtf8();
    if (id == TextEncoding::Utf16LE || id == TextEncoding::Utf16BE) {
        QStringEncoder encoder(id == TextEncoding::Utf16LE ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        return encoder.encode(text);
    }
    // Single-byte: invert the reader's own table so both directions agree byte for byte.
    static QHash<int, QHash<char16_t, char>> tables;
    QHash<char16_t, char> &table = tables[id];
    if (table.isEmpty()) {
        for (int b = 0; b < 256; ++b) {
            const char byte = char(b);
            const QString decoded = TextEncoding::decode(id, &byte, 1);
            if (decoded.size() == 1 && decoded.at(0) != QChar::ReplacementCharacter)
                table.insert(decoded.at(0).unicode(), byte);
        }
    }
    QByteArray out;
    out.reserve(text.size());
    for (QChar c : text) {
        const auto it = table.constFind(c.unicode());
        if (it != table.constEnd()) {
            out += it.value();
        } else {
            out += '?';
            if (unmappable)
                ++*unmappable;
        }
    }
    return out;
}

}

FailedRowsExport::Options FailedRowsExport::Options::forJob(const JournalJob &job)
{
    Options options;
    if (!job.encoding.isEmpty())
        options.encoding = job.encoding;
    if (!job.delimiter.isEmpty())
        options.delimiter = job.delimiter.at(0);
    options.bom = true;
    MappingProfile profile;
    if (MappingProfile::fromJson(job.profileJson, &profile, nullptr))
        options.context.fieldColumns = ErrorContext::columnsOf(profile);
    return options;
}

QStringList FailedRowsExport::errorColumns()
{
    return {QStringLiteral("error_code"), QStringLiteral("error_message"), QStringLiteral("error_hint"),
            QStringLiteral("error_detail"), QStringLiteral("source_line")};
}

QStringList FailedRowsExport::requiredErrorColumns()
{
    return {QStringLiteral("error_code"), QStringLiteral("error_message"), QStringLiteral("error_hint"),
            QStringLiteral("source_line")};
}

QString FailedRowsExport::defaultPath(const QString &sourcePath)
{
    const QFileInfo source(sourcePath);
    return source.dir().filePath(source.completeBaseName() + QStringLiteral(".failed-rows.csv"));
}

QStringList FailedRowsExport::errorCells(const FailedRow &row, const ErrorContext &base)
{
    ErrorContext context = base;
    context.cells = row.cells;
    context.input = row.input;
    QStringList codes, messages, hints, details;
    for (const FailedRowReason &reason : row.reasons()) {
        context.column = reason.column;
        context.value = context.cell(reason.column);
        const PlainError e = ErrorCatalog::explain(reason.code, reason.message, reason.hint, context);
        codes << reason.code;
        messages << e.message;
        if (!hints.contains(e.hint))
            hints << e.hint;
        details << e.detail;
    }
    const QString lineBreak = QStringLiteral("\n");
    return {codes.join(QStringLiteral(", ")), messages.join(lineBreak), hints.join(lineBreak), details.join(lineBreak),
            row.line > 0 ? QString::number(row.line) : QString()};
}

bool FailedRowsExport::isErrorColumn(const QString &header)
{
    return errorColumns().contains(header.trimmed(), Qt::CaseInsensitive);
}

bool FailedRowsExport::needsGuard(const QString &cell)
{
    return !cell.isEmpty() && (isTrigger(cell.at(0)) || isGuarded(cell));
}

QString FailedRowsExport::escapeCell(const QString &cell)
{
    return needsGuard(cell) ? QLatin1Char('\'') + cell : cell;
}

QString FailedRowsExport::unescapeCell(const QString &cell)
{
    return isGuarded(cell) ? cell.mid(1) : cell;
}

QString FailedRowsExport::csvLine(const QStringList &cells, QChar delimiter)
{
    QString line;
    for (int i = 0; i < cells.size(); ++i) {
        if (i)
            line += delimiter;
        const bool guarded = needsGuard(cells.at(i));
        QString cell = escapeCell(cells.at(i));
        const bool quote = guarded || cell.contains(delimiter) || cell.contains(QLatin1Char('"')) ||
                           cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')) ||
                           cell.startsWith(QLatin1Char(' ')) || cell.endsWith(QLatin1Char(' '));
        if (quote) {
            cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            cell = QLatin1Char('"') + cell + QLatin1Char('"');
        }
        line += cell;
    }
    return line;
}

bool FailedRowsExport::write(const QString &path, const QStringList &headers, const QList<FailedRow> &rows,
                             const Options &options, QString *errorMessage, qint64 *unmappable)
{
    const auto all = [&rows](const RowVisitor &visit) {
        for (const FailedRow &row : rows)
            visit(row);
        return true;
    };
    return writeStreamed(path, headers, all, options, errorMessage, unmappable);
}

bool FailedRowsExport::writeStreamed(const QString &path, const QStringList &headers,
                                     const std::function<bool(const RowVisitor &)> &rows, const Options &options,
                                     QString *errorMessage, qint64 *unmappable)
{
    TextEncoding::Id id = TextEncoding::Utf8;
    if (!TextEncoding::fromName(options.encoding, &id))
        id = TextEncoding::Utf8;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorMessage)
            *errorMessage =
                tr("%1: cannot write the failed rows (%2). Choose another folder.").arg(path, file.errorString());
        return false;
    }
    QByteArray out;
    if (id == TextEncoding::Utf8 && options.bom)
        out += "\xEF\xBB\xBF";
    else if (id == TextEncoding::Utf16LE)
        out += "\xFF\xFE";
    else if (id == TextEncoding::Utf16BE)
        out += "\xFE\xFF";
    // A re-exported export keeps one set of error columns: the old ones are dropped.
    QList<int> kept;
    QStringList keptHeaders;
    ErrorContext context = options.context;
    context.headers = headers;
    for (int i = 0; i < headers.size(); ++i) {
        if (!isErrorColumn(headers.at(i))) {
            kept << i;
            keptHeaders << headers.at(i);
        }
    }
    out += encode(csvLine(keptHeaders + errorColumns(), options.delimiter) + options.lineEnding, id, unmappable);
    const bool complete = rows([&](const FailedRow &row) {
        QStringList cells;
        for (int i : kept)
            cells << row.cells.value(i);
        cells << errorCells(row, context);
        out += encode(csvLine(cells, options.delimiter) + options.lineEnding, id, unmappable);
        if (out.size() >= (1 << 20)) {   // in blocks, never the whole file in memory; a failed write
            file.write(out);   // makes commit() fail below (QSaveFile remembers it)
            out.truncate(0);
        }
    });
    if (!complete) {
        file.cancelWriting();   // nothing half-written: the old file (if any) stays
        return false;
    }
    if (file.write(out) != out.size() || !file.commit()) {
        if (errorMessage)
            *errorMessage =
                tr("%1: writing the failed rows failed (%2). Check free disk space.").arg(path, file.errorString());
        return false;
    }
    return true;
}
