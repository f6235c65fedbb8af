#include "core/source/RecordSourceFactory.h"

#include "core/source/FileProbe.h"
#include "core/source/csv/CsvSourceOpener.h"
#include "core/source/xlsx/XlsxRecordSource.h"
#include "core/source/xlsx/XlsxWorkbook.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RecordSourceFactory", text);
}
}

// The helpers live in the RecordSourceFactory namespace (internal linkage) rather than an anonymous
// one: lupdate takes a tr() call's context from the enclosing namespace, and in an anonymous one it
// finds none and leaves the message out of translations/ (it was English in every language).
namespace RecordSourceFactory {

// Everything that makes a path unusable before its bytes are looked at.
static bool checkPath(const QString &path, QFileInfo *info, QString *errorMessage)
{
    *info = QFileInfo(path);
    if (!info->exists()) {
        *errorMessage = tr("%1: no such file. Check the path.").arg(path);
        return false;
    }
    if (info->isDir()) {
        *errorMessage = tr("%1: is a folder, not a file. Choose a CSV, TXT or .xlsx file inside it.").arg(path);
        return false;
    }
    if (!info->isFile()) {   // a FIFO would block the open, a device never end: neither is a table
        *errorMessage = tr("%1: is not a regular file (a pipe, device or socket). Save the table as a file and choose "
                           "that.")
                            .arg(path);
        return false;
    }
    if (!info->isReadable()) {
        *errorMessage =
            tr("%1: you are not allowed to read this file. Copy it somewhere you own or ask for read permission.")
                .arg(path);
        return false;
    }
    if (info->size() == 0) {
        *errorMessage = tr("%1: the file is empty (0 bytes). Export the table again.").arg(path);
        return false;
    }
    return true;
}

static std::unique_ptr<FileRecordSource> openAny(const QString &path, const ReadOptions &options, qint64 previewRecords,
                                                 const RecordSourceFactory::Progress &progress, QString *errorMessage)
{
    QString ignored;
    if (!errorMessage)
        errorMessage = &ignored;
    QFileInfo info;
    if (!checkPath(path, &info, errorMessage))
        return nullptr;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = tr("%1: cannot be opened (%2). Check that you may read it.").arg(path, file.errorString());
        return nullptr;
    }
    const QByteArray head = file.read(CsvSourceOpener::headBytes);
    if (head.isEmpty()) {
        *errorMessage = tr("%1: nothing could be read (%2). Check the file.").arg(path, file.errorString());
        return nullptr;
    }
    file.close();
    QString what;
    switch (FileProbe::probe(head, &what)) {
    case FileProbe::Kind::Zip:
        return XlsxRecordSource::open(path, options, previewRecords, errorMessage);
    case FileProbe::Kind::Binary:
        *errorMessage = tr("%1: this is %2, not a table. Choose a CSV, TXT or .xlsx file.").arg(path, what);
        return nullptr;
    case FileProbe::Kind::Text:
        break;
    }
    return CsvSourceOpener::open(path, info.size(), head, options, previewRecords, progress, errorMessage);
}

std::unique_ptr<RecordSource> open(const QString &path, const ReadOptions &options, QString *errorMessage)
{
    return openFile(path, options, errorMessage);
}

std::unique_ptr<FileRecordSource> openFile(const QString &path, const ReadOptions &options, QString *errorMessage,
                                           const Progress &progress)
{
    return openAny(path, options, -1, progress, errorMessage);
}

std::unique_ptr<FileRecordSource> preview(const QString &path, const ReadOptions &options, int maxRecords,
                                          QString *errorMessage)
{
    return openAny(path, options, std::max(0, maxRecords), {}, errorMessage);
}

QStringList sheets(const QString &path, QString *errorMessage)
{
    QString ignored;
    if (!errorMessage)
        errorMessage = &ignored;
    XlsxWorkbook workbook;
    if (!workbook.open(path, errorMessage))
        return {};
    return workbook.sheetNames();
}
}
