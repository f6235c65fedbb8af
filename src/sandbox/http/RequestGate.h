#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

// Follows the HTTP/1.1 request framing of one connection byte by byte, beside Qt's own parser
// (QAbstractHttpServer in Qt 6.4 buffers a whole request, body included, before it lets the
// server see it: a 2 GB upload cost 7 GB of memory before the 401). The gate sees each request's
// header block as soon as it is complete, and counts a chunked body while it arrives, so the
// server can refuse before the body is read (docs/sandbox.md, "Request size and early answers").
class RequestGate
{
public:
    struct Head
    {
        QByteArray method;
        QByteArray target;   // path and query, as sent
        QByteArray authorization;
        qint64 contentLength = 0;   // -1: chunked (length unknown)
    };
    enum class Verdict { Pass, Refuse };
    // Called once per request when its header block is complete; Refuse ends the feeding.
    std::function<Verdict(const Head &)> onHead;
    // Called when a chunked body has grown past `limit` bytes (data only, without framing).
    std::function<void(qint64 bodySoFar)> onChunkedOver;

    explicit RequestGate(qint64 chunkedLimit)
        : m_limit(chunkedLimit)
    {
    }
    // Feeds the next bytes of the connection. False once a request was refused or the framing
    // is broken beyond repair (a header block over 64 KiB): the caller stops the connection.
    bool feed(QByteArrayView bytes);

private:
    enum class State { Header, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailer, Stopped };
    bool headerComplete();

    qint64 m_limit;
    State m_state = State::Header;
    QByteArray m_line;   // the header block or a chunk-size/trailer line being collected
    qint64 m_remaining = 0;   // body or chunk bytes still to come
    qint64 m_chunkedTotal = 0;
};
