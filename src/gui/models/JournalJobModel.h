#pragma once

#include "core/journal/JournalJob.h"

#include <QAbstractTableModel>
#include <QList>

class ImportJournal;

// Import jobs from the local journal, newest first: file, started, batches done of all, where they
// go (practice sandbox or account origin) and their state. The Connect page lists the unfinished
// ones for resuming; the History page lists all of them.
class JournalJobModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FileColumn, StartedColumn, ProgressColumn, DestinationColumn, StateColumn, ColumnCount };
    enum Role { JobIdRole = Qt::UserRole + 1 };

    struct Entry
    {
        JournalJob job;
        int batchesDone = 0;   // finished or rejected (split parents are replaced by their children)
        int batchesNotSent = 0;   // planned, or sent without an answer
        int batchesTotal = 0;
    };

    explicit JournalJobModel(QObject *parent = nullptr);

    // Reads the jobs (and their batches' states) from an open journal. A local SQLite read of a few
    // rows per job: fast enough for the UI thread.
    void reload(const ImportJournal &journal, bool unfinishedOnly);
    void setEntries(const QList<Entry> &entries);
    Entry entryAt(int row) const { return m_entries.value(row); }

    // "Practice" for a sandbox on this computer, else "Hellomateo"; both with the origin.
    static QString destination(const QString &apiUrl);
    static QString stateText(JournalJob::State state);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Entry> m_entries;
};
