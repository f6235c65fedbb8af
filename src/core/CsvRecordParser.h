#pragma once

#include "TextEncoding.h"

#include <QStringList>

#include <vector>

// Splits one CSV record into decoded cells. The rules are CsvScanner's, byte for byte, so a
// record fetched through the offset index has exactly the fields the scanner counted:
// doubled quotes unescaped, line breaks inside quotes kept as written, text after a closing
// quote or a stray quote kept, quotes listed in `literalQuotes` (never closed) read as text.
class CsvRecordParser
{
public:
    CsvRecordParser(char delimiter, char quote, TextEncoding::Id encoding,
                    const std::vector<qint64> *literalQuotes = nullptr);

    // Parses the record starting at data[0], which is at absolute offset `base` in the file.
    // Reads up to the record's line break (or `size`); returns the bytes consumed including
    // the line break.
    qsizetype parse(const char *data, qsizetype size, qint64 base, QStringList *cells) const;

private:
    bool isLiteralQuote(qint64 position) const;

    char m_delimiter;
    char m_quote;
    TextEncoding::Id m_encoding;
    const std::vector<qint64> *m_literalQuotes;
};
