#pragma once

#include "core/convert/ConvertedRow.h"
#include "core/convert/RowConverter.h"
#include "core/mapping/FieldCatalog.h"
#include "core/validate/ValidationIssue.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVector>

#include <string>
#include <utility>
#include <vector>

// In-file duplicates of unique identifiers (docs/api.md: external_id and every handle are unique):
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
        quint64 ext = 0;   // the row's external_id hash, 0 = none
        qint64 line = 0;
        qint64 record = -1;
        int key = 0;   // index into FieldCatalog::identifierKeys()
        int valueSize = 0;   // the value, for the message: Entries::value()
        qsizetype valueFrom = 0;
    };
    // The identifiers of a run of rows (one parallel chunk). The values are kept side by side in
    // one string, not one QString each: most are never looked at (only a duplicate's message
    // names its value), and one buffer per chunk costs no allocation per row.
    struct Entries
    {
        std::vector<Entry> entries;   // (std::vector: its push_back is inlined, QList::append is not)
        std::u16string values;
        void reserve(qsizetype rows);
        QStringView value(const Entry &e) const { return QStringView(values.data() + e.valueFrom, e.valueSize); }
    };

    // The identifiers of one row, from the converter's typed buffer, appended to `out`.
    static void collect(const RowConverter &converter, const RowConverter::Buffer &row, qint64 line, qint64 record,
                        Entries *out);

    // The 128-bit hash identifiers are compared by (h1 is never 0); e-mail addresses are compared
    // as hashValue(v.toLower()), which hashLowered computes without that copy.
    static void hashValue(QStringView v, quint64 *h1, quint64 *h2);
    static void hashLowered(QStringView v, quint64 *h1, quint64 *h2);

    // Column index and header of each identifier key, for the issues (from RowConverter::columns()).
    void setColumn(const QString &key, int column, const QString &header);
    // Room for this many rows in the tables of the keys given to setColumn (no rehashing midway).
    // With the identifiers of the first `sampleRows` rows, each table gets room for its key's share
    // of the rows instead (a column that is half empty or half invalid needs half the table).
    void reserve(qint64 rows, const Entries *sample = nullptr, qint64 sampleRows = 0);

    // Returns the duplicate issues found among these entries and everything added before.
    // `errorRecords` receives the record index of every row that got an Error.
    QList<ValidationIssue> add(const Entries &entries, QVector<qint64> *errorRecords = nullptr);

private:
    // The first occurrence of each value: an open-addressing table of hashes (h1 is never 0, so
    // 0 marks a free slot). Flat and small (16 bytes a slot), so one cache miss per lookup, and
    // prefetchable: with a million rows the tables are far larger than the caches. Values are
    // told apart by 96 bits (h1 and the upper half of h2): a false match among even a billion
    // values is far less likely than a memory error.
    struct Slot
    {
        quint64 h1 = 0;
        quint32 h2High = 0;
        quint32 record = 0;   // the first occurrence's record: its line and external_id in m_rows
    };
    // What a duplicate's message needs of the row it repeats, per record (shared by all keys:
    // one array, not one per identifier, since every fresh page costs a fault).
    struct RowFacts
    {
        qint64 line = 0;
        quint64 ext = 0;   // external_id hash, 0 = none
    };
    // The slots of a table: zeroed memory (a large table mapped and populated at once, see the
    // constructor).
    class Slots
    {
    public:
        Slots() = default;
        explicit Slots(size_t count);
        Slots(Slots &&other) noexcept { swap(other); }
        Slots(const Slots &) = delete;
        Slots &operator=(const Slots &) = delete;
        ~Slots();
        void swap(Slots &other) noexcept
        {
            std::swap(m_data, other.m_data);
            std::swap(m_size, other.m_size);
        }
        size_t size() const { return m_size; }
        bool empty() const { return m_size == 0; }
        Slot &operator[](size_t i) { return m_data[i]; }
        const Slot &operator[](size_t i) const { return m_data[i]; }
        const Slot *begin() const { return m_data; }
        const Slot *end() const { return m_data + m_size; }

    private:
        static constexpr size_t mappedTableBytes = 1024 * 1024;   // from here on mapped directly
        Slot *m_data = nullptr;
        size_t m_size = 0;
    };
    struct Table
    {
        Slots cells;
        size_t used = 0;
        void reserve(size_t rows);
        // Where h1 starts probing: its top 32 bits scaled to the capacity (any capacity will do,
        // so the table need not round up to a power of two).
        size_t home(quint64 h1) const { return size_t(((h1 >> 32) * quint64(cells.size())) >> 32); }
        const Slot *slotFor(quint64 h1) const { return cells.empty() ? nullptr : &cells[home(h1)]; }
        // The slot holding (h1, h2), or the free one where it belongs (h1 == 0 there).
        Slot *find(quint64 h1, quint64 h2);
        // Fills the free slot find() returned.
        void insert(Slot *slot, quint64 h1, quint64 h2, qint64 record);
    };
    std::vector<Table> m_seen = std::vector<Table>(size_t(FieldCatalog::identifierKeys().size()));
    std::vector<RowFacts> m_rows;   // by record index, filled as entries are added
    QHash<int, QPair<int, QString>> m_columns;
};
