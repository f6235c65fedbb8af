#pragma once

#include "core/mapping/FieldCatalog.h"
#include "core/mapping/MappingProfile.h"
#include "core/source/ReadOptions.h"
#include "core/source/RecordSource.h"
#include "core/source/SourceDescription.h"

#include <QCoreApplication>
#include <QFuture>
#include <QString>

#include <memory>

class CommandParser;

// The start-up every file-reading command shares (inspect, validate, convert, run): the field
// catalog, the mapping profile and the source file, read the same way by all of them. A failed step
// prints one line on stderr naming the command and the file ("mateo-import convert: …") and the
// command returns exit code 2. A failed-rows export read back in is unwrapped (error columns hidden,
// formula guard removed), so every command sees the same rows as `run` sends.
class CommandInputs
{
    Q_DECLARE_TR_FUNCTIONS(CommandInputs)

public:
    explicit CommandInputs(const CommandParser &parser);
    ~CommandInputs();

    // Custom fields and marketing channels from a --catalog file; an empty path keeps the standard fields.
    bool loadCatalogFile(const QString &path);
    void setCatalog(const FieldCatalog &catalog) { m_catalog = catalog; }
    // The profile at `path` (empty: the defaults, for automatic mapping). Starts preparing the phone
    // metadata of its region on another thread, so it is ready when the file has been indexed.
    bool loadProfile(const QString &path);
    void setProfile(const MappingProfile &profile) { m_profile = profile; }
    // Opens and indexes the file with these options (usually profile().readOptions()).
    bool openSource(const QString &path, const ReadOptions &options);
    bool openSource(const QString &path) { return openSource(path, m_profile.readOptions()); }
    // Blocks until the phone metadata is ready (call before converting rows).
    void waitForPhones();

    const FieldCatalog &catalog() const { return m_catalog; }
    const MappingProfile &profile() const { return m_profile; }
    MappingProfile &profile() { return m_profile; }
    bool hasProfile() const { return m_hasProfile; }
    const SourceDescription &description() const { return m_description; }
    RecordSource &source() const { return *m_source; }
    std::unique_ptr<RecordSource> takeSource() { return std::move(m_source); }
    int exitCode() const { return m_exitCode; }   // 2 after a failed step

private:
    bool fail(const QString &message);
    // A profile none of whose mapped headers is in the file would import nothing and call it done.
    bool mapsAColumn() const;

    const CommandParser &m_parser;
    FieldCatalog m_catalog;
    MappingProfile m_profile;
    bool m_hasProfile = false;
    QString m_profilePath;
    SourceDescription m_description;
    std::unique_ptr<RecordSource> m_source;
    QFuture<void> m_phones;
    int m_exitCode = 0;
};
