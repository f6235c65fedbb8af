#include "app/AppTranslations.h"
#include "app/cli/CommandLineInterface.h"
#include "app/cli/ExitCode.h"
#include "app/selftest/PlatformPluginCheck.h"
#include "app/selftest/SelfTest.h"
#include "app/startup/DesktopSession.h"
#include "app/startup/PortableMode.h"
#include "core/Version.h"
#include "gui/support/PaletteContrast.h"
#include "gui/wizard/ImportWizard.h"
#include "gui/wizard/ScreenshotTour.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>

namespace {

QString languageOverride(const QStringList &arguments)
{
    const int i = arguments.indexOf(QStringLiteral("--lang"));
    if (i >= 0)
        return arguments.value(i + 1);
    for (const QString &a : arguments) {
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return QString();
}

QStringList argumentList(int argc, char **argv)
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list << QString::fromLocal8Bit(argv[i]);
    return list;
}

}

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Hellomateo"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("getmateo.com"));
    QCoreApplication::setApplicationName(QStringLiteral(MATEO_APP_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(MATEO_VERSION));

    const QStringList arguments = argumentList(argc, argv);
    const QString first = arguments.value(1);
    if (first == QLatin1String(PlatformPluginCheck::probeArgument))
        return PlatformPluginCheck::runProbe(argc, argv);   // the self-test's child process
    if (first == QLatin1String("--self-test")) {
        // No display needed: the platform plugin is checked offscreen in a child process.
        QCoreApplication app(argc, argv);
        AppTranslations::install(app);
        PortableMode::applyIfMarked();
        return SelfTest().run();
    }
    if (CommandLineInterface::wantsCommandLine(arguments)) {
        // Headless: no display needed, so the CLI runs on servers and in CI.
        QCoreApplication app(argc, argv);
        // Messages (and the failed-rows export's plain words) in the language of --lang, else LANG.
        AppTranslations::install(app, languageOverride(arguments));
        PortableMode::applyIfMarked();
        CommandLineInterface cli;
        return cli.run(arguments);
    }
    if (!DesktopSession::available()) {
        // Said before QApplication exists: without a display it would abort with a plugin message.
        QCoreApplication app(argc, argv);
        AppTranslations::install(app, languageOverride(arguments));
        QTextStream(stderr) << DesktopSession::missingMessage() << Qt::endl;
        return ExitCode::UsageOrUnreadableInput;
    }

    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral(MATEO_APP_ID));   // Wayland: the icon and name
    AppTranslations::install(app, languageOverride(arguments));
    PortableMode::applyIfMarked();
    ScreenshotTour::applyThemeFromEnvironment();
    PaletteContrast::apply();
    ImportWizard wizard;
    wizard.show();
    const QString screenshots = ScreenshotTour::directoryFromEnvironment();
    if (!screenshots.isEmpty()) {
        // docs/take-screenshots.sh: walk every page of the real window, save PNGs, quit.
        auto *tour = new ScreenshotTour(&wizard, screenshots, qEnvironmentVariable("MATEO_SCREENSHOT_PREFIX"));
        QObject::connect(tour, &ScreenshotTour::finished, &app, [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
        tour->start();
    }
    return app.exec();
}
