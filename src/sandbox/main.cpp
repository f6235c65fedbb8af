#include "SandboxServer.h"
#include "Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mateo-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MATEO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A local Hellomateo Import API for practice and tests."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("TCP port (0 picks a free one)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    parser.addOption(portOption);
    QCommandLineOption dataOption(QStringLiteral("data"), QStringLiteral("Directory for the SQLite state."),
                                  QStringLiteral("DIR"));
    parser.addOption(dataOption);
    QCommandLineOption keyOption(QStringLiteral("api-key"), QStringLiteral("The API key clients must send."),
                                 QStringLiteral("KEY"));
    parser.addOption(keyOption);
    parser.process(app);

    SandboxServer server;
    const quint16 port = server.listen(QHostAddress::LocalHost, parser.value(portOption).toUShort());
    if (port == 0) {
        QTextStream(stderr) << "mateo-sandbox: cannot listen on 127.0.0.1:" << parser.value(portOption)
                            << " (port in use?). Pick another with --port N, or --port 0 for a free one.\n";
        return 2;
    }
    QTextStream(stdout) << "listening on http://127.0.0.1:" << port << Qt::endl;
    return app.exec();
}
