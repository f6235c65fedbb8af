#pragma once

#include "core/source/xlsx/XlsxRow.h"
#include "core/source/xlsx/XlsxSharedStrings.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QuaZip;

// An .xlsx workbook read through QuaZip: the sheet list, shared strings (indexed once), which
// cell styles are dates, and the 1900/1904 date system. readSheet() streams one worksheet's rows
// (XlsxSheetReader) as text exactly as a user would expect to see them: shared and inline
// strings, numbers as stored, booleans TRUE/FALSE, date-formatted numbers as ISO dates
// (ExcelDate), formula results, error values such as #N/A.
// Bounded (XlsxLimits): everything inflated counts against max(1 GiB, 100x the file size); a
// cell over 64 MB, more than 16,384 columns or 1,048,576 rows end the read with a clear message.
class XlsxWorkbook
{
public:
    XlsxWorkbook();
    ~XlsxWorkbook();

    bool open(const QString &path, QString *errorMessage);
    QStringList sheetNames() const;
    bool uses1904() const { return m_date1904; }

    // Calls `row` for each row element with its 1-based Excel row number and cells by column
    // (gaps are empty strings). Return false to stop. False with a message on unreadable XML.
    bool readSheet(const QString &sheet, const std::function<bool(qint64 rowNumber, const XlsxRow &row)> &row,
                   QString *errorMessage);
    // Bytes of text held for the shared strings (the sheet's own rows count on top of it).
    qint64 keptBytes() const { return m_sharedStrings.keptBytes(); }
    QString tooMuchTextMessage(const QString &sheet) const;
    QString overBudgetMessage() const;

private:
    struct Sheet
    {
        QString name;
        QString part;   // zip path, e.g. xl/worksheets/sheet1.xml
    };
    bool readWorkbook(QString *errorMessage);
    bool readSharedStrings(QString *errorMessage);
    bool readStyles(QString *errorMessage);
    bool readSmallPart(const QString &part, QByteArray *out);

    QString m_path;
    std::unique_ptr<QuaZip> m_zip;
    QList<Sheet> m_sheets;
    qint64 m_budget = 0;   // bytes all parts may still inflate to (XlsxLimits::inflatedBound)
    XlsxSharedStrings m_sharedStrings;
    QList<quint8> m_styleKind;   // per cellXfs index: 0 number, 1 date/time, 2 time only
    bool m_date1904 = false;
};
