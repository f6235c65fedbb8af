#pragma once

#include "ValidationIssue.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class ReviewPage;
}
class IssueFilterProxyModel;
class IssueTableModel;
class WizardSession;

// Page 4: every problem before anything is sent — counts per kind, the rows (filter, sort,
// search), the time zone panel, in-file duplicates, the quota plan, and skip-or-fix for errors.
class ReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReviewPage(WizardSession *session, QWidget *parent = nullptr);
    ~ReviewPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    IssueTableModel *issueModel() const { return m_issues; }
    IssueFilterProxyModel *issueFilter() const { return m_filter; }
    void setIssues(const QList<ValidationIssue> &issues, qint64 rows);

signals:
    void validationFinished();

private:
    void startValidation();
    void updateCounts(qint64 rows);

    std::unique_ptr<Ui::ReviewPage> m_ui;
    WizardSession *m_session;
    IssueTableModel *m_issues;
    IssueFilterProxyModel *m_filter;
    bool m_validated = false;
    bool m_needsRecheck = false;
};
