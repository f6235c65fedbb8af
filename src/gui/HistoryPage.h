#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class HistoryPage;
}
class WizardSession;

// Page 7: import jobs from the local journal and past imports from GET /import (paged).
class HistoryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit HistoryPage(WizardSession *session, QWidget *parent = nullptr);
    ~HistoryPage() override;

    void initializePage() override;
    int nextId() const override { return -1; }

private:
    std::unique_ptr<Ui::HistoryPage> m_ui;
    WizardSession *m_session;
};
