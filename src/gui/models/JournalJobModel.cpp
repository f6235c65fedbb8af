#include "gui/models/JournalJobModel.h"

#include "api/http/UrlPolicy.h"
#include "core/journal/ImportJournal.h"
#include "gui/support/DateExamples.h"
#include "gui/support/PracticeOrigins.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QUrl>

JournalJobModel::JournalJobModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void JournalJobModel::reload(const ImportJournal &journal, bool unfinishedOnly)
{
    QList<Entry> entries;
    for (const JournalJob &job : journal.jobs(unfinishedOnly)) {
        Entry entry;
        entry.job = job;
        for (const JournalBatch &batch : journal.batches(job.id)) {
            if (batch.state == BatchState::Split)
                continue;
            ++entry.batchesTotal;
            if (BatchStates::isDone(batch.state))
                ++entry.batchesDone;
            if (batch.state == BatchState::Planned || batch.state == BatchState::Sending)
                ++entry.batchesNotSent;
        }
        entries << entry;
    }
    setEntries(entries);
}

void JournalJobModel::setEntries(const QList<Entry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

QString JournalJobModel::destination(const QString &apiUrl)
{
    const QUrl url(apiUrl);
    const QString origin = UrlPolicy::origin(url);
    // Practice only when this program started its practice sandbox there: an account on 127.0.0.1
    // (a local test server) is not practice.
    if (UrlPolicy::isLoopbackHost(url.host()) && PracticeOrigins::contains(apiUrl))
        return tr("Practice · %1").arg(origin);
    return tr("Hellomateo · %1").arg(origin);
}

QString JournalJobModel::stateText(JournalJob::State state)
{
    switch (state) {
    case JournalJob::State::Running:
        return tr("Interrupted");   // no engine runs it now: stopped by a crash or kill
    case JournalJob::State::Paused:
        return tr("Paused");
    case JournalJob::State::PausedQuota:
        return tr("Paused: daily quota used");
    case JournalJob::State::PausedAuth:
        return tr("Paused: API key refused");
    case JournalJob::State::PausedConnection:
        return tr("Paused: no connection");
    case JournalJob::State::Finished:
        return tr("Finished");
    case JournalJob::State::Cancelled:
        return tr("Cancelled");
    }
    return QString();
}

int JournalJobModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int JournalJobModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalJobModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const Entry &entry = m_entries.at(index.row());
    const JournalJob &job = entry.job;
    if (role == JobIdRole)
        return job.id;
    if (role == Qt::ToolTipRole) {
        if (index.column() == FileColumn)
            return QDir::toNativeSeparators(job.source.path);
        if (index.column() == StateColumn)
            return job.message.isEmpty() ? QVariant() : QVariant(job.message);
        return QVariant();
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    const QLocale locale;
    switch (index.column()) {
    case FileColumn: {
        const QString name = QFileInfo(job.source.path).fileName();
        return name.isEmpty() ? tr("(unknown file)") : name;
    }
    case StartedColumn:
        return DateExamples::shortDateTime(job.createdAt.toLocalTime());   // four-digit year
    case ProgressColumn:
        // A cancelled job's unsent batches are not "to do": say what happened to them.
        if (job.state == JournalJob::State::Cancelled && entry.batchesNotSent > 0)
            return tr("%1 of %Ln batch(es), %2 not sent", nullptr, entry.batchesTotal)
                .arg(locale.toString(entry.batchesDone), locale.toString(entry.batchesNotSent));
        // "1 of 1 batch", "1 von 1 Paket": the plural follows the total.
        return tr("%1 of %Ln batch(es)", nullptr, entry.batchesTotal).arg(locale.toString(entry.batchesDone));
    case DestinationColumn:
        return destination(job.apiUrl);
    case StateColumn:
        return stateText(job.state);
    }
    return QVariant();
}

QVariant JournalJobModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("File");
    case StartedColumn:
        return tr("Started");
    case ProgressColumn:
        return tr("Progress");
    case DestinationColumn:
        return tr("Imported into");
    case StateColumn:
        return tr("State");
    }
    return QVariant();
}
