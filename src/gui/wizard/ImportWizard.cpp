#include "gui/wizard/ImportWizard.h"

#include "core/mapping/MappingProfile.h"
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
#include <QFileDialog>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>

ImportWizard::ImportWizard(QWidget *parent)
    : QWizard(parent)
    , m_session(new WizardSession(this))
{
    GuiResources::ensureLoaded();
    setWindowTitle(tr("Import contacts into Hellomateo"));
    // Bitmaps first: they need no image plugin (the SVG needs qt6-svg, which a minimal system may lack).
    QIcon icon;
    for (int size : {48, 128, 256})
        icon.addFile(QStringLiteral(":/icons/mateo-import-%1.png").arg(size), QSize(size, size));
    icon.addFile(QStringLiteral(":/icons/mateo-import.svg"));
    setWindowIcon(icon);
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
    auto *importPage = qobject_cast<ImportPage *>(page(ImportPageId));
    connect(importPage, &ImportPage::freshStartWanted, this, &ImportWizard::startAfresh, Qt::QueuedConnection);
    connect(importPage, &ImportPage::importFinished, m_session, &WizardSession::markWorkKept);
}

bool ImportWizard::hasUnsavedWork() const
{
    return m_session->hasUnkeptWork();
}

void ImportWizard::startAfresh()
{
    m_session->clearSource();
    restart();
    // The connection stays; the File page shows no file.
    if (currentPage() && currentPage()->isComplete())
        next();
}

bool ImportWizard::confirmDiscardingWork()
{
    if (!hasUnsavedWork())
        return true;
    QMessageBox box(
        QMessageBox::Question, tr("Keep your work?"),
        tr("You chose a file and mapped its columns. If you close now, that work is lost; save the mapping to "
           "use it again."),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("discardWorkQuestion"));
    QPushButton *save = box.addButton(tr("&Save mapping…"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(tr("&Keep working"), QMessageBox::RejectRole);
    save->setObjectName(QStringLiteral("saveMappingButton"));
    discard->setObjectName(QStringLiteral("discardButton"));
    keep->setObjectName(QStringLiteral("keepWorkingButton"));
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() == discard)
        return true;
    if (box.clickedButton() != save)
        return false;
    auto *mapping = qobject_cast<MappingPage *>(page(MappingPageId));
    const MappingProfile profile = currentId() == MappingPageId && mapping ? mapping->currentProfile()
                                                                           : m_session->profile();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the mapping"), tr("mapping.json"),
                                                      tr("Mappings (*.json)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!profile.save(path, &error)) {
        QMessageBox::warning(this, tr("Save the mapping"), error);
        return false;
    }
    return true;
}

bool ImportWizard::confirmClose()
{
    return confirmLeavingImport() && confirmDiscardingWork();
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
    if (!confirmClose())
        return;
    if (auto *importPage = qobject_cast<ImportPage *>(page(ImportPageId)))
        importPage->pauseForClose();   // the journal keeps the job resumable
    m_closingConfirmed = true;
    QWizard::reject();
    m_closingConfirmed = false;
}

void ImportWizard::closeEvent(QCloseEvent *event)
{
    // reject() (Escape, Cancel) asked already when it closes the window.
    if (!m_closingConfirmed && !confirmClose()) {
        event->ignore();
        return;
    }
    if (auto *importPage = qobject_cast<ImportPage *>(page(ImportPageId)))
        importPage->pauseForClose();
    QWizard::closeEvent(event);
}
