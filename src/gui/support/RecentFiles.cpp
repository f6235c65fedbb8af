#include "gui/support/RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace RecentFiles {

namespace {
constexpr int MaxEntries = 8;
QString key()
{
    return QStringLiteral("file/recent");
}
}

QStringList list()
{
    QStringList files = QSettings().value(key()).toStringList();
    // Files moved or deleted since are left out rather than offered and failing.
    files.erase(std::remove_if(files.begin(), files.end(), [](const QString &f) { return !QFileInfo::exists(f); }),
                files.end());
    return files;
}

void add(const QString &path)
{
    QStringList files = QSettings().value(key()).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxEntries)
        files.removeLast();
    QSettings().setValue(key(), files);
}

void clear()
{
    QSettings().remove(key());
}

}
