#include "support/XlsxWriter.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace {
bool add(QuaZip &zip, const QString &name, const std::function<QByteArray()> &piece)
{
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, Z_DEFLATED, 1))
        return false;
    for (QByteArray bytes = piece(); !bytes.isEmpty(); bytes = piece()) {
        if (file.write(bytes) != bytes.size())
            return false;
    }
    file.close();
    return file.getZipError() == ZIP_OK;
}

std::function<QByteArray()> once(const QByteArray &bytes)
{
    auto done = std::make_shared<bool>(false);
    return [bytes, done] {
        if (*done)
            return QByteArray();
        *done = true;
        return bytes;
    };
}
}

bool XlsxWriter::write(const QString &path, const std::function<QByteArray()> &sheetPiece,
                       const QByteArray &sharedStrings)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    const QByteArray workbook =
        R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>)";
    const QByteArray rels =
        R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>)";
    bool ok = add(zip, QStringLiteral("xl/workbook.xml"), once(workbook)) &&
              add(zip, QStringLiteral("xl/_rels/workbook.xml.rels"), once(rels));
    if (ok && !sharedStrings.isEmpty())
        ok = add(zip, QStringLiteral("xl/sharedStrings.xml"), once(sharedStrings));
    bool started = false, ended = false;
    ok =
        ok && add(zip, QStringLiteral("xl/worksheets/sheet1.xml"), [&]() -> QByteArray {
            if (!started) {
                started = true;
                return R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)";
            }
            if (ended)
                return QByteArray();
            const QByteArray piece = sheetPiece();
            if (piece.isEmpty()) {
                ended = true;
                return "</sheetData></worksheet>";
            }
            return piece;
        });
    zip.close();
    return ok && zip.getZipError() == ZIP_OK;
}

bool XlsxWriter::write(const QString &path, const QByteArray &sheetData)
{
    return write(path, once(sheetData));
}
