#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// "Test connection": one authenticated GET, answered through finished() — never blocks.
class ConnectionCheck : public QObject
{
    Q_OBJECT

public:
    enum class Status { Ok, BadKey, Unreachable, ServerError };
    struct Result
    {
        Status status = Status::Unreachable;
        QString message;   // translated; says what to do next
    };

    explicit ConnectionCheck(QObject *parent = nullptr);
    ~ConnectionCheck() override;

    void start(const QUrl &apiBaseUrl, const QString &apiKey);
    void abort();
    bool isRunning() const { return !m_reply.isNull(); }

signals:
    void finished(const ConnectionCheck::Result &result);

private:
    void handleReply();

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
};
