#include "gui/support/BackgroundPriority.h"

#include <QThread>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#endif

void BackgroundPriority::lowerCurrentThread()
{
#ifdef Q_OS_LINUX
    // Linux keeps the nice value per thread (who = 0 is the calling thread) and new threads copy
    // it; QThread::setPriority cannot express this under the default SCHED_OTHER policy.
    constexpr int BackgroundNice = 10;
    errno = 0;
    const int current = getpriority(PRIO_PROCESS, 0);
    if (errno == 0 && current < BackgroundNice)
        setpriority(PRIO_PROCESS, 0, BackgroundNice);
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}
