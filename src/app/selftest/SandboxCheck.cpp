#include "app/selftest/SandboxCheck.h"

#include "api/local/SandboxLauncher.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QTimer>

namespace {

constexpr int kTimeoutMs = 20000;

// Runs `loop` until it quits or the time is up; false when the time ran out.
bool runBounded(QEventLoop &loop)
{
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    timer.start(kTimeoutMs);
    loop.exec();
    return !timedOut;
}

}

QString SandboxCheck::name() const
{
    return tr("Practice sandbox");
}

SelfCheck::Outcome SandboxCheck::run()
{
    QTemporaryDir data;
    SandboxLauncher launcher;
    QEventLoop loop;
    QString failure;
    QObject::connect(&launcher, &SandboxLauncher::ready, &loop, &QEventLoop::quit);
    QObject::connect(&launcher, &SandboxLauncher::failed, &loop, [&](const QString &message) {
        failure = message;
        loop.quit();
    });
    launcher.start(data.path());
    const bool inTime = runBounded(loop);
    const QString program = SandboxLauncher::sandboxProgram();
    if (!failure.isEmpty())
        return fail(failure);
    if (!inTime || launcher.apiBaseUrl().isEmpty())
        return fail(tr("%1 did not report its address within %2 s").arg(program).arg(kTimeoutMs / 1000));

    QNetworkAccessManager network;
    QUrl url = launcher.apiBaseUrl();
    url.setPath(url.path() + QStringLiteral("/import"));
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    QEventLoop replyLoop;
    QObject::connect(reply, &QNetworkReply::finished, &replyLoop, &QEventLoop::quit);
    const bool answered = runBounded(replyLoop) && reply->isFinished();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    launcher.stop();
    if (!answered || status != 401)
        return fail(tr("%1 started but answered %2 instead of 401 (no API key)").arg(program).arg(status));
    return pass(tr("%1 answered on %2").arg(program, launcher.apiBaseUrl().toString()));
}
