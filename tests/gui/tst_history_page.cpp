#include "SandboxJobs.h"
#include "api/http/UrlPolicy.h"
#include "gui/models/ColumnMappingModel.h"
#include "gui/models/FailedRowModel.h"
#include "gui/models/ImportHistoryModel.h"
#include "gui/models/JournalJobModel.h"
#include "gui/support/PracticeOrigins.h"
#include "gui/widgets/ServerImportDialog.h"
#include "gui/widgets/TimeZonePicker.h"
#include "gui/wizard/FilePage.h"
#include "gui/wizard/HistoryPage.h"
#include "gui/wizard/ImportPage.h"
#include "gui/wizard/ImportWizard.h"
#include "gui/wizard/MappingPage.h"
#include "gui/wizard/ResultsPage.h"
#include "gui/wizard/ReviewPage.h"
#include "gui/wizard/WizardSession.h"
#include "support/SandboxHttp.h"
#include "support/SandboxProcess.h"
#include "support/TestHome.h"
#include "support/TestPaths.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// The History page against a real sandbox: two imports run through the engine appear both from the
// journal and from GET /import with their counts, a page at a time; opening them shows their failed
// rows (journal job: the Results page; account import: the server's failed entries).
class TestHistoryPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    template<typename T> static T *child(QWidget *page, const char *name)
    {
        return page->findChild<T *>(QLatin1String(name));
    }

    static void select(QTableView *view, int row)
    {
        view->setFocus();
        view->setCurrentIndex(view->model()->index(row, 0));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        TestHome::isolate(m_home, QStringLiteral("mateo-import-history-test"));
    }

    void listsJournalAndAccountImportsAndOpensTheirResults()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        QString first, second;
        {
            SandboxJobs jobs(sandbox);
            // The first import has one row the server refuses (not an e-mail address).
            first = jobs.create(
                m_home.filePath(QStringLiteral("messe.csv")),
                {QStringLiteral("a@example.com"), QStringLiteral("kein-at-zeichen"), QStringLiteral("c@example.com")},
                50, 1);
            QCOMPARE(jobs.runToEnd(first).outcome, ImportResult::Outcome::CompletedWithFailures);
            second = jobs.create(m_home.filePath(QStringLiteral("kunden.csv")),
                                 {QStringLiteral("d@example.com"), QStringLiteral("e@example.com")}, 50, 10);
            QCOMPARE(jobs.runToEnd(second).outcome, ImportResult::Outcome::Completed);
        }

        ImportWizard wizard;
        wizard.session()->setConnection(WizardSession::Mode::Hellomateo, sandbox.apiUrl(), sandbox.apiKey());
        auto *history = qobject_cast<HistoryPage *>(wizard.page(ImportWizard::HistoryPageId));
        history->setPageSize(1);   // two imports: two pages, then an empty one
        wizard.setStartId(ImportWizard::HistoryPageId);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(ImportWizard::HistoryPageId));

        // (a) the journal: both jobs, finished, newest first.
        JournalJobModel *jobs = history->jobModel();
        QAbstractItemModelTester jobTester(jobs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(jobs->rowCount(), 2);
        QCOMPARE(jobs->index(0, 0).data(JournalJobModel::JobIdRole).toString(), second);
        QCOMPARE(jobs->index(1, JournalJobModel::FileColumn).data().toString(), QStringLiteral("messe.csv"));
        QCOMPARE(jobs->index(1, JournalJobModel::StateColumn).data().toString(),
                 JournalJobModel::stateText(JournalJob::State::Finished));
        QCOMPARE(jobs->entryAt(1).batchesDone, 1);
        QCOMPARE(jobs->entryAt(1).batchesTotal, 1);
        // Sent to an account that happens to run on 127.0.0.1: not "Practice" (issue 15). Only the
        // origin where this program started its practice sandbox is labelled so.
        const QString origin = UrlPolicy::origin(sandbox.apiUrl());
        auto destination = [&] { return jobs->index(0, JournalJobModel::DestinationColumn).data().toString(); };
        QCOMPARE(destination(), QStringLiteral("Hellomateo · %1").arg(origin));
        PracticeOrigins::remember(QUrl(QStringLiteral("http://127.0.0.1:1/api/v1")));   // another port
        QCOMPARE(destination(), QStringLiteral("Hellomateo · %1").arg(origin));
        PracticeOrigins::remember(sandbox.apiUrl());
        QCOMPARE(destination(), QStringLiteral("Practice · %1").arg(origin));
        QSettings().remove(QStringLiteral("practice/origins"));

        // (b) the account, a page at a time; loading shows in the page and never blocks it.
        ImportHistoryModel *imports = history->importModel();
        QAbstractItemModelTester importTester(imports, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *status = child<QLabel>(history, "importsStatusLabel");
        auto *more = child<QPushButton>(history, "moreButton");
        QTRY_VERIFY_WITH_TIMEOUT(!history->isLoading(), 15000);
        QCOMPARE(imports->rowCount(), 1);
        QVERIFY(imports->hasMore());
        QVERIFY(more->isEnabled());
        more->click();
        QVERIFY(history->isLoading());
        QVERIFY(!more->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!history->isLoading(), 15000);
        QCOMPARE(imports->rowCount(), 2);
        more->click();
        QTRY_VERIFY_WITH_TIMEOUT(!history->isLoading(), 15000);
        QCOMPARE(imports->rowCount(), 2);
        QVERIFY(!imports->hasMore());
        QVERIFY(!more->isEnabled());
        QVERIFY2(status->text().contains(QLatin1String("2")), qPrintable(status->text()));

        // Newest first, with the counts the sandbox reports.
        const QLocale locale;
        auto cell = [&](int row, int column) { return imports->index(row, column).data().toString(); };
        QCOMPARE(cell(0, ImportHistoryModel::TotalColumn), locale.toString(2));
        QCOMPARE(cell(0, ImportHistoryModel::SucceededColumn), locale.toString(2));
        QCOMPARE(cell(0, ImportHistoryModel::FailedColumn), locale.toString(0));
        QCOMPARE(cell(1, ImportHistoryModel::TotalColumn), locale.toString(3));
        QCOMPARE(cell(1, ImportHistoryModel::SucceededColumn), locale.toString(2));
        QCOMPARE(cell(1, ImportHistoryModel::FailedColumn), locale.toString(1));
        ImportJournal journal;
        QVERIFY(journal.open());
        const QString firstImportId = journal.batches(first).first().importId;
        QCOMPARE(imports->index(1, 0).data(ImportHistoryModel::ImportIdRole).toString(), firstImportId);

        // Refresh starts over from the first page.
        child<QPushButton>(history, "refreshButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!history->isLoading(), 15000);
        QCOMPARE(imports->rowCount(), 1);
        more->click();
        QTRY_VERIFY_WITH_TIMEOUT(!history->isLoading() && imports->rowCount() == 2, 15000);

        // Open an account import: GET /import?id=eq.… and its failed entries.
        auto *open = child<QPushButton>(history, "openButton");
        QSignalSpy opened(history, &HistoryPage::importOpened);
        select(child<QTableView>(history, "importsView"), 1);
        QVERIFY(open->isEnabled());
        open->click();
        QVERIFY(opened.wait(15000));
        auto *dialog = history->findChild<ServerImportDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->importId(), firstImportId);
        QAbstractItemModelTester dialogTester(dialog->failedModel(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog->failedModel()->rowCount(), 1);
        const FailedRow failed = dialog->failedModel()->rows().first();
        QCOMPARE(failed.code, QStringLiteral("23514"));
        QCOMPARE(failed.input.value(QLatin1String("email")).toString(), QStringLiteral("kein-at-zeichen"));
        const QStringList headers = dialog->failedModel()->headers();
        QCOMPARE(failed.cells.value(int(headers.indexOf(QStringLiteral("external_id")))), QStringLiteral("2"));
        QVERIFY2(dialog->totalsText().contains(locale.toString(3)), qPrintable(dialog->totalsText()));
        // Sent from this computer: the journal pins the entry to its source line.
        QCOMPARE(failed.line, qint64(3));
        QVERIFY2(dialog->totalsText().contains(QLatin1String("messe.csv")), qPrintable(dialog->totalsText()));
        dialog->close();

        // Open a journal job: the Results page with its failed row, source line included.
        select(child<QTableView>(history, "jobsView"), 1);
        QVERIFY(!child<QTableView>(history, "importsView")->selectionModel()->hasSelection());
        open->click();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ResultsPageId));
        auto *results = qobject_cast<ResultsPage *>(wizard.page(ImportWizard::ResultsPageId));
        QCOMPARE(results->failedModel()->rowCount(), 1);
        QCOMPARE(results->failedModel()->rows().first().line, qint64(3));
        QCOMPARE(results->failedModel()->rows().first().code, QStringLiteral("23514"));
        QCOMPARE(wizard.session()->jobId(), first);
        wizard.back();
        QCOMPARE(wizard.currentId(), int(ImportWizard::HistoryPageId));
    }

    // "Import the fixed file" from History maps the file as the job was mapped (issue 15): the job's
    // mapping is saved with the job, and the window meanwhile holds another one.
    void importTheFixedFileUsesTheJobsOwnMapping()
    {
        ImportWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto nextWhenComplete = [&wizard] {
            QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
            wizard.next();
        };
        auto *file = qobject_cast<FilePage *>(wizard.page(ImportWizard::FilePageId));
        ColumnMappingModel *mapping =
            qobject_cast<MappingPage *>(wizard.page(ImportWizard::MappingPageId))->mappingModel();
        auto *review = qobject_cast<ReviewPage *>(wizard.page(ImportWizard::ReviewPageId));
        auto *import = qobject_cast<ImportPage *>(wizard.page(ImportWizard::ImportPageId));

        // 1 The practice sample, imported with the suggested mapping (practice sandbox).
        nextWhenComplete();
        file->usePracticeSample();
        QTRY_VERIFY_WITH_TIMEOUT(file->isComplete(), 10000);
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.session()->catalog().find(QStringLiteral("custom:last_contacted_at")), 10000);
        const QStringList jobTargets = mapping->targets();
        nextWhenComplete();
        QTRY_VERIFY_WITH_TIMEOUT(!review->isChecking() && review->report().rows > 0, 20000);
        review->findChild<TimeZonePicker *>()->setZone(QStringLiteral("Europe/Berlin"));
        nextWhenComplete();
        QTRY_VERIFY_WITH_TIMEOUT(import->isComplete(), 60000);
        const QString job = wizard.session()->jobId();
        QVERIFY(!job.isEmpty());

        // 2 Back starts afresh; the same file is mapped differently now (two columns left out).
        wizard.back();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::FilePageId), 10000);
        file->usePracticeSample();
        QTRY_VERIFY_WITH_TIMEOUT(file->isComplete(), 10000);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
        QTRY_VERIFY_WITH_TIMEOUT(mapping->targets() == jobTargets, 10000);
        mapping->setTarget(1, QString());
        mapping->setTarget(7, QString());
        const QStringList otherTargets = mapping->targets();
        QVERIFY(otherTargets != jobTargets);
        nextWhenComplete();
        QCOMPARE(wizard.session()->targets(), otherTargets);

        // 3 History from the first page: the earlier job's results, then its fixed file.
        wizard.restart();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
        wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("historyButton"))->click();
        QCOMPARE(wizard.currentId(), int(ImportWizard::HistoryPageId));
        auto *history = qobject_cast<HistoryPage *>(wizard.page(ImportWizard::HistoryPageId));
        QTRY_VERIFY_WITH_TIMEOUT(!history->isLoading(), 15000);   // the account's imports are listed too
        int jobRow = -1;
        for (int row = 0; row < history->jobModel()->rowCount(); ++row) {
            if (history->jobModel()->index(row, 0).data(JournalJobModel::JobIdRole).toString() == job)
                jobRow = row;
        }
        QVERIFY(jobRow >= 0);
        select(child<QTableView>(history, "jobsView"), jobRow);
        QVERIFY(child<QPushButton>(history, "openButton")->isEnabled());
        child<QPushButton>(history, "openButton")->click();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ResultsPageId));
        QCOMPARE(wizard.session()->jobId(), job);

        const QString fixed = m_home.filePath(QStringLiteral("kunden-export-fixed.csv"));
        QFile::remove(fixed);
        QVERIFY(QFile::copy(wizard.session()->filePath(), fixed));
        QTimer chooser;   // the user picks the fixed file in the file dialog
        chooser.setInterval(10);
        connect(&chooser, &QTimer::timeout, this, [&] {
            if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                chooser.stop();
                dialog->selectFile(fixed);
                static_cast<QDialog *>(dialog)->accept();   // the Open button
            }
        });
        chooser.start();
        child<QPushButton>(wizard.currentPage(), "reimportButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::FilePageId), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(file->isComplete() && wizard.session()->filePath() == fixed, 10000);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
        QCOMPARE(mapping->targets(), jobTargets);   // the job's mapping, not the one made in step 2
        QCOMPARE(wizard.session()->targets(), jobTargets);
    }

    // After an import, "Past imports…" on the first page opens History and stays there: restarting
    // the wizard cleaned the Import page up, which used to start afresh on top and land on an empty
    // File page (found by the screenshot tour).
    void pastImportsAfterAnImportStaysOnHistory()
    {
        ImportWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto nextWhenComplete = [&wizard] {
            QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
            wizard.next();
        };
        nextWhenComplete();
        auto *file = qobject_cast<FilePage *>(wizard.page(ImportWizard::FilePageId));
        file->usePracticeSample();
        QTRY_VERIFY_WITH_TIMEOUT(file->isComplete(), 10000);
        wizard.next();
        nextWhenComplete();
        auto *review = qobject_cast<ReviewPage *>(wizard.page(ImportWizard::ReviewPageId));
        QTRY_VERIFY_WITH_TIMEOUT(!review->isChecking() && review->report().rows > 0, 20000);
        review->findChild<TimeZonePicker *>()->setZone(QStringLiteral("Europe/Berlin"));
        nextWhenComplete();
        auto *import = qobject_cast<ImportPage *>(wizard.page(ImportWizard::ImportPageId));
        if (auto *again = import->findChild<QMessageBox *>(QStringLiteral("earlierImportQuestion")))
            again->findChild<QPushButton *>(QStringLiteral("sendAgainButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(import->isComplete() || import->findChild<QMessageBox *>(), 60000);
        if (auto *again = import->findChild<QMessageBox *>(QStringLiteral("earlierImportQuestion")))
            again->findChild<QPushButton *>(QStringLiteral("sendAgainButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(import->isComplete(), 60000);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ResultsPageId));
        wizard.restart();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
        wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("historyButton"))->click();
        QCOMPARE(wizard.currentId(), int(ImportWizard::HistoryPageId));
        QCoreApplication::processEvents();   // the Import page's queued clean-up is delivered now
        QCOMPARE(wizard.currentId(), int(ImportWizard::HistoryPageId));
    }

    void errorsShowInThePage()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        ImportWizard wizard;
        wizard.session()->setConnection(WizardSession::Mode::Hellomateo, sandbox.apiUrl(),
                                        QStringLiteral("revoked-key"));
        auto *history = qobject_cast<HistoryPage *>(wizard.page(ImportWizard::HistoryPageId));
        wizard.setStartId(ImportWizard::HistoryPageId);
        wizard.show();
        QTRY_VERIFY_WITH_TIMEOUT(!history->isLoading(), 15000);
        QCOMPARE(history->importModel()->rowCount(), 0);
        const QString text = child<QLabel>(history, "importsStatusLabel")->text();
        QVERIFY2(text.contains(QLatin1String("403")), qPrintable(text));
        QVERIFY(child<QPushButton>(history, "refreshButton")->isEnabled());   // try again
    }
};

QTEST_MAIN(TestHistoryPage)
#include "tst_history_page.moc"
