#include "core/source/xlsx/XlsxWorkbook.h"

#include "core/source/xlsx/ExcelDate.h"
#include "core/source/xlsx/XlsxLimits.h"
#include "core/source/xlsx/XlsxPartStream.h"
#include "core/source/xlsx/XlsxSheetReader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>
#include <quazip/quazip.h>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("XlsxWorkbook", text);
}
}

XlsxWorkbook::XlsxWorkbook() = default;
XlsxWorkbook::~XlsxWorkbook() = default;

bool XlsxWorkbook::open(const QString &path, QString *errorMessage)
{
    m_path = path;
    m_budget = XlsxLimits::inflatedBound(QFileInfo(path).size());
    m_zip = std::make_unique<QuaZip>(path);
    if (!m_zip->open(QuaZip::mdUnzip)) {
        *errorMessage = tr("%1: is not a readable Excel workbook (the zip container is damaged). Open it in Excel and "
                           "save it again.")
                            .arg(path);
        return false;
    }
    return readWorkbook(errorMessage) && readSharedStrings(errorMessage) && readStyles(errorMessage);
}

QStringList XlsxWorkbook::sheetNames() const
{
    QStringList names;
    for (const Sheet &s : m_sheets)
        names << s.name;
    return names;
}

bool XlsxWorkbook::readWorkbook(QString *errorMessage)
{
    // Relationship id -> part path.
    QHash<QString, QString> targets;
    QByteArray relsXml;
    if (readSmallPart(QStringLiteral("xl/_rels/workbook.xml.rels"), &relsXml)) {
        {
            QXmlStreamReader xml(relsXml);
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")) {
                    QString target = xml.attributes().value(QLatin1String("Target")).toString();
                    target = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
                    targets.insert(xml.attributes().value(QLatin1String("Id")).toString(), target);
                }
            }
        }
    }
    XlsxPartStream part(m_zip.get(), &m_budget);
    if (!m_zip->setCurrentFile(QStringLiteral("xl/workbook.xml"), QuaZip::csInsensitive)) {
        *errorMessage = tr("%1: is a zip file but not an Excel workbook (no xl/workbook.xml). Choose an .xlsx file or "
                           "a CSV export.")
                            .arg(m_path);
        return false;
    }
    QByteArray workbookXml;
    if (!part.open(QStringLiteral("xl/workbook.xml")) || !part.readAll(&workbookXml, XlsxLimits::maxSmallPartBytes)) {
        *errorMessage = tr("%1: the workbook cannot be unpacked. Open it in Excel and save it again.").arg(m_path);
        return false;
    }
    QXmlStreamReader xml(workbookXml);
    int index = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("workbookPr")) {
            const QStringView v = xml.attributes().value(QLatin1String("date1904"));
            m_date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (xml.name() == QLatin1String("sheet")) {
            ++index;
            const QXmlStreamAttributes a = xml.attributes();
            QString part;
            for (const QXmlStreamAttribute &attr : a) {
                if (attr.name() == QLatin1String("id") && !attr.namespaceUri().isEmpty())
                    part = targets.value(attr.value().toString());
            }
            if (part.isEmpty())
                part = QStringLiteral("xl/worksheets/sheet%1.xml").arg(index);
            m_sheets.append({a.value(QLatin1String("name")).toString(), part});
        }
    }
    if (xml.hasError()) {
        *errorMessage =
            tr("%1: the workbook is damaged (%2). Open it in Excel and save it again.").arg(m_path, xml.errorString());
        return false;
    }
    if (m_sheets.isEmpty()) {
        *errorMessage = tr("%1: the workbook has no worksheets.").arg(m_path);
        return false;
    }
    return true;
}

bool XlsxWorkbook::readSharedStrings(QString *errorMessage)
{
    if (!m_zip->setCurrentFile(QStringLiteral("xl/sharedStrings.xml"), QuaZip::csInsensitive))
        return true;   // a workbook with only numbers or inline strings has none
    XlsxPartStream part(m_zip.get(), &m_budget);
    if (!part.open(QStringLiteral("xl/sharedStrings.xml"))) {
        *errorMessage =
            tr("%1: the text of the workbook cannot be unpacked. Open it in Excel and save it again.").arg(m_path);
        return false;
    }
    const char *detail = "";
    switch (m_sharedStrings.read(part, XlsxLimits::maxKeptBytes, &detail)) {
    case XlsxSharedStrings::Outcome::Ok:
        return true;
    case XlsxSharedStrings::Outcome::Damaged:
        *errorMessage = tr("%1: the text of the workbook is damaged (%2). Open it in Excel and save it again.")
                            .arg(m_path, QString::fromLatin1(detail));
        return false;
    case XlsxSharedStrings::Outcome::StringTooLarge:
        *errorMessage = tr("%1: a text in the workbook is larger than 64 MB. No contact has that much text: the file "
                           "is damaged or not a contact list.")
                            .arg(m_path);
        return false;
    case XlsxSharedStrings::Outcome::TooMuchText:
        *errorMessage = part.overBudget() ? overBudgetMessage() : tooMuchTextMessage(QString());
        return false;
    }
    return false;
}

QString XlsxWorkbook::overBudgetMessage() const
{
    return tr("%1: the workbook unpacks to more than %2 MB, over 100 times its own size. It is not read: a file "
              "this compressed is a zip bomb, not a contact list.")
        .arg(m_path)
        .arg(XlsxLimits::inflatedBound(QFileInfo(m_path).size()) / (1024 * 1024));
}

QString XlsxWorkbook::tooMuchTextMessage(const QString &sheet) const
{
    return tr("%1: the sheet \"%2\" holds more than %3 MB of text, more than is read into memory at once. Save it "
              "as CSV (CSV files are read from disk as needed), or split it into several sheets.")
        .arg(m_path, sheet)
        .arg(XlsxLimits::maxKeptBytes / (1024 * 1024));
}

bool XlsxWorkbook::readSmallPart(const QString &name, QByteArray *out)
{
    XlsxPartStream part(m_zip.get(), &m_budget);
    return part.open(name) && part.readAll(out, XlsxLimits::maxSmallPartBytes);
}

bool XlsxWorkbook::readStyles(QString *errorMessage)
{
    Q_UNUSED(errorMessage);   // without styles every number is shown as a number
    QByteArray stylesXml;
    if (!readSmallPart(QStringLiteral("xl/styles.xml"), &stylesXml))
        return true;
    QXmlStreamReader xml(stylesXml);
    QHash<int, QString> codes;
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("numFmt")) {
                codes.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                             xml.attributes().value(QLatin1String("formatCode")).toString());
            } else if (xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                const QString code = codes.value(id);
                m_styleKind << quint8(ExcelDate::isTimeOnlyFormat(id, code) ? 2
                                      : ExcelDate::isDateFormat(id, code)   ? 1
                                                                            : 0);
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    return true;
}

bool XlsxWorkbook::readSheet(const QString &sheetName, const std::function<bool(qint64, const XlsxRow &)> &row,
                             QString *errorMessage)
{
    const Sheet *sheet = nullptr;
    for (const Sheet &s : m_sheets) {
        if (s.name == sheetName || (sheetName.isEmpty() && !sheet))
            sheet = &s;
    }
    if (!sheet) {
        *errorMessage = tr("%1: there is no sheet \"%2\". The workbook has: %3.")
                            .arg(m_path, sheetName, sheetNames().join(QStringLiteral(", ")));
        return false;
    }
    if (!m_zip->setCurrentFile(sheet->part, QuaZip::csInsensitive)) {
        *errorMessage = tr("%1: the sheet \"%2\" is missing from the workbook. Open it in Excel and save it again.")
                            .arg(m_path, sheet->name);
        return false;
    }
    XlsxPartStream part(m_zip.get(), &m_budget);
    if (!part.open(sheet->part)) {
        *errorMessage =
            tr("%1: the sheet \"%2\" cannot be unpacked. Open it in Excel and save it again.").arg(m_path, sheet->name);
        return false;
    }
    XlsxSheetReader reader(m_sharedStrings, m_styleKind, m_date1904);
    switch (reader.read(part, row)) {
    case XlsxSheetReader::Outcome::Ok:
    case XlsxSheetReader::Outcome::Stopped:
        return true;
    case XlsxSheetReader::Outcome::Damaged:
        *errorMessage = tr("%1: the sheet \"%2\" is damaged near row %3 (%4). Open it in Excel and save it again.")
                            .arg(m_path, sheet->name)
                            .arg(reader.rowNumber())
                            .arg(QString::fromLatin1(reader.detail() ? reader.detail() : ""));
        return false;
    case XlsxSheetReader::Outcome::CellTooLarge:
        *errorMessage = tr("%1: a cell in row %2 of the sheet \"%3\" holds more than 64 MB of text. No contact has "
                           "that much text: the file is damaged or not a contact list.")
                            .arg(m_path)
                            .arg(reader.rowNumber())
                            .arg(sheet->name);
        return false;
    case XlsxSheetReader::Outcome::TooManyColumns:
        *errorMessage = tr("%1: row %2 of the sheet \"%3\" has cells beyond column XFD, more than the 16,384 "
                           "columns a spreadsheet can have. The file is damaged; open it in Excel and save it again.")
                            .arg(m_path)
                            .arg(reader.rowNumber())
                            .arg(sheet->name);
        return false;
    case XlsxSheetReader::Outcome::TooManyRows:
        *errorMessage = tr("%1: the sheet \"%2\" has more than 1,048,576 rows, more than a spreadsheet can have. The "
                           "file is damaged; open it in Excel and save it again, or export it as CSV.")
                            .arg(m_path, sheet->name);
        return false;
    case XlsxSheetReader::Outcome::OverBudget:
        *errorMessage = overBudgetMessage();
        return false;
    }
    return false;
}
