#include "support/SandboxProcess.h"

#include <QDeadlineTimer>

SandboxProcess::SandboxProcess(QStringList extraArguments)
    : m_extra(std::move(extraArguments))
{
    const int keyAt = m_extra.indexOf(QStringLiteral("--api-key"));
    if (keyAt >= 0)
        m_apiKey = m_extra.value(keyAt + 1);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

QUrl SandboxProcess::apiUrl() const
{
    return QUrl(m_root.toString() + QStringLiteral("/api/v1"));
}

QUrl SandboxProcess::url(const QString &pathAndQuery) const
{
    return QUrl(apiUrl().toString() + pathAndQuery);
}

bool SandboxProcess::start(int timeoutMs)
{
    QStringList args{QStringLiteral("--data"), m_data.path()};
    if (!m_extra.contains(QStringLiteral("--port"))) {
        const QString port = m_root.isValid() ? QString::number(m_root.port()) : QStringLiteral("0");
        args << QStringLiteral("--port") << port;
    }
    if (!m_extra.contains(QStringLiteral("--api-key")))
        args << QStringLiteral("--api-key") << m_apiKey;
    args += m_extra;
    m_process.start(QStringLiteral(MATEO_SANDBOX_BIN), args);
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = m_process.errorString();
        return false;
    }
    QByteArray output;
    QDeadlineTimer deadline(timeoutMs);
    static const QByteArray marker("listening on ");
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(deadline.remainingTime()))) {
            if (m_process.state() == QProcess::NotRunning)
                break;
            continue;
        }
        output += m_process.readAllStandardOutput();
        const int at = output.indexOf(marker);
        const int end = at < 0 ? -1 : output.indexOf('\n', at);
        if (end > at) {
            m_root = QUrl(QString::fromUtf8(output.mid(at + marker.size(), end - at - marker.size()).trimmed()));
            return true;
        }
    }
    m_error = QStringLiteral("sandbox did not report listening: ") + QString::fromUtf8(output);
    return false;
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void SandboxProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

bool SandboxProcess::restart(int timeoutMs)
{
    stop();
    return start(timeoutMs);
}
