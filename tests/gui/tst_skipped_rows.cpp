#include "core/mapping/MappingProfile.h"
#include "gui/models/FailedRowModel.h"
#include "gui/wizard/FilePage.h"
#include "gui/wizard/ImportPage.h"
#include "gui/wizard/ResultsPage.h"
#include "gui/wizard/ReviewPage.h"
#include "gui/wizard/WizardSession.h"
#include "support/SandboxHttp.h"
#include "support/SandboxProcess.h"
#include "support/TestHome.h"

#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The wizard accounts for every row too: with a mapping of only the name, the two rows whose name is
// empty have nothing to send. Review counts them as skipped (not valid, not errors), the import sends
// the other two, and Results counts the two skipped rows and lists them, with their lines, among the
// rows handed back. Before, they vanished: Review said "4 can be imported" and Results "Nothing to fix".
class TestSkippedRows : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        TestHome::isolate(m_home, QStringLiteral("mateo-import-skipped-rows-test"));
    }

    void reviewAndResultsCountTheSkippedRows()
    {
        SandboxProcess sandbox(
            {QStringLiteral("--test-controls"), QStringLiteral("--processing-ms-per-row"), QStringLiteral("0")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        const QString file = m_home.filePath(QStringLiteral("four.csv"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Kundennr.;E-Mail;Name\r\nK1;a@example.com;Anna\r\nK2;b@example.com;\r\n"
                    "K3;c@example.com;Carl\r\nK4;d@example.com;\r\n");
        }
        WizardSession session;
        session.setConnection(WizardSession::Mode::Hellomateo, sandbox.apiUrl(), sandbox.apiKey());
        FilePage filePage(&session);
        QSignalSpy opened(&filePage, &FilePage::fileOpened);
        filePage.openFile(file);
        QVERIFY(opened.wait(20000));
        MappingProfile nameOnly;
        QVERIFY(MappingProfile::fromJson(R"({"version": 1, "columns": [{"header": "Name", "target": "full_name"}]})",
                                         &nameOnly, nullptr));
        session.setProfile(nameOnly);

        ReviewPage review(&session);
        QSignalSpy checked(&review, &ReviewPage::validationFinished);
        review.initializePage();
        QVERIFY(checked.wait(20000));
        QCOMPARE(review.report().skippedRows, 2);
        QCOMPARE(review.report().validRows, 2);
        const QString counts = review.findChild<QLabel *>(QStringLiteral("countsLabel"))->text();
        // The English plural forms come from the .qm the app loads; here the source text shows.
        QVERIFY2(counts.contains(QLatin1String("2 can be imported")) &&
                     counts.contains(QLatin1String("0 with errors")) &&
                     counts.contains(QLatin1String("2 skipped (nothing to send)")),
                 qPrintable(counts));
        QVERIFY(review.isComplete());   // the two rows with a name can still be imported

        ImportPage import(&session);
        QSignalSpy finished(&import, &ImportPage::importFinished);
        import.initializePage();
        QVERIFY(finished.wait(60000));
        SandboxHttp http(sandbox);
        QVERIFY(http.waitIdle());
        QCOMPARE(http.stats().value(QLatin1String("rows_total")).toInteger(), 2);

        ResultsPage results(&session);
        results.initializePage();
        const QString totals = results.findChild<QLabel *>(QStringLiteral("totalsLabel"))->text();
        QVERIFY2(totals.contains(QLatin1String("2 row(s) skipped")), qPrintable(totals));
        QVERIFY2(!totals.contains(QLatin1String("Nothing to fix")), qPrintable(totals));
        const QAbstractItemModel *failed = results.findChild<QTableView *>(QStringLiteral("failedView"))->model();
        QCOMPARE(failed->rowCount(), 2);
        QList<int> lines;
        for (int row = 0; row < failed->rowCount(); ++row)
            lines << failed->index(row, FailedRowModel::LineColumn).data().toInt();
        std::sort(lines.begin(), lines.end());
        QCOMPARE(lines, (QList<int>{3, 5}));
        for (int row = 0; row < failed->rowCount(); ++row) {
            const QString problem = failed->index(row, FailedRowModel::ProblemColumn).data().toString();
            QVERIFY2(problem.contains(QLatin1String("Nothing to send")), qPrintable(problem));
        }
    }
};

QTEST_MAIN(TestSkippedRows)
#include "tst_skipped_rows.moc"
