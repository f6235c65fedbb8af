#include "HistoryPage.h"

#include "WizardSession.h"
#include "ui_HistoryPage.h"

HistoryPage::HistoryPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::HistoryPage>())
    , m_session(session)
{
    m_ui->setupUi(this);
    setTitle(tr("History"));
    setSubTitle(tr("Imports started on this computer, and the imports your account received."));
    setFinalPage(true);
}

HistoryPage::~HistoryPage() = default;

void HistoryPage::initializePage()
{
    m_ui->importsStatusLabel->setText(tr("Connected to %1.").arg(m_session->apiBaseUrl().toDisplayString()));
}
