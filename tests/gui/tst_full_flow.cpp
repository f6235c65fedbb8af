#include "gui/models/ColumnMappingModel.h"
#include "gui/models/FailedRowModel.h"
#include "gui/models/IssueTableModel.h"
#include "gui/models/RecordTableModel.h"
#include "gui/support/SavedSession.h"
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

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The complete wizard, offscreen, against the real practice sandbox it starts itself: the practice
// sample is picked, mapped, the time zone warning shows and Europe/Berlin is chosen, the import
// runs, failed rows come back, are copied, fixed and re-imported with the same mapping — and the
// sandbox is asked what it stored.
class TestFullFlow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QNetworkAccessManager m_network;

    template<typename Page> static Page *page(ImportWizard &wizard, int id)
    {
        return qobject_cast<Page *>(wizard.page(id));
    }

    QJsonArray contacts(const QUrl &apiBase, const QString &query)
    {
        QUrl url = apiBase;
        url.setPath(url.path() + QStringLiteral("/contact_details"));
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer practice");
        QNetworkReply *reply = m_network.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).array();
    }

    static void nextWhenComplete(ImportWizard &wizard, int timeoutMs = 20000)
    {
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), timeoutMs);
        wizard.next();
    }

private slots:
    void initTestCase()
    {
        // A fresh home: the practice sandbox's data, the journal and the settings start empty.
        QVERIFY(m_home.isValid());
        TestHome::isolate(m_home, QStringLiteral("mateo-import-test"));
    }

    void practiceSampleToResultsAndFixedReimport()
    {
        ImportWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));

        // 1 Connect: practice is the default without a stored key.
        QCOMPARE(wizard.currentId(), int(ImportWizard::ConnectPageId));
        nextWhenComplete(wizard);

        // 2 File: the embedded German Excel export, read right (Windows-1252, ';').
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilePageId));
        auto *file = page<FilePage>(wizard, ImportWizard::FilePageId);
        QAbstractItemModelTester previewTester(file->previewModel(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        file->usePracticeSample();
        QTRY_VERIFY_WITH_TIMEOUT(file->isComplete(), 10000);
        QCOMPARE(file->previewModel()->rowCount(), 24);
        QCOMPARE(file->previewModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Kundennummer"));
        QCOMPARE(file->previewModel()->index(0, 2).data().toString(), QStringLiteral("Jürgen"));
        wizard.next();

        // 3 Mapping: suggestions plus the account's custom fields from GET /custom_field.
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
        ColumnMappingModel *mapping = page<MappingPage>(wizard, ImportWizard::MappingPageId)->mappingModel();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.session()->catalog().find(QStringLiteral("custom:last_contacted_at")), 10000);
        const QStringList targets = mapping->targets();
        QCOMPARE(targets.value(0), QStringLiteral("external_id"));
        QCOMPARE(targets.value(4), QStringLiteral("email"));
        QCOMPARE(targets.value(7), QStringLiteral("custom:last_contacted_at"));
        // The work so far is kept on disk in case the wizard dies (tests/gui/tst_session_restore.cpp) ...
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(SavedSession::defaultPath()), 5000);
        nextWhenComplete(wizard);

        // 4 Review: every "Letzter Kontakt" lacks a zone -> warning, Next blocked until a zone is chosen.
        QCOMPARE(wizard.currentId(), int(ImportWizard::ReviewPageId));
        auto *review = page<ReviewPage>(wizard, ImportWizard::ReviewPageId);
        QAbstractItemModelTester issueTester(review->issueModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(!review->isChecking() && review->report().rows == 24, 20000);
        QCOMPARE(review->report().count(QStringLiteral("naive_datetime")), 24);
        QVERIFY(!review->isComplete());
        review->findChild<TimeZonePicker *>()->setZone(QStringLiteral("Europe/Berlin"));
        QTRY_VERIFY_WITH_TIMEOUT(review->isComplete(), 20000);
        QCOMPARE(wizard.session()->profile().sourceTimeZone(), QStringLiteral("Europe/Berlin"));
        QCOMPARE(review->report().count(QStringLiteral("naive_datetime")), 0);
        // 31.03.2024 02:30 does not exist in Berlin (spring forward): line 9, handed back.
        QCOMPARE(review->report().count(QStringLiteral("nonexistent_local_time")), 1);
        QCOMPARE(review->report().count(QStringLiteral("invalid_phone")), 1);
        wizard.next();

        // 5 Import against the sandbox.
        QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPageId));
        auto *import = page<ImportPage>(wizard, ImportWizard::ImportPageId);
        QTRY_VERIFY_WITH_TIMEOUT(import->isComplete(), 60000);
        QVERIFY(!import->isRunning());
        // ... until the import holds it: the journal keeps the job, nothing is offered for restoring.
        QVERIFY(!QFile::exists(SavedSession::defaultPath()));
        wizard.next();

        // 6 Results: the invalid phone, the DST gap and the server's duplicate e-mail come back.
        QCOMPARE(wizard.currentId(), int(ImportWizard::ResultsPageId));
        auto *results = page<ResultsPage>(wizard, ImportWizard::ResultsPageId);
        QAbstractItemModelTester failedTester(results->failedModel(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<FailedRow> failed = results->failedModel()->rows();
        QCOMPARE(failed.size(), 3);
        QMap<qint64, QString> codeByLine;
        for (const FailedRow &row : failed)
            codeByLine.insert(row.line, row.code);
        QCOMPARE(codeByLine.value(9), QStringLiteral("nonexistent_local_time"));
        QCOMPARE(codeByLine.value(10), QStringLiteral("invalid_phone"));
        // The duplicate e-mail (line 17) is handed back before sending, as `run` does: the server
        // would reject one of the two contacts anyway.
        QCOMPARE(codeByLine.value(17), QStringLiteral("duplicate_identifier"));
        QCOMPARE(results->failedModel()->rows().first().cells.size(), 12);   // original cells kept

        // Copy for a support ticket: header + the selected rows, tab-separated.
        auto *view = results->findChild<QTableView *>(QStringLiteral("failedView"));
        view->selectAll();
        results->findChild<QAbstractButton *>(QStringLiteral("copyButton"))->click();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY(copied.startsWith(results->failedModel()->headerData(0, Qt::Horizontal).toString()));
        QVERIFY(copied.contains(QStringLiteral("12345")));

        // Export for fixing in Excel: original columns plus the error columns.
        const QString exportPath = m_home.filePath(QStringLiteral("failed.csv"));
        QSignalSpy exported(results, &ResultsPage::exported);
        results->exportTo(exportPath);
        QVERIFY(exported.wait(10000));
        QVERIFY(exported.first().at(1).toBool());
        QFile exportFile(exportPath);
        QVERIFY(exportFile.open(QIODevice::ReadOnly));
        const QString exportText = QString::fromUtf8(exportFile.readAll());
        QVERIFY(exportText.contains(QLatin1String("Kundennummer;")));
        QVERIFY(exportText.contains(QLatin1String("error_code")));
        QVERIFY(exportText.contains(QLatin1String("12345")));

        const QUrl api = wizard.session()->apiBaseUrl();
        QCOMPARE(contacts(api, QStringLiteral("select=external_id&limit=50")).size(), 21);
        const QJsonArray first = contacts(api, QStringLiteral("external_id=eq.10001"));
        QCOMPARE(first.size(), 1);
        const QString stored = QString::fromUtf8(
            QJsonDocument(first.first().toObject()).toJson(QJsonDocument::Compact));
        // 12.03.2024 09:15 in Berlin is 08:15 UTC (winter time, +01:00), not 09:15 UTC.
        QVERIFY2(stored.contains(QLatin1String("2024-03-12T08:15:00")), qPrintable(stored));

        // The user fixes the three rows (in Excel) and imports the fixed file with the same mapping.
        const QString fixed = m_home.filePath(QStringLiteral("kunden-fixed.csv"));
        {
            QFile out(fixed);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QStringEncoder toLatin(QStringConverter::Latin1);
            out.write(toLatin(QStringLiteral("Kundennummer;Anrede;Vorname;Nachname;E-Mail;Mobil;Geburtstag;Letzter "
                                             "Kontakt;PLZ;Ort;Newsletter;Umsatz 2024\r\n"
                                             "10008;Frau;Petra;Richter;petra.richter@example.de;0157 "
                                             "12345678;28.02.1988;31.03.2024 03:30;04109;Leipzig;ja;77,50\r\n"
                                             "10009;Herr;Andreas;Wolf;andreas.wolf@example.de;0171 "
                                             "7654321;11.06.1966;02.04.2024 15:00;01067;Dresden;ja;\r\n"
                                             "10016;Frau;Birgit;Hofmann;birgit.hofmann@example.de;0151 "
                                             "99887766;16.12.1977;19.04.2024 11:45;55116;Mainz;ja;\r\n")));
        }
        // Meanwhile the window's mapping changed (another file, or this job opened from History):
        // the fixed file is still mapped as the job was.
        MappingProfile other = wizard.session()->profile();
        QList<ColumnMapping> otherColumns = other.columns();
        for (ColumnMapping &c : otherColumns) {
            if (c.target == QLatin1String("custom:last_contacted_at"))
                c.target.clear();
        }
        other.setColumns(otherColumns);
        wizard.session()->setProfile(other);
        results->reimport(fixed);
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilePageId));
        QTRY_VERIFY_WITH_TIMEOUT(file->isComplete() && wizard.session()->filePath() == fixed, 10000);
        wizard.next();
        QCOMPARE(mapping->targets().value(7), QStringLiteral("custom:last_contacted_at"));   // same mapping
        nextWhenComplete(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(!review->isChecking() && review->report().rows == 3, 20000);
        QCOMPARE(review->report().validRows, 3);
        nextWhenComplete(wizard);   // the zone stays confirmed: no new warning
        QTRY_VERIFY_WITH_TIMEOUT(import->isComplete(), 60000);
        wizard.next();
        QCOMPARE(results->failedModel()->rowCount(), 0);

        QCOMPARE(contacts(api, QStringLiteral("select=external_id&limit=50")).size(), 24);
        const QJsonArray wolf = contacts(api, QStringLiteral("external_id=eq.10009"));
        QCOMPARE(wolf.size(), 1);
        QVERIFY(QJsonDocument(wolf.first().toObject()).toJson().contains("+491717654321"));
        const QJsonArray richter = contacts(api, QStringLiteral("external_id=eq.10008"));
        QCOMPARE(richter.size(), 1);
        // 03:30 in Berlin on the day of the switch is 01:30 UTC (the sandbox stores UTC).
        QVERIFY2(QJsonDocument(richter.first().toObject()).toJson().contains("2024-03-31T01:30:00"),
                 QJsonDocument(richter.first().toObject()).toJson().constData());
    }
};

QTEST_MAIN(TestFullFlow)
#include "tst_full_flow.moc"
