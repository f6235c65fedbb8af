#pragma once

#include <QByteArrayView>

#include <cstring>
#include <string>

// A small pull tokenizer over UTF-8 XML that arrives in pieces (an inflating zip part): tags
// and text runs as views into the caller's buffer, nothing allocated per token. Only what
// SpreadsheetML needs: no DTD, entities are the five predefined ones and character references.
// It exists because QXmlStreamReader makes a QString of every name, attribute and text, which
// was most of the time of reading a sheet (docs/robustness.md, "XLSX").
//
//   tokenizer.setData(buffer.constData(), buffer.size(), lastPiece);
//   while ((r = tokenizer.next(&token)) == XmlTokenizer::Token) ...
//   NeedMore: drop the consumed() bytes from the buffer, append the next piece, setData again.
class XmlTokenizer
{
public:
    struct Token
    {
        enum Kind { StartTag, EndTag, EmptyTag, Text, CData };
        Kind kind = Text;
        QByteArrayView name;   // local name (after any "prefix:")
        QByteArrayView attributes;   // raw text after the name, for attribute()
        QByteArrayView text;   // Text: raw (entities not yet decoded); CData: literal
    };
    enum Result { Got, NeedMore, End, Error };

    void setData(const char *data, qsizetype size, bool last);
    Result next(Token *token);
    qsizetype consumed() const { return m_pos; }   // bytes of the data fully tokenized
    // Bytes of the unfinished token at the end of the data (NeedMore): the caller bounds it.
    qsizetype pending() const { return m_size - m_pos; }
    const char *errorText() const { return m_error; }

    // Whether a name is `literal` (inline: the sheet compares names several times per cell).
    template<qsizetype N> static bool is(QByteArrayView name, const char (&literal)[N])
    {
        return name.size() == N - 1 && std::memcmp(name.data(), literal, N - 1) == 0;
    }
    // The raw value of attribute `name` in a tag's attributes; null view if absent.
    static QByteArrayView attribute(QByteArrayView attributes, QByteArrayView name);
    // Calls visit(name, rawValue) for each attribute, in one pass.
    template<typename Visit> static void forEachAttribute(QByteArrayView attributes, Visit &&visit);
    // Appends `raw` text with entities and character references decoded and line ends
    // normalised (CR LF and CR become LF, as XML requires). False on a malformed or forbidden
    // reference (&#0;, an undeclared entity), with *error set.
    static bool appendDecoded(QByteArrayView raw, std::string *out, const char **error);

private:
    const char *m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_pos = 0;
    qsizetype m_scanned = 0;   // bytes after m_pos already searched for the end of the pending token
    bool m_last = false;
    const char *m_error = nullptr;
};

template<typename Visit> void XmlTokenizer::forEachAttribute(QByteArrayView attributes, Visit &&visit)
{
    const char *p = attributes.data();
    const char *const end = p + attributes.size();
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (p < end) {
        while (p < end && space(*p))
            ++p;
        const char *nameBegin = p;
        while (p < end && *p != '=' && !space(*p))
            ++p;
        const QByteArrayView name(nameBegin, p - nameBegin);
        while (p < end && space(*p))
            ++p;
        if (p >= end || *p != '=')
            return;
        ++p;
        while (p < end && space(*p))
            ++p;
        if (p >= end || (*p != '"' && *p != '\''))
            return;
        const char quote = *p++;
        const char *valueBegin = p;
        p = static_cast<const char *>(std::memchr(p, quote, size_t(end - p)));
        if (!p)
            return;
        visit(name, QByteArrayView(valueBegin, p - valueBegin));
        ++p;
    }
}
