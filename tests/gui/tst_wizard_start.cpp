#include "gui/wizard/ImportWizard.h"
#include "support/TestPaths.h"

#include <QIcon>
#include <QStandardPaths>
#include <QTest>
#include <QWizardPage>

// With nothing configured, the wizard opens on the Connect page and the practice sandbox
// starts, so the first page becomes complete without an account.
class TestWizardStart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("MATEO_SANDBOX_PROGRAM", TestPaths::sandboxBinary().toLocal8Bit());
    }

    void opensOnConnectAndPracticeBecomesReady()
    {
        ImportWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(ImportWizard::ConnectPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 15000);
    }

    void windowIconNeedsNoSvgPlugin()
    {
        // The .deb does not depend on Qt's SVG plugin: the title bar and task bar must get bitmaps.
        ImportWizard wizard;
        const QList<QSize> sizes = wizard.windowIcon().availableSizes();
        QVERIFY2(sizes.contains(QSize(48, 48)) && sizes.contains(QSize(256, 256)),
                 "the window icon has no bitmap sizes (it would be blank without the SVG plugin)");
    }
};

QTEST_MAIN(TestWizardStart)
#include "tst_wizard_start.moc"
