#pragma once

#include <QtGlobal>

// What an .xlsx file may ask of the reader (docs/robustness.md). A workbook is a zip of XML: a
// 1 MB file can inflate to gigabytes, so every bound is checked while inflating, never after.
namespace XlsxLimits {
// One cell's text, as for CSV cells (core/source/csv): nothing a contact needs comes near it.
constexpr qint64 maxCellBytes = qint64(64) * 1024 * 1024;
// Excel's own sheet size (XFD, row 1,048,576): a file beyond it was not written by a spreadsheet.
constexpr int maxColumns = 16384;
constexpr qint64 maxRows = 1048576;
// All parts inflated together may reach max(1 GiB, 100 x the file size): real workbooks inflate
// 5-20x; a zip bomb reaches its ratio of 1000x and more long before any row is read.
constexpr qint64 minInflatedBound = qint64(1024) * 1024 * 1024;
constexpr qint64 inflateRatio = 100;
// Text kept in memory for the sheet's rows and the shared strings together: the source keeps
// the sheet's text (not the XML) so record(i) is O(1); this keeps a command's peak under 500 MB.
constexpr qint64 maxKeptBytes = qint64(320) * 1024 * 1024;
// workbook.xml, styles.xml and the relationship parts are read whole: real ones are kilobytes.
constexpr qint64 maxSmallPartBytes = qint64(64) * 1024 * 1024;

inline qint64 inflatedBound(qint64 fileSize)
{
    return qMax(minInflatedBound, fileSize * inflateRatio);
}
}
