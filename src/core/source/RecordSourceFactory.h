#pragma once

#include "core/source/FileRecordSource.h"
#include "core/source/ReadOptions.h"
#include "core/source/RecordSource.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

// Opens a user's file (.csv, .txt, .tsv, .xlsx) as a RecordSource, detecting what ReadOptions
// leaves on auto. On failure returns nullptr and a one-line message naming the file and what to do.
//
// How the wizard should use it (the first preview never waits for the whole file):
//  1. preview(path, options, 200, &error) on the GUI thread: reads only the first 1 MB (a few
//     milliseconds), returns a FileRecordSource with the first records and a SourceDescription
//     (complete == false) for the File page: encoding, BOM, delimiter, quoting, line ending,
//     header row with confidences and alternatives, and the warnings seen so far.
//  2. openFile(path, options, &error, progress) in a worker (QtConcurrent::run): the full scan
//     builds the record-offset index (about 0.3 s per 100 MB); `progress` reports bytes and may
//     cancel (return false) when the user changes an option or leaves the page.
//  3. When the user overrides encoding/delimiter/header row, repeat 1 and 2 with the new
//     ReadOptions; an explicit value is reported with confidence 1 and userChosen = true.
namespace RecordSourceFactory {
using Progress = std::function<bool(qint64 bytesDone, qint64 bytesTotal)>;

std::unique_ptr<RecordSource> open(const QString &path, const ReadOptions &options, QString *errorMessage);

std::unique_ptr<FileRecordSource> openFile(const QString &path, const ReadOptions &options, QString *errorMessage,
                                           const Progress &progress = {});

std::unique_ptr<FileRecordSource> preview(const QString &path, const ReadOptions &options, int maxRecords,
                                          QString *errorMessage);

// The worksheets of an .xlsx workbook in workbook order; empty with a message for other files.
QStringList sheets(const QString &path, QString *errorMessage);
}
