#include "app/selftest/PlatformPluginCheck.h"

#include <QApplication>
#include <QProcess>
#include <QTextStream>
#include <QWidget>

QString PlatformPluginCheck::name() const
{
    return tr("Qt platform plugin");
}

SelfCheck::Outcome PlatformPluginCheck::run()
{
    QProcess probe;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    probe.setProcessEnvironment(environment);
    probe.start(QCoreApplication::applicationFilePath(), {QLatin1String(probeArgument)});
    if (!probe.waitForFinished(30000)) {
        probe.kill();
        probe.waitForFinished(1000);
        return fail(tr("the probe did not finish: %1").arg(probe.errorString()));
    }
    const QString platform = QString::fromLocal8Bit(probe.readAllStandardOutput()).trimmed();
    if (probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0 || platform.isEmpty()) {
        const QStringList lines =
            QString::fromLocal8Bit(probe.readAllStandardError()).trimmed().split(QLatin1Char('\n'));
        return fail(tr("offscreen did not load: %1").arg(lines.value(0)));
    }
    return pass(platform);
}

int PlatformPluginCheck::runProbe(int argc, char **argv)
{
    QApplication app(argc, argv);
    QWidget window;   // a window really needs the platform's backing store
    window.resize(64, 64);
    window.show();
    QCoreApplication::processEvents();
    QTextStream(stdout) << QGuiApplication::platformName() << Qt::endl;
    return 0;
}
