#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QTimer>

class ContactUpserter;
class SandboxClock;
class SandboxDatabase;

// Works through stored imports in the background, oldest first, on the event loop: a batch of
// rows, their contacts and the import's new counts commit in ONE transaction, so a crash between
// batches neither loses nor repeats a row, and processing simply continues after a restart.
// With msPerRow > 0 one row is done every msPerRow milliseconds (to watch progress); with 0 rows
// are done as fast as possible in slices of a few milliseconds, so requests are still answered.
class ImportProcessor : public QObject
{
    Q_OBJECT

public:
    ImportProcessor(SandboxDatabase &database, ContactUpserter &upserter, SandboxClock &clock, int msPerRow,
                    QObject *parent = nullptr);

    // Call after an import was committed, and once at start-up.
    void wake();
    // The payload of a just-created import, so it need not be parsed again from the database.
    void remember(qint64 seq, const QJsonArray &payload) { m_fresh.insert(seq, payload); }
    bool isIdle() const { return m_idle; }

private:
    void step();
    bool loadNext();
    bool processBatch();

    SandboxDatabase &m_database;
    ContactUpserter &m_upserter;
    SandboxClock &m_clock;
    int m_msPerRow;
    QTimer m_timer;
    bool m_idle = true;

    // The import being worked on (seq 0 = none).
    qint64 m_seq = 0;
    QString m_listId;
    QJsonArray m_payload;
    qint64 m_next = 0;
    qint64 m_success = 0;
    qint64 m_failed = 0;
    QJsonArray m_hints;
    QHash<qint64, QJsonArray> m_fresh;
    // A row that keeps failing with a database error is, after a few tries, recorded as failed
    // (code XX000) so one poisoned row cannot stop all processing.
    qint64 m_poisonSeq = 0;
    qint64 m_poisonRow = -1;
    int m_poisonTries = 0;
    QString m_poisonMessage;
};
