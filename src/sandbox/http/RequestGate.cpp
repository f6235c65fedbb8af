#include "sandbox/http/RequestGate.h"

#include <QList>

namespace {
constexpr qsizetype maxHeaderBytes = 64 * 1024;
}

bool RequestGate::headerComplete()
{
    Head head;
    const QList<QByteArray> lines = m_line.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    head.method = requestLine.value(0);
    head.target = requestLine.value(1);
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            head.contentLength = value.toLongLong(&ok);
            if (!ok || head.contentLength < 0)
                head.contentLength = 0;
        } else if (name == "transfer-encoding") {
            chunked = value.toLower().contains("chunked");
        } else if (name == "authorization") {
            head.authorization = value;
        }
    }
    if (chunked)
        head.contentLength = -1;
    m_line.clear();
    if (onHead && onHead(head) == Verdict::Refuse) {
        m_state = State::Stopped;
        return false;
    }
    m_chunkedTotal = 0;
    m_remaining = head.contentLength;
    m_state = chunked ? State::ChunkSize : head.contentLength > 0 ? State::Body : State::Header;
    return true;
}

bool RequestGate::feed(QByteArrayView bytes)
{
    const char *p = bytes.data();
    const char *const end = p + bytes.size();
    while (p < end) {
        switch (m_state) {
        case State::Stopped:
            return false;
        case State::Header: {
            const char c = *p++;
            if (c == '\r')
                break;
            if (c == '\n' && m_line.isEmpty())
                break;   // blank lines before a request are allowed
            m_line.append(c);
            if (c == '\n' && m_line.endsWith("\n\n")) {
                if (!headerComplete())
                    return false;
            } else if (m_line.size() > maxHeaderBytes) {
                m_state = State::Stopped;
                return false;
            }
            break;
        }
        case State::Body: {
            const qint64 take = std::min<qint64>(m_remaining, end - p);
            p += take;
            m_remaining -= take;
            if (!m_remaining)
                m_state = State::Header;
            break;
        }
        case State::ChunkSize:
        case State::Trailer: {
            const char c = *p++;
            if (c != '\n') {
                if (c != '\r')
                    m_line.append(c);
                if (m_line.size() > maxHeaderBytes) {
                    m_state = State::Stopped;
                    return false;
                }
                break;
            }
            if (m_state == State::Trailer) {
                if (m_line.isEmpty())
                    m_state = State::Header;   // the request is complete
                m_line.clear();
                break;
            }
            bool ok = false;
            const qsizetype semicolon = m_line.indexOf(';');
            const qint64 size = (semicolon < 0 ? m_line : m_line.left(semicolon)).trimmed().toLongLong(&ok, 16);
            m_line.clear();
            if (!ok || size < 0) {
                m_state = State::Stopped;
                return false;
            }
            if (size == 0) {
                m_state = State::Trailer;
                break;
            }
            m_chunkedTotal += size;
            if (m_chunkedTotal > m_limit) {
                m_state = State::Stopped;
                if (onChunkedOver)
                    onChunkedOver(m_chunkedTotal);
                return false;
            }
            m_remaining = size;
            m_state = State::ChunkData;
            break;
        }
        case State::ChunkData: {
            const qint64 take = std::min<qint64>(m_remaining, end - p);
            p += take;
            m_remaining -= take;
            if (!m_remaining)
                m_state = State::ChunkDataEnd;
            break;
        }
        case State::ChunkDataEnd:
            if (*p++ == '\n')
                m_state = State::ChunkSize;
            break;
        }
    }
    return m_state != State::Stopped;
}
