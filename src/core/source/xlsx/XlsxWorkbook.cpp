#include "core/source/xlsx/XlsxWorkbook.h"

#include "core/source/xlsx/ExcelDate.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("XlsxWorkbook", text);
}

// "BC12" -> 54 (0-based column); -1 if there is no column part.
int columnOf(QStringView reference)
{
    int column = 0, letters = 0;
    for (QChar c : reference) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            column = column * 26 + (c.unicode() - 'A' + 1);
        else if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            column = column * 26 + (c.unicode() - 'a' + 1);
        else
            break;
        if (++letters > 3)
            return -1;
    }
    return letters ? column - 1 : -1;
}

// Text of a <si> or <is> element: plain <t> or rich-text runs <r><t>, without phonetic <rPh>.
QString readRichText(QXmlStreamReader &xml)
{
    const QString endName = xml.name().toString();
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && !phonetic)
                text += xml.readElementText();
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == endName)
                break;
        }
    }
    return text;
}
}

XlsxWorkbook::XlsxWorkbook() = default;
XlsxWorkbook::~XlsxWorkbook() = default;

bool XlsxWorkbook::open(const QString &path, QString *errorMessage)
{
    m_path = path;
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
    if (m_zip->setCurrentFile(QStringLiteral("xl/_rels/workbook.xml.rels"), QuaZip::csInsensitive)) {
        QuaZipFile rels(m_zip.get());
        if (rels.open(QIODevice::ReadOnly)) {
            QXmlStreamReader xml(&rels);
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
    if (!m_zip->setCurrentFile(QStringLiteral("xl/workbook.xml"), QuaZip::csInsensitive)) {
        *errorMessage = tr("%1: is a zip file but not an Excel workbook (no xl/workbook.xml). Choose an .xlsx file or "
                           "a CSV export.")
                            .arg(m_path);
        return false;
    }
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = tr("%1: the workbook cannot be unpacked. Open it in Excel and save it again.").arg(m_path);
        return false;
    }
    QXmlStreamReader xml(&file);
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
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage =
            tr("%1: the text of the workbook cannot be unpacked. Open it in Excel and save it again.").arg(m_path);
        return false;
    }
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si"))
            m_sharedStrings << readRichText(xml);
    }
    if (xml.hasError()) {
        *errorMessage = tr("%1: the text of the workbook is damaged (%2). Open it in Excel and save it again.")
                            .arg(m_path, xml.errorString());
        return false;
    }
    return true;
}

bool XlsxWorkbook::readStyles(QString *errorMessage)
{
    Q_UNUSED(errorMessage);   // without styles every number is shown as a number
    if (!m_zip->setCurrentFile(QStringLiteral("xl/styles.xml"), QuaZip::csInsensitive))
        return true;
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return true;
    QXmlStreamReader xml(&file);
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

QString XlsxWorkbook::cellText(const QString &type, int style, const QString &value) const
{
    if (type == QLatin1String("s")) {
        bool ok = false;
        const int i = value.toInt(&ok);
        return ok && i >= 0 && i < m_sharedStrings.size() ? m_sharedStrings.at(i) : QString();
    }
    if (type == QLatin1String("b"))
        return value == QLatin1String("1") || value == QLatin1String("true") ? QStringLiteral("TRUE")
                                                                             : QStringLiteral("FALSE");
    if (type.isEmpty() || type == QLatin1String("n")) {
        const quint8 kind = style >= 0 && style < m_styleKind.size() ? m_styleKind.at(style) : 0;
        if (kind && !value.isEmpty()) {
            bool ok = false;
            const double serial = value.toDouble(&ok);
            const QString iso = ok ? ExcelDate::toIso(serial, m_date1904, kind == 2) : QString();
            if (!iso.isEmpty())
                return iso;
        }
    }
    return value;   // numbers as stored, "str" formula results, "e" errors (#N/A), "d" ISO dates
}

bool XlsxWorkbook::readSheet(const QString &sheetName, const std::function<bool(qint64, const QStringList &)> &row,
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
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage =
            tr("%1: the sheet \"%2\" cannot be unpacked. Open it in Excel and save it again.").arg(m_path, sheet->name);
        return false;
    }
    QXmlStreamReader xml(&file);
    QStringList cells;
    qint64 rowNumber = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("row")) {
            bool ok = false;
            const qint64 r = xml.attributes().value(QLatin1String("r")).toLongLong(&ok);
            rowNumber = ok ? r : rowNumber + 1;
            cells.clear();
            int next = 0;   // column of a cell without reference
            while (xml.readNextStartElement()) {
                if (xml.name() != QLatin1String("c")) {
                    xml.skipCurrentElement();
                    continue;
                }
                const QXmlStreamAttributes a = xml.attributes();
                int column = columnOf(a.value(QLatin1String("r")));
                if (column < 0)
                    column = next;
                next = column + 1;
                const QString type = a.value(QLatin1String("t")).toString();
                const int style = a.hasAttribute(QLatin1String("s")) ? a.value(QLatin1String("s")).toInt() : -1;
                QString value;
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("v"))
                        value = xml.readElementText();
                    else if (xml.name() == QLatin1String("is"))
                        value = readRichText(xml);
                    else
                        xml.skipCurrentElement();
                }
                if (column >= 16384)   // beyond Excel's XFD: a damaged reference
                    continue;
                if (column < cells.size()) {   // out of order: place it anyway
                    cells[column] = cellText(type, style, value);
                    continue;
                }
                while (cells.size() < column)
                    cells.append(QString());
                cells.append(cellText(type, style, value));
            }
            if (!row(rowNumber, cells))
                return true;
        }
    }
    if (xml.hasError()) {
        *errorMessage = tr("%1: the sheet \"%2\" is damaged near row %3 (%4). Open it in Excel and save it again.")
                            .arg(m_path, sheet->name)
                            .arg(rowNumber)
                            .arg(xml.errorString());
        return false;
    }
    return true;
}
