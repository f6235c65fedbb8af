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
class ImportJournal;
class PreviewRunner;
class QCheckBox;
class QComboBox;
class QGroupBox;
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
    // The rows changed (corrections, a new check): a preview made before no longer holds.
    void invalidatePreview();
    QPushButton *previewButton() const { return m_previewButton; }

signals:
    void blockingChanged();
    void modeChanged();

private:
    void startPreview();
    void applyMode();
    void runPreview();
    void retranslate();
    void updateLabels();   // an empty line takes no room
    void changeEvent(QEvent *event) override;

    WizardSession *m_session;
    QGroupBox *m_box;
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
    bool m_discardRows = false;   // the rows being read are stale already
    ImportMode m_previewMode;   // the mode the running preview decides for
    std::unique_ptr<ImportJournal> m_journal;   // today's request usage (the preview's lookups count)
};
