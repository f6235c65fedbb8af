#include "core/mapping/MappingProfile.h"
#include "gui/widgets/ConsentValueDialog.h"
#include "gui/wizard/ImportWizard.h"
#include "support/TestPaths.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QWizardPage>

// Every control a keyboard or screen-reader user can reach has a name: its own accessible name,
// its text, or a buddy label (what QAccessible reports as the Name).
class TestAccessibleNames : public QObject
{
    Q_OBJECT

    static bool isInternal(const QWidget *w)
    {
        // Parts of composite controls are named through their owner (the spin box, the combo
        // box, the view); scroll bars and viewports are not focus targets.
        for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
            if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p) ||
                qobject_cast<const QAbstractItemView *>(p))
                return true;
        }
        return false;
    }

    static QStringList unnamed(QWidget *root)
    {
        QStringList missing;
        const QList<QWidget *> widgets = root->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            // A widget with a focus proxy hands the focus on; the proxy is checked itself.
            if (!(w->focusPolicy() & Qt::TabFocus) || w->focusProxy() || isInternal(w))
                continue;
            if (auto *bar = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < bar->count(); ++i) {
                    if (bar->tabText(i).isEmpty())
                        missing << QStringLiteral("tab %1 of %2").arg(i).arg(bar->parentWidget()->objectName());
                }
                continue;
            }
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
            if (name.isEmpty())
                missing << QStringLiteral("%1 \"%2\"")
                               .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
        }
        return missing;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("MATEO_SANDBOX_PROGRAM", TestPaths::sandboxBinary().toLocal8Bit());
    }

    void everyPageControlHasAName_data()
    {
        QTest::addColumn<int>("pageId");
        QTest::newRow("connect") << int(ImportWizard::ConnectPageId);
        QTest::newRow("file") << int(ImportWizard::FilePageId);
        QTest::newRow("mapping") << int(ImportWizard::MappingPageId);
        QTest::newRow("review") << int(ImportWizard::ReviewPageId);
        QTest::newRow("import") << int(ImportWizard::ImportPageId);
        QTest::newRow("results") << int(ImportWizard::ResultsPageId);
        QTest::newRow("history") << int(ImportWizard::HistoryPageId);
    }

    void everyPageControlHasAName()
    {
        QFETCH(int, pageId);
        ImportWizard wizard;
        QWizardPage *page = wizard.page(pageId);
        QVERIFY(page);
        const QStringList missing = unnamed(page);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("without a name: ") + missing.join(QStringLiteral(", "))));
    }

    void wizardButtonsHaveNames()
    {
        ImportWizard wizard;
        for (auto which : {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton,
                           QWizard::CancelButton}) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(wizard.button(which));
            QVERIFY(iface);
            QVERIFY2(!iface->text(QAccessible::Name).isEmpty(), qPrintable(QString::number(which)));
        }
    }

    void consentDialogControlsHaveNames()
    {
        MappingProfile profile;
        ColumnMapping column;
        column.header = QStringLiteral("Newsletter");
        column.target = QStringLiteral("channel:newsletter");
        profile.setColumns({column});
        ConsentValueDialog dialog(profile, nullptr, QStringLiteral("Newsletter"));
        const QStringList missing = unnamed(&dialog);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("without a name: ") + missing.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestAccessibleNames)
#include "tst_accessible_names.moc"
