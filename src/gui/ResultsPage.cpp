#include "ResultsPage.h"

#include "WizardSession.h"
#include "ui_ResultsPage.h"

ResultsPage::ResultsPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ResultsPage>())
    , m_session(session)
{
    m_ui->setupUi(this);
    setTitle(tr("Results"));
    setSubTitle(tr("What was imported, and every row that was not — with the reason and what to do."));
    setFinalPage(true);
}

ResultsPage::~ResultsPage() = default;

void ResultsPage::initializePage()
{
    m_ui->totalsLabel->setText(tr("No import has run in this window yet."));
}
