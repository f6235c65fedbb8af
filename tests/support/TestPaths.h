#pragma once

#include <QDir>
#include <QString>

// Where tests find data: the shared/ folder beside the project, and tests/data.
namespace TestPaths {
inline QString shared(const QString &relative)
{
    return QDir(QStringLiteral(MATEO_SHARED_DIR)).filePath(relative);
}
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
