#pragma once

#include <QDir>
#include <QString>

// Where tests find data: tests/data and the source tree; nothing outside the repository.
namespace TestPaths {
inline QString data(const QString &relative)
{
    return QDir(QStringLiteral(MATEO_TEST_DATA_DIR)).filePath(relative);
}
inline QString source(const QString &relative)
{
    return QDir(QStringLiteral(MATEO_SOURCE_DIR)).filePath(relative);
}
inline QString importBinary()
{
    return QStringLiteral(MATEO_IMPORT_BIN);
}
inline QString sandboxBinary()
{
    return QStringLiteral(MATEO_SANDBOX_BIN);
}
}
