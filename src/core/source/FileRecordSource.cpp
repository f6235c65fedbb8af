#include "core/source/FileRecordSource.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

void FileRecordSource::forEachRecordInRange(qint64 first, qint64 last,
                                            const std::function<bool(const SourceRecord &)> &visit) const
{
    first = std::max<qint64>(first, 0);
    last = std::min(last, recordCount());
    for (qint64 i = first; i < last; ++i) {
        if (!visit(record(i)))
            return;
    }
}

void FileRecordSource::rememberFileState(const QString &path)
{
    const QFileInfo info(path);
    m_statePath = path;
    m_stateSize = info.size();
    m_stateModified = info.lastModified();
}

bool FileRecordSource::isUnchanged(QString *message) const
{
    const QFileInfo info(m_statePath);
    const bool same = !m_changedWhileReading.load() && info.exists() && info.size() == m_stateSize &&
                      info.lastModified() == m_stateModified;
    if (!same && message)
        *message = QCoreApplication::translate("FileRecordSource",
                                               "%1: the file changed on disk after it was read. Wait until the program "
                                               "writing it has finished, then open it again.")
                       .arg(name());
    return same;
}
