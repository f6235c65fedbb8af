#pragma once

#include "support/TestPaths.h"

#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>

// A fresh home for a wizard test: the practice sandbox's data, the journal and the settings start
// empty, and nothing of the person running the tests (recent files, API address) leaks in.
namespace TestHome {
inline void isolate(const QTemporaryDir &home, const QString &applicationName)
{
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("MATEO_DATA_DIR", home.filePath(QStringLiteral("journal")).toLocal8Bit());
    qputenv("MATEO_SANDBOX_PROGRAM", TestPaths::sandboxBinary().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Hellomateo"));
    QCoreApplication::setApplicationName(applicationName);
}
}
