#pragma once

#include "core/text/TextEncoding.h"

#include <QStringList>

#include <vector>

// Splits one CSV record into decoded cells. The rules are CsvScanner's, byte for byte, so a
// record fetched through the offset index has exactly the fields the scanner counted:
// doubled quotes unescaped, line breaks inside quotes kept as written, text after a closing
// quote or a stray quote kept, quotes listed in `literalQuotes` (never closed) read as text.
class CsvRecordParser
{
public:
    // How many bytes after a record a caller should leave readable (their values do not matter)
    // to let parse() take every cell 16 bytes at a time; see parse().
    static constexpr qsizetype readSlack = 64;

    CsvRecordParser(char delimiter, char quote, TextEncoding::Id encoding,
                    const std::vector<qint64> *literalQuotes = nullptr);

    // Parses the record starting at data[0], which is at absolute offset `base` in the file.
    // Reads up to the record's line break (or `size`); returns the bytes consumed including
    // the line break. `slack`: how many bytes after data[size] may be read though they are not
    // part of the record (0 if none; readSlack lets every cell take the fast path).
    qsizetype parse(const char *data, qsizetype size, qint64 base, QStringList *cells, qsizetype slack = 0) const;

    // The plain byte-by-byte state machine. parse() must give exactly its cells and its return
    // value for every input; it is kept as the reference the tests compare the fast path with.
    qsizetype parseReference(const char *data, qsizetype size, qint64 base, QStringList *cells) const;

private:
    bool isLiteralQuote(qint64 position) const;
    template<bool Readable>   // Readable: 16 bytes after every cell's start may be read
    qsizetype parseFast(const char *data, qsizetype size, qint64 base, QStringList *cells, qsizetype slack) const;
    template<bool Readable> void putCell(const char *text, qsizetype n, const char *readEnd, QString *cell) const;
    void putCellGeneral(const char *text, qsizetype n, QString *cell) const;
    const char *putQuotedField(const char *p, const char *end, const char *readEnd, QString *cell) const;

    char m_delimiter;
    char m_quote;
    TextEncoding::Id m_encoding;
    bool m_asciiIsAscii;   // every encoding but UTF-16 reads a byte < 0x80 as that character
    const std::vector<qint64> *m_literalQuotes;
};
