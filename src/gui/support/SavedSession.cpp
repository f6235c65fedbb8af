#include "gui/support/SavedSession.h"

#include "core/journal/ImportJournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {
constexpr int FormatVersion = 1;
}

QByteArray SavedSession::toJson() const
{
    QJsonArray fixes;
    for (const Correction &c : corrections)
        fixes.append(QJsonObject{{QStringLiteral("line"), c.line},
                                 {QStringLiteral("column"), c.column},
                                 {QStringLiteral("value"), c.value}});
    const QJsonObject o{{QStringLiteral("version"), FormatVersion},
                        {QStringLiteral("saved_at"), savedAt.toUTC().toString(Qt::ISODate)},
                        {QStringLiteral("file"), filePath},
                        {QStringLiteral("page"), page},
                        {QStringLiteral("profile"), profile.toJson()},
                        {QStringLiteral("corrections"), fixes}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

bool SavedSession::fromJson(const QByteArray &json, SavedSession *session, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject o = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        o.value(QLatin1String("version")).toInt() != FormatVersion) {
        if (error)
            *error = QCoreApplication::translate("SavedSession", "The saved work cannot be read.");
        return false;
    }
    SavedSession s;
    s.filePath = o.value(QLatin1String("file")).toString();
    s.page = o.value(QLatin1String("page")).toInt();
    s.savedAt = QDateTime::fromString(o.value(QLatin1String("saved_at")).toString(), Qt::ISODate);
    const QByteArray profile = QJsonDocument(o.value(QLatin1String("profile")).toObject()).toJson();
    if (!MappingProfile::fromJson(profile, &s.profile, error))
        return false;
    for (const QJsonValue &v : o.value(QLatin1String("corrections")).toArray()) {
        const QJsonObject fix = v.toObject();
        s.corrections.append({fix.value(QLatin1String("line")).toInteger(), fix.value(QLatin1String("column")).toInt(),
                              fix.value(QLatin1String("value")).toString()});
    }
    *session = s;
    return true;
}

QString SavedSession::defaultPath()
{
    return QDir(ImportJournal::defaultDirectory()).filePath(QStringLiteral("wizard-session.json"));
}

bool SavedSession::save(const QString &path, QString *error) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool SavedSession::load(const QString &path, SavedSession *session, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return fromJson(file.readAll(), session, error);
}
