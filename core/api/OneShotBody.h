#pragma once

#include <QByteArray>
#include <QIODevice>

namespace portone {

// The upload body of a state-changing request. Sequential, so that it cannot be rewound: when
// the connection drops after the request was written, Qt's HTTP layer would otherwise resend
// it on its own (it does so for any method), and a state-changing request must go out at most
// once. With this body the reply fails instead (ContentReSendError), which the client reports
// as a network error with an unknown outcome.
class OneShotBody final : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }
    bool reset() override { return false; } // never rewound, so never resent

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace portone
