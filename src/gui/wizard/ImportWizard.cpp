#include "gui/wizard/ImportWizard.h"

#include "gui/support/GuiResources.h"
#include "gui/wizard/ConnectPage.h"
#include "gui/wizard/FilePage.h"
#include "gui/wizard/HistoryPage.h"
#include "gui/wizard/ImportPage.h"
#include "gui/wizard/MappingPage.h"
#include "gui/wizard/ResultsPage.h"
#include "gui/wizard/ReviewPage.h"
#include "gui/wizard/WizardSession.h"

#include <QCloseEvent>
#include <QIcon>
#include <QMessageBox>

ImportWizard::ImportWizard(QWidget *parent)
    : QWizard(parent)
    , m_session(new WizardSession(this))
{
    GuiResources::ensureLoaded();
    setWindowTitle(tr("Import contacts into Hellomateo"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/mateo-import.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(ConnectPageId, new ConnectPage(m_session, this));
    setPage(FilePageId, new FilePage(m_session, this));
    setPage(MappingPageId, new MappingPage(m_session, this));
    setPage(ReviewPageId, new ReviewPage(m_session, this));
    setPage(ImportPageId, new ImportPage(m_session, this));
    setPage(ResultsPageId, new ResultsPage(m_session, this));
    setPage(HistoryPageId, new HistoryPage(m_session, this));
    setStartId(ConnectPageId);
    // The Import page is a commit page: leaving it shows the results, there is no way back.
    setButtonText(QWizard::CommitButton, tr("&Results >"));
    resize(1000, 720);
}

bool ImportWizard::confirmLeavingImport()
{
    auto *importPage = qobject_cast<ImportPage *>(page(ImportPageId));
    if (!importPage || !importPage->isRunning())
        return true;
    // Non-modal-safe: QMessageBox::question runs its own loop but the import keeps running meanwhile.
    const auto answer = QMessageBox::question(
        this, tr("Stop the import?"),
        tr("The import is still running. If you close now, sending stops after the current batch; "
           "batches the server already accepted still finish. You can resume the rest later from the first page "
           "or with \"mateo-import resume\".\n\nClose anyway?"),
        QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Close;
}

void ImportWizard::reject()
{
    if (!confirmLeavingImport())
        return;
    if (auto *importPage = qobject_cast<ImportPage *>(page(ImportPageId)))
        importPage->pauseForClose();   // the journal keeps the job resumable
    QWizard::reject();
}

void ImportWizard::closeEvent(QCloseEvent *event)
{
    if (!confirmLeavingImport()) {
        event->ignore();
        return;
    }
    if (auto *importPage = qobject_cast<ImportPage *>(page(ImportPageId)))
        importPage->pauseForClose();
    QWizard::closeEvent(event);
}
