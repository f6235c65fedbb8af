#include "gui/models/ColumnMappingModel.h"
#include "gui/models/FailedRowModel.h"
#include "gui/widgets/AccountCheckPanel.h"
#include "gui/widgets/TimeZonePicker.h"
#include "gui/wizard/FilePage.h"
#include "gui/wizard/ImportPage.h"
#include "gui/wizard/ImportWizard.h"
#include "gui/wizard/MappingPage.h"
#include "gui/wizard/ResultsPage.h"
#include "gui/wizard/ReviewPage.h"
#include "gui/wizard/WizardSession.h"
#include "support/TestHome.h"
#include "support/TestPaths.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

// The Review page's "Before you send" against the practice sandbox the wizard starts itself
// (docs/engine.md "Preflight", "Preview", "Import modes"): a mapping to a custom field the account
// lacks is shown in the CLI's words and keeps Import off until it is changed; the preview shows its
// cost first and then its counts; a mode that needs the preview waits for it, and the import then
// sends exactly the rows the preview chose.
class TestReviewAccount : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QNetworkAccessManager m_network;
    QTranslator m_translator;
    bool m_english = true;   // the texts checked word for word are the English ones

    template<typename Page> static Page *page(ImportWizard &wizard, int id)
    {
        return qobject_cast<Page *>(wizard.page(id));
    }

    static void nextWhenComplete(ImportWizard &wizard, int timeoutMs = 20000)
    {
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), timeoutMs);
        wizard.next();
    }

    QJsonArray contacts(const QUrl &apiBase)
    {
        QUrl url = apiBase;
        url.setPath(url.path() + QStringLiteral("/contact_details"));
        url.setQuery(QStringLiteral("select=id"));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer practice");
        QNetworkReply *reply = m_network.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).array();
    }

    // With MATEO_TEST_SCREENSHOT_DIR set (under Xvfb), the window as it looks now.
    static void shoot(ImportWizard &wizard, const QString &name)
    {
        const QString dir = qEnvironmentVariable("MATEO_TEST_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(300);   // let the layout settle before the grab
        wizard.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        TestHome::isolate(m_home, QStringLiteral("mateo-import-test"));
        // Screenshots in German (MATEO_TEST_LANG=de): the built translation beside the program.
        const QString lang = qEnvironmentVariable("MATEO_TEST_LANG");
        if (!lang.isEmpty()) {
            const QString qm =
                QFileInfo(TestPaths::importBinary()).dir().filePath(QStringLiteral("mateo-import_%1.qm").arg(lang));
            QVERIFY(m_translator.load(qm));
            QCoreApplication::installTranslator(&m_translator);
            m_english = lang == QLatin1String("en");
            QLocale::setDefault(QLocale(lang));   // numbers as the program shows them in that language
        }
    }

    void preflightPreviewAndModeOnReview()
    {
        ImportWizard wizard;
        wizard.resize(1280, 900);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        nextWhenComplete(wizard);   // practice

        auto *file = page<FilePage>(wizard, ImportWizard::FilePageId);
        file->usePracticeSample();
        QTRY_VERIFY_WITH_TIMEOUT(file->isComplete(), 10000);
        // A profile saved for another account: "Anrede" goes to a custom field this one lacks.
        MappingProfile profile = wizard.session()->profile();
        ColumnMapping anrede;
        anrede.header = QStringLiteral("Anrede");
        anrede.target = QStringLiteral("custom:customer_status");
        profile.setColumns({anrede});
        wizard.session()->setProfile(profile);
        wizard.next();

        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
        auto *mapping = page<MappingPage>(wizard, ImportWizard::MappingPageId)->mappingModel();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.session()->catalog().find(QStringLiteral("custom:last_contacted_at")), 10000);
        QCOMPARE(mapping->targets().value(1), QStringLiteral("custom:customer_status"));
        nextWhenComplete(wizard);

        auto *review = page<ReviewPage>(wizard, ImportWizard::ReviewPageId);
        AccountCheckPanel *account = review->accountCheck();
        QTRY_VERIFY_WITH_TIMEOUT(!review->isChecking(), 20000);
        review->findChild<TimeZonePicker *>()->setZone(QStringLiteral("Europe/Berlin"));
        QTRY_VERIFY_WITH_TIMEOUT(account->blocksImport(), 10000);
        QCOMPARE(account->problems().size(), 1);
        // The CLI's words (mateo-import run prints the same line).
        const QString line = account->problems().first().line();
        QVERIFY2(!m_english || line.startsWith(QLatin1String(
                                   "Column \"Anrede\" -> custom:customer_status: the account has no custom "
                                   "field \"customer_status\". Create the field in Hellomateo")),
                 qPrintable(line));
        bool shown = false;
        for (QLabel *label : account->findChildren<QLabel *>())
            shown = shown || (label->isVisible() && label->text().contains(line));
        QVERIFY(shown);
        QTest::qWait(500);
        QVERIFY(!review->isComplete());   // Import stays off
        QVERIFY(!account->previewButton()->isEnabled());
        shoot(wizard, QStringLiteral("review-problem"));

        // Fixed on the Mapping page: the check passes, Import is possible.
        wizard.back();
        mapping->setTarget(1, QStringLiteral("salutation"));
        nextWhenComplete(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(!review->isChecking(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(review->isComplete(), 20000);
        QVERIFY(!account->blocksImport());

        // Update only: needs the preview, so Import waits for it.
        auto *mode = account->findChild<QComboBox *>(QStringLiteral("importMode"));
        mode->setCurrentIndex(2);
        QCOMPARE(wizard.session()->importMode().kind, ImportMode::Kind::UpdateOnly);
        QVERIFY(!review->isComplete());
        // First click: the cost, nothing sent yet. Second click: the lookups.
        const qint64 contactsBefore = contacts(wizard.session()->apiBaseUrl()).size();
        account->previewButton()->click();
        QLabel *cost = account->findChild<QLabel *>(QStringLiteral("previewCost"));
        QTRY_VERIFY_WITH_TIMEOUT(!cost->text().isEmpty(), 20000);
        QVERIFY(!m_english || cost->text().contains(QLatin1String("request")));
        QVERIFY(!wizard.session()->preview());
        account->previewButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.session()->preview() != nullptr, 20000);
        const PreviewResult preview = *wizard.session()->preview();
        QVERIFY(preview.complete);
        QVERIFY(preview.sendable > 0);
        QCOMPARE(preview.count(RowPrediction::Kind::New), preview.sendable - contactsBefore);
        const QString counts = account->findChild<QLabel *>(QStringLiteral("previewResult"))->text();
        QVERIFY2(!m_english ||
                     counts.contains(QStringLiteral("%1 new contact").arg(preview.count(RowPrediction::Kind::New))),
                 qPrintable(counts));
        QTRY_VERIFY_WITH_TIMEOUT(review->isComplete(), 5000);
        shoot(wizard, QStringLiteral("review-preview"));

        // Import: update only sends none of the new contacts; each comes back with its reason.
        wizard.next();
        auto *import = page<ImportPage>(wizard, ImportWizard::ImportPageId);
        QTRY_VERIFY_WITH_TIMEOUT(import->isComplete(), 60000);
        QCOMPARE(contacts(wizard.session()->apiBaseUrl()).size(), contactsBefore);
        wizard.next();
        auto *results = page<ResultsPage>(wizard, ImportWizard::ResultsPageId);
        int keptBack = 0;
        for (const FailedRow &row : results->failedModel()->rows())
            keptBack += row.code == QLatin1String("skipped_new") ? 1 : 0;
        QCOMPARE(keptBack, int(preview.count(RowPrediction::Kind::New)));
    }
};

QTEST_MAIN(TestReviewAccount)
#include "tst_review_account.moc"
