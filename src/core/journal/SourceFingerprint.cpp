#include "core/journal/SourceFingerprint.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

SourceFingerprint SourceFingerprint::of(const QString &path, QString *errorMessage)
{
    SourceFingerprint fp;
    fp.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = tr("%1: cannot read the file (%2). Check that it exists and that you may read it.")
                                .arg(path, file.errorString());
        return fp;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        if (errorMessage)
            *errorMessage = tr("%1: reading failed (%2). Copy the file to a local disk and try again.")
                                .arg(path, file.errorString());
        return fp;
    }
    const QFileInfo info(path);
    fp.size = info.size();
    fp.modified = info.lastModified().toUTC();
    fp.sha256 = QString::fromLatin1(hash.result().toHex());
    return fp;
}

QString SourceFingerprint::describeChange(const SourceFingerprint &now) const
{
    if (sameContentAs(now))
        return QString();
    if (!now.isValid())
        return tr("the file %1 can no longer be read").arg(path);
    QStringList parts;
    const QLocale locale;
    if (size != now.size)
        parts << tr("size %1 → %2 bytes").arg(locale.toString(size), locale.toString(now.size));
    if (modified != now.modified)
        parts << tr("modified %1 → %2").arg(modified.toString(Qt::ISODate), now.modified.toString(Qt::ISODate));
    if (parts.isEmpty())
        parts << tr("same size and time, but different content");
    return parts.join(QStringLiteral(", "));
}
