#pragma once

#include "core/source/FileRecordSource.h"
#include "core/source/ReadOptions.h"
#include "core/source/csv/CsvIndexBuilder.h"

#include <QByteArray>

#include <memory>

// Detection + index for one CSV/TXT file whose first bytes were already read and checked to
// be text (RecordSourceFactory does that). `previewRecords` >= 0 reads only the first chunk
// and at most that many data records.
namespace CsvSourceOpener {
constexpr qint64 headBytes = 1024 * 1024;   // read before anything else: detection and preview

std::unique_ptr<FileRecordSource> open(const QString &path, qint64 fileSize, const QByteArray &head,
                                       const ReadOptions &options, qint64 previewRecords,
                                       const CsvIndexBuilder::Progress &progress, QString *errorMessage);
}
