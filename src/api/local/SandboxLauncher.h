#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

// Starts the practice `mateo-sandbox` (installed with this program) on a free loopback port
// and reports its API base URL once it prints "listening on ...". Never blocks.
//
// The sandbox lives and dies with the program that started it: on Linux the child asks the kernel
// for SIGTERM when its parent dies (prctl PR_SET_PDEATHSIG), whatever the parent's death (SIGKILL, a
// crash). Its pid is written to `sandbox.pid` in its data folder; a sandbox found there at the next
// start (a platform without the death signal, or a parent that died between fork and prctl) is
// ended before a new one starts (docs/sandbox.md).
class SandboxLauncher : public QObject
{
    Q_OBJECT

public:
    explicit SandboxLauncher(QObject *parent = nullptr);
    ~SandboxLauncher() override;

    // Where the sandbox binary is looked for: next to the running program, else in the installed
    // ../libexec/mateo-import/.
    static QString sandboxProgram();
    static QString pidFileName() { return QStringLiteral("sandbox.pid"); }
    // Ends a sandbox an earlier run left behind in `dataDirectory` (its pid file names it and it is
    // still a mateo-sandbox). True when one was found and ended.
    static bool endStale(const QString &dataDirectory);

    void start(const QString &dataDirectory, const QStringList &extraArguments = {});
    void stop();
    bool isRunning() const;
    QUrl apiBaseUrl() const { return m_apiBaseUrl; }
    qint64 processId() const { return m_process.processId(); }

signals:
    void ready(const QUrl &apiBaseUrl);
    void failed(const QString &message);

private:
    void readOutput();

    QProcess m_process;
    QByteArray m_buffer;
    QUrl m_apiBaseUrl;
    QString m_pidFile;
};
