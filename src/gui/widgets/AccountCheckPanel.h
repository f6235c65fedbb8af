#pragma once

#include "core/preview/ImportMode.h"
#include "core/preview/PreflightProblem.h"
#include "core/preview/PreviewResult.h"
#include "core/validate/SendableRows.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QPointer>
#include <QWidget>

#include <memory>

class AccountSchemaFetch;
class PreviewRunner;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class WizardSession;

// The Review page's "know before you send" box (docs/engine.md "Preflight", "Preview", "Import
// modes"): the mapping checked against the account (problems block the import until fixed), the
// import mode, and an optional preview of what the import will change — its cost in requests shown
// before it runs. A widget of its own so the Review page only places it.
class AccountCheckPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AccountCheckPanel(WizardSession *session, QWidget *parent = nullptr);
    ~AccountCheckPanel() override;

    // Reads the account's fields and channels again and checks the current mapping.
    void refresh();
    bool blocksImport() const { return !m_problems.isEmpty(); }
    const QList<PreflightProblem> &problems() const { return m_problems; }
    ImportMode mode() const;
    // Shows a preflight result (also used by tests and the screenshot tour without an account).
    void showProblems(const QList<PreflightProblem> &problems);
    void showPreview(const PreviewResult &result);
    void showCost(qint64 requests, qint64 requestsLeft);
    QPushButton *previewButton() const { return m_previewButton; }

signals:
    void blockingChanged();
    void modeChanged();

private:
    void startPreview();
    void runPreview();
    void retranslate();
    void changeEvent(QEvent *event) override;

    WizardSession *m_session;
    QLabel *m_title;
    QLabel *m_problemsLabel;
    QLabel *m_modeLabel;
    QComboBox *m_mode;
    QCheckBox *m_skipUnchanged;
    QPushButton *m_previewButton;
    QLabel *m_costLabel;
    QLabel *m_resultLabel;
    QList<PreflightProblem> m_problems;
    QJsonArray m_customFields;
    QJsonArray m_channels;
    QPointer<AccountSchemaFetch> m_fetch;
    QPointer<PreviewRunner> m_runner;
    std::shared_ptr<SendableRows> m_rows;
    QFutureWatcher<std::shared_ptr<SendableRows>> m_rowsWatcher;
    bool m_costShown = false;
};
