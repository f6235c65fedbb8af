#include "api/local/SandboxLauncher.h"
#include "support/TestPaths.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

// The practice sandbox lives and dies with the wizard (docs/sandbox.md): killing the wizard with
// SIGKILL takes its sandbox along within 2 s, and a sandbox an earlier run left behind is found by
// its pid file and ended at the next start.
class TestSandboxLifetime : public QObject
{
    Q_OBJECT

    // Running and not a zombie (a container's init may reap late).
    static bool alive(qint64 pid)
    {
        if (pid <= 0 || ::kill(pid_t(pid), 0) != 0)
            return false;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return false;
        const QByteArray text = stat.readAll();
        const int close = text.lastIndexOf(')');
        return close < 0 || text.mid(close + 2, 1) != "Z";
    }

    static qint64 pidIn(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong() : 0;
    }

    static QString findPidFile(const QString &root)
    {
        QDirIterator it(root, {SandboxLauncher::pidFileName()}, QDir::Files, QDirIterator::Subdirectories);
        return it.hasNext() ? it.next() : QString();
    }

private slots:
    void killedWizardTakesItsSandboxAlong()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("MATEO_DATA_DIR"), home.filePath(QStringLiteral("journal")));
        env.insert(QStringLiteral("MATEO_SANDBOX_PROGRAM"), TestPaths::sandboxBinary());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("MATEO_API_KEY"));
        QProcess wizard;
        wizard.setProcessEnvironment(env);
        wizard.start(TestPaths::importBinary(), {});
        QVERIFY(wizard.waitForStarted(10000));

        QString pidFile;
        QTRY_VERIFY_WITH_TIMEOUT(!(pidFile = findPidFile(home.filePath(QStringLiteral("data")))).isEmpty(), 20000);
        qint64 sandbox = 0;
        QTRY_VERIFY_WITH_TIMEOUT(alive(sandbox = pidIn(pidFile)), 10000);

        ::kill(pid_t(wizard.processId()), SIGKILL);
        QVERIFY(wizard.waitForFinished(5000));
        QTRY_VERIFY_WITH_TIMEOUT(!alive(sandbox), 2000);
    }

    void staleSandboxIsEndedAtTheNextStart()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        // An orphan from an earlier run: started outside any launcher, named in the pid file.
        qint64 orphan = 0;
        QVERIFY(QProcess::startDetached(
            TestPaths::sandboxBinary(),
            {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), data.path()}, QString(),
            &orphan));
        QTRY_VERIFY_WITH_TIMEOUT(alive(orphan), 5000);
        QFile pid(data.filePath(SandboxLauncher::pidFileName()));
        QVERIFY(pid.open(QIODevice::WriteOnly));
        pid.write(QByteArray::number(orphan));
        pid.close();

        SandboxLauncher launcher;
        QSignalSpy ready(&launcher, &SandboxLauncher::ready);
        launcher.start(data.path());
        QTRY_VERIFY_WITH_TIMEOUT(!alive(orphan), 5000);
        launcher.stop();
        QVERIFY(!QFile::exists(data.filePath(SandboxLauncher::pidFileName())));
    }

    void aPidFileOfAnotherProgramEndsNothing()
    {
        QTemporaryDir data;
        QFile pid(data.filePath(SandboxLauncher::pidFileName()));
        QVERIFY(pid.open(QIODevice::WriteOnly));
        pid.write(QByteArray::number(QCoreApplication::applicationPid()));   // this test, not a sandbox
        pid.close();
        QVERIFY(!SandboxLauncher::endStale(data.path()));
        QVERIFY(alive(QCoreApplication::applicationPid()));
    }
};

QTEST_MAIN(TestSandboxLifetime)
#include "tst_sandbox_lifetime.moc"
