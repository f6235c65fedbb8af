#include "gui/models/ColumnMappingModel.h"
#include "gui/wizard/FilePage.h"
#include "gui/wizard/ImportWizard.h"
#include "gui/wizard/MappingPage.h"
#include "gui/wizard/WizardSession.h"
#include "support/TestHome.h"

#include <QAbstractButton>
#include <QApplication>
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

    // Fires the trigger while a timer waits for the question; answers it with the button named
    // `answer` ("" = the default button, as Enter would). Returns whether the question was asked.
    static bool fireAndAnswer(ImportWizard &wizard, Trigger trigger, const QString &answer)
    {
        bool asked = false;
        QTimer watcher;
        watcher.setInterval(10);
        QObject::connect(&watcher, &QTimer::timeout, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            watcher.stop();
            asked = true;
            QCOMPARE(box->objectName(), QStringLiteral("discardWorkQuestion"));
            QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("keepWorkingButton"));
            QAbstractButton *button = answer.isEmpty() ? static_cast<QAbstractButton *>(box->defaultButton())
                                                       : box->findChild<QAbstractButton *>(answer);
            QVERIFY(button);
            button->click();
        });
        watcher.start();
        fire(wizard, trigger);
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
            QVERIFY(!fireAndAnswer(wizard, Trigger(trigger), QString()));
            QVERIFY(!wizard.isVisible());
        }
        {   // File page, no file chosen yet
            ImportWizard wizard;
            showWizard(wizard);
            nextWhenComplete(wizard);
            QCOMPARE(wizard.currentId(), int(ImportWizard::FilePageId));
            QVERIFY(!fireAndAnswer(wizard, Trigger(trigger), QString()));
            QVERIFY(!wizard.isVisible());
        }
    }

    // TODO(issue 15): the window-close row hangs offscreen with a changed wizard (the question is not
    // found as the active modal widget from closeEvent); not covered yet.
    void changedWizardAsksAndKeepsWork_data() { addTriggers(false); }
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
        QVERIFY(fireAndAnswer(wizard, Trigger(trigger), QString()));
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
        QVERIFY(fireAndAnswer(wizard, Trigger(trigger), QString()));
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
        QCOMPARE(mapping->targets(), before);
        QVERIFY(fireAndAnswer(wizard, Trigger(trigger), QStringLiteral("keepWorkingButton")));
        QVERIFY(wizard.isVisible());
        QCOMPARE(mapping->targets(), before);
        nextWhenComplete(wizard);

        // Review page: asks as well; Discard closes.
        QCOMPARE(wizard.currentId(), int(ImportWizard::ReviewPageId));
        QVERIFY(fireAndAnswer(wizard, Trigger(trigger), QString()));
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.currentId(), int(ImportWizard::ReviewPageId));
        QCOMPARE(wizard.session()->targets(), before);
        QVERIFY(fireAndAnswer(wizard, Trigger(trigger), QStringLiteral("discardButton")));
        QVERIFY(!wizard.isVisible());
    }
};

QTEST_MAIN(TestCloseAsks)
#include "tst_close_asks.moc"
