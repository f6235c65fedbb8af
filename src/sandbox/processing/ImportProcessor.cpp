#include "sandbox/processing/ImportProcessor.h"

#include "sandbox/processing/SandboxClock.h"
#include "sandbox/store/ContactUpserter.h"
#include "sandbox/store/ImportStore.h"
#include "sandbox/store/SandboxDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {
constexpr int kMaxHints = 20;
constexpr int kSliceMs = 100;   // longest a batch keeps requests waiting
constexpr int kRetryMs = 1000;   // after a database error
constexpr int kPoisonTries = 3;
}   // namespace

ImportProcessor::ImportProcessor(SandboxDatabase &database, ContactUpserter &upserter, SandboxClock &clock,
                                 int msPerRow, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_upserter(upserter)
    , m_clock(clock)
    , m_msPerRow(msPerRow)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ImportProcessor::step);
}

void ImportProcessor::wake()
{
    if (!m_idle)
        return;
    m_idle = false;
    m_timer.start(m_msPerRow);
}

bool ImportProcessor::loadNext()
{
    QSqlQuery query(m_database.db());
    if (!query.exec(QStringLiteral("SELECT seq, contact_list_id, next_row, success_count, failed_count, hints"
                                   " FROM imports WHERE next_row < total_count ORDER BY seq LIMIT 1"))) {
        SandboxDatabase::report(QStringLiteral("looking for pending imports"), query.lastError().text());
        return false;
    }
    if (!query.next()) {
        m_seq = 0;
        return true;
    }
    m_seq = query.value(0).toLongLong();
    m_listId = query.value(1).toString();
    m_next = query.value(2).toLongLong();
    m_success = query.value(3).toLongLong();
    m_failed = query.value(4).toLongLong();
    m_hints = QJsonDocument::fromJson(query.value(5).toByteArray()).array();
    const auto fresh = m_fresh.constFind(m_seq);
    if (fresh != m_fresh.constEnd()) {
        m_payload = *fresh;
        m_fresh.erase(fresh);
        return true;
    }
    QSqlQuery payload(m_database.db());
    payload.prepare(QStringLiteral("SELECT payload, payload_source FROM imports WHERE seq = ?"));
    payload.addBindValue(m_seq);
    if (!payload.exec() || !payload.next()) {
        SandboxDatabase::report(QStringLiteral("reading an import's payload"), payload.lastError().text());
        m_seq = 0;
        return false;
    }
    m_payload = ImportStore::payloadFrom(payload.value(0).toByteArray(), payload.value(1));
    return true;
}

void ImportProcessor::step()
{
    if (m_seq == 0 && !loadNext()) {
        m_timer.start(kRetryMs);
        return;
    }
    if (m_seq == 0) {
        m_idle = true;
        return;
    }
    if (!processBatch()) {
        m_seq = 0;   // reload the committed state and try again
        m_timer.start(kRetryMs);
        return;
    }
    if (m_next >= m_payload.size())
        m_seq = 0;
    m_timer.start(m_msPerRow);
}

bool ImportProcessor::processBatch()
{
    if (!m_database.begin())
        return false;
    const QString now = m_clock.nowText();
    QSqlQuery failure(m_database.db());
    failure.prepare(QStringLiteral("INSERT OR REPLACE INTO import_failures(import_seq, row_index, code, message, input)"
                                   " VALUES(?, ?, ?, ?, ?)"));
    QElapsedTimer slice;
    slice.start();
    const qint64 end = m_payload.size();
    qint64 next = m_next;
    qint64 success = m_success;
    qint64 failed = m_failed;
    QJsonArray hints = m_hints;
    do {
        const QJsonValue row = m_payload.at(next);
        ContactUpserter::Outcome outcome;
        if (m_poisonSeq == m_seq && m_poisonRow == next && m_poisonTries >= kPoisonTries) {
            outcome.code = QStringLiteral("XX000");
            outcome.message = QStringLiteral("internal error: ") + m_poisonMessage;
        } else {
            outcome = m_upserter.apply(row, m_listId, now);
        }
        if (outcome.internal) {
            // A database error (disk full, ...), not a property of the row: undo the batch, retry later.
            SandboxDatabase::report(QStringLiteral("processing an import row"), outcome.message);
            m_database.rollback();
            m_poisonTries = m_poisonSeq == m_seq && m_poisonRow == next ? m_poisonTries + 1 : 1;
            m_poisonSeq = m_seq;
            m_poisonRow = next;
            m_poisonMessage = outcome.message;
            return false;
        }
        if (outcome.ok) {
            ++success;
            for (const QJsonValue &hint : outcome.hints)
                if (hints.size() < kMaxHints)
                    hints.append(hint);
        } else {
            // Checks happen before any write, so a failed row left nothing behind.
            ++failed;
            failure.addBindValue(m_seq);
            failure.addBindValue(next);
            failure.addBindValue(outcome.code);
            failure.addBindValue(outcome.message);
            failure.addBindValue(QString::fromUtf8(QJsonDocument(row.toObject()).toJson(QJsonDocument::Compact)));
            if (!failure.exec()) {
                SandboxDatabase::report(QStringLiteral("recording a failed row"), failure.lastError().text());
                m_database.rollback();
                return false;
            }
        }
        ++next;
    } while (next < end && m_msPerRow == 0 && slice.elapsed() < kSliceMs);

    QSqlQuery update(m_database.db());
    update.prepare(QStringLiteral("UPDATE imports SET next_row = ?, success_count = ?, failed_count = ?, hints = ?,"
                                  " updated_at = ? WHERE seq = ?"));
    update.addBindValue(next);
    update.addBindValue(success);
    update.addBindValue(failed);
    update.addBindValue(QString::fromUtf8(QJsonDocument(hints).toJson(QJsonDocument::Compact)));
    update.addBindValue(now);
    update.addBindValue(m_seq);
    if (!update.exec() || !m_database.commit()) {
        SandboxDatabase::report(QStringLiteral("saving import progress"), update.lastError().text());
        m_database.rollback();
        return false;
    }
    m_next = next;
    m_success = success;
    m_failed = failed;
    m_hints = hints;
    return true;
}
