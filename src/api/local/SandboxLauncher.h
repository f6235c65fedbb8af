#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

// Starts the practice `mateo-sandbox` (from next to this program) on a free loopback port
// and reports its API base URL once it prints "listening on ...". Never blocks.
class SandboxLauncher : public QObject
{
    Q_OBJECT

public:
    explicit SandboxLauncher(QObject *parent = nullptr);
    ~SandboxLauncher() override;

    // Where the sandbox binary is looked for: next to the running program.
    static QString sandboxProgram();

    void start(const QString &dataDirectory, const QStringList &extraArguments = {});
    void stop();
    bool isRunning() const;
    QUrl apiBaseUrl() const { return m_apiBaseUrl; }

signals:
    void ready(const QUrl &apiBaseUrl);
    void failed(const QString &message);

private:
    void readOutput();

    QProcess m_process;
    QByteArray m_buffer;
    QUrl m_apiBaseUrl;
};
