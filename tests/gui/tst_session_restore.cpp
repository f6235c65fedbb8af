#include "gui/models/ColumnMappingModel.h"
#include "gui/models/IssueTableModel.h"
#include "gui/models/OverlayRecordSource.h"
#include "gui/support/SavedSession.h"
#include "gui/widgets/RestoreSessionBanner.h"
#include "gui/widgets/TimeZonePicker.h"
#include "gui/wizard/FilePage.h"
#include "gui/wizard/ImportWizard.h"
#include "gui/wizard/MappingPage.h"
#include "gui/wizard/ReviewPage.h"
#include "gui/wizard/SessionAutosave.h"
#include "gui/wizard/WizardSession.h"
#include "support/TestHome.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

// No lost work (issue 15): the wizard keeps the session on disk as the user works; after the wizard
// ended without being closed (here: destroyed without its close path, as a crash or a kill leaves
// it) the next start offers it back, and Restore gives back the file, the mapping with the user's own
// change, the confirmed time zone and a fix typed on the Review page. Start fresh and Discard
// remove it. Against the real practice sandbox the wizard starts itself; every wait is a QTRY on
// what the user would see.
class TestSessionRestore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    static void nextWhenComplete(ImportWizard &wizard, int timeoutMs = 20000)
    {
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), timeoutMs);
        wizard.next();
    }

    static std::unique_ptr<ImportWizard> startWizard()
    {
        auto wizard = std::make_unique<ImportWizard>();
        wizard->show();
        if (!QTest::qWaitForWindowExposed(wizard.get()))
            qFatal("wizard not shown");
        return wizard;
    }

    static SavedSession saved()
    {
        SavedSession session;
        QString error;
        if (!SavedSession::load(SavedSession::defaultPath(), &session, &error))
            return SavedSession();
        return session;
    }

    static RestoreSessionBanner *banner(ImportWizard &wizard)
    {
        return wizard.findChild<RestoreSessionBanner *>(QStringLiteral("restoreSessionBanner"));
    }

    // Practice sample chosen, on the Mapping page with the account's fields loaded.
    static ColumnMappingModel *toMapping(ImportWizard &wizard)
    {
        if (!QTest::qWaitFor([&] { return wizard.currentPage()->isComplete(); }, 20000))
            return nullptr;
        wizard.next();
        auto *file = qobject_cast<FilePage *>(wizard.page(ImportWizard::FilePageId));
        file->usePracticeSample();
        if (!QTest::qWaitFor([&] { return file->isComplete(); }, 10000))
            return nullptr;
        wizard.next();
        if (wizard.currentId() != ImportWizard::MappingPageId)
            return nullptr;
        if (!QTest::qWaitFor(
                [&] { return wizard.session()->catalog().find(QStringLiteral("custom:last_contacted_at")); }, 10000))
            return nullptr;
        return qobject_cast<MappingPage *>(wizard.page(ImportWizard::MappingPageId))->mappingModel();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        TestHome::isolate(m_home, QStringLiteral("mateo-import-test"));
    }

    void aCrashedSessionComesBackWithFileMappingZoneAndFixes()
    {
        QVERIFY(!QFile::exists(SavedSession::defaultPath()));
        auto first = startWizard();
        QVERIFY(!banner(*first)->isVisible());   // nothing saved yet, nothing offered
        ColumnMappingModel *mapping = toMapping(*first);
        QVERIFY(mapping);
        const QString file = first->session()->filePath();
        const QString header = mapping->rows().value(1).header;
        QVERIFY(!mapping->rows().value(1).target.isEmpty());
        mapping->setTarget(1, QString());   // the user's own change: "Don't import"
        const QStringList targets = mapping->targets();

        // Saved while the user is still on the page (no Next pressed), a moment after the change.
        QTRY_VERIFY_WITH_TIMEOUT(
            saved().profile.columnForHeader(header) && saved().profile.columnForHeader(header)->target.isEmpty(), 5000);
        QCOMPARE(saved().filePath, file);
        QCOMPARE(saved().page, int(ImportWizard::MappingPageId));

        // Review: the zone is confirmed and the invalid phone number is fixed by hand.
        nextWhenComplete(*first);
        QCOMPARE(first->currentId(), int(ImportWizard::ReviewPageId));
        auto *review = qobject_cast<ReviewPage *>(first->page(ImportWizard::ReviewPageId));
        QTRY_VERIFY_WITH_TIMEOUT(!review->isChecking() && review->report().rows == 24, 20000);
        review->findChild<TimeZonePicker *>()->setZone(QStringLiteral("Europe/Berlin"));
        QTRY_VERIFY_WITH_TIMEOUT(!review->isChecking() && review->isComplete(), 20000);
        review->findChild<QRadioButton *>(QStringLiteral("fixRadio"))->click();
        IssueTableModel *issues = review->issueModel();
        int phoneRow = -1;
        for (int row = 0; row < issues->rowCount(); ++row) {
            if (issues->issues().at(row).kind == QLatin1String("invalid_phone"))
                phoneRow = row;
        }
        QVERIFY(phoneRow >= 0);
        const qint64 line = issues->issues().at(phoneRow).line;
        const QString fixed = QStringLiteral("+49 30 12345678");
        QVERIFY(issues->setData(issues->index(phoneRow, IssueTableModel::ValueColumn), fixed));
        QTRY_COMPARE_WITH_TIMEOUT(saved().corrections.size(), 1, 5000);
        QCOMPARE(saved().corrections.first().line, line);
        QCOMPARE(saved().corrections.first().value, fixed);
        QCOMPARE(saved().profile.sourceTimeZone(), QStringLiteral("Europe/Berlin"));
        QCOMPARE(saved().page, int(ImportWizard::ReviewPageId));
        const int fixedColumn = saved().corrections.first().column;

        // The wizard ends without its close path (a crash): the session stays on disk.
        first.reset();
        QVERIFY(QFile::exists(SavedSession::defaultPath()));

        // Next start: the offer names the file; Restore walks back to the Review page.
        auto second = startWizard();
        RestoreSessionBanner *offer = banner(*second);
        QVERIFY(offer->isVisible());
        const QString text = offer->findChild<QLabel *>(QStringLiteral("restoreSessionText"))->text();
        QVERIFY2(text.contains(QFileInfo(file).fileName()) && text.contains(QLatin1String("1 fix")), qPrintable(text));
        offer->findChild<QPushButton *>(QStringLiteral("restoreSessionButton"))->click();
        QVERIFY(!offer->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(second->currentId(), int(ImportWizard::ReviewPageId), 30000);
        QCOMPARE(second->session()->filePath(), file);
        QCOMPARE(second->session()->targets(), targets);
        auto *mappingAgain = qobject_cast<MappingPage *>(second->page(ImportWizard::MappingPageId))->mappingModel();
        QCOMPARE(mappingAgain->targets(), targets);
        QCOMPARE(second->session()->sourceTimeZone(), QStringLiteral("Europe/Berlin"));
        QVERIFY(second->session()->corrections()->hasCorrection(line, fixedColumn));
        // The fix is checked again with the file: no invalid phone left, and nothing to confirm.
        auto *reviewAgain = qobject_cast<ReviewPage *>(second->page(ImportWizard::ReviewPageId));
        QTRY_VERIFY_WITH_TIMEOUT(!reviewAgain->isChecking() && reviewAgain->report().rows == 24, 20000);
        QCOMPARE(reviewAgain->report().count(QStringLiteral("invalid_phone")), 0);
        QTRY_VERIFY_WITH_TIMEOUT(reviewAgain->isComplete(), 20000);

        // Discarding on purpose (Escape → Discard) removes it: the next start offers nothing.
        QTimer answer;
        answer.setInterval(10);
        connect(&answer, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                answer.stop();
                box->findChild<QAbstractButton *>(QStringLiteral("discardButton"))->click();
            }
        });
        answer.start();
        QTest::keyClick(second.get(), Qt::Key_Escape);
        QVERIFY(!second->isVisible());
        QVERIFY(!QFile::exists(SavedSession::defaultPath()));
        second.reset();
        auto third = startWizard();
        QVERIFY(!banner(*third)->isVisible());
    }

    void startFreshForgetsTheSavedSession()
    {
        {
            auto first = startWizard();
            QVERIFY(toMapping(*first));
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(SavedSession::defaultPath()), 5000);
        }   // destroyed without closing
        auto second = startWizard();
        RestoreSessionBanner *offer = banner(*second);
        QVERIFY(offer->isVisible());
        offer->findChild<QPushButton *>(QStringLiteral("startFreshButton"))->click();
        QVERIFY(!offer->isVisible());
        QVERIFY(!QFile::exists(SavedSession::defaultPath()));
        QCOMPARE(second->currentId(), int(ImportWizard::ConnectPageId));
        QVERIFY(second->session()->filePath().isEmpty());
    }

    void aMissingFileRestoresTheMappingAndSaysWhy()
    {
        SavedSession session;
        session.filePath = m_home.filePath(QStringLiteral("gone.csv"));
        session.page = ImportWizard::MappingPageId;
        session.savedAt = QDateTime::currentDateTimeUtc();
        QString error;
        QVERIFY(session.save(SavedSession::defaultPath(), &error));
        auto wizard = startWizard();
        banner(*wizard)->findChild<QPushButton *>(QStringLiteral("restoreSessionButton"))->click();
        // The File page shows the reason and stays; nothing is half restored.
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::FilePageId), 20000);
        QVERIFY(!wizard->currentPage()->isComplete());
        QVERIFY2(!wizard->currentPage()->findChild<QLabel *>(QStringLiteral("statusLabel"))->text().isEmpty(),
                 "the File page says why the file could not be read");
    }
};

QTEST_MAIN(TestSessionRestore)
#include "tst_session_restore.moc"
