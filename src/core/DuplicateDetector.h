#pragma once

#include "ConvertedRow.h"
#include "RowConverter.h"
#include "ValidationIssue.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVector>

#include <vector>

// In-file duplicates of unique identifiers (API.md: external_id and every handle are unique):
//  - the same external_id twice: the later row overwrites the earlier one (warning);
//  - the same e-mail/phone/handle on two different contacts (different external_ids): the server
//    rejects the later row (error); without external_ids to tell them apart, the later row updates
//    the earlier contact (warning).
// Every issue is kind duplicate_identifier on the later row and names both lines (relatedLine).
//
// Usage: collect() the identifiers of each converted row (thread-safe, in workers), then add()
// them in file order on one thread. Identifiers are compared after normalisation (E.164 phones,
// e-mail compared without regard to case) through 128-bit hashes.
class DuplicateDetector
{
public:
    struct Entry
    {
        quint64 h1 = 0, h2 = 0;   // the value
        quint64 ext = 0;          // the row's external_id hash, 0 = none
        qint64 line = 0;
        qint64 record = -1;
        int key = 0;              // index into identifierKeys()
        QString value;            // for the message (shares the payload's string)
    };

    static const QStringList &identifierKeys();   // external_id, email, whatsapp, sms, instagram, ...
    // The identifiers of one row, from the converter's typed buffer.
    static void collect(const RowConverter &converter, const RowConverter::Buffer &row, qint64 line, qint64 record,
                        QVector<Entry> *out);

    // Column index and header of each identifier key, for the issues (from RowConverter::columns()).
    void setColumn(const QString &key, int column, const QString &header);
    // Room for this many rows in the tables of the keys given to setColumn (no rehashing midway).
    void reserve(qint64 rows);

    // Returns the duplicate issues found among these entries and everything added before.
    // `errorRecords` receives the record index of every row that got an Error.
    QList<ValidationIssue> add(const QVector<Entry> &entries, QVector<qint64> *errorRecords = nullptr);

private:
    // The first occurrence of each value: an open-addressing table of 128-bit hashes (h1 is
    // never 0, so 0 marks a free slot). Flat, so one cache miss per lookup, and prefetchable.
    struct Slot
    {
        quint64 h1 = 0, h2 = 0;
        qint64 line = 0;
        quint64 ext = 0;
    };
    struct Table
    {
        std::vector<Slot> cells;
        size_t used = 0;
        void reserve(size_t rows);
        const Slot *slotFor(quint64 h1) const { return cells.empty() ? nullptr : &cells[h1 & (cells.size() - 1)]; }
        // The slot holding (h1, h2), or the free one where it belongs (h1 == 0 there).
        Slot *find(quint64 h1, quint64 h2);
    };
    QVector<Table> m_seen = QVector<Table>(identifierKeys().size());
    QHash<int, QPair<int, QString>> m_columns;
};
