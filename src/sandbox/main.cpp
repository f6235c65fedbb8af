#include "core/Version.h"
#include "sandbox/UnixSignalWatcher.h"
#include "sandbox/http/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTextStream>

namespace {

int usageError(const QString &message)
{
    QTextStream(stderr) << "mateo-sandbox: " << message << " (see mateo-sandbox --help)" << Qt::endl;
    return 2;
}

}   // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mateo-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MATEO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local Hellomateo Import API for practice and tests. Serves http://127.0.0.1:PORT/api/v1 and prints\n"
        "\"listening on http://127.0.0.1:PORT\" once ready. Without --api-key any Bearer token is accepted."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("TCP port (0 picks a free one)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption bind(
        QStringLiteral("bind"), QStringLiteral("Address to listen on (default 127.0.0.1; only change it on purpose)."),
        QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption data(QStringLiteral("data"),
                                  QStringLiteral("Directory for the SQLite state (kept across restarts)."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption key(QStringLiteral("api-key"),
                                 QStringLiteral("The only API key accepted (others get 403)."), QStringLiteral("KEY"));
    const QCommandLineOption org(QStringLiteral("org"),
                                 QStringLiteral("JSON file replacing the default organisation (docs/sandbox.md)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption entities(QStringLiteral("daily-entities"),
                                      QStringLiteral("Imported entities per UTC day (default 25000)."),
                                      QStringLiteral("N"), QStringLiteral("25000"));
    const QCommandLineOption requests(QStringLiteral("daily-requests"),
                                      QStringLiteral("API requests per UTC day (default 10000)."), QStringLiteral("N"),
                                      QStringLiteral("10000"));
    const QCommandLineOption pace(QStringLiteral("processing-ms-per-row"),
                                  QStringLiteral("Background processing pace; 0 = as fast as possible (default)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption maxBody(QStringLiteral("max-body-bytes"),
                                     QStringLiteral("Largest request body; bigger ones get 413 (default 10485760)."),
                                     QStringLiteral("N"), QStringLiteral("10485760"));
    const QCommandLineOption controls(QStringLiteral("test-controls"),
                                      QStringLiteral("Enable the /__sandbox/ test controls (clock, faults, stats)."));
    parser.addOptions({port, bind, data, key, org, entities, requests, pace, maxBody, controls});
    parser.process(app);

    SandboxOptions options;
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535)
        return usageError(QStringLiteral("--port %1 is not a port number (0-65535).").arg(parser.value(port)));
    options.port = quint16(portNumber);
    if (!options.bind.setAddress(parser.value(bind)))
        return usageError(QStringLiteral("--bind %1 is not an IP address.").arg(parser.value(bind)));
    const auto number = [&parser](const QCommandLineOption &option, qint64 min, qint64 *out) {
        bool ok = false;
        *out = parser.value(option).toLongLong(&ok);
        return ok && *out >= min;
    };
    qint64 value = 0;
    if (!number(entities, 0, &options.dailyEntities))
        return usageError(QStringLiteral("--daily-entities needs a whole number >= 0."));
    if (!number(requests, 0, &options.dailyRequests))
        return usageError(QStringLiteral("--daily-requests needs a whole number >= 0."));
    if (!number(pace, 0, &value) || value > 60000)
        return usageError(QStringLiteral("--processing-ms-per-row needs a whole number from 0 to 60000."));
    options.processingMsPerRow = int(value);
    if (!number(maxBody, 1, &options.maxBodyBytes))
        return usageError(QStringLiteral("--max-body-bytes needs a whole number >= 1."));
    options.dataDirectory = parser.isSet(data)
                                ? parser.value(data)
                                : QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                                      .filePath(QStringLiteral("sandbox"));
    options.apiKey = parser.value(key);
    options.organisationFile = parser.value(org);
    options.testControls = parser.isSet(controls);

    SandboxServer server(options);
    QString error;
    if (!server.open(&error)) {
        QTextStream(stderr) << "mateo-sandbox: " << error << Qt::endl;
        return 2;
    }
    UnixSignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &UnixSignalWatcher::terminationRequested, &app, [] { QCoreApplication::quit(); });

    const quint16 bound = server.listen(options.bind, options.port);
    if (bound == 0) {
        QTextStream(stderr) << "mateo-sandbox: cannot listen on " << options.bind.toString() << ':' << options.port
                            << " (port in use?). Pick another with --port N, or --port 0 for a free one." << Qt::endl;
        return 2;
    }
    const QString host = options.bind.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + options.bind.toString() + QLatin1Char(']')
                             : options.bind.toString();
    QTextStream(stdout) << "listening on http://" << host << ':' << bound << Qt::endl;
    return app.exec();
}
