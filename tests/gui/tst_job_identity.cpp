#include "api/http/UrlPolicy.h"
#include "core/failedrows/FailedRowsExport.h"
#include "core/journal/ImportJournal.h"
#include "core/mapping/MappingProfile.h"
#include "gui/wizard/FilePage.h"
#include "gui/wizard/ImportPage.h"
#include "gui/wizard/ResultsPage.h"
#include "gui/wizard/WizardSession.h"
#include "support/SandboxProcess.h"
#include "support/TestHome.h"
#include "support/TestPaths.h"

#include <QComboBox>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

// One way to prepare a job (docs/engine.md): the wizard's Import page and `mateo-import run` journal
// byte-identical jobs for the same file and profile — description, batches (payload bytes, lines,
// original cells), rows refused before sending — and their failed-rows exports are the same bytes.
// Each side imports into its own fresh sandbox, so the server's answers are the same too.
class TestJobIdentity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    static QString write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QString profile(const QString &path, const QList<QPair<QString, QString>> &columns,
                           const QString &sheet = QString())
    {
        MappingProfile p;
        if (!sheet.isEmpty()) {
            ReadOptions options;
            options.sheet = sheet;
            p.setReadOptions(options);
        }
        QList<ColumnMapping> list;
        for (const auto &c : columns) {
            ColumnMapping m;
            m.header = c.first;
            m.target = c.second;
            list << m;
        }
        p.setColumns(list);
        p.setBatchSize(3);   // several batches from a few rows
        QString error;
        if (!p.save(path, &error))
            qFatal("%s", qPrintable(error));
        return path;
    }

    // Everything of a job but its id, dates, destination port and the server's answers.
    static QByteArray dump(ImportJournal &journal, const JournalJob &job)
    {
        QByteArray out;
        auto line = [&](const QString &text) { out += text.toUtf8() + '\n'; };
        line(QStringLiteral("source %1 %2 %3").arg(job.source.path).arg(job.source.size).arg(job.source.sha256));
        line(QStringLiteral("headers %1").arg(job.headers.join(QLatin1Char('|'))));
        line(QStringLiteral("encoding %1 delimiter [%2] bom %3").arg(job.encoding, job.delimiter).arg(job.bom));
        line(QStringLiteral("profile %1").arg(QString::fromUtf8(job.profileJson)));
        line(QStringLiteral("batchSize %1 total %2 invalid %3")
                 .arg(job.batchSize)
                 .arg(job.totalRows)
                 .arg(job.invalidRows));
        line(QStringLiteral("type %1 list %2").arg(job.importType, job.contactListId));
        for (const JournalBatch &b : journal.batches(job.id)) {
            line(QStringLiteral("batch %1 %2 %3")
                     .arg(b.sequence)
                     .arg(BatchStates::toString(b.state))
                     .arg(b.parentId != 0));
            line(QStringLiteral("  ref %1").arg(b.referenceId.mid(job.id.size())));
            line(QStringLiteral("  hash %1").arg(QString::fromLatin1(b.payloadHash)));
            out += "  payload " + journal.payload(b.id) + '\n';
            QStringList lines;
            for (qint64 l : b.lines)
                lines << QString::number(l);
            line(QStringLiteral("  lines %1").arg(lines.join(QLatin1Char(','))));
            for (const QStringList &cells : journal.cells(b.id))
                line(QStringLiteral("  cells %1").arg(cells.join(QLatin1Char('|'))));
        }
        for (const FailedRow &f : journal.failedRows(job.id))
            line(QStringLiteral("failed %1 %2 %3 %4")
                     .arg(f.line)
                     .arg(f.code, f.message, f.cells.join(QLatin1Char('|'))));
        return out;
    }

    // `mateo-import run` into its own sandbox and journal; returns the journal folder.
    static bool runCli(const QString &file, const QString &profilePath, const QString &dataDir,
                       const QString &failedRows)
    {
        SandboxProcess sandbox;
        if (!sandbox.start())
            return false;
        QProcess run;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MATEO_API_KEY"), sandbox.apiKey());
        run.setProcessEnvironment(env);
        run.start(TestPaths::importBinary(),
                  {QStringLiteral("run"), file, QStringLiteral("--profile"), profilePath, QStringLiteral("--api-url"),
                   sandbox.apiUrl().toString(), QStringLiteral("--data"), dataDir, QStringLiteral("--poll-interval"),
                   QStringLiteral("20"), QStringLiteral("--failed-rows"), failedRows});
        if (!run.waitForFinished(60000))
            return false;
        const int code = run.exitCode();
        if (code != 0 && code != 1)
            qWarning("run: %d %s", code, run.readAllStandardError().constData());
        return code == 0 || code == 1;
    }

    // The wizard's File page reads the file, its Import page prepares and sends the job, its Results
    // page exports the failed rows.
    static bool runWizard(const QString &file, const QString &profilePath, const QString &failedRows, QString *jobId)
    {
        SandboxProcess sandbox;
        if (!sandbox.start())
            return false;
        WizardSession session;
        if (!session.setConnection(WizardSession::Mode::Hellomateo, sandbox.apiUrl(), sandbox.apiKey()).isEmpty())
            return false;
        FilePage filePage(&session);
        QSignalSpy opened(&filePage, &FilePage::fileOpened);
        filePage.openFile(file);
        if (!opened.wait(20000))
            return false;
        MappingProfile profile;
        QString error;
        if (!MappingProfile::load(profilePath, &profile, &error))
            return false;
        if (!profile.readOptions().sheet.isEmpty()) {
            // The user picks the profile's sheet on the File page, as `run` reads it from the profile.
            auto *sheets = filePage.findChild<QComboBox *>(QStringLiteral("sheetCombo"));
            sheets->setCurrentText(profile.readOptions().sheet);
            emit sheets->activated(sheets->currentIndex());
            if (!opened.wait(20000))
                return false;
        }
        session.setProfile(profile);
        ImportPage importPage(&session);
        QSignalSpy finished(&importPage, &ImportPage::importFinished);
        importPage.initializePage();
        if (!finished.wait(60000))
            return false;
        *jobId = session.jobId();
        ResultsPage results(&session);
        results.initializePage();
        QSignalSpy exported(&results, &ResultsPage::exported);
        results.exportTo(failedRows);
        return exported.wait(20000) || QFile::exists(failedRows);
    }

    void compare(const QString &file, const QString &profilePath)
    {
        const QString tag = QFileInfo(file).completeBaseName();
        const QString cliData = m_home.filePath(tag + QStringLiteral("-cli"));
        const QString cliFailed = m_home.filePath(tag + QStringLiteral("-cli.failed.csv"));
        const QString guiFailed = m_home.filePath(tag + QStringLiteral("-gui.failed.csv"));
        QVERIFY(runCli(file, profilePath, cliData, cliFailed));
        QString guiJob;
        QVERIFY(runWizard(file, profilePath, guiFailed, &guiJob));
        QVERIFY(!guiJob.isEmpty());

        ImportJournal cliJournal(cliData);
        QVERIFY(cliJournal.open());
        const QList<JournalJob> cliJobs = cliJournal.jobs(false);
        QCOMPARE(cliJobs.size(), 1);
        ImportJournal guiJournal;   // the wizard's: MATEO_DATA_DIR of the test home
        QVERIFY(guiJournal.open());
        const auto gui = guiJournal.job(guiJob);
        QVERIFY(gui);
        const QByteArray cliDump = dump(cliJournal, cliJobs.first());
        const QByteArray guiDump = dump(guiJournal, *gui);
        QCOMPARE(guiDump, cliDump);
        QVERIFY2(cliDump.contains("batch 1"), cliDump.constData());   // batches were compared

        if (!QFile::exists(cliFailed)) {   // nothing failed: `run` writes no file
            QVERIFY(!cliDump.contains("\nfailed "));
            return;
        }
        QFile cliExport(cliFailed), guiExport(guiFailed);
        QVERIFY2(cliExport.open(QIODevice::ReadOnly), qPrintable(cliFailed));
        QVERIFY2(guiExport.open(QIODevice::ReadOnly), qPrintable(guiFailed));
        const QByteArray cliBytes = cliExport.readAll();
        QVERIFY(cliBytes.contains("error_code"));
        QCOMPARE(guiExport.readAll(), cliBytes);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        TestHome::isolate(m_home, QStringLiteral("mateo-import-test"));
    }

    void commaCsv()
    {
        const QString file = write(m_home.filePath(QStringLiteral("comma.csv")),
                                   "Nr,First,Mail\n1,Anna,anna@example.com\n2,Bernd,not-an-address\n"
                                   "3,Clara,clara@example.com\n4,Dora,anna@example.com\n5,Emil,emil@example.com\n"
                                   "6,Frieda,frieda@example.com\n7,Gustav,gustav@example.com\n");
        compare(file, profile(m_home.filePath(QStringLiteral("comma.json")),
                              {{QStringLiteral("Nr"), QStringLiteral("external_id")},
                               {QStringLiteral("First"), QStringLiteral("full_name")},
                               {QStringLiteral("Mail"), QStringLiteral("email")}}));
    }

    void semicolonWindows1252Csv()
    {
        QStringEncoder latin(QStringConverter::Latin1);
        const QByteArray bytes = latin(
            QStringLiteral("Kundennummer;Vorname;E-Mail\r\n10;Jürgen;j@example.de\r\n"
                           "11;Käthe;kaputt\r\n12;Ömer;o@example.de\r\n13;Ülla;u@example.de\r\n"
                           "14;Anna;=cmd@example.de\r\n15;Bea;b@example.de\r\n"));
        const QString file = write(m_home.filePath(QStringLiteral("semicolon.csv")), bytes);
        compare(file, profile(m_home.filePath(QStringLiteral("semicolon.json")),
                              {{QStringLiteral("Kundennummer"), QStringLiteral("external_id")},
                               {QStringLiteral("Vorname"), QStringLiteral("full_name")},
                               {QStringLiteral("E-Mail"), QStringLiteral("email")}}));
    }

    void xlsxWorkbook()
    {
        // An .xlsx has no delimiter: both export its failed rows with ';' (German Excel).
        const QString file = m_home.filePath(QStringLiteral("workbook.xlsx"));
        QVERIFY(QFile::copy(TestPaths::data(QStringLiteral("contacts.xlsx")), file));
        compare(file, profile(m_home.filePath(QStringLiteral("workbook.json")),
                              {{QStringLiteral("Kundennr."), QStringLiteral("external_id")},
                               {QStringLiteral("E-Mail"), QStringLiteral("email")}},
                              QStringLiteral("Kontakte")));
    }

    void failedRowsExportReimported()
    {
        // A failed-rows export imported again: the guard is stripped and the error columns hidden on both sides.
        const QStringList headers{QStringLiteral("Nr"), QStringLiteral("Mail")};
        QList<FailedRow> rows;
        for (int i = 1; i <= 7; ++i) {
            FailedRow f;
            f.line = i + 1;
            f.cells = QStringList{QString::number(i),
                                  i == 3 ? QStringLiteral("-broken") : QStringLiteral("p%1@example.com").arg(i)};
            f.code = QStringLiteral("invalid_email");
            f.message = QStringLiteral("x");
            rows << f;
        }
        const QString file = m_home.filePath(QStringLiteral("export.failed-rows.csv"));
        QString error;
        QVERIFY2(FailedRowsExport::write(file, headers, rows, FailedRowsExport::Options(), &error), qPrintable(error));
        compare(file, profile(m_home.filePath(QStringLiteral("export.json")),
                              {{QStringLiteral("Nr"), QStringLiteral("external_id")},
                               {QStringLiteral("Mail"), QStringLiteral("email")}}));
    }
};

QTEST_MAIN(TestJobIdentity)
#include "tst_job_identity.moc"
