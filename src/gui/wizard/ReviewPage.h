#pragma once

#include "core/journal/QuotaBudget.h"
#include "core/validate/ValidationReport.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QWizardPage>

#include <atomic>
#include <memory>

namespace Ui {
class ReviewPage;
}
class DstRuleControl;
class AccountCheckPanel;
class IssueFilterProxyModel;
class QLabel;
class IssueTableModel;
class QTimer;
class WizardSession;

// Page 4: every problem before anything is sent — counts per kind, the rows (filter, sort,
// search), the time zone panel, in-file duplicates, the quota plan, and skip-or-fix for errors.
// The whole-file check (Validator) runs in a worker with progress and cancel.
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
    const ValidationReport &report() const { return m_report; }
    AccountCheckPanel *accountCheck() const { return m_account; }
    bool isChecking() const { return m_watcher.isRunning(); }
    DstRuleControl *dstRules() const { return m_dstRules; }
    QString matchCountText() const;
    // Problems the list holds at most (all are counted); far above any file a person fixes by hand.
    static constexpr int MaxListedIssues = 250000;
    // Shows a finished check (also used by tests without a file).
    void showReport(const ValidationReport &report);
    void startValidation();

signals:
    void validationFinished();

private:
    void finishValidation();
    void cancelValidation();
    void showDateColumns();
    void showPlan();
    static QuotaBudget readQuotaUsage(const QString &origin);
    void applyDayMonthOrder();
    bool zoneNeedsConfirmation() const;
    bool orderNeedsConfirmation() const;
    void updateCompleteHint();
    void updateMatchCount();

    struct Checked
    {
        ValidationReport report;
        QuotaBudget budget;
    };

    std::unique_ptr<Ui::ReviewPage> m_ui;
    WizardSession *m_session;
    IssueTableModel *m_issues;
    IssueFilterProxyModel *m_filter;
    AccountCheckPanel *m_account;   // preflight problems, import mode, preview (docs/engine.md)
    QTimer *m_recheckTimer;
    DstRuleControl *m_dstRules;
    QLabel *m_matchLabel;
    QThreadPool m_pool;   // the check's own worker, at background priority (see BackgroundPriority)
    QFutureWatcher<Checked> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    ValidationReport m_report;
    QuotaBudget m_budget;   // daily limits and today's usage, read by the last check
    bool m_validated = false;
    bool m_needsRecheck = false;
    bool m_restartQueued = false;
};
