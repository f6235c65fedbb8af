#include "core/Version.h"
#include "support/TestPaths.h"

#include <QProcess>
#include <QTest>

// The command line contract from docs/architecture.md: --version, --help, exit code 2 for usage errors.
class TestCliBasics : public QObject
{
    Q_OBJECT

private:
    static QProcess *runCli(const QStringList &args, const QString &lang = QString())
    {
        auto *p = new QProcess;
        if (!lang.isEmpty()) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("LC_ALL"));
            env.remove(QStringLiteral("LC_MESSAGES"));
            env.insert(QStringLiteral("LANG"), lang);
            p->setProcessEnvironment(env);
        }
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

    void messagesFollowLangAndTheLangOption()
    {
        // A German office worker's terminal (LANG=de_DE.UTF-8) gets German; --lang overrides LANG.
        std::unique_ptr<QProcess> german(runCli({QStringLiteral("frobnicate")}, QStringLiteral("de_DE.UTF-8")));
        const QString de = QString::fromUtf8(german->readAllStandardError());
        QVERIFY2(de.contains(QStringLiteral("unbekannter Befehl")), qPrintable(de));
        std::unique_ptr<QProcess> english(runCli(
            {QStringLiteral("status"), QStringLiteral("--frobnicate"), QStringLiteral("--lang"), QStringLiteral("en")},
            QStringLiteral("de_DE.UTF-8")));
        const QString en = QString::fromUtf8(english->readAllStandardError());
        QCOMPARE(english->exitCode(), 2);
        QVERIFY2(en.contains(QStringLiteral("unknown option --frobnicate")), qPrintable(en));
        std::unique_ptr<QProcess> option(
            runCli({QStringLiteral("status"), QStringLiteral("--frobnicate"), QStringLiteral("--lang=de")}));
        const QString optionDe = QString::fromUtf8(option->readAllStandardError());
        QVERIFY2(!optionDe.contains(QStringLiteral("unknown option")), qPrintable(optionDe));
    }
};

QTEST_GUILESS_MAIN(TestCliBasics)
#include "tst_cli_basics.moc"
