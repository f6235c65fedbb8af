#include "core/source/xlsx/XlsxSheetReader.h"

#include "core/source/xlsx/ExcelDate.h"
#include "core/source/xlsx/XlsxLimits.h"
#include "core/source/xlsx/XlsxPartStream.h"
#include "core/source/xlsx/XlsxSharedStrings.h"
#include "core/source/xlsx/XmlTokenizer.h"

#include <QString>

#include <climits>

namespace {
// "BC12" -> 54 (0-based column); -1 if there is no column part or it has more than 3 letters.
int columnOf(QByteArrayView reference)
{
    int column = 0, letters = 0;
    for (char c : reference) {
        if (c >= 'A' && c <= 'Z')
            column = column * 26 + (c - 'A' + 1);
        else if (c >= 'a' && c <= 'z')
            column = column * 26 + (c - 'a' + 1);
        else
            break;
        if (++letters > 3)
            return -1;
    }
    return letters ? column - 1 : -1;
}

// QString::toLongLong's reading of a number attribute: optional white space and sign, digits.
bool readInteger(QByteArrayView text, qint64 *value)
{
    const char *p = text.data(), *end = p + text.size();
    while (p < end && (*p == ' ' || (*p >= '\t' && *p <= '\r')))
        ++p;
    while (end > p && (end[-1] == ' ' || (end[-1] >= '\t' && end[-1] <= '\r')))
        --end;
    bool negative = false;
    if (p < end && (*p == '+' || *p == '-'))
        negative = *p++ == '-';
    if (p == end || end - p > 18)
        return false;
    qint64 v = 0;
    for (; p < end; ++p) {
        if (*p < '0' || *p > '9')
            return false;
        v = v * 10 + (*p - '0');
    }
    *value = negative ? -v : v;
    return true;
}
}

XlsxSheetReader::XlsxSheetReader(const XlsxSharedStrings &strings, const QList<quint8> &styleKind, bool date1904)
    : m_strings(strings)
    , m_styleKind(styleKind)
    , m_date1904(date1904)
{
}

void XlsxSheetReader::finishCell()
{
    std::string &text = m_row.m_text;
    const qsizetype start = qsizetype(text.size());
    switch (m_type) {
    case CellType::Shared: {
        qint64 i = -1;
        if (readInteger(QByteArrayView(m_value.data(), qsizetype(m_value.size())), &i) && i >= 0 &&
            i < m_strings.size() && i <= INT_MAX) {
            const QByteArrayView s = m_strings.at(qsizetype(i));
            text.append(s.data(), size_t(s.size()));
        }
        break;
    }
    case CellType::Boolean:
        text.append(m_value == "1" || m_value == "true" ? "TRUE" : "FALSE");
        break;
    case CellType::Number: {
        const quint8 kind = m_style >= 0 && m_style < m_styleKind.size() ? m_styleKind.at(m_style) : 0;
        if (kind && !m_value.empty()) {
            bool ok = false;
            const double serial = QString::fromUtf8(m_value.data(), qsizetype(m_value.size())).toDouble(&ok);
            const QString iso = ok ? ExcelDate::toIso(serial, m_date1904, kind == 2) : QString();
            if (!iso.isEmpty()) {
                const QByteArray utf8 = iso.toUtf8();
                text.append(utf8.constData(), size_t(utf8.size()));
                break;
            }
        }
        text.append(m_value);
        break;
    }
    case CellType::Other:   // "str" formula results, "e" errors (#N/A), "d" ISO dates, inline strings
        text.append(m_value);
        break;
    }
    m_pieces.push_back({m_column, start, qsizetype(text.size())});
}

void XlsxSheetReader::finishRow()
{
    int columns = 0;
    for (const Piece &p : m_pieces)
        columns = std::max(columns, p.column + 1);
    m_row.m_bounds.assign(size_t(2 * columns), 0);
    for (const Piece &p : m_pieces) {   // a later cell of the same column wins, as in Excel's own reading
        m_row.m_bounds[size_t(2 * p.column)] = p.start;
        m_row.m_bounds[size_t(2 * p.column) + 1] = p.end;
    }
}

XlsxSheetReader::Outcome XlsxSheetReader::read(XlsxPartStream &stream,
                                               const std::function<bool(qint64, const XlsxRow &)> &row)
{
    constexpr qint64 piece = 1 << 20;
    constexpr qsizetype maxTagBytes = 1 << 20;
    QByteArray buffer;
    buffer.reserve(2 * piece);
    XmlTokenizer xml;
    XmlTokenizer::Token token;
    bool inRow = false, inCell = false, inInline = false, collect = false;
    int phonetic = 0;
    bool last = false;
    using Kind = XmlTokenizer::Token;
    while (!last) {
        const qint64 got = stream.readPiece(&buffer, piece);
        if (got < 0) {
            m_detail = "the sheet cannot be unpacked";
            return stream.overBudget() ? Outcome::OverBudget : Outcome::Damaged;
        }
        last = got == 0;
        xml.setData(buffer.constData(), buffer.size(), last);
        XmlTokenizer::Result r;
        while ((r = xml.next(&token)) == XmlTokenizer::Got) {
            if (token.kind == Kind::Text || token.kind == Kind::CData) {
                if (!collect)
                    continue;
                if (token.kind == Kind::CData)
                    m_value.append(token.text.data(), size_t(token.text.size()));
                else if (!XmlTokenizer::appendDecoded(token.text, &m_value, &m_detail))
                    return Outcome::Damaged;
                if (qint64(m_value.size()) > XlsxLimits::maxCellBytes)
                    return Outcome::CellTooLarge;
                continue;
            }
            const QByteArrayView name = token.name;
            if (token.kind == Kind::EndTag) {
                if (!inRow)
                    continue;
                if (XmlTokenizer::is(name, "v") || XmlTokenizer::is(name, "t")) {
                    collect = false;
                } else if (inInline && XmlTokenizer::is(name, "rPh")) {
                    phonetic = std::max(0, phonetic - 1);
                } else if (XmlTokenizer::is(name, "is")) {
                    inInline = collect = false;
                } else if (inCell && XmlTokenizer::is(name, "c")) {
                    inCell = inInline = collect = false;
                    finishCell();
                } else if (XmlTokenizer::is(name, "row")) {
                    inRow = false;
                    finishRow();
                    if (!row(m_rowNumber, m_row))
                        return Outcome::Stopped;
                }
                continue;
            }
            const bool empty = token.kind == Kind::EmptyTag;
            if (!inRow) {
                if (name != "row")
                    continue;
                qint64 number = 0;
                m_rowNumber = readInteger(XmlTokenizer::attribute(token.attributes, "r"), &number) ? number
                                                                                                   : m_rowNumber + 1;
                if (m_rowNumber > XlsxLimits::maxRows || ++m_rowsSeen > XlsxLimits::maxRows)
                    return Outcome::TooManyRows;
                m_row.m_text.clear();
                m_pieces.clear();
                m_nextColumn = 0;
                inRow = true;
                if (empty) {
                    inRow = false;
                    finishRow();
                    if (!row(m_rowNumber, m_row))
                        return Outcome::Stopped;
                }
            } else if (!inCell) {
                if (name != "c")
                    continue;
                QByteArrayView reference, type, style;
                XmlTokenizer::forEachAttribute(token.attributes, [&](QByteArrayView attribute, QByteArrayView value) {
                    if (attribute.size() != 1)
                        return;
                    if (attribute[0] == 'r')
                        reference = value;
                    else if (attribute[0] == 't')
                        type = value;
                    else if (attribute[0] == 's')
                        style = value;
                });
                m_column = columnOf(reference);
                if (m_column < 0)
                    m_column = m_nextColumn;
                if (m_column >= XlsxLimits::maxColumns)
                    return Outcome::TooManyColumns;
                m_nextColumn = m_column + 1;
                m_type = type.isEmpty() || XmlTokenizer::is(type, "n") ? CellType::Number
                         : XmlTokenizer::is(type, "s")                 ? CellType::Shared
                         : XmlTokenizer::is(type, "b")                 ? CellType::Boolean
                                                                       : CellType::Other;
                qint64 s = 0;   // QString::toInt's reading: unreadable is style 0
                m_style = style.isNull() ? -1 : readInteger(style, &s) && s >= INT_MIN && s <= INT_MAX ? int(s) : 0;
                m_value.clear();
                inCell = !empty;
                if (empty)
                    finishCell();
            } else if (!inInline) {
                if (XmlTokenizer::is(name, "v")) {
                    m_value.clear();
                    collect = !empty;
                } else if (XmlTokenizer::is(name, "is")) {
                    m_value.clear();
                    inInline = !empty;
                    phonetic = 0;
                }
            } else if (XmlTokenizer::is(name, "rPh")) {
                phonetic += empty ? 0 : 1;
            } else if (XmlTokenizer::is(name, "t") && !phonetic) {
                collect = !empty;
            }
        }
        if (r == XmlTokenizer::Error) {
            m_detail = xml.errorText();
            return Outcome::Damaged;
        }
        // What is left is one unfinished token: bound it before reading on.
        const qsizetype pending = xml.pending();
        if (pending > 0) {
            const QByteArrayView rest(buffer.constData() + xml.consumed(), pending);
            const bool tag = rest.startsWith("<") && !rest.startsWith("<![");
            if (tag && pending > maxTagBytes) {
                m_detail = "a tag longer than 1 MB";
                return Outcome::Damaged;
            }
            if (pending > XlsxLimits::maxCellBytes + 16)
                return Outcome::CellTooLarge;
        }
        buffer.remove(0, xml.consumed());
    }
    return Outcome::Ok;
}
