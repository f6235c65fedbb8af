#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// A real `mateo-sandbox` process on 127.0.0.1 for tests: started on a free port with its own
// data directory, ready when it printed "listening on ...", stopped when this object dies.
class SandboxProcess
{
public:
    explicit SandboxProcess(QStringList extraArguments = {});
    ~SandboxProcess();

    // Starts and waits (event-driven, bounded) for the "listening on" line. False + error() on failure.
    bool start(int timeoutMs = 15000);
    void stop();   // graceful (SIGTERM), waits for exit
    void kill();   // SIGKILL, as a crash would
    bool restart(int timeoutMs = 15000);   // same data directory, same port if free

    QUrl rootUrl() const { return m_root; }   // http://127.0.0.1:PORT
    QUrl apiUrl() const;   // .../api/v1
    QUrl url(const QString &pathAndQuery) const;   // apiUrl() + path
    QString dataDirectory() const { return m_data.path(); }
    QString error() const { return m_error; }
    QString apiKey() const { return m_apiKey; }
    QProcess &process() { return m_process; }

private:
    QStringList m_extra;
    QTemporaryDir m_data;
    QProcess m_process;
    QUrl m_root;
    QString m_error;
    QString m_apiKey = QStringLiteral("test-key");
};
