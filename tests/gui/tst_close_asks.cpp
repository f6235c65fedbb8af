#include "gui/models/ColumnMappingModel.h"
#include "gui/support/SavedSession.h"
#include "gui/widgets/TimeZonePicker.h"
#include "gui/wizard/FilePage.h"
#include "gui/wizard/ImportPage.h"
#include "gui/wizard/ImportWizard.h"
#include "gui/wizard/MappingPage.h"
#include "gui/wizard/ReviewPage.h"
#include "gui/wizard/WizardSession.h"
#include "support/TestHome.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// No lost work (issue 15): Escape, Cancel and closing the window on every page close the wizard at
// once when the user changed nothing, and ask (Save mapping / Discard / Keep working) once a file
// was chosen or a mapping made. The default, Keep working, leaves the wizard open on the same page
// with the mapping as it was; Discard closes. The question is answered by clicking its button in the
// real modal box (found as the application's active modal widget), nothing sleeps.
class TestCloseAsks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    enum Trigger { Escape, CancelButton, WindowClose };

    static void fire(ImportWizard &wizard, Trigger trigger)
    {
        switch (trigger) {
        case Escape:
            QTest::keyClick(&wizard, Qt::Key_Escape);
            break;
        case CancelButton:
            wizard.button(QWizard::CancelButton)->click();
            break;
        case WindowClose:
            wizard.close();
            break;
        }
    }

    // Fires the trigger while a timer answers every question that shows with the button named
    // `answer` ("" = the default button, as Enter would). Returns how many questions were asked: one
    // when there was work to lose (closing the window once asked twice, and hung offscreen), else none.
    static int fireAndAnswer(ImportWizard &wizard, Trigger trigger, const QString &answer)
    {
        int asked = 0;
        QTimer watcher;
        watcher.setInterval(10);
        QObject::connect(&watcher, &QTimer::timeout, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || !box->isVisible())
                return;
            ++asked;
            QCOMPARE(box->objectName(), QStringLiteral("discardWorkQuestion"));
            QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("keepWorkingButton"));
            QAbstractButton *button = answer.isEmpty() ? static_cast<QAbstractButton *>(box->defaultButton())
                                                       : box->findChild<QAbstractButton *>(answer);
            QVERIFY(button);
            button->click();
        });
        watcher.start();
        fire(wizard, trigger);
        QCoreApplication::processEvents();   // a second question would show now
        return asked;
    }

    static void nextWhenComplete(ImportWizard &wizard, int timeoutMs = 20000)
    {
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), timeoutMs);
        wizard.next();
    }

    static void showWizard(ImportWizard &wizard)
    {
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    }

    static void addTriggers(bool withWindowClose = true)
    {
        QTest::addColumn<int>("trigger");
        QTest::newRow("escape") << int(Escape);
        QTest::newRow("cancel") << int(CancelButton);
        if (withWindowClose)
            QTest::newRow("window close") << int(WindowClose);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        TestHome::isolate(m_home, QStringLiteral("mateo-import-test"));
    }

    void unchangedWizardClosesWithoutAsking_data() { addTriggers(); }
    void unchangedWizardClosesWithoutAsking()
    {
        QFETCH(int, trigger);
        {   // Connect page
            ImportWizard wizard;
            showWizard(wizard);
            QCOMPARE(wizard.currentId(), int(ImportWizard::ConnectPageId));
            QCOMPARE(fireAndAnswer(wizard, Trigger(trigger), QString()), 0);
            QVERIFY(!wizard.isVisible());
        }
        {   // File page, no file chosen yet
            ImportWizard wizard;
            showWizard(wizard);
            nextWhenComplete(wizard);
            QCOMPARE(wizard.currentId(), int(ImportWizard::FilePageId));
            QCOMPARE(fireAndAnswer(wizard, Trigger(trigger), QString()), 0);
            QVERIFY(!wizard.isVisible());
        }
        {   // History, opened from the Connect page ("Past imports…")
            ImportWizard wizard;
            showWizard(wizard);
            QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
            wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("historyButton"))->click();
            QCOMPARE(wizard.currentId(), int(ImportWizard::HistoryPageId));
            QCOMPARE(fireAndAnswer(wizard, Trigger(trigger), QString()), 0);
            QVERIFY(!wizard.isVisible());
        }
    }

    // Once the import finished, the work is kept (the journal has the job, History shows it): the
    // Import and Results pages close at once, and nothing is left to restore.
    void finishedImportClosesWithoutAsking_data()
    {
        QTest::addColumn<int>("trigger");
        QTest::addColumn<int>("page");
        for (const int page : {int(ImportWizard::ImportPageId), int(ImportWizard::ResultsPageId)}) {
            const char *pageName = page == ImportWizard::ImportPageId ? "import" : "results";
            QTest::addRow("%s, escape", pageName) << int(Escape) << page;
            QTest::addRow("%s, cancel", pageName) << int(CancelButton) << page;
            QTest::addRow("%s, window close", pageName) << int(WindowClose) << page;
        }
    }
    void finishedImportClosesWithoutAsking()
    {
        QFETCH(int, trigger);
        QFETCH(int, page);
        ImportWizard wizard;
        showWizard(wizard);
        nextWhenComplete(wizard);
        auto *file = qobject_cast<FilePage *>(wizard.page(ImportWizard::FilePageId));
        file->usePracticeSample();
        QTRY_VERIFY_WITH_TIMEOUT(file->isComplete(), 10000);
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.session()->catalog().find(QStringLiteral("custom:last_contacted_at")), 10000);
        nextWhenComplete(wizard);
        auto *review = qobject_cast<ReviewPage *>(wizard.page(ImportWizard::ReviewPageId));
        QTRY_VERIFY_WITH_TIMEOUT(!review->isChecking() && review->report().rows > 0, 20000);
        review->findChild<TimeZonePicker *>()->setZone(QStringLiteral("Europe/Berlin"));
        nextWhenComplete(wizard);
        QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPageId));
        auto *import = qobject_cast<ImportPage *>(wizard.page(ImportWizard::ImportPageId));
        // The same sample was imported by an earlier row: the wizard asks, this test sends again.
        QTRY_VERIFY_WITH_TIMEOUT(
            import->isComplete() || import->findChild<QMessageBox *>(QStringLiteral("earlierImportQuestion")), 60000);
        if (auto *again = import->findChild<QMessageBox *>(QStringLiteral("earlierImportQuestion")))
            again->findChild<QPushButton *>(QStringLiteral("sendAgainButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(import->isComplete(), 60000);
        QVERIFY(!QFile::exists(SavedSession::defaultPath()));   // nothing left to offer for restoring
        if (page == ImportWizard::ResultsPageId)
            wizard.next();
        QCOMPARE(wizard.currentId(), page);
        QCOMPARE(fireAndAnswer(wizard, Trigger(trigger), QString()), 0);
        QVERIFY(!wizard.isVisible());
    }

    void changedWizardAsksAndKeepsWork_data() { addTriggers(); }
    void changedWizardAsksAndKeepsWork()
    {
        QFETCH(int, trigger);
        ImportWizard wizard;
        showWizard(wizard);
        nextWhenComplete(wizard);

        // File page with a file chosen: asks; Keep working stays on the page with the file.
        auto *file = qobject_cast<FilePage *>(wizard.page(ImportWizard::FilePageId));
        file->usePracticeSample();
        QTRY_VERIFY_WITH_TIMEOUT(file->isComplete(), 10000);
        QCOMPARE(fireAndAnswer(wizard, Trigger(trigger), QString()), 1);
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilePageId));
        QVERIFY(wizard.session()->source());
        wizard.next();

        // Mapping page with a changed mapping: the default keeps it exactly as it was.
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
        ColumnMappingModel *mapping =
            qobject_cast<MappingPage *>(wizard.page(ImportWizard::MappingPageId))->mappingModel();
        // The account's custom fields arrive later and renew the suggestions; the user changes after that.
        QTRY_VERIFY_WITH_TIMEOUT(wizard.session()->catalog().find(QStringLiteral("custom:last_contacted_at")), 10000);
        QVERIFY(mapping->rowCount() > 1);
        mapping->setTarget(1, QString());   // the user's own change
        const QStringList before = mapping->targets();
        QCOMPARE(fireAndAnswer(wizard, Trigger(trigger), QString()), 1);
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
        QCOMPARE(mapping->targets(), before);
        QCOMPARE(fireAndAnswer(wizard, Trigger(trigger), QStringLiteral("keepWorkingButton")), 1);
        QVERIFY(wizard.isVisible());
        QCOMPARE(mapping->targets(), before);
        nextWhenComplete(wizard);

        // Review page: asks as well; Discard closes.
        QCOMPARE(wizard.currentId(), int(ImportWizard::ReviewPageId));
        QCOMPARE(fireAndAnswer(wizard, Trigger(trigger), QString()), 1);
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.currentId(), int(ImportWizard::ReviewPageId));
        QCOMPARE(wizard.session()->targets(), before);
        QCOMPARE(fireAndAnswer(wizard, Trigger(trigger), QStringLiteral("discardButton")), 1);
        QVERIFY(!wizard.isVisible());
    }
};

QTEST_MAIN(TestCloseAsks)
#include "tst_close_asks.moc"
