#pragma once

#include <QWizard>

class WizardSession;

// The import wizard: connect, file, mapping, review, import, results, history.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { ConnectPageId, FilePageId, MappingPageId, ReviewPageId, ImportPageId, ResultsPageId, HistoryPageId };

    explicit ImportWizard(QWidget *parent = nullptr);

    WizardSession *session() const { return m_session; }

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

    WizardSession *m_session;
    bool m_closingConfirmed = false;
};
