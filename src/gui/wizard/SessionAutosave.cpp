#include "gui/wizard/SessionAutosave.h"

#include "gui/support/SavedSession.h"
#include "gui/wizard/WizardSession.h"

#include <QFile>

SessionAutosave::SessionAutosave(WizardSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_path(SavedSession::defaultPath())
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DebounceMs);
    connect(&m_timer, &QTimer::timeout, this, &SessionAutosave::saveNow);
    for (auto signal : {&WizardSession::sourceChanged, &WizardSession::mappingChanged, &WizardSession::timeZoneChanged,
                        &WizardSession::correctionsChanged})
        connect(m_session, signal, this, &SessionAutosave::schedule);
}

void SessionAutosave::schedule()
{
    if (!m_suspended)
        m_timer.start();
}

void SessionAutosave::saveNow()
{
    m_timer.stop();
    if (m_suspended || !m_session->hasUnkeptWork() || m_session->filePath().isEmpty())
        return;
    SavedSession saved;
    saved.filePath = m_session->filePath();
    saved.page = m_page ? m_page() : 0;
    saved.savedAt = QDateTime::currentDateTimeUtc();
    saved.profile = m_profile ? m_profile() : m_session->profile();
    saved.profile.setReadOptions(m_session->readOptions());
    if (const auto overlay = m_session->corrections()) {
        for (auto row = overlay->cells().cbegin(); row != overlay->cells().cend(); ++row) {
            for (auto cell = row->cbegin(); cell != row->cend(); ++cell)
                saved.corrections.append({row.key(), cell.key(), cell.value()});
        }
    }
    QString error;
    if (!saved.save(m_path, &error))
        qWarning("The wizard's work could not be saved to %s: %s", qPrintable(m_path), qPrintable(error));
}

void SessionAutosave::discard()
{
    m_timer.stop();
    QFile::remove(m_path);
}
