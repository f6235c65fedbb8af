#include "core/text/Utf16Transcoder.h"

#include "core/text/TextEncoding.h"

#include <QDir>
#include <QFile>

namespace Utf16Transcoder {
std::unique_ptr<QTemporaryFile> transcode(const QString &path, qint64 start, qint64 maxBytes, bool bigEndian,
                                          qint64 *badUnits, QString *errorString)
{
    QFile in(path);
    auto out = std::make_unique<QTemporaryFile>(QDir::temp().filePath(QStringLiteral("mateo-import-utf8-XXXXXX.csv")));
    if (!in.open(QIODevice::ReadOnly) || !in.seek(start)) {
        *errorString = in.errorString();
        return nullptr;
    }
    if (!out->open()) {
        *errorString = out->errorString();
        return nullptr;
    }
    QByteArray carry;
    qint64 left = maxBytes < 0 ? in.size() - start : maxBytes;
    constexpr qint64 chunk = 4 * 1024 * 1024;
    while (left > 0) {
        const QByteArray bytes = in.read(std::min(chunk, left));
        if (bytes.isEmpty())
            break;
        left -= bytes.size();
        const QByteArray utf8 = TextEncoding::utf16ToUtf8(bytes.constData(), bytes.size(), bigEndian, &carry, badUnits);
        if (out->write(utf8) != utf8.size()) {
            *errorString = out->errorString();
            return nullptr;
        }
    }
    // What is left is a lone high surrogate or an odd byte: keep it visible.
    const QByteArray rest = TextEncoding::utf16ToUtf8(nullptr, 0, bigEndian, &carry, badUnits);
    out->write(rest);
    if (!carry.isEmpty() && maxBytes < 0) {
        out->write("\xEF\xBF\xBD");
        ++*badUnits;
    }
    out->flush();
    return out;
}
}
