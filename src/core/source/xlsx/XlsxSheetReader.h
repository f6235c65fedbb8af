#pragma once

#include "core/source/xlsx/XlsxRow.h"

#include <QList>

#include <functional>
#include <string>
#include <vector>

class XlsxPartStream;
class XlsxSharedStrings;

// Streams one worksheet part (SpreadsheetML <sheetData>) row by row with XmlTokenizer while it
// inflates: memory is one piece of XML plus one row, whatever the size of the sheet. Cell text
// is what a user sees in Excel: shared and inline strings, numbers as stored, booleans
// TRUE/FALSE, date-formatted numbers as ISO dates (ExcelDate), formula results, errors (#N/A).
// Limits (XlsxLimits): a cell over 64 MB, a column beyond XFD, a row beyond 1,048,576 stop it.
class XlsxSheetReader
{
public:
    enum class Outcome { Ok, Stopped, Damaged, CellTooLarge, TooManyColumns, TooManyRows, OverBudget };

    XlsxSheetReader(const XlsxSharedStrings &strings, const QList<quint8> &styleKind, bool date1904);
    // `row` gets the 1-based Excel row number and the row's cells; return false to stop.
    Outcome read(XlsxPartStream &stream, const std::function<bool(qint64 rowNumber, const XlsxRow &row)> &row);
    qint64 rowNumber() const { return m_rowNumber; }   // the row being read when it stopped
    const char *detail() const { return m_detail; }

private:
    struct Piece
    {
        int column;
        qsizetype start, end;
    };
    enum class CellType : quint8 { Number, Shared, Boolean, Other };
    void finishCell();
    void finishRow();

    const XlsxSharedStrings &m_strings;
    const QList<quint8> &m_styleKind;
    bool m_date1904;
    XlsxRow m_row;
    std::vector<Piece> m_pieces;
    std::string m_value;   // the current cell's <v> or inline string, decoded
    qint64 m_rowNumber = 0;
    qint64 m_rowsSeen = 0;
    int m_column = 0, m_nextColumn = 0, m_style = -1;
    CellType m_type = CellType::Number;
    const char *m_detail = nullptr;
};
