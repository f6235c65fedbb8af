#pragma once

#include "gui/support/SavedSession.h"

#include <QWizard>

class RestoreSessionBanner;
class SessionAutosave;
class WizardSession;

// The import wizard: connect, file, mapping, review, import, results, history.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { ConnectPageId, FilePageId, MappingPageId, ReviewPageId, ImportPageId, ResultsPageId, HistoryPageId };

    explicit ImportWizard(QWidget *parent = nullptr);

    WizardSession *session() const { return m_session; }
    // Keeps the work in progress on disk; on the next start the Connect page offers it back.
    SessionAutosave *autosave() const { return m_autosave; }

    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;

    // The user changed something that would be lost by closing (a file chosen, a mapping made) and
    // nothing has kept it yet (an import, a saved mapping).
    bool hasUnsavedWork() const;

private:
    bool confirmLeavingImport();
    // Save mapping / Discard / Keep working (the default). True when the window may close.
    bool confirmDiscardingWork();
    bool confirmClose();
    // After an import was sent, Back starts afresh with a new file instead of sending again.
    void startAfresh();
    // A session saved by an earlier run that did not close (crash, kill): offered on the Connect page.
    void offerRestore();
    void restoreSession();
    // After the restored file was read: its fixes go back over it and the wizard walks on to the page
    // the user was on (the Review page at most; it checks the whole file again).
    void continueRestore();
    void stepTowardsRestoredPage();

    WizardSession *m_session;
    SessionAutosave *m_autosave;
    RestoreSessionBanner *m_restoreBanner;
    SavedSession m_restoring;
    bool m_isRestoring = false;
    bool m_closingConfirmed = false;
};
