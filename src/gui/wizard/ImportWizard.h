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

private:
    bool confirmLeavingImport();

    WizardSession *m_session;
};
