#include "core/source/xlsx/XlsxSharedStrings.h"

#include "core/source/xlsx/XlsxLimits.h"
#include "core/source/xlsx/XlsxPartStream.h"
#include "core/source/xlsx/XmlTokenizer.h"

XlsxSharedStrings::Outcome XlsxSharedStrings::read(XlsxPartStream &stream, qint64 keptLimit, const char **detail)
{
    constexpr qint64 piece = 1 << 20;
    QByteArray buffer;
    buffer.reserve(2 * piece);
    XmlTokenizer xml;
    XmlTokenizer::Token token;
    bool inItem = false, inText = false;
    int phonetic = 0;
    qsizetype itemStart = 0;
    bool last = false;
    while (!last) {
        const qint64 got = stream.readPiece(&buffer, piece);
        if (got < 0) {
            *detail = stream.overBudget() ? "over budget" : "the part cannot be unpacked";
            return stream.overBudget() ? Outcome::TooMuchText : Outcome::Damaged;
        }
        last = got == 0;
        xml.setData(buffer.constData(), buffer.size(), last);
        XmlTokenizer::Result r;
        while ((r = xml.next(&token)) == XmlTokenizer::Got) {
            switch (token.kind) {
            case XmlTokenizer::Token::StartTag:
            case XmlTokenizer::Token::EmptyTag: {
                const bool empty = token.kind == XmlTokenizer::Token::EmptyTag;
                if (XmlTokenizer::is(token.name, "si")) {
                    inItem = !empty;
                    phonetic = 0;
                    itemStart = qsizetype(m_text.size());
                    if (empty)
                        m_ends.push_back(qsizetype(m_text.size()));
                } else if (inItem && XmlTokenizer::is(token.name, "rPh") && !empty) {
                    ++phonetic;
                } else if (inItem && XmlTokenizer::is(token.name, "t") && !phonetic) {
                    inText = !empty;
                }
                break;
            }
            case XmlTokenizer::Token::EndTag:
                if (XmlTokenizer::is(token.name, "si") && inItem) {
                    inItem = inText = false;
                    m_ends.push_back(qsizetype(m_text.size()));
                } else if (XmlTokenizer::is(token.name, "rPh") && phonetic) {
                    --phonetic;
                } else if (XmlTokenizer::is(token.name, "t")) {
                    inText = false;
                }
                break;
            case XmlTokenizer::Token::Text:
            case XmlTokenizer::Token::CData:
                if (!inText)
                    break;
                if (token.kind == XmlTokenizer::Token::CData)
                    m_text.append(token.text.data(), size_t(token.text.size()));
                else if (!XmlTokenizer::appendDecoded(token.text, &m_text, detail))
                    return Outcome::Damaged;
                if (qint64(m_text.size()) - itemStart > XlsxLimits::maxCellBytes)
                    return Outcome::StringTooLarge;
                break;
            }
        }
        if (r == XmlTokenizer::Error) {
            *detail = xml.errorText();
            return Outcome::Damaged;
        }
        if (xml.pending() > XlsxLimits::maxCellBytes)
            return Outcome::StringTooLarge;
        if (keptBytes() > keptLimit)
            return Outcome::TooMuchText;
        buffer.remove(0, xml.consumed());
    }
    if (inItem)
        m_ends.push_back(qsizetype(m_text.size()));   // a cut-off last string: keep what is there
    m_text.shrink_to_fit();
    return Outcome::Ok;
}
