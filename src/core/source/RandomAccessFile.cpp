#include "core/source/RandomAccessFile.h"

#include <QMutexLocker>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <unistd.h>
#endif

bool RandomAccessFile::open(const QString &path, QString *errorString)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        if (errorString)
            *errorString = m_file.errorString();
        return false;
    }
    return true;
}

qint64 RandomAccessFile::readAt(qint64 offset, char *buffer, qint64 size) const
{
#ifdef Q_OS_UNIX
    const int fd = m_file.handle();
    qint64 done = 0;
    while (done < size) {
        const ssize_t n = ::pread(fd, buffer + done, size_t(size - done), off_t(offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return done ? done : -1;
        if (n == 0)
            break;
        done += n;
    }
    return done;
#else
    QMutexLocker lock(&m_mutex);
    if (!m_file.seek(offset))
        return -1;
    return m_file.read(buffer, size);
#endif
}
