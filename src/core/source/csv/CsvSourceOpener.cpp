#include "core/source/csv/CsvSourceOpener.h"

#include "core/source/csv/CsvFormatDetector.h"
#include "core/source/csv/CsvRecordSource.h"
#include "core/text/EncodingDetector.h"
#include "core/text/Utf16Transcoder.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CsvSourceOpener", text);
}

// The sample looked like ASCII but the full scan found bytes that are not UTF-8 and no UTF-8
// sequence at all: the file is single-byte (umlauts further down). Offsets stay valid.
void switchToWindows1252(SourceDescription *d)
{
    d->encoding.value = TextEncoding::name(TextEncoding::Windows1252);
    d->encoding.confidence = 0.85;
    d->encoding.alternatives = {{TextEncoding::name(TextEncoding::Latin9), 0.5},
                                {TextEncoding::name(TextEncoding::Latin1), 0.45},
                                {TextEncoding::name(TextEncoding::Utf8), 0.05}};
    QList<ReaderWarning> kept;
    for (const ReaderWarning &w : std::as_const(d->warnings)) {
        if (w.kind != QLatin1String("invalid_bytes"))
            kept << w;
    }
    d->warnings = kept;
    d->warningCounts.remove(QStringLiteral("invalid_bytes"));
}
}

namespace CsvSourceOpener {
std::unique_ptr<FileRecordSource> open(const QString &path, qint64 fileSize, const QByteArray &head,
                                       const ReadOptions &options, qint64 previewRecords,
                                       const CsvIndexBuilder::Progress &progress, QString *errorMessage)
{
    const bool preview = previewRecords >= 0;
    const bool headIsWholeFile = head.size() >= fileSize;
    CsvRecordSource::Setup setup;
    SourceDescription &d = setup.description;
    d.path = path;
    d.format = QStringLiteral("csv");
    d.fileSize = fileSize;

    const EncodingDetector::Result enc = EncodingDetector::detect(head, headIsWholeFile, options.encoding, &d);
    QByteArray sample;
    qint64 dataStart = enc.bomLength, dataEnd = fileSize;
    setup.path = path;
    setup.dataPath = path;
    setup.encoding = enc.id;
    if (enc.id == TextEncoding::Utf16LE || enc.id == TextEncoding::Utf16BE) {
        qint64 bad = 0;
        QString why;
        setup.transcoded = Utf16Transcoder::transcode(path, enc.bomLength, preview ? headBytes : -1,
                                                      enc.id == TextEncoding::Utf16BE, &bad, &why);
        if (!setup.transcoded) {
            *errorMessage = tr("%1: cannot convert the UTF-16 text (%2). Save the file as \"CSV UTF-8\" and try again.")
                                .arg(path, why);
            return nullptr;
        }
        if (bad > 0)
            d.addWarning({QStringLiteral("invalid_bytes"), 0, 0,
                          tr("%1 UTF-16 code unit(s) that do not form characters are shown as \uFFFD.").arg(bad)});
        setup.dataPath = setup.transcoded->fileName();
        setup.encoding = TextEncoding::Utf8;
        dataStart = 0;
        dataEnd = setup.transcoded->size();
        QFile t(setup.dataPath);
        if (t.open(QIODevice::ReadOnly))
            sample = t.read(headBytes);
    } else {
        sample = head.mid(enc.bomLength);
    }
    const bool sampleIsWhole = dataStart + sample.size() >= dataEnd;

    const CsvFormatDetector::Result dialect = CsvFormatDetector::detect(sample, sampleIsWhole, setup.encoding, options,
                                                                        &d);
    setup.delimiter = dialect.delimiter;
    setup.quote = dialect.quote;

    RandomAccessFile file;
    QString why;
    if (!file.open(setup.dataPath, &why)) {
        *errorMessage = tr("%1: cannot be read (%2). Check that you may read it.").arg(path, why);
        return nullptr;
    }
    const qint64 scanEnd = preview ? std::min(dataEnd, dataStart + headBytes) : dataEnd;
    CsvIndexBuilder builder(dialect.delimiter, dialect.quote, setup.encoding == TextEncoding::Utf8, dialect.headerRow,
                            TextEncoding::displayName(setup.encoding), &d);
    builder.build(file, dataStart, scanEnd, scanEnd >= dataEnd, previewRecords, progress, &setup.index);
    const CsvIndex &ix = setup.index;
    if (ix.cancelled) {
        *errorMessage = tr("%1: reading was cancelled.").arg(path);
        return nullptr;
    }
    if (ix.nonEmptyRecords == 0 && ix.reachedEnd) {
        *errorMessage =
            tr("%1: contains only empty lines, no header row and no data. Export the table again.").arg(path);
        return nullptr;
    }
    if (ix.headerOffset < 0) {
        *errorMessage =
            ix.rawRecords == 0
                ? tr("%1: contains no rows. Export the table again, with its header row.").arg(path)
                : tr("%1: the header row %2 does not exist, the file has only %3 row(s). Choose a smaller header row.")
                      .arg(path)
                      .arg(dialect.headerRow)
                      .arg(ix.rawRecords);
        return nullptr;
    }
    const bool autoEncoding = !d.encoding.userChosen;
    if (autoEncoding && setup.encoding == TextEncoding::Utf8 && enc.asciiOnly && !setup.transcoded &&
        ix.invalidUtf8Records > 0 && ix.multiByteSequences == 0) {
        setup.encoding = TextEncoding::Windows1252;
        switchToWindows1252(&d);
    }
    d.headerLine = ix.headerLine;
    d.complete = ix.reachedEnd;
    d.records = ix.reachedEnd ? ix.count() : -1;
    if (ix.endings.lf + ix.endings.crlf + ix.endings.cr > 0)
        d.lineEnding = CsvFormatDetector::lineEndingChoice(ix.endings.lf, ix.endings.crlf, ix.endings.cr);
    const int kinds = (ix.endings.lf > 0) + (ix.endings.crlf > 0) + (ix.endings.cr > 0);
    if (kinds > 1 && d.complete)
        d.addWarning({QStringLiteral("mixed_line_endings"), 0, 0,
                      tr("The rows end in different ways (LF: %1, CRLF: %2, CR: %3); all were read. This often means "
                         "the file was pasted together from several exports.")
                          .arg(ix.endings.lf)
                          .arg(ix.endings.crlf)
                          .arg(ix.endings.cr)});

    auto source = CsvRecordSource::create(std::move(setup), errorMessage);
    return source;
}
}
