#pragma once

#include "core/errors/ErrorContext.h"
#include "core/failedrows/FailedRow.h"
#include "core/journal/JournalJob.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// Writes failed rows back as a CSV the user can fix and import again: the original columns, then
// error_code, error_message, error_hint, error_detail, source_line — in the source's encoding and
// delimiter (German Excel: ';' and UTF-8 with BOM, so Excel opens umlauts right). Message and hint
// are the plain words of ErrorCatalog in the current language, naming the column as the file heads
// it; error_detail keeps the raw server code and text for support. A row with several reasons is
// one line, its reasons one below the other in each error cell.
//
// Formula injection (OWASP "CSV Injection"): a cell starting with = + - @ TAB CR or LF is written as
// '… and quoted, so a spreadsheet shows it as text instead of running it. A cell that already starts
// with ' followed by one of those gets one more ', so unescapeCell() restores every cell exactly.
//
// The default file is NAME.failed-rows.csv beside the source (defaultPath).
//
// For the reader and the mapping (re-importing such a file): call isErrorColumn(header) to leave the
// error columns unmapped, and unescapeCell(cell) on every cell to strip the guard again.
class FailedRowsExport
{
    Q_DECLARE_TR_FUNCTIONS(FailedRowsExport)

public:
    struct Options
    {
        QString encoding = QStringLiteral("utf-8");   // TextEncoding names
        QChar delimiter = QLatin1Char(';');
        bool bom = true;   // UTF-8 only: written so Excel detects UTF-8
        QString lineEnding = QStringLiteral("\r\n");
        // Which column feeds which field and the account's field names (ErrorContext::columnsOf /
        // labelsOf), so server errors name the column; headers, cells and input are filled per row.
        ErrorContext context;

        // How a job's failed rows are written, for the wizard and the CLI alike: like its source
        // (encoding, delimiter) so Excel opens it the same way; UTF-8 always with a BOM, since Excel
        // needs it to read umlauts right (the file is for fixing in Excel); server errors name the
        // columns the job's mapping fed the fields from.
        static Options forJob(const JournalJob &job);
    };

    static QStringList errorColumns();   // error_code, error_message, error_hint, error_detail, source_line
    // The columns an export must carry to be read back as one (exports before error_detail count).
    static QStringList requiredErrorColumns();
    // NAME.failed-rows.csv in the source's folder.
    static QString defaultPath(const QString &sourcePath);
    // The five error cells of one row, in errorColumns() order.
    static QStringList errorCells(const FailedRow &row, const ErrorContext &context);
    static bool isErrorColumn(const QString &header);
    static QString escapeCell(const QString &cell);   // the guard alone (no CSV quoting)
    static QString unescapeCell(const QString &cell);
    static bool needsGuard(const QString &cell);

    // The CSV text of one record (guarded and quoted as needed), without line ending.
    static QString csvLine(const QStringList &cells, QChar delimiter);

    // Writes the file atomically (QSaveFile). `headers` are the source's columns. Returns false with a
    // message naming the file and the next step. Characters the encoding cannot hold become '?' and are
    // counted in *unmappable (when given).
    static bool write(const QString &path, const QStringList &headers, const QList<FailedRow> &rows,
                      const Options &options, QString *errorMessage, qint64 *unmappable = nullptr);
    // The same with rows streamed: `rows` calls its visitor once per row, in order, and returns false
    // when they could not all be read (it sets *errorMessage then; the file is left untouched).
    using RowVisitor = std::function<void(const FailedRow &)>;
    static bool writeStreamed(const QString &path, const QStringList &headers,
                              const std::function<bool(const RowVisitor &)> &rows, const Options &options,
                              QString *errorMessage, qint64 *unmappable = nullptr);
};
