#include "app/startup/PortableMode.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

QString PortableMode::applyIfMarked()
{
    const QDir programDir(QCoreApplication::applicationDirPath());
    if (!QFileInfo::exists(programDir.filePath(QStringLiteral(".portable"))))
        return QString();
    // The journal (core/journal/ImportJournal) already follows MATEO_DATA_DIR; an explicit one wins.
    if (qEnvironmentVariableIsEmpty("MATEO_DATA_DIR"))
        qputenv("MATEO_DATA_DIR", QDir::toNativeSeparators(programDir.filePath(QStringLiteral("data"))).toLocal8Bit());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, programDir.filePath(QStringLiteral("settings")));
    return programDir.path();
}
