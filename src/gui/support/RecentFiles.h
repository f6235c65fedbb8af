#pragma once

#include <QStringList>

// The most recently opened files, newest first, kept in the user's settings.
namespace RecentFiles {
QStringList list();
void add(const QString &path);
void clear();
}
