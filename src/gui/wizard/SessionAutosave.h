#pragma once

#include "core/mapping/MappingProfile.h"

#include <QObject>
#include <QTimer>

#include <functional>

class WizardSession;

// Keeps the wizard's work in progress on disk while the user works (issue 15, "no lost work"), so a
// crash, a kill or a power cut loses at most the last half second: every change of the file, the
// read options, the mapping, the time zone, the consent words or a typed fix saves the session
// (SavedSession, written atomically) after a short pause. Only work nothing else keeps is saved: once
// an import is journaled the journal holds it (and "Resume" continues it), so the session is dropped.
class SessionAutosave : public QObject
{
    Q_OBJECT

public:
    static constexpr int DebounceMs = 400;

    explicit SessionAutosave(WizardSession *session, QObject *parent = nullptr);

    // The mapping as shown now (the Mapping page's edits before Next) and the page the user is on.
    void setProfileSource(std::function<MappingProfile()> profile) { m_profile = std::move(profile); }
    void setPageSource(std::function<int()> page) { m_page = std::move(page); }

    QString path() const { return m_path; }
    // A change happened: save after the pause (several changes in a row save once).
    void schedule();
    // Saves at once when there is unkept work (does nothing otherwise).
    void saveNow();
    // The work was kept elsewhere or thrown away on purpose: the saved session is removed.
    void discard();
    // While a saved session is being restored nothing is written (it would be half restored).
    void setSuspended(bool suspended) { m_suspended = suspended; }

private:
    WizardSession *m_session;
    QString m_path;
    QTimer m_timer;
    bool m_suspended = false;
    std::function<MappingProfile()> m_profile;
    std::function<int()> m_page;
};
