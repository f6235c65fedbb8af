#include "app/AppTranslations.h"
#include "app/cli/CommandLineInterface.h"
#include "core/Version.h"
#include "gui/wizard/ImportWizard.h"
#include "gui/wizard/ScreenshotTour.h"

#include <QApplication>
#include <QCoreApplication>

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
    if (CommandLineInterface::wantsCommandLine(arguments)) {
        // Headless: no display needed, so the CLI runs on servers and in CI.
        QCoreApplication app(argc, argv);
        AppTranslations::install(app);
        CommandLineInterface cli;
        return cli.run(arguments);
    }

    QApplication app(argc, argv);
    AppTranslations::install(app, languageOverride(arguments));
    ScreenshotTour::applyThemeFromEnvironment();
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
