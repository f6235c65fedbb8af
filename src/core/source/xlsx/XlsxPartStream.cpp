#include "core/source/xlsx/XlsxPartStream.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

XlsxPartStream::XlsxPartStream(QuaZip *zip, qint64 *budget)
    : m_zip(zip)
    , m_budget(budget)
{
}

XlsxPartStream::~XlsxPartStream() = default;

bool XlsxPartStream::open(const QString &part)
{
    m_file.reset();
    m_atEnd = false;
    if (!m_zip->setCurrentFile(part, QuaZip::csInsensitive))
        return false;
    m_file = std::make_unique<QuaZipFile>(m_zip);
    return m_file->open(QIODevice::ReadOnly);
}

qint64 XlsxPartStream::readPiece(QByteArray *buffer, qint64 piece)
{
    if (m_atEnd)
        return 0;
    if (*m_budget <= 0) {
        m_overBudget = true;
        return -1;
    }
    piece = std::min(piece, *m_budget + 1);   // one byte over the budget is enough to know
    const qsizetype before = buffer->size();
    buffer->resize(before + qsizetype(piece));
    const qint64 got = m_file->read(buffer->data() + before, piece);
    buffer->resize(before + qsizetype(std::max<qint64>(got, 0)));
    if (got < 0)
        return -1;
    if (got == 0) {
        m_atEnd = true;
        // QuaZipFile checks the CRC when the part is closed: a damaged part fails here.
        m_file->close();
        return m_file->getZipError() == 0 ? 0 : -1;
    }
    *m_budget -= got;
    if (*m_budget < 0) {
        m_overBudget = true;
        return -1;
    }
    return got;
}

bool XlsxPartStream::readAll(QByteArray *out, qint64 limit)
{
    out->clear();
    for (;;) {
        const qint64 got = readPiece(out, 1 << 20);
        if (got < 0)
            return false;
        if (got == 0)
            return true;
        if (out->size() > limit)
            return false;
    }
}
