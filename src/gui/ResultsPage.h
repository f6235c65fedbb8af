#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class ResultsPage;
}
class WizardSession;

// Page 6: what happened — totals, failed rows with line, code, message, hint and the original
// cells, grouped by error; filter, search, copy, export, and "Import the fixed file".
class ResultsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ResultsPage(WizardSession *session, QWidget *parent = nullptr);
    ~ResultsPage() override;

    void initializePage() override;

private:
    std::unique_ptr<Ui::ResultsPage> m_ui;
    WizardSession *m_session;
};
