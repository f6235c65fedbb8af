#pragma once

#include <QFile>
#include <QMutex>
#include <QString>

// Reads byte ranges of one open file at any offset, safely from several threads at once
// (pread on POSIX; a locked seek+read elsewhere). A read that comes back short means the
// file shrank since it was indexed; callers report it as "the file changed".
class RandomAccessFile
{
public:
    bool open(const QString &path, QString *errorString);
    qint64 readAt(qint64 offset, char *buffer, qint64 size) const;   // bytes read, -1 on error
    qint64 size() const { return m_file.size(); }

private:
    mutable QFile m_file;
    mutable QMutex m_mutex;
};
