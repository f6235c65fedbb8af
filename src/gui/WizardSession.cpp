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
    emit sourceChanged();
}

void WizardSession::setTargets(const QStringList &targets)
{
    m_targets = targets;
    emit mappingChanged();
}
