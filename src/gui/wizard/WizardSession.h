#pragma once

#include "core/convert/RowConverter.h"
#include "core/mapping/FieldCatalog.h"
#include "core/mapping/MappingProfile.h"
#include "core/preview/ImportMode.h"
#include "core/preview/PreviewResult.h"
#include "core/source/ReadOptions.h"
#include "core/source/RecordSource.h"
#include "core/source/SourceDescription.h"
#include "gui/models/OverlayRecordSource.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

class ApiClient;

// What the wizard's pages share: where to import to, which file, how it is read and mapped.
// Owned by ImportWizard and handed to every page, so pages never reach into each other.
class WizardSession : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Practice, Hellomateo };

    explicit WizardSession(QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    // The API the wizard works with, as the client has it; empty when none was set or it was refused.
    QUrl apiBaseUrl() const;
    // The key goes straight into the API client and is kept nowhere else (never logged or shown).
    // Empty when accepted; otherwise why the address was refused (then no key is kept at all).
    QString setConnection(Mode mode, const QUrl &apiBaseUrl, const QString &apiKey);
    ApiClient *api() const { return m_api; }   // configured with the connection above

    // Standard fields plus the account's custom fields and marketing channels once fetched.
    const FieldCatalog &catalog() const { return m_catalog; }
    void setCatalog(const FieldCatalog &catalog);

    QString filePath() const { return m_filePath; }
    ReadOptions readOptions() const { return m_readOptions; }
    std::shared_ptr<const RecordSource> source() const { return m_source; }
    void setSource(const QString &filePath, const ReadOptions &options, std::shared_ptr<const RecordSource> source,
                   const SourceDescription &description = {});
    // How the file was read (encoding, delimiter, BOM): the job is described with it (JobWriter).
    const SourceDescription &sourceDescription() const { return m_description; }
    // Corrections made on the Review page, over the file as read (the file itself is never rewritten).
    std::shared_ptr<OverlayRecordSource> corrections() const { return m_corrections; }
    // A fix typed on the Review page: laid over the file and announced (the session is saved).
    void setCorrection(qint64 line, int column, const QString &value);
    // What validation and import read: the file with the user's corrections applied.
    std::shared_ptr<const RecordSource> effectiveSource() const;

    // The mapping as the Mapping page left it (and the Review page's time zone choice).
    const MappingProfile &profile() const { return m_profile; }
    void setProfile(const MappingProfile &profile);
    QStringList targets() const;   // per source column, empty = not imported
    QString sourceTimeZone() const { return m_profile.sourceTimeZone(); }
    void setSourceTimeZone(const QString &zone);
    QString defaultRegion() const { return m_profile.defaultRegion(); }

    // The per-column decisions of the last whole-file check: conversion for sending must match it.
    RowConverter::Decisions decisions() const { return m_decisions; }
    void setDecisions(const RowConverter::Decisions &decisions) { m_decisions = decisions; }
    // The journal job of the import started in this window (empty before).
    QString jobId() const { return m_jobId; }
    void setJobId(const QString &jobId) { m_jobId = jobId; }

    // How the import treats rows that match contacts (the Review page's mode), and the preview that
    // decided, row by row, what that mode sends (docs/engine.md "Import modes"). A new file, mapping or
    // mode makes the preview stale: it is dropped. The Import page sends only the rows a preview for
    // the chosen mode marked to send.
    ImportMode importMode() const { return m_importMode; }
    void setImportMode(const ImportMode &mode);
    std::shared_ptr<const PreviewResult> preview() const { return m_preview; }
    void setPreview(std::shared_ptr<const PreviewResult> preview);
    // The mode can be applied: it needs no preview, or there is a complete one made for it.
    bool modeReady() const;

    // Work the user would lose by closing: a file chosen or a mapping made since the last kept state
    // (an import sent, a fresh start).
    bool hasUnkeptWork() const { return m_unkeptWork; }
    void markWorkKept() { m_unkeptWork = false; }
    // A fresh start: no file, no corrections; the connection and the mapping stay.
    void clearSource();

    // A file the File page opens when it is shown next: handed back by the Results page to import
    // again with the same mapping, or a restored session's file with the read options it had.
    QString pendingReimportFile() const { return m_pendingReimport; }
    ReadOptions pendingReadOptions() const { return m_pendingReadOptions; }
    void setPendingReimportFile(const QString &path, const ReadOptions &options = ReadOptions())
    {
        m_pendingReimport = path;
        m_pendingReadOptions = options;
    }

signals:
    void connectionChanged();
    void catalogChanged();
    void sourceChanged();
    void mappingChanged();
    void timeZoneChanged();
    void correctionsChanged();

private:
    Mode m_mode = Mode::Practice;
    bool m_connected = false;   // the client holds an accepted address
    ApiClient *m_api;
    FieldCatalog m_catalog;
    QString m_filePath;
    ReadOptions m_readOptions;
    std::shared_ptr<const RecordSource> m_source;
    SourceDescription m_description;
    std::shared_ptr<OverlayRecordSource> m_corrections;
    MappingProfile m_profile;
    QString m_pendingReimport;
    ReadOptions m_pendingReadOptions;
    RowConverter::Decisions m_decisions;
    QString m_jobId;
    bool m_unkeptWork = false;
    ImportMode m_importMode;
    std::shared_ptr<const PreviewResult> m_preview;   // made for m_importMode
};
