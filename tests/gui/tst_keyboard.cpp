#include "gui/models/FailedRowModel.h"
#include "gui/widgets/TimeZonePicker.h"
#include "gui/wizard/ImportPage.h"
#include "gui/wizard/ImportWizard.h"
#include "gui/wizard/ResultsPage.h"
#include "gui/wizard/ReviewPage.h"
#include "gui/wizard/WizardSession.h"
#include "support/TestHome.h"
#include "support/TestPaths.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QWizardPage>

// The whole wizard by keyboard alone, as a user without a mouse works it: keys go to whatever has
// the focus, pages are left with Alt+N (the Next button's mnemonic), controls are reached with Tab
// and pressed with Space. No clicks, no setters. Against the real practice sandbox.
class TestKeyboard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    static QWidget *focus()
    {
        QWidget *w = QApplication::focusWidget();
        return w ? w : QApplication::activeWindow();
    }

    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(focus(), key, modifiers);
    }

    // Tab until `target` has the focus; false when it cannot be reached within a full cycle.
    static bool tabTo(QWidget *target, int maxPresses = 60)
    {
        for (int i = 0; i < maxPresses; ++i) {
            QWidget *f = QApplication::focusWidget();
            if (f && (f == target || f == target->focusProxy() || target->isAncestorOf(f)))
                return true;
            press(Qt::Key_Tab);
        }
        return false;
    }

    // Tab walks every page to the wizard's buttons and back: nothing keeps the focus.
    static QString focusTrap(ImportWizard &wizard)
    {
        QWidget *next = wizard.button(QWizard::CancelButton);
        QSet<QWidget *> seen;
        for (int i = 0; i < 80; ++i) {
            QWidget *f = QApplication::focusWidget();
            if (f == next)
                return QString();
            seen.insert(f);
            press(Qt::Key_Tab);
        }
        QStringList names;
        for (QWidget *w : seen)
            names << QStringLiteral("%1(%2)").arg(QString::fromLatin1(w ? w->metaObject()->className() : "null"),
                                                  w ? w->objectName() : QString());
        return QStringLiteral("Tab never reached Cancel; focus went through %1").arg(names.join(QStringLiteral(", ")));
    }

    static void next(ImportWizard &wizard, int timeoutMs = 20000)
    {
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), timeoutMs);
        const int before = wizard.currentId();
        press(Qt::Key_N, Qt::AltModifier);
        QTRY_VERIFY(wizard.currentId() != before);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        TestHome::isolate(m_home, QStringLiteral("mateo-import-keyboard-test"));
    }

    void wholeFlowByKeyboard()
    {
        ImportWizard wizard;
        wizard.show();
        QApplication::setActiveWindow(&wizard);
        QVERIFY(QTest::qWaitForWindowActive(&wizard));

        // 1 Connect: practice is preselected; the sandbox starts; Alt+N.
        QCOMPARE(wizard.currentId(), int(ImportWizard::ConnectPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
        next(wizard);

        // 2 File: Tab to the practice sample button and press Space.
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilePageId));
        auto *sample = wizard.currentPage()->findChild<QAbstractButton *>(QStringLiteral("practiceSampleButton"));
        QVERIFY(sample);
        QVERIFY2(tabTo(sample), "the practice sample button cannot be reached with Tab");
        press(Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
        QString trap = focusTrap(wizard);
        QVERIFY2(trap.isEmpty(), qPrintable(trap));
        next(wizard);

        // 3 Mapping: the suggestions stand; the table does not keep the focus.
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.session()->catalog().find(QStringLiteral("custom:last_contacted_at")), 20000);
        trap = focusTrap(wizard);
        QVERIFY2(trap.isEmpty(), qPrintable(trap));
        next(wizard);

        // 4 Review: the time zone tab opens by itself; Tab to the zone search, type, Return.
        QCOMPARE(wizard.currentId(), int(ImportWizard::ReviewPageId));
        auto *review = qobject_cast<ReviewPage *>(wizard.currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(!review->isChecking() && review->report().rows == 24, 30000);
        QVERIFY(!review->isComplete());
        auto *picker = review->findChild<TimeZonePicker *>();
        QVERIFY(picker);
        QVERIFY2(picker->isVisible(), "the time zone tab is shown when a zone must be confirmed");
        QVERIFY2(tabTo(picker->searchEdit()), "the time zone search cannot be reached with Tab");
        QTest::keyClicks(focus(), QStringLiteral("Berlin"));
        press(Qt::Key_Return);
        QTRY_COMPARE(wizard.session()->profile().sourceTimeZone(), QStringLiteral("Europe/Berlin"));
        QVERIFY(wizard.session()->profile().timeZoneIsExplicit());
        QTRY_VERIFY_WITH_TIMEOUT(review->isComplete(), 30000);
        QCOMPARE(review->report().count(QStringLiteral("naive_datetime")), 0);
        trap = focusTrap(wizard);
        QVERIFY2(trap.isEmpty(), qPrintable(trap));
        next(wizard);

        // 5 Import: runs by itself; the commit button "Results >" is Alt+R.
        QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPageId));
        auto *import = qobject_cast<ImportPage *>(wizard.currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(import->isComplete(), 60000);
        trap = focusTrap(wizard);
        QVERIFY2(trap.isEmpty(), qPrintable(trap));
        press(Qt::Key_R, Qt::AltModifier);
        QTRY_COMPARE(wizard.currentId(), int(ImportWizard::ResultsPageId));

        // 6 Results: the failed rows are there and reachable.
        auto *results = qobject_cast<ResultsPage *>(wizard.currentPage());
        QTRY_COMPARE(results->failedModel()->rowCount(), 3);
        trap = focusTrap(wizard);
        QVERIFY2(trap.isEmpty(), qPrintable(trap));
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
