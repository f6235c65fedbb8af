#include "core/validate/DuplicateDetector.h"

#include "core/mapping/FieldCatalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QVarLengthArray>

#include <cmath>
#include <cstdlib>
#include <limits>
#include <new>
#include <type_traits>

#ifdef __SSE2__
#include <emmintrin.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DuplicateDetector", text);
}
}

void DuplicateDetector::hashValue(QStringView v, quint64 *h1, quint64 *h2)
{
    *h1 = quint64(qHash(v, size_t(0x9E3779B97F4A7C15ull)));
    *h2 = quint64(qHash(v, size_t(0xC2B2AE3D27D4EB4Full)));
    if (*h1 == 0)
        *h1 = 1;   // 0 means "no external_id"
}

void DuplicateDetector::hashLowered(QStringView v, quint64 *h1, quint64 *h2)
{
    // QString::toLower maps each code point on its own; in the BMP that is QChar::toLower except
    // for U+0130 (two units: "i" + U+0307). That one and surrogate pairs take the copy;
    // tests/core/tst_duplicatedetector checks every BMP character against toLower().
    QVarLengthArray<char16_t, 256> lowered(v.size());
    const char16_t *s = v.utf16();
    const char16_t *end = s + v.size();
    char16_t *o = lowered.data();
    // One unit; false for the ones only QString::toLower gets right.
    auto foldOne = [](char16_t c, char16_t *to) {
        if (c < 0x80)
            *to = c >= 'A' && c <= 'Z' ? char16_t(c + 32) : c;
        else if (c == 0x130 || QChar::isSurrogate(c))
            return false;
        else
            *to = char16_t(QChar::toLower(c));
        return true;
    };
#ifdef __SSE2__
    // ASCII 8 units at a time: 'A'..'Z' + 32; a block with anything else goes unit by unit.
    const __m128i beforeA = _mm_set1_epi16('A' - 1), afterZ = _mm_set1_epi16('Z' + 1);
    const __m128i ascii = _mm_set1_epi16(0x7f), toLowerBit = _mm_set1_epi16(0x20);
    for (; end - s >= 8; s += 8, o += 8) {
        const __m128i u = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s));
        // Signed compares: units >= 0x8000 are negative.
        const __m128i other = _mm_or_si128(_mm_cmpgt_epi16(u, ascii), _mm_cmplt_epi16(u, _mm_setzero_si128()));
        if (_mm_movemask_epi8(other) == 0) {
            const __m128i upper = _mm_and_si128(_mm_cmpgt_epi16(u, beforeA), _mm_cmplt_epi16(u, afterZ));
            _mm_storeu_si128(reinterpret_cast<__m128i *>(o), _mm_add_epi16(u, _mm_and_si128(upper, toLowerBit)));
            continue;
        }
        for (int i = 0; i < 8; ++i) {
            if (!foldOne(s[i], o + i)) {
                hashValue(v.toString().toLower(), h1, h2);
                return;
            }
        }
    }
#endif
    for (; s < end; ++s, ++o) {
        if (!foldOne(*s, o)) {
            hashValue(v.toString().toLower(), h1, h2);
            return;
        }
    }
    hashValue(QStringView(lowered.constData(), lowered.size()), h1, h2);
}

void DuplicateDetector::Entries::reserve(qsizetype rows)
{
    entries.reserve(size_t(rows) * 3);   // external_id, e-mail, phone: the usual identifiers of a row
    values.reserve(size_t(rows) * 3 * 20);
}

void DuplicateDetector::collect(const RowConverter &converter, const RowConverter::Buffer &row, qint64 line,
                                qint64 record, Entries *out)
{
    const QVector<int> &keySlots = converter.identifierSlots();   // parallel to FieldCatalog::identifierKeys()
    const size_t begin = out->entries.size();
    quint64 ext = 0;
    for (int k = 0; k < keySlots.size(); ++k) {
        if (keySlots[k] < 0 || keySlots[k] >= row.values.size())
            continue;
        const RowConverter::Value &v = row.values.at(keySlots[k]);
        auto addOne = [&](QStringView text) {
            if (text.isEmpty())
                return;
            Entry e;
            e.line = line;
            e.record = record;
            e.key = k;
            e.valueFrom = qsizetype(out->values.size());
            e.valueSize = int(text.size());
            out->values.append(text.utf16(), size_t(text.size()));
            if (k == 1)
                hashLowered(text, &e.h1, &e.h2);   // e-mail: case does not make another address
            else
                hashValue(text, &e.h1, &e.h2);
            if (k == 0)
                ext = e.h1;
            out->entries.push_back(e);
        };
        if (v.type == RowConverter::Value::Type::String) {
            addOne(v.text);
        } else if (v.type == RowConverter::Value::Type::StringList) {
            for (const QString &item : v.list)
                addOne(item);
        }
    }
    for (size_t i = begin; i < out->entries.size(); ++i)
        out->entries[i].ext = ext;
}

void DuplicateDetector::reserve(qint64 rows, const Entries *sample, qint64 sampleRows)
{
    rows = std::max<qint64>(rows, 0);
    m_rows.reserve(size_t(rows));
    std::vector<qint64> sampleValues(m_seen.size(), 0);   // per key
    if (sample) {
        for (const Entry &e : sample->entries)
            ++sampleValues[size_t(e.key)];
    }
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        qint64 expected = rows;
        if (sample && sampleRows > 0 && sampleRows < rows) {
            // The share of rows with a value in the sample, with a margin; beyond it the table
            // grows (correct, only slower). Every slot not needed is memory not touched.
            const double perRow = double(sampleValues[size_t(it.key())]) / double(sampleRows);
            // (At most one value a row, unless the sample had lists.)
            const double most = std::max(1.0, std::ceil(perRow));
            expected = std::min<qint64>(qint64(double(rows) * perRow * 1.25) + 1024, qint64(double(rows) * most));
        }
        m_seen[it.key()].reserve(size_t(expected));
    }
}

DuplicateDetector::Slots::Slots(size_t count)
    : m_size(count)
{
    static_assert(std::is_trivially_copyable_v<Slot>, "a zeroed Slot is a free one");
#ifdef Q_OS_LINUX
    // A large table gets its pages mapped here, by writing to each. Left to be faulted in on
    // first use, the lookups' reads would map the shared zero page and each later insert would
    // fault again to copy it, flushing the other core's TLB every time: 6 % of `convert`'s CPU on
    // a million rows, all of it on the main thread. (MAP_POPULATE does the same in one system call
    // but holds the address-space lock throughout, so the workers, just started, could not
    // allocate until it was done; a fault per page lets them in between.)
    const size_t bytes = count * sizeof(Slot);
    if (bytes >= mappedTableBytes) {
        void *p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED)
            throw std::bad_alloc();
        m_data = static_cast<Slot *>(p);
        const size_t page = size_t(sysconf(_SC_PAGESIZE));
        for (size_t at = 0; at < bytes; at += page)
            static_cast<volatile char *>(p)[at] = 0;
        return;
    }
#endif
    m_data = static_cast<Slot *>(std::calloc(count, sizeof(Slot)));
    if (!m_data)
        throw std::bad_alloc();
}

DuplicateDetector::Slots::~Slots()
{
#ifdef Q_OS_LINUX
    if (m_size * sizeof(Slot) >= mappedTableBytes) {
        munmap(m_data, m_size * sizeof(Slot));
        return;
    }
#endif
    std::free(m_data);
}

void DuplicateDetector::Table::reserve(size_t rows)
{
    const size_t capacity = rows + rows / 2 + 16;   // at most two thirds full
    if (capacity <= cells.size())
        return;
    Slots old(capacity);
    old.swap(cells);
    for (const Slot &s : old) {
        if (s.h1 != 0)
            *find(s.h1, quint64(s.h2High) << 32) = s;
    }
}

DuplicateDetector::Slot *DuplicateDetector::Table::find(quint64 h1, quint64 h2)
{
    if ((used + 1) * 3 > cells.size() * 2)
        reserve(used * 2 + 1);
    const size_t capacity = cells.size();
    const quint32 h2High = quint32(h2 >> 32);
    for (size_t i = home(h1);; i = i + 1 == capacity ? 0 : i + 1) {
        Slot &s = cells[i];
        if (s.h1 == 0 || (s.h1 == h1 && s.h2High == h2High))
            return &s;
    }
}

void DuplicateDetector::Table::insert(Slot *slot, quint64 h1, quint64 h2, qint64 record)
{
    // Record indexes fit: a file of 2^32 records would need a 64 GB index before getting here.
    Q_ASSERT(record >= 0 && record <= qint64(std::numeric_limits<quint32>::max()));
    *slot = Slot{h1, quint32(h2 >> 32), quint32(record)};
    ++used;
}

void DuplicateDetector::setColumn(const QString &key, int column, const QString &header)
{
    const int k = int(FieldCatalog::identifierKeys().indexOf(key));
    if (k >= 0 && !m_columns.contains(k))
        m_columns.insert(k, qMakePair(column, header));
}

QList<ValidationIssue> DuplicateDetector::add(const Entries &chunk, QVector<qint64> *errorRecords)
{
    const std::vector<Entry> &entries = chunk.entries;
    QList<ValidationIssue> issues;
    constexpr size_t ahead = 16;   // prefetch distance: the tables are far larger than the caches
    for (size_t n = 0; n < entries.size(); ++n) {
        if (n + ahead < entries.size()) {
            const Entry &later = entries[n + ahead];
            if (const Slot *s = m_seen[later.key].slotFor(later.h1))
                __builtin_prefetch(s);
        }
        const Entry &e = entries[n];
        if (size_t(e.record) >= m_rows.size())
            m_rows.resize(size_t(e.record) + 1);   // records come in file order: this appends
        m_rows[size_t(e.record)] = RowFacts{e.line, e.ext};
        Table &seen = m_seen[e.key];
        Slot *slot = seen.find(e.h1, e.h2);
        if (slot->h1 == 0) {
            seen.insert(slot, e.h1, e.h2, e.record);
            continue;
        }
        if (qint64(slot->record) == e.record)
            continue;   // the same number twice in one contact's list
        const RowFacts *it = &m_rows[slot->record];
        const QString keyName = FieldCatalog::identifierKeys().at(e.key);
        ValidationIssue issue;
        issue.line = e.line;
        issue.relatedLine = it->line;
        issue.column = m_columns.value(e.key).first;
        issue.columnHeader = m_columns.value(e.key).second;
        issue.kind = QStringLiteral("duplicate_identifier");
        const QString value = chunk.value(e).toString();
        issue.value = value;
        if (e.key == 0) {
            issue.severity = ValidationIssue::Severity::Warning;
            issue.message = tr("external_id %1 also on line %2: this row would overwrite that contact; "
                               "remove one of the two rows or give them different ids")
                                .arg(value)
                                .arg(it->line);
        } else if (e.ext != 0 && it->ext != 0 && e.ext != it->ext) {
            issue.severity = ValidationIssue::Severity::Error;
            issue.message = tr("%1 %2 is already used by another contact on line %3: the server would reject "
                               "this row; correct one of the two")
                                .arg(keyName, value)
                                .arg(it->line);
        } else if (e.ext != 0 && e.ext == it->ext) {
            continue;   // same contact: already reported through its external_id
        } else {
            issue.severity = ValidationIssue::Severity::Warning;
            issue.message = tr("%1 %2 also on line %3: this row would update that contact instead of creating "
                               "a new one")
                                .arg(keyName, value)
                                .arg(it->line);
        }
        if (errorRecords && issue.severity == ValidationIssue::Severity::Error)
            errorRecords->append(e.record);
        issues.append(issue);
    }
    return issues;
}
