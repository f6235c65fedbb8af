#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

// Writes a minimal one-sheet .xlsx for tests: the sheet XML is produced in pieces by `sheetPiece`
// (called until it returns an empty piece) and deflated while written, so a test can make a
// workbook that inflates to gigabytes (a zip bomb) without holding it in memory.
namespace XlsxWriter {
bool write(const QString &path, const std::function<QByteArray()> &sheetPiece,
           const QByteArray &sharedStrings = QByteArray());
// The usual case: the whole <sheetData> content at once.
bool write(const QString &path, const QByteArray &sheetData);
}
