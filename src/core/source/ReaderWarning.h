#pragma once

#include <QString>

// Something the reader noticed while reading a file but could recover from. The rest of the
// file stays usable; the wizard lists these on the File page and the CLI prints them.
struct ReaderWarning
{
    // Stable names (also used in `inspect --json`): invalid_bytes, unterminated_quote, stray_quote,
    // text_after_quote, ragged_row, mixed_line_endings, empty_header, duplicate_header,
    // blank_rows_skipped, file_changed, cell_truncated.
    QString kind;
    qint64 line = 0;   // 1-based physical line, 0 = the whole file
    int column = 0;   // 1-based field number within the record, 0 = the whole record/line
    QString message;   // translated, names line and column and says what to do next
};
