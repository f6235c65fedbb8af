#include "gui/wizard/WizardSession.h"

#include "api/http/ApiClient.h"

WizardSession::WizardSession(QObject *parent)
    : QObject(parent)
    , m_api(new ApiClient(this))
{
}

QUrl WizardSession::apiBaseUrl() const
{
    if (!m_connected)
        return QUrl();
    // As given ("…/api/v1"): the client keeps a trailing slash for resolving paths.
    QUrl url = m_api->baseUrl();
    QString path = url.path();
    if (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}

QString WizardSession::setConnection(Mode mode, const QUrl &apiBaseUrl, const QString &apiKey)
{
    m_mode = mode;
    const QString problem = m_api->setBaseUrl(apiBaseUrl);
    m_connected = problem.isEmpty();
    // A refused address keeps the client's previous one: the key must not go there.
    m_api->setApiKey(m_connected ? apiKey : QString());
    emit connectionChanged();
    return problem;
}

void WizardSession::setCatalog(const FieldCatalog &catalog)
{
    m_catalog = catalog;
    emit catalogChanged();
}

void WizardSession::setSource(const QString &filePath, const ReadOptions &options,
                              std::shared_ptr<const RecordSource> source, const SourceDescription &description)
{
    m_filePath = filePath;
    m_description = description;
    m_readOptions = options;
    m_source = std::move(source);
    m_corrections = m_source ? std::make_shared<OverlayRecordSource>(m_source) : nullptr;
    m_unkeptWork = m_source != nullptr;
    m_preview.reset();
    emit sourceChanged();
}

void WizardSession::clearSource()
{
    m_filePath.clear();
    m_readOptions = ReadOptions();
    m_description = SourceDescription();
    m_source.reset();
    m_corrections.reset();
    m_jobId.clear();
    m_unkeptWork = false;
    m_preview.reset();
    emit sourceChanged();
}

void WizardSession::setCorrection(qint64 line, int column, const QString &value)
{
    if (!m_corrections)
        return;
    m_corrections->setCell(line, column, value);
    emit correctionsChanged();
}

std::shared_ptr<const RecordSource> WizardSession::effectiveSource() const
{
    if (m_corrections && m_corrections->correctionCount() > 0)
        return m_corrections;
    return m_source;
}

void WizardSession::setProfile(const MappingProfile &profile)
{
    m_profile = profile;
    m_unkeptWork = m_unkeptWork || m_source != nullptr;
    m_preview.reset();
    emit mappingChanged();
}

void WizardSession::setImportMode(const ImportMode &mode)
{
    if (mode.kind != m_importMode.kind || mode.skipUnchanged != m_importMode.skipUnchanged)
        m_preview.reset();   // it decided for the other mode
    m_importMode = mode;
}

void WizardSession::setPreview(std::shared_ptr<const PreviewResult> preview)
{
    m_preview = std::move(preview);
}

bool WizardSession::modeReady() const
{
    return !m_importMode.needsPreview() || (m_preview && m_preview->complete);
}

QStringList WizardSession::targets() const
{
    QStringList list;
    if (!m_source)
        return list;
    for (const QString &header : m_source->headers()) {
        const ColumnMapping *column = m_profile.columnForHeader(header);
        list << (column ? column->target : QString());
    }
    return list;
}

void WizardSession::setSourceTimeZone(const QString &zone)
{
    if (m_profile.sourceTimeZone() == zone && m_profile.timeZoneIsExplicit())
        return;
    m_profile.setSourceTimeZone(zone);
    m_preview.reset();   // datetimes are sent differently now
    emit timeZoneChanged();
}
