#pragma once

#include <QByteArrayView>
#include <QStringList>

#include <string>
#include <vector>

// One sheet row as the reader hands it on: the cells' text in UTF-8 by column (gaps are empty),
// views into one buffer that is reused row after row — valid only inside the row callback.
class XlsxRow
{
public:
    int size() const { return int(m_bounds.size() / 2); }
    QByteArrayView cell(int column) const
    {
        const qsizetype start = m_bounds[size_t(2 * column)];
        return QByteArrayView(m_text.data() + start, m_bounds[size_t(2 * column) + 1] - start);
    }
    QStringList toStringList() const;
    // True when no cell has text other than white space (QString::trimmed() would empty it).
    bool isBlank() const;

private:
    friend class XlsxSheetReader;
    std::string m_text;   // every cell's text, in the order the sheet gave them
    std::vector<qsizetype> m_bounds;   // start and end in m_text per column
};
