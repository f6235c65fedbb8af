#include "api/local/SandboxLauncher.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif
#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

namespace {

#ifdef Q_OS_UNIX
bool isSandboxProcess(qint64 pid)
{
    if (pid <= 0 || ::kill(pid_t(pid), 0) != 0)
        return false;
#ifdef Q_OS_LINUX
    // A pid is reused after a reboot: only a process that is a mateo-sandbox is ended.
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!cmdline.open(QIODevice::ReadOnly))
        return false;
    return cmdline.readAll().contains("mateo-sandbox");
#else
    return true;
#endif
}
#endif

}

SandboxLauncher::SandboxLauncher(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_LINUX
    const pid_t launcherPid = ::getpid();
    m_process.setChildProcessModifier([launcherPid] {
        // In the child, between fork and exec: end with the wizard, however the wizard ends.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != launcherPid)   // the wizard died before prctl took effect
            ::_exit(1);
    });
#endif
    connect(&m_process, &QProcess::started, this, [this] {
        // Found and ended at the next start if this program dies without taking the sandbox along.
        QFile pid(m_pidFile);
        if (pid.open(QIODevice::WriteOnly | QIODevice::Truncate))
            pid.write(QByteArray::number(m_process.processId()) + '\n');
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SandboxLauncher::readOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        emit failed(tr("The practice sandbox could not be started (%1): %2. "
                       "Reinstall mateo-import or connect to Hellomateo with an API key instead.")
                        .arg(m_process.program(), m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        if (m_apiBaseUrl.isEmpty()) {
            emit failed(tr("The practice sandbox stopped before it was ready (exit code %1): %2")
                            .arg(code)
                            .arg(QString::fromLocal8Bit(m_process.readAllStandardError()).trimmed()));
        }
    });
}

SandboxLauncher::~SandboxLauncher()
{
    stop();
}

QString SandboxLauncher::sandboxProgram()
{
    // Tests and packagers can point at another binary.
    const QString overridden = qEnvironmentVariable("MATEO_SANDBOX_PROGRAM");
    if (!overridden.isEmpty())
        return overridden;
    QString name = QStringLiteral("mateo-sandbox");
#ifdef Q_OS_WIN
    name += QStringLiteral(".exe");
#endif
    // Beside the program in the build tree, the Windows folder and the macOS bundle; in
    // libexec/mateo-import/ where the Linux install rules put it (cmake/MateoInstall.cmake).
    const QDir programDir(QCoreApplication::applicationDirPath());
    const QString beside = programDir.filePath(name);
    const QString libexec = programDir.filePath(QStringLiteral("../libexec/mateo-import/") + name);
    if (!QFileInfo::exists(beside) && QFileInfo::exists(libexec))
        return QDir::cleanPath(libexec);
    return beside;
}

void SandboxLauncher::start(const QString &dataDirectory, const QStringList &extraArguments)
{
    if (isRunning())
        return;
    m_buffer.clear();
    m_apiBaseUrl.clear();
    QDir().mkpath(dataDirectory);
    endStale(dataDirectory);
    m_pidFile = QDir(dataDirectory).filePath(pidFileName());
    QStringList args{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), dataDirectory};
    args += extraArguments;
    m_process.start(sandboxProgram(), args);
}

bool SandboxLauncher::endStale(const QString &dataDirectory)
{
    QFile file(QDir(dataDirectory).filePath(pidFileName()));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const qint64 pid = file.readAll().trimmed().toLongLong();
    file.close();
    bool ended = false;
#ifdef Q_OS_UNIX
    if (isSandboxProcess(pid)) {
        ::kill(pid_t(pid), SIGTERM);
        QDeadlineTimer deadline(3000);
        while (isSandboxProcess(pid) && !deadline.hasExpired())
            QThread::msleep(20);
        if (isSandboxProcess(pid))
            ::kill(pid_t(pid), SIGKILL);
        ended = true;
    }
#endif
    file.remove();
    return ended;
}

void SandboxLauncher::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000))
        m_process.kill();
    m_process.waitForFinished(1000);
    if (!m_pidFile.isEmpty())
        QFile::remove(m_pidFile);
}

bool SandboxLauncher::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

void SandboxLauncher::readOutput()
{
    m_buffer += m_process.readAllStandardOutput();
    static const QByteArray marker("listening on ");
    const int at = m_buffer.indexOf(marker);
    if (at < 0 || !m_apiBaseUrl.isEmpty())
        return;
    const int end = m_buffer.indexOf('\n', at);
    if (end < 0)
        return;
    const QByteArray root = m_buffer.mid(at + marker.size(), end - at - marker.size()).trimmed();
    m_apiBaseUrl = QUrl(QString::fromUtf8(root) + QStringLiteral("/api/v1"));
    emit ready(m_apiBaseUrl);
}
