#pragma once

#include "core/source/FileRecordSource.h"
#include "core/source/ReadOptions.h"
#include "core/source/SourceDescription.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QWizardPage>

#include <atomic>
#include <memory>

namespace Ui {
class FilePage;
}
class RecordTableModel;
class WizardSession;

// Page 2: choose the file (dialog, drag and drop, recent files, the practice sample), see how it
// was read (encoding, delimiter, header row, sheet) and override any of it with an instant re-preview.
class FilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FilePage(WizardSession *session, QWidget *parent = nullptr);
    ~FilePage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // Opens `path` off the UI thread; the preview follows when it is read. `options` left on "detect"
    // detect; others are shown as the user's choice (a restored session's overrides).
    void openFile(const QString &path, const ReadOptions &options = ReadOptions());
    // Opens the embedded practice sample with its mapping hints (one click for newcomers).
    void usePracticeSample();
    RecordTableModel *previewModel() const { return m_model; }

signals:
    void fileOpened(const QString &path);   // after a successful read (tests, screenshots)
    void fileFailed(const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct OpenResult
    {
        std::shared_ptr<const RecordSource> source;   // a failed-rows export: wrapped (FailedRowsSource)
        SourceDescription description;
        QString error;
        bool cancelled = false;
    };

    void reopenWithOverrides();
    void startOpen(const QString &path, const ReadOptions &options);
    void startFullScan();
    void finishOpen();
    void forgetDetection();
    void showDescription(const SourceDescription &description);
    void fillSheets(const QString &path);
    void chooseFile();
    void fillRecentMenu();
    ReadOptions overrides() const;

    std::unique_ptr<Ui::FilePage> m_ui;
    WizardSession *m_session;
    RecordTableModel *m_model;
    QThreadPool m_pool;   // the full scan's own worker, at background priority (see BackgroundPriority)
    QFutureWatcher<OpenResult> m_watcher;
    QString m_pendingPath;
    ReadOptions m_pendingOptions;
    bool m_reopenQueued = false;
    bool m_fullyRead = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;   // tells the running full scan to stop
};
