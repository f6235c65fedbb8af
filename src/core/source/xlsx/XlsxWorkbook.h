#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QuaZip;

// An .xlsx workbook read through QuaZip and QXmlStreamReader: the sheet list, shared strings,
// which cell styles are dates, and the 1900/1904 date system. readSheet() streams one
// worksheet's rows as text exactly as a user would expect to see them:
// shared and inline strings, numbers as stored, booleans TRUE/FALSE, date-formatted numbers as
// ISO dates (ExcelDate), formula results, error values such as #N/A.
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
    bool readSheet(const QString &sheet, const std::function<bool(qint64 rowNumber, const QStringList &cells)> &row,
                   QString *errorMessage);

private:
    struct Sheet
    {
        QString name;
        QString part;   // zip path, e.g. xl/worksheets/sheet1.xml
    };
    bool readWorkbook(QString *errorMessage);
    bool readSharedStrings(QString *errorMessage);
    bool readStyles(QString *errorMessage);
    QString cellText(const QString &type, int style, const QString &value) const;

    QString m_path;
    std::unique_ptr<QuaZip> m_zip;
    QList<Sheet> m_sheets;
    QStringList m_sharedStrings;
    QList<quint8> m_styleKind;   // per cellXfs index: 0 number, 1 date/time, 2 time only
    bool m_date1904 = false;
};
