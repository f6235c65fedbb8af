#pragma once

#include "core/mapping/MappingProfile.h"

#include <QDateTime>
#include <QList>
#include <QString>

// The wizard's work in progress as kept on disk between starts (issue 15, "no lost work"): which
// file, how it is read, the mapping with the zone and consent choices, and the fixes typed on the
// Review page. Read options, mapping, time zone and consent words travel inside a mapping profile
// (docs/architecture.md "Mapping profile"), so there is one serialisation of a mapping, not two:
//
//   {"version": 1, "saved_at": ISO, "file": PATH, "page": N,
//    "profile": {...the mapping profile, with "source" holding the read options...},
//    "corrections": [{"line": N, "column": N, "value": TEXT}]}
struct SavedSession
{
    struct Correction
    {
        qint64 line = 0;   // physical line, as every message shows it
        int column = 0;   // source column
        QString value;
    };

    QString filePath;
    int page = 0;   // ImportWizard::PageId the user was on
    QDateTime savedAt;
    MappingProfile profile;   // profile.readOptions() says how the file was read
    QList<Correction> corrections;

    QByteArray toJson() const;
    static bool fromJson(const QByteArray &json, SavedSession *session, QString *error);

    // Where the session is kept: beside the import journal (MATEO_DATA_DIR or the app data folder).
    static QString defaultPath();
    // Written whole or not at all (QSaveFile): a crash while saving leaves the previous session.
    bool save(const QString &path, QString *error) const;
    static bool load(const QString &path, SavedSession *session, QString *error);
};
