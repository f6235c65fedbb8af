#include "core/convert/PayloadBatchWriter.h"

#include <cstring>

PayloadBatchWriter::PayloadBatchWriter(int batchSize, BatchSink sink)
    : m_batchSize(batchSize > 0 ? batchSize : 1000)
    , m_sink(std::move(sink))
{
}

QByteArray PayloadBatchWriter::importObject(const QByteArrayList &contacts)
{
    qsizetype size = 48;
    for (const QByteArray &c : contacts)
        size += c.size() + 1;
    QByteArray out;
    out.reserve(size);
    out += "{\"type\":\"contact_details\",\"payload\":[";
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        if (i)
            out += ',';
        out += contacts.at(i);
    }
    out += "]}";
    return out;
}

void PayloadBatchWriter::add(QByteArrayView contactJson)
{
    // Written straight into the import object (the caller's bytes may be gone after the call),
    // with one resize and plain copies: QByteArray::append goes through insert() in Qt 6.4.
    static constexpr char header[] = "{\"type\":\"contact_details\",\"payload\":[";
    const char *prefix = m_pending == 0 ? header : ",";
    const qsizetype prefixSize = m_pending == 0 ? qsizetype(sizeof header - 1) : 1;
    const qsizetype at = m_body.size();
    m_body.resize(at + prefixSize + contactJson.size());   // keeps the capacity of earlier objects
    char *o = m_body.data() + at;
    std::memcpy(o, prefix, size_t(prefixSize));
    std::memcpy(o + prefixSize, contactJson.data(), size_t(contactJson.size()));
    ++m_pending;
    ++m_contacts;
    if (m_pending >= m_batchSize)
        flush();
}

void PayloadBatchWriter::finish()
{
    if (m_pending > 0)
        flush();
}

void PayloadBatchWriter::flush()
{
    m_body += "]}";
    m_sink(m_body, m_pending);
    ++m_batches;
    m_pending = 0;
    m_body.truncate(0);   // keeps the capacity for the next object
}
