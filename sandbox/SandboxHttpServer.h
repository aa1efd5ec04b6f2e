#pragma once

#include <QAbstractHttpServer>
#include <QHttpServerResponder>
#include <functional>

class QHttpServerRequest;
class QTcpSocket;

namespace portone::sandbox {

// QAbstractHttpServer with one handler for every request: the sandbox does its own routing so
// it controls percent-decoding of path ids, 404s for unknown paths and deferred answers.
class SandboxHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;

    explicit SandboxHttpServer(Handler handler, QObject *parent = nullptr);

    static QHttpServerResponder responderFor(const QHttpServerRequest &request, QTcpSocket *socket)
    {
        return makeResponder(request, socket);
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace portone::sandbox
