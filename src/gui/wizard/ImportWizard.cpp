#include "gui/wizard/ImportWizard.h"

#include "core/mapping/MappingProfile.h"
#include "gui/models/ColumnMappingModel.h"
#include "gui/support/GuiResources.h"
#include "gui/widgets/RestoreSessionBanner.h"
#include "gui/wizard/ConnectPage.h"
#include "gui/wizard/FilePage.h"
#include "gui/wizard/HistoryPage.h"
#include "gui/wizard/ImportPage.h"
#include "gui/wizard/MappingPage.h"
#include "gui/wizard/ResultsPage.h"
#include "gui/wizard/ReviewPage.h"
#include "gui/wizard/SessionAutosave.h"
#include "gui/wizard/WizardSession.h"

#include <QCloseEvent>
#include <QFile>
#include <QFileDialog>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

ImportWizard::ImportWizard(QWidget *parent)
    : QWizard(parent)
    , m_session(new WizardSession(this))
    , m_autosave(new SessionAutosave(m_session, this))
    , m_restoreBanner(new RestoreSessionBanner)
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
    auto *connectPage = new ConnectPage(m_session, this);
    auto *filePage = new FilePage(m_session, this);
    auto *mappingPage = new MappingPage(m_session, this);
    setPage(ConnectPageId, connectPage);
    setPage(FilePageId, filePage);
    setPage(MappingPageId, mappingPage);
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

    // The work in progress is saved as the user works; the journal takes over once a job is sent.
    m_autosave->setProfileSource([this, mappingPage] {
        return currentId() == MappingPageId ? mappingPage->currentProfile() : m_session->profile();
    });
    m_autosave->setPageSource([this] { return currentId(); });
    connect(mappingPage->mappingModel(), &ColumnMappingModel::mappingChanged, m_autosave, &SessionAutosave::schedule);
    connect(this, &QWizard::currentIdChanged, m_autosave, &SessionAutosave::schedule);
    connect(importPage, &ImportPage::jobStarted, this, [this] {
        if (!m_session->hasUnkeptWork())
            return;   // a resumed job: a saved session (if any) is other work
        m_session->markWorkKept();
        m_autosave->discard();
    });
    connect(importPage, &ImportPage::importFinished, m_autosave, &SessionAutosave::discard);

    connectPage->addNotice(m_restoreBanner);
    connect(m_restoreBanner, &RestoreSessionBanner::restoreRequested, this, &ImportWizard::restoreSession);
    connect(m_restoreBanner, &RestoreSessionBanner::startFreshRequested, this, [this] {
        m_autosave->discard();
        m_restoreBanner->hide();
    });
    // New work replaces the offer (the autosave writes over the old session from now on).
    connect(m_session, &WizardSession::sourceChanged, this, [this] {
        if (!m_isRestoring && m_session->source())
            m_restoreBanner->hide();
    });
    connect(connectPage, &QWizardPage::completeChanged, this, [this] {
        if (m_isRestoring && currentId() == ConnectPageId && currentPage()->isComplete())
            next();
    });
    connect(filePage, &FilePage::fileOpened, this, &ImportWizard::continueRestore);
    connect(filePage, &FilePage::fileFailed, this, [this] {
        // The file is gone or unreadable: the mapping stays in the session, the File page says why.
        m_isRestoring = false;
        m_autosave->setSuspended(false);
    });
    offerRestore();
}

void ImportWizard::offerRestore()
{
    SavedSession saved;
    if (QFile::exists(m_autosave->path()) && SavedSession::load(m_autosave->path(), &saved, nullptr))
        m_restoreBanner->offer(saved);
}

void ImportWizard::restoreSession()
{
    m_restoreBanner->hide();
    QString error;
    if (!SavedSession::load(m_autosave->path(), &m_restoring, &error)) {
        QMessageBox::warning(this, tr("Restore"), error);
        return;
    }
    m_isRestoring = true;
    m_autosave->setSuspended(true);   // half restored is not worth saving over the saved session
    m_session->setProfile(m_restoring.profile);
    m_session->setPendingReimportFile(m_restoring.filePath, m_restoring.profile.readOptions());
    if (currentId() == ConnectPageId && currentPage()->isComplete())
        next();   // else when the connection is ready (see the Connect page's completeChanged above)
    else if (currentId() == FilePageId)
        currentPage()->initializePage();   // opens the pending file
}

void ImportWizard::continueRestore()
{
    if (!m_isRestoring)
        return;
    m_isRestoring = false;
    for (const SavedSession::Correction &fix : std::as_const(m_restoring.corrections))
        m_session->setCorrection(fix.line, fix.column, fix.value);
    m_autosave->setSuspended(false);
    QTimer::singleShot(0, this, &ImportWizard::stepTowardsRestoredPage);
}

void ImportWizard::stepTowardsRestoredPage()
{
    const int target = qMin(m_restoring.page, int(ReviewPageId));
    if (currentId() < FilePageId || currentId() >= target || !currentPage()->isComplete())
        return;
    next();
    QTimer::singleShot(0, this, &ImportWizard::stepTowardsRestoredPage);
}

bool ImportWizard::hasUnsavedWork() const
{
    return m_session->hasUnkeptWork();
}

void ImportWizard::startAfresh()
{
    // Only for Back from the Import page (the wizard is on the Review page by now). restart() cleans
    // the Import page up as well, and then whoever restarted goes on (History, "Import the fixed
    // file"): starting afresh on top of that sent the wizard to an empty File page.
    if (currentId() != ReviewPageId)
        return;
    m_autosave->discard();
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
    if (box.clickedButton() == discard) {
        m_autosave->discard();
        return true;
    }
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
    m_autosave->discard();   // closed on purpose, with the mapping kept where the user chose
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
    // Closing the window asked already (QDialog::closeEvent() calls reject()): one question, not two.
    if (!m_closingConfirmed && !confirmClose())
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
    const bool wasConfirmed = m_closingConfirmed;
    m_closingConfirmed = true;
    QWizard::closeEvent(event);
    m_closingConfirmed = wasConfirmed;
}
