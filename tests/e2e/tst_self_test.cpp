#include "support/TestPaths.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// `mateo-import --self-test`: what a packager or a support call runs to see whether an installed copy
// works. It needs no display, prints one line per check and says by its exit code whether all passed.
class TestSelfTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    QProcessEnvironment withoutDisplay() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "MATEO_SANDBOX_PROGRAM"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("HOME"), m_home.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return env;
    }

private slots:
    void everyCheckPassesWithoutADisplay()
    {
        QProcess p;
        p.setProcessEnvironment(withoutDisplay());
        p.start(TestPaths::importBinary(), {QStringLiteral("--self-test")});
        QVERIFY(p.waitForFinished(120000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitCode() == 0, qPrintable(out + QString::fromUtf8(p.readAllStandardError())));
        // One line per check, each passed; the named pieces are all there.
        static const QRegularExpression checkLine(QStringLiteral("^(ok|FAIL) +[^:]+: .+$"),
                                                  QRegularExpression::MultilineOption);
        int lines = 0;
        for (auto it = checkLine.globalMatch(out); it.hasNext(); it.next())
            ++lines;
        QCOMPARE(lines, 8);
        QVERIFY(!out.contains(QLatin1String("FAIL")));
        for (const char *piece :
             {"offscreen", "QSQLITE", "+4915123456789", "WINDOWS-1252", "Kontakte", "de, en", "mateo-sandbox"})
            QVERIFY2(out.contains(QLatin1String(piece)), piece);
    }

    void aMissingSandboxFailsWithExitCode1()
    {
        QProcessEnvironment env = withoutDisplay();
        env.insert(QStringLiteral("MATEO_SANDBOX_PROGRAM"), m_home.filePath(QStringLiteral("no-such-sandbox")));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(TestPaths::importBinary(), {QStringLiteral("--self-test")});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 1);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(out.contains(QLatin1String("FAIL")) && out.contains(QLatin1String("no-such-sandbox")),
                 qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestSelfTest)
#include "tst_self_test.moc"
