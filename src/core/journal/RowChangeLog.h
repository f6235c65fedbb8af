#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>

struct PreviewResult;
struct SendableRows;

// What an import changed, row by row, as the preview saw it just before sending (docs/engine.md
// "Keep what the preview saw"): the contact each sent row matched and the values it replaced, so
// support can answer "what did this import change?" and a later undo can restore them.
//
// Kept in the job's journal file (journal.sqlite) in its own table `row_changes`, created when
// first opened: journals written before it existed keep working unchanged (an additive migration;
// older versions of the program ignore the table). Its own connection, like ImportJournal's.
class RowChangeLog
{
    Q_DECLARE_TR_FUNCTIONS(RowChangeLog)

public:
    struct Entry
    {
        qint64 recordIndex = -1;
        qint64 line = 0;
        QString outcome;   // new, update, unchanged (RowPrediction::kindName)
        QString contactId;   // update/unchanged: the matched contact; empty for new
        QJsonObject changes;   // update: {"field": [old, new]}; old null = none
    };

    // What a complete preview of `rows` (same rows, same order) says each row it sends will change.
    static QList<Entry> fromPreview(const SendableRows &rows, const PreviewResult &preview);

    explicit RowChangeLog(QString journalDirectory);
    ~RowChangeLog();
    RowChangeLog(const RowChangeLog &) = delete;
    RowChangeLog &operator=(const RowChangeLog &) = delete;

    bool open(QString *errorMessage = nullptr);
    QString lastError() const { return m_lastError; }

    // All in one transaction.
    bool record(const QString &jobId, const QList<Entry> &entries);
    bool forEach(const QString &jobId, const std::function<void(const Entry &)> &visit) const;
    qint64 count(const QString &jobId) const;

    // The record as CSV (UTF-8 with BOM, `;`): line, outcome, contact_id, field, old_value,
    // new_value — one line per changed field, one line for a row without changes.
    bool exportCsv(const QString &jobId, const QString &path, QString *errorMessage) const;

private:
    bool fail(const QString &what, const QString &detail) const;

    QString m_directory;
    QString m_connectionName;
    mutable QString m_lastError;
};
