#include "api/local/SandboxLauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

SandboxLauncher::SandboxLauncher(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
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
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

void SandboxLauncher::start(const QString &dataDirectory, const QStringList &extraArguments)
{
    if (isRunning())
        return;
    m_buffer.clear();
    m_apiBaseUrl.clear();
    QDir().mkpath(dataDirectory);
    QStringList args{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), dataDirectory};
    args += extraArguments;
    m_process.start(sandboxProgram(), args);
}

void SandboxLauncher::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000))
        m_process.kill();
    m_process.waitForFinished(1000);
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
