#pragma once

#include <QString>
#include <QTemporaryFile>

#include <memory>

// UTF-16 files ("Unicode Text" from Excel) are rewritten once as UTF-8 into a temporary file,
// in 4 MB steps, so the one CSV scanner reads every encoding. Line numbers do not change.
namespace Utf16Transcoder {
// Transcodes bytes [start, start + maxBytes) (maxBytes < 0: to the end). `badUnits` counts
// unpaired surrogates and a trailing odd byte, replaced by U+FFFD.
std::unique_ptr<QTemporaryFile> transcode(const QString &path, qint64 start, qint64 maxBytes, bool bigEndian,
                                          qint64 *badUnits, QString *errorString);
}
