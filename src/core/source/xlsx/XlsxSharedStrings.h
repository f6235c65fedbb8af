#pragma once

#include <QByteArrayView>

#include <string>
#include <vector>

class XlsxPartStream;

// The workbook's shared strings (xl/sharedStrings.xml), indexed once: all texts in one UTF-8
// block with an offset per string, so a cell's `<v>12</v>` is a copy of bytes, not a QString.
// Rich text keeps its runs' text without the phonetic guide (<rPh>), as Excel shows it.
class XlsxSharedStrings
{
public:
    enum class Outcome { Ok, Damaged, StringTooLarge, TooMuchText };
    // Parses the part streamed; `keptLimit` bounds the text kept (XlsxLimits::maxKeptBytes).
    Outcome read(XlsxPartStream &stream, qint64 keptLimit, const char **detail);

    qsizetype size() const { return qsizetype(m_ends.size()); }
    QByteArrayView at(qsizetype i) const
    {
        const qsizetype start = i ? m_ends[size_t(i - 1)] : 0;
        return QByteArrayView(m_text.data() + start, m_ends[size_t(i)] - start);
    }
    qint64 keptBytes() const { return qint64(m_text.capacity()) + qint64(m_ends.size() * sizeof(qsizetype)); }

private:
    std::string m_text;
    std::vector<qsizetype> m_ends;
};
