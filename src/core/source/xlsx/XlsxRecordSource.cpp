#include "core/source/xlsx/XlsxRecordSource.h"

#include "core/source/HeaderNames.h"
#include "core/source/xlsx/XlsxWorkbook.h"

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
    bool stoppedEarly = false;
    qint64 widest = 0;
    auto keep = [&](qint64 rowNumber, const QStringList &cells) {
        if (filled(cells) == 0)
            return true;   // empty rows are skipped, as in CSV
        if (maxRecords >= 0 && qint64(source->m_rowNumbers.size()) >= maxRecords) {
            stoppedEarly = true;
            return false;
        }
        QByteArray row;
        for (int i = 0; i < cells.size(); ++i) {
            if (i)
                row += '\0';
            row += cells.at(i).toUtf8();
        }
        source->m_rowStarts.push_back(source->m_cells.size());
        source->m_rowNumbers.push_back(rowNumber);
        source->m_cells += row;
        widest = std::max<qint64>(widest, cells.size());
        return true;
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
        [&](qint64 rowNumber, const QStringList &cells) {
            if (decided) {
                if (rowNumber < headerRowNumber)
                    return true;
                if (rowNumber == headerRowNumber) {   // a header row chosen below the first rows
                    headerCells = cells;
                    return true;
                }
                return keep(rowNumber, cells);
            }
            head.append({rowNumber, cells});
            if (head.size() < headerSearchRows)
                return true;
            decided = true;
            return decideHeader();
        },
        errorMessage);
    if (!ok)
        return nullptr;
    if (!decided && !head.isEmpty())
        decideHeader();
    if (headerCells.isEmpty() && source->m_rowNumbers.empty()) {
        *errorMessage = QCoreApplication::translate(
                            "XlsxRecordSource", "%1: the sheet \"%2\" is empty. Choose the sheet with the contacts.")
                            .arg(path, d.sheet);
        return nullptr;
    }
    source->m_rowStarts.push_back(source->m_cells.size());
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
    r.index = index;
    r.line = m_rowNumbers[size_t(index)];
    const qint64 start = m_rowStarts[size_t(index)], end = m_rowStarts[size_t(index) + 1];
    const char *p = m_cells.constData() + start;
    const char *const stop = m_cells.constData() + end;
    r.cells.reserve(m_headers.size());
    for (;;) {
        const char *sep = static_cast<const char *>(std::memchr(p, '\0', size_t(stop - p)));
        const char *cellEnd = sep ? sep : stop;
        r.cells.append(QString::fromUtf8(p, cellEnd - p));
        if (!sep)
            break;
        p = sep + 1;
    }
    while (r.cells.size() < m_headers.size())
        r.cells.append(QString());
    return r;
}
