#include "WizardSession.h"

#include <QTimeZone>

WizardSession::WizardSession(QObject *parent)
    : QObject(parent)
    , m_sourceTimeZone(QString::fromUtf8(QTimeZone::systemTimeZoneId()))
{
}

void WizardSession::setConnection(Mode mode, const QUrl &apiBaseUrl, const QString &apiKey)
{
    m_mode = mode;
    m_apiBaseUrl = apiBaseUrl;
    m_apiKey = apiKey;
    emit connectionChanged();
}

void WizardSession::setSource(const QString &filePath, const ReadOptions &options, std::shared_ptr<const RecordSource> source)
{
    m_filePath = filePath;
    m_readOptions = options;
    m_source = std::move(source);
    m_corrections = m_source ? std::make_shared<OverlayRecordSource>(m_source) : nullptr;
    emit sourceChanged();
}

void WizardSession::setTargets(const QStringList &targets)
{
    m_targets = targets;
    emit mappingChanged();
}

std::shared_ptr<const RecordSource> WizardSession::effectiveSource() const
{
    if (m_corrections && m_corrections->correctionCount() > 0)
        return m_corrections;
    return m_source;
}
