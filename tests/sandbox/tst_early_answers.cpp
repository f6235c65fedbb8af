#include "support/SandboxHttp.h"
#include "support/SandboxProcess.h"

#include <QFile>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

// The sandbox answers from a request's head when the head decides it (docs/sandbox.md, "Request
// size and early answers"): no key -> 401 and a body over --max-body-bytes -> 413 before the body
// is read; a chunked body is counted while it arrives and refused once over the limit. An upload
// of gigabytes never makes the server grow (it used to buffer all of it first: 7 GB for 2.3 GB).
// And PostgREST's 400 for a select of a column that does not exist.
class TestEarlyAnswers : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;

    qint64 sandboxPeakKb()
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(m_sandbox.process().processId()));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
        return -1;
    }

    // Sends `head`, then body pieces of 1 MiB (chunked framing when `chunked`) until the server
    // answered (unless `ignoreAnswer`) or closed, or `maxBody` bytes went out. Returns the status line's code (0: none)
    // and the bytes of body sent.
    QPair<int, qint64> upload(const QByteArray &head, qint64 maxBody, bool chunked, bool ignoreAnswer = false)
    {
        QTcpSocket socket;
        socket.connectToHost(m_sandbox.rootUrl().host(), quint16(m_sandbox.rootUrl().port()));
        if (!socket.waitForConnected(5000))
            return {0, 0};
        socket.write(head);
        socket.waitForBytesWritten(5000);
        const QByteArray piece(1 << 20, 'x');
        const QByteArray framed = QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
        qint64 sent = 0;
        QByteArray answer;
        while (sent < maxBody && socket.state() == QAbstractSocket::ConnectedState) {
            answer += socket.readAll();
            if (answer.contains("\r\n\r\n") && !ignoreAnswer)
                break;
            socket.write(chunked ? framed : piece);
            if (!socket.waitForBytesWritten(10000))
                break;
            sent += piece.size();
            socket.waitForReadyRead(0);
        }
        while (!answer.contains("\r\n\r\n") && socket.isOpen() && socket.waitForReadyRead(5000))
            answer += socket.readAll();
        if (socket.isOpen())
            answer += socket.readAll();
        const QList<QByteArray> status = answer.left(answer.indexOf('\r')).split(' ');
        return {status.value(1).toInt(), sent};
    }

    QByteArray head(const QByteArray &extra, bool key)
    {
        QByteArray h = "POST /api/v1/import HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" + extra;
        if (key)
            h += "Authorization: Bearer " + m_sandbox.apiKey().toUtf8() + "\r\n";
        return h + "\r\n";
    }

private slots:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error())); }

    void noKeyIs401BeforeTheBody()
    {
        const auto [status, sent] = upload(head("Content-Length: 2000000000\r\n", false), 0, false);
        QCOMPARE(status, 401);
        QCOMPARE(sent, 0);
        const auto [chunkedStatus, chunkedSent] = upload(head("Transfer-Encoding: chunked\r\n", false), 0, true);
        QCOMPARE(chunkedStatus, 401);
        QCOMPARE(chunkedSent, 0);
    }

    void announcedTooLargeIs413BeforeTheBody()
    {
        const auto [status, sent] = upload(head("Content-Length: 2000000000\r\n", true), 0, false);
        QCOMPARE(status, 413);
        QCOMPARE(sent, 0);
    }

    void chunkedBodyIsCutOffAtTheLimit()
    {
        // 10 MiB is the default limit: the answer comes after about that much, not after 2 GB.
        const auto [status, sent] = upload(head("Transfer-Encoding: chunked\r\n", true), qint64(2) * 1024 * 1024 * 1024,
                                           true);
        QCOMPARE(status, 413);
        QVERIFY2(sent < 64 * 1024 * 1024, qPrintable(QString::number(sent)));
    }

    void aClientThatKeepsSendingDoesNotGrowTheServer()
    {
        // The answer is ignored and up to 200 MB are pushed anyway: the server drops what arrives,
        // unread, until the client gives up.
        const auto [status, sent] = upload(head("Content-Length: 2000000000\r\n", false), 200 * 1024 * 1024, false,
                                           true);
        QCOMPARE(status, 401);
        qInfo("sent %lld bytes after the answer", sent);
        const qint64 peak = sandboxPeakKb();
        QVERIFY2(peak > 0 && peak < 100 * 1024, qPrintable(QString::number(peak)));
    }

    void smallRequestsStillWorkOnOneConnection()
    {
        SandboxHttp http(m_sandbox);
        for (int i = 0; i < 3; ++i) {
            const SandboxHttp::Result r = http.post(QStringLiteral("/import?select=id"),
                                                    R"({"type":"contact_details","payload":[{"full_name":"A"}]})");
            QCOMPARE(r.status, 201);
        }
    }

    void selectOfAnUnknownColumnIs400()
    {
        SandboxHttp http(m_sandbox);
        for (const QString &path :
             {QStringLiteral("/custom_field?select=key,nosuch"), QStringLiteral("/contact_details?select=nosuch"),
              QStringLiteral("/import?select=nosuch")}) {
            const SandboxHttp::Result r = http.get(path);
            QVERIFY2(r.status == 400, qPrintable(path + QLatin1Char(' ') + QString::number(r.status)));
            QVERIFY2(r.object().value(QStringLiteral("message")).toString().contains(QLatin1String("nosuch")),
                     r.body.constData());
        }
        const SandboxHttp::Result before = http.get(QStringLiteral("/import?select=id"));
        const SandboxHttp::Result post = http.post(QStringLiteral("/import?select=nosuch"),
                                                   R"({"type":"contact_details","payload":[{"full_name":"B"}]})");
        QCOMPARE(post.status, 400);
        QCOMPARE(http.get(QStringLiteral("/import?select=id")).array().size(),
                 before.array().size());   // nothing stored
        QCOMPARE(http.get(QStringLiteral("/contact_details?select=id,full_name,contact_list_ids")).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestEarlyAnswers)
#include "tst_early_answers.moc"
