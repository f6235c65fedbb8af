#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>

#include <functional>

// Groups contact payload objects into import objects, the request bodies of POST /import
// (docs/api.md): {"type":"contact_details","payload":[...]} with at most `batchSize` contacts each
// (the profile's batch_size, default 1,000). `convert` writes one per line; the engine sends the
// same bytes plus its reference_id.
class PayloadBatchWriter
{
public:
    using BatchSink = std::function<void(const QByteArray &importObject, int contacts)>;

    PayloadBatchWriter(int batchSize, BatchSink sink);

    void add(QByteArrayView contactJson);   // one compact JSON object (copied)
    void finish();   // flushes the last, partial batch

    qint64 batches() const { return m_batches; }
    qint64 contacts() const { return m_contacts; }

    static QByteArray importObject(const QByteArrayList &contacts);

private:
    void flush();

    int m_batchSize;
    BatchSink m_sink;
    QByteArray m_body;   // the open import object so far
    int m_pending = 0;   // contacts in it
    qint64 m_batches = 0;
    qint64 m_contacts = 0;
};
