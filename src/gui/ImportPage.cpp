#include "ImportPage.h"

#include "BatchTableModel.h"
#include "WizardSession.h"
#include "ui_ImportPage.h"

#include <QHeaderView>

ImportPage::ImportPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ImportPage>())
    , m_session(session)
    , m_batches(new BatchTableModel(this))
{
    m_ui->setupUi(this);
    setTitle(tr("Import"));
    setSubTitle(tr("The contacts are sent in batches. You can pause or close the window: the import can be resumed."));
    setCommitPage(true);
    m_ui->batchView->setModel(m_batches);
    m_ui->batchView->verticalHeader()->hide();
    m_ui->batchView->horizontalHeader()->setSectionResizeMode(BatchTableModel::ImportIdColumn, QHeaderView::Stretch);
    m_ui->resumeButton->setVisible(false);
    m_ui->explanationLabel->setText(
        tr("Cancel stops sending new batches. Batches the server already accepted still finish there."));
}

ImportPage::~ImportPage() = default;

void ImportPage::initializePage()
{
    if (!m_running && !m_finished)
        start();
}

bool ImportPage::isComplete() const
{
    return m_finished;
}

void ImportPage::start()
{
    // The ImportEngine (engine issue) is not on main yet: nothing is sent from this build.
    m_ui->retryLabel->setText(tr("Importing is not available in this build."));
    m_ui->pauseButton->setEnabled(false);
    m_ui->cancelButton->setEnabled(false);
}
