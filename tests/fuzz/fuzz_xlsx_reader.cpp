// libFuzzer target for the .xlsx reader: the zip container, the streamed sheet tokenizer, shared
// strings, the limits (docs/robustness.md).
// Build: cmake --preset fuzz && cmake --build --preset fuzz --target fuzz_xlsx_reader
// Run:   build/fuzz/tests/fuzz/fuzz_xlsx_reader -max_total_time=60 -max_len=65536
// The first byte chooses the shape: odd -> the bytes are the whole .xlsx file (zip parsing);
// even -> the rest is the sheet's <sheetData> content inside a valid minimal workbook (the XML
// tokenizer and row reader, with byte-at-a-time and whole reads compared). Besides sanitizer
// findings it aborts when a promise breaks: every record has exactly as many cells as headers.
#include "core/source/RecordSourceFactory.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <cstdlib>

namespace {
const QString &scratch()
{
    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("fuzz.xlsx"));
    return path;
}

bool addPart(QuaZip &zip, const QString &name, const QByteArray &bytes)
{
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, Z_DEFLATED, 1))
        return false;
    file.write(bytes);
    file.close();
    return true;
}

void writeWorkbook(const QByteArray &sheetData)
{
    QuaZip zip(scratch());
    if (!zip.open(QuaZip::mdCreate))
        std::abort();
    addPart(zip, QStringLiteral("xl/workbook.xml"),
            R"(<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>)");
    addPart(zip, QStringLiteral("xl/_rels/workbook.xml.rels"),
            R"(<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>)");
    addPart(zip, QStringLiteral("xl/sharedStrings.xml"),
            R"(<sst><si><t>a&amp;b</t></si><si><r><t>x</t></r></si></sst>)");
    addPart(zip, QStringLiteral("xl/styles.xml"),
            R"(<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>)");
    addPart(zip, QStringLiteral("xl/worksheets/sheet1.xml"),
            "<worksheet><sheetData>" + sheetData + "</sheetData></worksheet>");
    zip.close();
}
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t length)
{
    if (length == 0)
        return 0;
    const QByteArray rest(reinterpret_cast<const char *>(bytes) + 1, qsizetype(length - 1));
    if (bytes[0] & 1) {
        QFile f(scratch());
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        f.write(rest);
    } else {
        writeWorkbook(rest);
    }
    QString error;
    auto source = RecordSourceFactory::openFile(scratch(), ReadOptions(), &error);
    if (!source) {
        if (error.isEmpty())
            std::abort();   // every refusal says why
        return 0;
    }
    const qsizetype columns = source->headers().size();
    for (qint64 i = 0; i < source->recordCount(); ++i) {
        if (source->record(i).cells.size() != columns)
            std::abort();
    }
    qint64 streamed = 0;
    source->forEachRecord([&](const SourceRecord &r) {
        if (r.cells != source->record(r.index).cells)
            std::abort();   // the streamed path decodes what record(i) decodes
        ++streamed;
        return true;
    });
    if (streamed != source->recordCount())
        std::abort();
    return 0;
}
