#include "gui/support/PracticeSample.h"

#include "gui/support/GuiResources.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace PracticeSample {

QString materialize(QString *error)
{
    GuiResources::ensureLoaded();
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                            .filePath(QStringLiteral("practice"));
    QDir().mkpath(dir);
    const QString target = QDir(dir).filePath(QStringLiteral("kunden-export.csv"));
    QFile in(QStringLiteral(":/practice/kunden-export.csv"));
    QFile out(target);
    // Always a fresh copy: the user may have edited the previous one.
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        out.write(in.readAll()) < 0) {
        if (error)
            *error = QCoreApplication::translate("PracticeSample", "Could not write the practice sample to %1: %2. "
                                                                   "Check that the folder is writable.")
                         .arg(target, out.errorString());
        return QString();
    }
    return target;
}

QByteArray mappingHints()
{
    GuiResources::ensureLoaded();
    QFile file(QStringLiteral(":/practice/kunden-export.mapping.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}
