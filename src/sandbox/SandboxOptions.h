#pragma once

#include <QHostAddress>
#include <QString>

// mateo-sandbox's command line (docs/sandbox.md).
struct SandboxOptions
{
    QHostAddress bind = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;
    QString dataDirectory;
    QString apiKey;   // empty: practice mode, any non-empty Bearer token is accepted
    QString organisationFile;   // empty: the built-in default organisation
    qint64 dailyEntities = 25000;
    qint64 dailyRequests = 10000;
    int processingMsPerRow = 0;
    qint64 maxBodyBytes = 10 * 1024 * 1024;
    bool testControls = false;
};
