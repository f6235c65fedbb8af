#include "core/source/xlsx/XmlTokenizer.h"

#include <cstring>

namespace {
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool startsWith(const char *p, const char *end, const char *prefix, qsizetype length)
{
    return end - p >= length && std::memcmp(p, prefix, size_t(length)) == 0;
}

// Position of `needle` in [from, end), or nullptr.
const char *find(const char *from, const char *end, const char *needle, qsizetype length)
{
    while (end - from >= length) {
        const char *hit = static_cast<const char *>(std::memchr(from, needle[0], size_t(end - from - length + 1)));
        if (!hit)
            return nullptr;
        if (std::memcmp(hit, needle, size_t(length)) == 0)
            return hit;
        from = hit + 1;
    }
    return nullptr;
}

void appendUtf8(uint c, std::string *out)
{
    if (c < 0x80) {
        out->push_back(char(c));
    } else if (c < 0x800) {
        const char b[2] = {char(0xc0 | (c >> 6)), char(0x80 | (c & 0x3f))};
        out->append(b, 2);
    } else if (c < 0x10000) {
        const char b[3] = {char(0xe0 | (c >> 12)), char(0x80 | ((c >> 6) & 0x3f)), char(0x80 | (c & 0x3f))};
        out->append(b, 3);
    } else {
        const char b[4] = {char(0xf0 | (c >> 18)), char(0x80 | ((c >> 12) & 0x3f)), char(0x80 | ((c >> 6) & 0x3f)),
                           char(0x80 | (c & 0x3f))};
        out->append(b, 4);
    }
}
}

void XmlTokenizer::setData(const char *data, qsizetype size, bool last)
{
    m_data = data;
    m_size = size;
    m_pos = 0;
    m_last = last;
}

XmlTokenizer::Result XmlTokenizer::next(Token *token)
{
    const char *const end = m_data + m_size;
    for (;;) {
        const char *p = m_data + m_pos;
        if (p >= end)
            return m_last ? End : NeedMore;
        if (*p != '<') {
            const char *from = p + m_scanned;
            const char *lt = static_cast<const char *>(std::memchr(from, '<', size_t(end - from)));
            if (!lt) {
                if (!m_last) {
                    m_scanned = end - p;
                    return NeedMore;
                }
                lt = end;
            }
            m_scanned = 0;
            token->kind = Token::Text;
            token->text = QByteArrayView(p, lt - p);
            m_pos = lt - m_data;
            return Got;
        }
        // Markup that is not an element: comments, CDATA, processing instructions, a DOCTYPE.
        if (end - p < 9 && !m_last && (end - p < 2 || p[1] == '!' || p[1] == '?')) {
            return NeedMore;   // too short to tell "<!--" from "<![CDATA["
        }
        if (p[1] == '!' || p[1] == '?') {
            const char *close = nullptr;
            qsizetype skip = 0, closeLength = 1;
            if (startsWith(p, end, "<!--", 4)) {
                skip = 4, closeLength = 3;
                close = find(p + skip + m_scanned, end, "-->", 3);
            } else if (startsWith(p, end, "<![CDATA[", 9)) {
                skip = 9, closeLength = 3;
                close = find(p + skip + m_scanned, end, "]]>", 3);
            } else if (p[1] == '?') {
                skip = 2, closeLength = 2;
                close = find(p + skip + m_scanned, end, "?>", 2);
            } else {
                skip = 2;
                close = find(p + skip + m_scanned, end, ">", 1);
            }
            if (!close) {
                if (m_last) {
                    m_error = "the XML ends inside a comment or CDATA section";
                    return Error;
                }
                m_scanned = std::max<qsizetype>(0, end - p - skip - 3);
                return NeedMore;
            }
            m_scanned = 0;
            m_pos = close + closeLength - m_data;
            if (skip == 9) {
                token->kind = Token::CData;
                token->text = QByteArrayView(p + 9, close - (p + 9));
                return Got;
            }
            continue;
        }
        // An element tag: up to the '>' outside quoted attribute values.
        const char *q = p + 1;
        char quote = 0;
        for (; q < end; ++q) {
            const char c = *q;
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                break;
            } else if (c == '<') {
                m_error = "a '<' inside a tag";
                return Error;
            }
        }
        if (q >= end) {
            if (m_last) {
                m_error = "the XML ends inside a tag";
                return Error;
            }
            return NeedMore;
        }
        const bool isEnd = p[1] == '/';
        const char *nameBegin = p + (isEnd ? 2 : 1);
        const char *nameEnd = nameBegin;
        while (nameEnd < q && !isSpace(*nameEnd) && *nameEnd != '/')
            ++nameEnd;
        if (nameEnd == nameBegin) {
            m_error = "a tag without a name";
            return Error;
        }
        const char *local = nameBegin;
        for (const char *c = nameBegin; c < nameEnd; ++c) {
            if (*c == ':')
                local = c + 1;
        }
        const bool isEmpty = !isEnd && q[-1] == '/';
        token->kind = isEnd ? Token::EndTag : isEmpty ? Token::EmptyTag : Token::StartTag;
        token->name = QByteArrayView(local, nameEnd - local);
        token->attributes = QByteArrayView(nameEnd, (isEmpty ? q - 1 : q) - nameEnd);
        token->text = {};
        m_pos = q + 1 - m_data;
        return Got;
    }
}

QByteArrayView XmlTokenizer::attribute(QByteArrayView attributes, QByteArrayView name)
{
    QByteArrayView found;
    bool seen = false;
    forEachAttribute(attributes, [&](QByteArrayView n, QByteArrayView value) {
        if (!seen && n == name) {
            found = value;
            seen = true;
        }
    });
    return found;
}

bool XmlTokenizer::appendDecoded(QByteArrayView raw, std::string *out, const char **error)
{
    const char *p = raw.data();
    const char *const end = p + raw.size();
    const char *run = p;   // start of the bytes not yet copied
    for (; p < end; ++p) {
        const char c = *p;
        if (c != '&' && c != '\r' && c != '\0')
            continue;
        out->append(run, size_t(p - run));
        if (c == '\0') {
            *error = "a NUL byte, which XML does not allow";
            return false;
        }
        if (c == '\r') {   // CR LF -> LF, a lone CR -> LF
            if (p + 1 >= end || p[1] != '\n')
                out->push_back('\n');
            run = p + 1;
            continue;
        }
        const char *semicolon = static_cast<const char *>(
            std::memchr(p, ';', size_t(std::min<qsizetype>(end - p, 12))));
        if (!semicolon) {
            *error = "an '&' that starts no entity";
            return false;
        }
        const QByteArrayView entity(p + 1, semicolon - p - 1);
        if (entity == "lt") {
            out->push_back('<');
        } else if (entity == "gt") {
            out->push_back('>');
        } else if (entity == "amp") {
            out->push_back('&');
        } else if (entity == "quot") {
            out->push_back('"');
        } else if (entity == "apos") {
            out->push_back('\'');
        } else if (entity.size() >= 2 && entity[0] == '#') {
            const bool hex = entity[1] == 'x';
            uint code = 0;
            qsizetype digits = 0;
            for (qsizetype i = hex ? 2 : 1; i < entity.size(); ++i, ++digits) {
                const char d = entity[i];
                int v = -1;
                if (d >= '0' && d <= '9')
                    v = d - '0';
                else if (hex && d >= 'a' && d <= 'f')
                    v = d - 'a' + 10;
                else if (hex && d >= 'A' && d <= 'F')
                    v = d - 'A' + 10;
                if (v < 0 || code > 0x10ffff) {
                    code = 0x110000;
                    break;
                }
                code = code * (hex ? 16 : 10) + uint(v);
            }
            if (!digits || code == 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
                *error = "a character reference to no allowed character";
                return false;
            }
            appendUtf8(code, out);
        } else {
            *error = "an undeclared entity";
            return false;
        }
        p = semicolon;
        run = p + 1;
    }
    out->append(run, size_t(end - run));
    return true;
}
