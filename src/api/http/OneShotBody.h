#pragma once

#include <QByteArray>
#include <QIODevice>

// A request body that can be read exactly once. Qt's HTTP stack silently re-sends a request when a
// kept-alive connection closes before the answer arrives — for a POST that the server already stored,
// that is a duplicate import. Given a body it cannot rewind, Qt reports ContentReSendError instead,
// and the engine reconciles by reference_id before deciding to send again.
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    qint64 size() const override { return m_data.size(); }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};
