#pragma once

#include "OverlayRecordSource.h"
#include "ReadOptions.h"
#include "RecordSource.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

// What the wizard's pages share: where to import to, which file, how it is read and mapped.
// Owned by ImportWizard and handed to every page, so pages never reach into each other.
class WizardSession : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Practice, Hellomateo };

    explicit WizardSession(QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    QUrl apiBaseUrl() const { return m_apiBaseUrl; }
    // The key is only ever handed to the API client; never logged or shown.
    QString apiKey() const { return m_apiKey; }
    void setConnection(Mode mode, const QUrl &apiBaseUrl, const QString &apiKey);

    QString filePath() const { return m_filePath; }
    ReadOptions readOptions() const { return m_readOptions; }
    std::shared_ptr<const RecordSource> source() const { return m_source; }
    void setSource(const QString &filePath, const ReadOptions &options, std::shared_ptr<const RecordSource> source);
    // Corrections made on the Review page, over the file as read (the file itself is never rewritten).
    std::shared_ptr<OverlayRecordSource> corrections() const { return m_corrections; }
    // What validation and import read: the file with the user's corrections applied.
    std::shared_ptr<const RecordSource> effectiveSource() const;

    // Header -> target name ("email", "custom:x", "channel:y"; empty = not imported).
    QStringList targets() const { return m_targets; }
    void setTargets(const QStringList &targets);
    QString defaultRegion() const { return m_defaultRegion; }
    void setDefaultRegion(const QString &region) { m_defaultRegion = region; }
    QString sourceTimeZone() const { return m_sourceTimeZone; }
    void setSourceTimeZone(const QString &zone) { m_sourceTimeZone = zone; }

    // A file handed back by the Results page to import again with the same mapping.
    QString pendingReimportFile() const { return m_pendingReimport; }
    void setPendingReimportFile(const QString &path) { m_pendingReimport = path; }

signals:
    void connectionChanged();
    void sourceChanged();
    void mappingChanged();

private:
    Mode m_mode = Mode::Practice;
    QUrl m_apiBaseUrl;
    QString m_apiKey;
    QString m_filePath;
    ReadOptions m_readOptions;
    std::shared_ptr<const RecordSource> m_source;
    std::shared_ptr<OverlayRecordSource> m_corrections;
    QStringList m_targets;
    QString m_defaultRegion = QStringLiteral("DE");
    QString m_sourceTimeZone;
    QString m_pendingReimport;
};
