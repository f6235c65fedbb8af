#include "core/journal/JournalSchema.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace JournalSchema {
namespace {
const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS jobs(id TEXT PRIMARY KEY, state TEXT NOT NULL, created_at TEXT, updated_at TEXT,"
    " source_path TEXT, source_size INTEGER, source_mtime TEXT, source_hash TEXT, source_headers TEXT,"
    " source_encoding TEXT, source_delimiter TEXT, source_bom INTEGER, profile TEXT, api_url TEXT,"
    " import_type TEXT, contact_list_id TEXT, batch_size INTEGER, total_rows INTEGER, invalid_rows INTEGER,"
    " message TEXT, skipped_rows INTEGER DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS batches(id INTEGER PRIMARY KEY AUTOINCREMENT, job_id TEXT NOT NULL,"
    " sequence INTEGER, parent_id INTEGER, state TEXT NOT NULL, reference_id TEXT UNIQUE NOT NULL,"
    " record_indexes TEXT, lines TEXT, payload BLOB, payload_hash TEXT, cells BLOB, import_id TEXT,"
    " total_count INTEGER DEFAULT 0, success_count INTEGER DEFAULT 0, failed_count INTEGER DEFAULT 0,"
    " attempts INTEGER DEFAULT 0, error TEXT, updated_at TEXT)",
    "CREATE INDEX IF NOT EXISTS batches_job ON batches(job_id, sequence, id)",
    "CREATE TABLE IF NOT EXISTS failed_rows(id INTEGER PRIMARY KEY AUTOINCREMENT, job_id TEXT NOT NULL,"
    " batch_id INTEGER, record_index INTEGER, line INTEGER, cells TEXT, code TEXT, message TEXT, hint TEXT,"
    " input TEXT)",
    "CREATE INDEX IF NOT EXISTS failed_rows_job ON failed_rows(job_id, line)",
    ("CREATE TABLE IF NOT EXISTS usage(origin TEXT NOT NULL, day TEXT NOT NULL, entities INTEGER DEFAULT 0,"
     " requests INTEGER DEFAULT 0, PRIMARY KEY(origin, day))"),   // parenthesised: clang's -Wstring-concatenation
};

}

const std::vector<const char *> &statements()
{
    static const std::vector<const char *> all(std::begin(kSchema), std::end(kSchema));
    return all;
}

QStringList upgradeStatements(const std::function<QStringList(const QString &table)> &tableColumns)
{
    struct Added
    {
        const char *table, *column, *definition;
    };
    // source_column: the header a failed row's reason names (empty in older journals).
    // skipped_rows: rows not sent for a reason that is not an error (docs/engine.md); 0 in older jobs,
    // which left such rows out without counting them.
    static const Added added[] = {{"failed_rows", "source_column", "TEXT"},
                                  {"jobs", "skipped_rows", "INTEGER DEFAULT 0"}};
    QStringList statements;
    for (const Added &a : added) {
        if (!tableColumns(QLatin1String(a.table)).contains(QLatin1String(a.column)))
            statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                              .arg(QLatin1String(a.table), QLatin1String(a.column), QLatin1String(a.definition));
    }
    return statements;
}

QString joinNumbers(const QList<qint64> &numbers)
{
    QString text;
    text.reserve(numbers.size() * 6);
    for (qint64 n : numbers) {
        if (!text.isEmpty())
            text += QLatin1Char(',');
        text += QString::number(n);
    }
    return text;
}

QList<qint64> splitNumbers(const QString &text)
{
    QList<qint64> numbers;
    if (text.isEmpty())
        return numbers;
    const auto parts = QStringView(text).split(QLatin1Char(','));
    numbers.reserve(parts.size());
    for (const auto &p : parts)
        numbers << p.toLongLong();
    return numbers;
}

QByteArray cellsJson(const QStringList &cells)
{
    return QJsonDocument(QJsonArray::fromStringList(cells)).toJson(QJsonDocument::Compact);
}

QStringList cellsFromJson(const QByteArray &json)
{
    QStringList cells;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &v : array)
        cells << v.toString();
    return cells;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

JournalJob jobFrom(const QSqlQuery &q)
{
    JournalJob job;
    job.id = q.value(0).toString();
    job.state = JournalJob::stateFromName(q.value(1).toString());
    job.createdAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    job.updatedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    job.source.path = q.value(4).toString();
    job.source.size = q.value(5).toLongLong();
    job.source.modified = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    job.source.sha256 = q.value(7).toString();
    job.headers = cellsFromJson(q.value(8).toString().toUtf8());
    job.encoding = q.value(9).toString();
    job.delimiter = q.value(10).toString();
    job.bom = q.value(11).toInt() != 0;
    job.profileJson = q.value(12).toString().toUtf8();
    job.apiUrl = q.value(13).toString();
    job.importType = q.value(14).toString();
    job.contactListId = q.value(15).toString();
    job.batchSize = q.value(16).toInt();
    job.totalRows = q.value(17).toLongLong();
    job.invalidRows = q.value(18).toLongLong();
    job.message = q.value(19).toString();
    job.skippedRows = q.value(20).toLongLong();
    return job;
}

JournalBatch batchFrom(const QSqlQuery &q)
{
    JournalBatch b;
    b.id = q.value(0).toLongLong();
    b.jobId = q.value(1).toString();
    b.sequence = q.value(2).toInt();
    b.parentId = q.value(3).toLongLong();
    b.state = BatchStates::fromString(q.value(4).toString());
    b.referenceId = q.value(5).toString();
    b.recordIndexes = splitNumbers(q.value(6).toString());
    b.lines = splitNumbers(q.value(7).toString());
    b.payloadHash = q.value(8).toString().toLatin1();
    b.importId = q.value(9).toString();
    b.totalCount = q.value(10).toLongLong();
    b.successCount = q.value(11).toLongLong();
    b.failedCount = q.value(12).toLongLong();
    b.attempts = q.value(13).toInt();
    b.error = q.value(14).toString();
    return b;
}
}
