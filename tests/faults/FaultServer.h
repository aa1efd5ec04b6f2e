#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace portone::test {

// A minimal local HTTP/1.1 server for the answers the sandbox cannot give on demand. It relays
// POST /users/getToken to the sandbox unchanged and answers every other request with the
// chosen fault: a canned answer (any status and bytes), the sandbox's own answer under another
// status, or the sandbox's answer cut off after the headers and half the body. With a
// certificate it speaks TLS (a client that checks certificates must refuse it). Every answer
// carries "Connection: close", so the client never reuses a connection the server closed.
class FaultServer : public QTcpServer
{
    Q_OBJECT

public:
    enum class Mode
    {
        Canned, // status + body below, nothing relayed
        RelayWithStatus, // the sandbox's answer with its status line replaced by `status`
        RelayHalfBody, // the sandbox's headers and half its body, then the connection closes
    };

    explicit FaultServer(QUrl upstream, QObject *parent = nullptr);

    bool start(); // listens on 127.0.0.1 (port chosen by the OS)
    QUrl baseUrl() const; // http://127.0.0.1:<port>, https with a certificate
    void useTls(const QSslCertificate &certificate, const QSslKey &key);

    void answerCanned(int status, const QByteArray &body,
                      const QByteArray &contentType = QByteArrayLiteral("application/json"));
    void answerRelayed(Mode mode, int status = 0);
    // Faults POST /users/getToken instead: it gets the chosen answer, every other request is
    // relayed unchanged. requestCount() then counts the token requests.
    void faultTokenRequests(bool token) { m_tokenIsTarget = token; }

    // Faulted requests received (decrypted and complete): all but getToken by default.
    int requestCount() const { return m_requests; }
    int tokenRequestCount() const { return m_tokenRequests; }
    // Requests whose headers arrived without their body (the client wrote them apart: Nagle's
    // algorithm then holds the body back until the headers are acknowledged).
    int splitRequestCount() const { return m_splitRequests; }

    // The raw reason phrase used for a status (enough for the statuses the matrix uses).
    static QByteArray reasonPhrase(int status);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void onReadable(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const QByteArray &request, const QByteArray &path);
    void relay(QTcpSocket *client, const QByteArray &request, bool asIs);
    void sendUpstreamAnswer(QTcpSocket *client, const QByteArray &answer, bool asIs);

    QUrl m_upstream;
    QSslCertificate m_certificate;
    QSslKey m_key;
    Mode m_mode = Mode::Canned;
    int m_status = 200;
    QByteArray m_body;
    QByteArray m_contentType;
    int m_requests = 0;
    int m_tokenRequests = 0;
    int m_splitRequests = 0;
    bool m_tokenIsTarget = false;
};

// A self-signed certificate for 127.0.0.1, made with `openssl req` in dir. False when openssl
// is missing or failed (the reason in *problem).
bool makeSelfSignedCertificate(const QString &dir, QSslCertificate *certificate, QSslKey *key,
                               QString *problem);

} // namespace portone::test
