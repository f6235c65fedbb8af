#include "support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

// How mateo-import starts where it is installed: without a desktop session it says what to do instead
// of aborting, and a copy marked `.portable` keeps its journal and settings beside itself.
class TestStartup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QProcessEnvironment cleanEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "MATEO_DATA_DIR"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg-config")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return env;
    }

private slots:
    void wizardWithoutADisplaySaysSoAndExits2()
    {
        QProcess p;
        p.setProcessEnvironment(cleanEnvironment());
        p.start(TestPaths::importBinary(), {});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);   // no Qt abort
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError()).trimmed();
        QVERIFY2(!err.contains(QLatin1Char('\n')), qPrintable(err));   // one line
        QVERIFY2(err.contains(QLatin1String("desktop session")) && err.contains(QLatin1String("mateo-import --help")),
                 qPrintable(err));
    }

    void portableCopyKeepsItsJournalBesideItself()
    {
        // A copy of the program in its own folder, marked portable (as the Windows ZIP ships it).
        const QString folder = m_dir.filePath(QStringLiteral("portable"));
        QVERIFY(QDir().mkpath(folder));
        const QString program = QDir(folder).filePath(QStringLiteral("mateo-import"));
        QVERIFY(QFile::copy(TestPaths::importBinary(), program));
        QFile marker(QDir(folder).filePath(QStringLiteral(".portable")));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.close();

        QProcess p;
        p.setProcessEnvironment(cleanEnvironment());
        p.start(program, {QStringLiteral("status"), QStringLiteral("--all")});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));
        QVERIFY2(!QDir(QDir(folder).filePath(QStringLiteral("data"))).isEmpty(QDir::Files | QDir::NoDotAndDotDot),
                 "the journal is not in the portable folder");
        QVERIFY2(!QDir(m_dir.filePath(QStringLiteral("xdg-data"))).exists(), "the user's data folder was written");
    }
};

QTEST_GUILESS_MAIN(TestStartup)
#include "tst_startup.moc"
