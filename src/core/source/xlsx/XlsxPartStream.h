#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QuaZip;
class QuaZipFile;

// One part of an .xlsx zip, inflated piece by piece. Every piece counts against the workbook's
// inflate budget (XlsxLimits::inflatedBound): a zip bomb is stopped by what it inflates to, not
// by what its header claims.
class XlsxPartStream
{
public:
    // `budget`: bytes all parts of this workbook may still inflate to; shared and decreased.
    XlsxPartStream(QuaZip *zip, qint64 *budget);
    ~XlsxPartStream();

    bool open(const QString &part);   // false if there is no such part or it cannot be unpacked
    // Appends up to `piece` inflated bytes to *buffer. Returns the bytes added; 0 at the end of
    // the part; -1 on damage or when over the budget (overBudget() says which).
    qint64 readPiece(QByteArray *buffer, qint64 piece);
    bool atEnd() const { return m_atEnd; }
    bool overBudget() const { return m_overBudget; }
    // The whole part, if it inflates to at most `limit` bytes.
    bool readAll(QByteArray *out, qint64 limit);

private:
    QuaZip *m_zip;
    qint64 *m_budget;
    std::unique_ptr<QuaZipFile> m_file;
    bool m_atEnd = false;
    bool m_overBudget = false;
};
