#include "PayloadBatchWriter.h"

PayloadBatchWriter::PayloadBatchWriter(int batchSize, BatchSink sink)
    : m_batchSize(batchSize > 0 ? batchSize : 1000)
    , m_sink(std::move(sink))
{
    m_pending.reserve(m_batchSize);
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

void PayloadBatchWriter::add(const QByteArray &contactJson)
{
    m_pending.append(contactJson);
    ++m_contacts;
    if (m_pending.size() >= m_batchSize) {
        m_sink(importObject(m_pending), int(m_pending.size()));
        ++m_batches;
        m_pending.clear();
    }
}

void PayloadBatchWriter::finish()
{
    if (m_pending.isEmpty())
        return;
    m_sink(importObject(m_pending), int(m_pending.size()));
    ++m_batches;
    m_pending.clear();
}
