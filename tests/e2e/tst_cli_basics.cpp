#include "core/Version.h"
#include "support/TestPaths.h"

#include <QProcess>
#include <QTest>

// The command line contract from docs/architecture.md: --version, --help, exit code 2 for usage errors.
class TestCliBasics : public QObject
{
    Q_OBJECT

private:
    static QProcess *runCli(const QStringList &args)
    {
        auto *p = new QProcess;
        p->start(TestPaths::importBinary(), args);
        if (!p->waitForFinished(30000))
            qFatal("mateo-import did not finish");
        return p;
    }

private slots:
    void versionPrintsTheVersion()
    {
        std::unique_ptr<QProcess> p(runCli({QStringLiteral("--version")}));
        QCOMPARE(p->exitCode(), 0);
        QCOMPARE(QString::fromUtf8(p->readAllStandardOutput()).trimmed(),
                 QStringLiteral("mateo-import " MATEO_VERSION));
    }

    void helpListsEveryCommand()
    {
        std::unique_ptr<QProcess> p(runCli({QStringLiteral("--help")}));
        QCOMPARE(p->exitCode(), 0);
        const QString out = QString::fromUtf8(p->readAllStandardOutput());
        for (const char *command : {"inspect", "validate", "convert", "run", "resume", "status"})
            QVERIFY2(out.contains(QLatin1String(command)), command);
    }

    void unknownCommandIsAUsageError()
    {
        std::unique_ptr<QProcess> p(runCli({QStringLiteral("frobnicate")}));
        QCOMPARE(p->exitCode(), 2);
        const QString err = QString::fromUtf8(p->readAllStandardError());
        QVERIFY(err.contains(QLatin1String("frobnicate")));
        QVERIFY(err.contains(QLatin1String("--help")));   // says what to do next
    }
};

QTEST_GUILESS_MAIN(TestCliBasics)
#include "tst_cli_basics.moc"
