#include "core/source/xlsx/XlsxRecordSource.h"

#include "core/source/HeaderNames.h"
#include "core/source/xlsx/XlsxLimits.h"
#include "core/source/xlsx/XlsxWorkbook.h"
#include "core/text/StringLength.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <cstring>

namespace {
constexpr int headerSearchRows = 30;

int filled(const QStringList &cells)
{
    return int(std::count_if(cells.begin(), cells.end(), [](const QString &c) { return !c.trimmed().isEmpty(); }));
}

double textShare(const QStringList &cells)
{
    int n = 0, text = 0;
    for (const QString &c : cells) {
        const QString t = c.trimmed();
        if (t.isEmpty())
            continue;
        ++n;
        bool number = false;
        t.toDouble(&number);
        if (!number && !t.contains(QLatin1Char('@')))
            ++text;
    }
    return n ? double(text) / n : 0.0;
}
}

std::unique_ptr<XlsxRecordSource> XlsxRecordSource::open(const QString &path, const ReadOptions &options,
                                                         qint64 maxRecords, QString *errorMessage)
{
    XlsxWorkbook workbook;
    if (!workbook.open(path, errorMessage))
        return nullptr;
    std::unique_ptr<XlsxRecordSource> source(new XlsxRecordSource);
    SourceDescription &d = source->m_description;
    d.path = path;
    d.format = QStringLiteral("xlsx");
    d.fileSize = QFileInfo(path).size();
    d.encoding = {QStringLiteral("utf-8"), 1.0, false, {}};
    d.quoting = QStringLiteral("none");
    d.sheets = workbook.sheetNames();
    d.sheet = options.sheet.isEmpty() ? d.sheets.first() : options.sheet;

    // The first rows decide the header; they are kept until it is known.
    QList<QPair<qint64, QStringList>> head;
    qint64 headerRowNumber = options.headerRow > 0 ? options.headerRow : -1;
    QStringList headerCells;
    bool stoppedEarly = false, tooMuchText = false;
    qint64 widest = 0;
    const qint64 keptLimit = XlsxLimits::maxKeptBytes - workbook.keptBytes();
    // Rows are kept as UTF-8 text with '\0' between cells (the XML forbids NUL, so no cell has one).
    auto keepText = [&](qint64 rowNumber, int cellCount, const auto &cellAt) {
        if (maxRecords >= 0 && qint64(source->m_rowNumbers.size()) >= maxRecords) {
            stoppedEarly = true;
            return false;
        }
        QByteArray &store = source->m_cells;
        const qsizetype start = store.size();
        source->m_rowStarts.push_back(start);
        source->m_rowNumbers.push_back(rowNumber);
        qsizetype size = cellCount ? cellCount - 1 : 0;   // the separators
        for (int i = 0; i < cellCount; ++i)
            size += cellAt(i).size();
        // One resize a row (QByteArray grows by realloc: a large block moves without a copy).
        store.resize(start + size);
        char *out = store.data() + start;
        for (int i = 0; i < cellCount; ++i) {
            if (i)
                *out++ = '\0';
            const QByteArrayView cell = cellAt(i);
            if (!cell.isEmpty())
                std::memcpy(out, cell.data(), size_t(cell.size()));
            out += cell.size();
        }
        widest = std::max<qint64>(widest, cellCount);
        if (store.size() + qint64(source->m_rowStarts.size()) * 16 > keptLimit) {
            tooMuchText = true;
            return false;
        }
        return true;
    };
    auto keep = [&](qint64 rowNumber, const QStringList &cells) {
        if (filled(cells) == 0)
            return true;   // empty rows are skipped, as in CSV
        QList<QByteArray> utf8;
        for (const QString &c : cells)
            utf8.append(c.toUtf8());
        return keepText(rowNumber, int(utf8.size()), [&](int i) { return QByteArrayView(utf8.at(i)); });
    };
    auto keepRow = [&](qint64 rowNumber, const XlsxRow &row) {
        if (row.isBlank())
            return true;
        return keepText(rowNumber, row.size(), [&](int i) { return row.cell(i); });
    };
    auto decideHeader = [&]() {
        if (headerRowNumber < 0) {
            int most = 0;
            for (const auto &r : head)
                most = std::max(most, filled(r.second));
            const auto it = std::find_if(head.begin(), head.end(), [&](const auto &r) {
                return filled(r.second) * 2 >= most && textShare(r.second) >= 0.5;
            });
            const auto chosen = it != head.end() ? it : head.begin();
            headerRowNumber = chosen != head.end() ? chosen->first : 1;
            d.headerRow.confidence = it != head.end() ? 0.85 : 0.3;
            for (const auto &r : head) {
                if (r.first != headerRowNumber && filled(r.second) > 0 && d.headerRow.alternatives.size() < 3)
                    d.headerRow.alternatives.append({QString::number(r.first), 0.1});
            }
        } else {
            d.headerRow.confidence = 1.0;
            d.headerRow.userChosen = true;
        }
        bool afterHeader = false;
        for (const auto &r : head) {
            if (r.first == headerRowNumber) {
                headerCells = r.second;
                afterHeader = true;
            } else if (afterHeader && r.first > headerRowNumber && !keep(r.first, r.second)) {
                return false;
            }
        }
        head.clear();
        return true;
    };
    bool decided = false;
    const bool ok = workbook.readSheet(
        options.sheet,
        [&](qint64 rowNumber, const XlsxRow &row) {
            if (decided) {
                if (rowNumber < headerRowNumber)
                    return true;
                if (rowNumber == headerRowNumber) {   // a header row chosen below the first rows
                    headerCells = row.toStringList();
                    return true;
                }
                return keepRow(rowNumber, row);
            }
            head.append({rowNumber, row.toStringList()});
            if (head.size() < headerSearchRows)
                return true;
            decided = true;
            return decideHeader();
        },
        errorMessage);
    if (!ok)
        return nullptr;
    if (tooMuchText) {
        *errorMessage = workbook.tooMuchTextMessage(d.sheet);
        return nullptr;
    }
    if (!decided && !head.isEmpty())
        decideHeader();
    if (tooMuchText) {
        *errorMessage = workbook.tooMuchTextMessage(d.sheet);
        return nullptr;
    }
    if (headerCells.isEmpty() && source->m_rowNumbers.empty()) {
        *errorMessage = QCoreApplication::translate(
                            "XlsxRecordSource", "%1: the sheet \"%2\" is empty. Choose the sheet with the contacts.")
                            .arg(path, d.sheet);
        return nullptr;
    }
    source->m_rowStarts.push_back(source->m_cells.size());
    source->m_cells.squeeze();
    while (headerCells.size() < widest)
        headerCells << QString();
    QList<ReaderWarning> warnings;
    source->m_headers = HeaderNames::makeDistinct(headerCells, headerRowNumber, &warnings);
    for (const ReaderWarning &w : std::as_const(warnings))
        d.addWarning(w);
    d.headerRowNumber = int(headerRowNumber);
    d.headerRow.value = QString::number(headerRowNumber);
    d.headerLine = headerRowNumber;
    d.complete = !stoppedEarly;
    d.records = stoppedEarly ? -1 : source->recordCount();
    source->rememberFileState(path);
    return source;
}

SourceRecord XlsxRecordSource::record(qint64 index) const
{
    SourceRecord r;
    if (index < 0 || index >= recordCount())
        return r;
    fill(index, &r);
    return r;
}

void XlsxRecordSource::forEachRecordInRange(qint64 first, qint64 last,
                                            const std::function<bool(const SourceRecord &)> &visit) const
{
    first = std::max<qint64>(first, 0);
    last = std::min(last, recordCount());
    SourceRecord r;
    for (qint64 i = first; i < last; ++i) {
        fill(i, &r);
        if (!visit(r))
            return;
    }
}

namespace {
// The cell into `out`: pure ASCII (most contact data) widened into its own buffer when it has
// room, anything else decoded as UTF-8.
void setCell(QString *out, const char *p, qsizetype n)
{
    qsizetype i = 0;
    while (i < n && !(p[i] & 0x80))
        ++i;
    if (i == n && (setLengthInPlace(out, n) || (out->resize(n), true))) {
        char16_t *d = reinterpret_cast<char16_t *>(out->data());
        for (qsizetype k = 0; k < n; ++k)
            d[k] = char16_t(uchar(p[k]));
        return;
    }
    *out = QString::fromUtf8(p, n);
}
}

void XlsxRecordSource::fill(qint64 index, SourceRecord *r) const
{
    r->index = index;
    r->line = m_rowNumbers[size_t(index)];
    const qint64 start = m_rowStarts[size_t(index)], end = m_rowStarts[size_t(index) + 1];
    const char *p = m_cells.constData() + start;
    const char *const stop = m_cells.constData() + end;
    const qsizetype columns = std::max<qsizetype>(m_headers.size(), 1);
    if (r->cells.size() != columns)
        r->cells.resize(columns);
    QString *cells = r->cells.data();
    qsizetype c = 0;
    for (;; ++c) {
        const char *sep = static_cast<const char *>(std::memchr(p, '\0', size_t(stop - p)));
        const char *cellEnd = sep ? sep : stop;
        if (c < columns)
            setCell(&cells[c], p, cellEnd - p);
        if (!sep)
            break;
        p = sep + 1;
    }
    for (++c; c < columns; ++c)
        setCell(&cells[c], p, 0);
}
