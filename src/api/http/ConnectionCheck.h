#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

class ApiClient;
class ApiRequest;
struct ApiResult;

// "Test connection": one authenticated GET of custom_field, answered through finished() — never
// blocks. It goes through its own ApiClient, so it follows the same rules as every other request:
// no key over plain http to a host other than this machine (UrlPolicy), redirects never carry the
// key, a transfer timeout.
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
    bool isRunning() const { return !m_request.isNull(); }

signals:
    void finished(const ConnectionCheck::Result &result);

private:
    void handle(const ApiResult &result);

    ApiClient *m_client;
    QPointer<ApiRequest> m_request;
};
