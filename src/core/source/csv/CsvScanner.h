#pragma once

#include <QtGlobal>

#include <vector>

// Finds where records start in CSV bytes fed in chunks of any size (a memory-friendly
// streaming pass: the decoded file is never held). RFC 4180: quoted delimiters, doubled
// quotes and CR/LF/CRLF inside quotes; physical lines counted for every record.
// Malformed input is recovered from, never fatal:
//  - a stray quote inside an unquoted field, or text after a closing quote, is kept as text;
//  - a quote that is never closed: finish() asks the caller to rescan from the record where it
//    opened, with that quote taken literally (see finish()), so one bad quote does not swallow
//    the rest of the file;
//  - invalid UTF-8 (when validating) is reported once per record with its line.
// Splitting the same bytes at any offset gives the same records and issues.
// Speed: feed() reads 64-byte blocks as bit masks (scanBlock) when a block holds nothing unusual
// (no stray or trailing quote, valid UTF-8, no literal quote) and falls back to the byte
// state machine (feedScalar) for that block otherwise; both give exactly the same results, and
// a feed of fewer than 64 bytes always takes the state machine (tests compare the two).
class CsvScanner
{
public:
    enum class Issue { InvalidUtf8, StrayQuote, TextAfterQuote, UnterminatedQuote };

    struct RawRecord
    {
        qint64 offset = 0;   // absolute byte offset where the record starts
        qint64 line = 1;   // 1-based physical line where it starts
        qint64 fields = 1;   // delimiters outside quotes + 1
        bool blank = false;   // no bytes at all (an empty line)
        bool onlyDelimiters = false;   // nothing but delimiters (Excel's empty rows: ";;;;")
    };

    class Sink
    {
    public:
        virtual ~Sink() = default;
        virtual bool onRecord(const RawRecord &record) = 0;   // false stops the scan
        virtual void onIssue(Issue issue, qint64 line, qint64 field, qint64 offset) = 0;
    };

    struct LineEndingCounts
    {
        qint64 lf = 0, crlf = 0, cr = 0;
    };

    // quote = 0 reads without quoting (every quote is text).
    CsvScanner(char delimiter, char quote, bool validateUtf8, Sink *sink);

    // Starts over at a record boundary (absolute offset and its physical line).
    void reset(qint64 offset, qint64 line);

    // Returns false when the sink stopped the scan.
    bool feed(const char *data, qsizetype size);

    // End of input. Returns true when done. Returns false when a quote opened at
    // unterminatedQuoteOffset() ran to the end of the input: the quote is now remembered as
    // literal text and the caller must reset(restartOffset(), restartLine()) and feed again
    // from there. After maxRestarts the rest of the file is kept as one field instead.
    bool finish();
    // As if this scan had read on to the end and finish() had returned false there: another scan
    // (CsvSplitScan) read the rest and found the quote at quoteOffset open, in the record at
    // recordOffset; the totals are the serial ones at that point. The caller rescans from there.
    void restartAfter(qint64 recordOffset, qint64 recordLine, qint64 quoteOffset, LineEndingCounts endingsAtRecord,
                      qint64 quotedFields, qint64 multiByte);
    qint64 restartOffset() const { return m_recordOffset; }
    qint64 restartLine() const { return m_recordLine; }
    qint64 unterminatedQuoteOffset() const { return m_quoteOffset; }
    qint64 unterminatedQuoteLine() const { return m_quoteLine; }
    static constexpr int maxRestarts = 64;

    // Quotes (absolute offsets) read as text because they were never closed; the record parser
    // needs the same list to split records the same way.
    const std::vector<qint64> &literalQuotes() const { return m_literalQuotes; }
    void setLiteralQuotes(std::vector<qint64> quotes) { m_literalQuotes = std::move(quotes); }

    qint64 offset() const { return m_offset; }
    qint64 line() const { return m_line; }
    LineEndingCounts lineEndings() const { return m_endings; }   // of line breaks that end records
    qint64 quotedFields() const { return m_quotedFields; }
    qint64 multiByteSequences() const { return m_multiByte; }   // valid UTF-8 sequences of 2+ bytes
    bool atRecordStart() const { return m_state == State::StartRecord; }
    // Where the last complete record ends (the start of the one being read, if any).
    qint64 completeUpTo() const { return m_state == State::StartRecord ? m_offset : m_recordOffset; }

private:
    enum class State : quint8 { StartRecord, StartField, Unquoted, Quoted, QuoteInQuoted };
    enum Class : quint8 { Plain = 0, Delimiter, Quote, CR, LF, High };

    void endRecord(qint64 nextOffset);
    void lineBreak(uchar c, qint64 position, bool endsRecord);
    const uchar *consumeHigh(const uchar *p, const uchar *end, const uchar *begin, qint64 base);
    void feedScalar(const uchar *begin, const uchar *end, qint64 base);
    const uchar *scanBlocks(const uchar *p, const uchar *end);
    bool scanBlock(const uchar *p, qint64 at);
    void beginRecord(qint64 offset, qint64 line);
    void utf8Error(qint64 position);
    bool isLiteralQuote(qint64 position) const;

    Sink *m_sink;
    char m_delimiter;
    char m_quote;
    bool m_validateUtf8;
    bool m_blockScan;   // the 64-byte block path (scanBlock) can be used with this dialect
    quint8 m_unquotedClass[256];
    quint8 m_quotedClass[256];

    State m_state = State::StartRecord;
    qint64 m_offset = 0;   // absolute offset of the next byte to feed
    qint64 m_line = 1;
    qint64 m_lastCR = -2;   // absolute offset of the last CR (CRLF detection across chunks)
    qint64 m_recordOffset = 0;
    qint64 m_recordLine = 1;
    qint64 m_fields = 1;
    bool m_blank = true;
    bool m_onlyDelimiters = true;
    bool m_stop = false;
    LineEndingCounts m_endings;
    LineEndingCounts m_endingsAtRecord;
    qint64 m_quotedFields = 0;
    qint64 m_quoteOffset = -1;
    qint64 m_quoteLine = 0;
    qint64 m_quoteField = 0;
    int m_restarts = 0;
    std::vector<qint64> m_literalQuotes;

    // UTF-8 validation: how many continuation bytes are still expected and the allowed
    // range of the next one (narrower after E0, ED, F0, F4).
    int m_utf8Need = 0;
    uchar m_utf8Low = 0x80, m_utf8High = 0xBF;
    qint64 m_utf8ErrorRecord = -1;   // report invalid bytes once per record
    qint64 m_multiByte = 0;
};
