#include "core/source/SameFile.h"

#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

bool SameFile::same(const QString &a, const QString &b)
{
    const QFileInfo first(a), second(b);
    if (!first.exists() || !second.exists())
        return false;   // an output that does not exist yet cannot be an input
    if (first.canonicalFilePath() == second.canonicalFilePath())
        return true;
#ifdef Q_OS_UNIX
    struct stat s1 = {}, s2 = {};
    if (::stat(QFile::encodeName(a).constData(), &s1) == 0 && ::stat(QFile::encodeName(b).constData(), &s2) == 0)
        return s1.st_dev == s2.st_dev && s1.st_ino == s2.st_ino;
#endif
    return false;
}

QString SameFile::refuseOutput(const QString &output, const QStringList &inputs)
{
    for (const QString &input : inputs) {
        if (!input.isEmpty() && same(output, input))
            return tr("%1 is the same file as the input %2; writing there would overwrite it. Choose another "
                      "output file.")
                .arg(output, input);
    }
    return QString();
}
