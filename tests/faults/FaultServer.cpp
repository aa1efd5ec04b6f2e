#include "tests/faults/FaultServer.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QPointer>
#include <QProcess>
#include <QSslSocket>

namespace portone::test {

namespace {

// The end of the header block, or -1 while it is incomplete.
qsizetype headerEnd(const QByteArray &data)
{
    return data.indexOf("\r\n\r\n");
}

qsizetype contentLength(const QByteArray &headers)
{
    for (const QByteArray &line : headers.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.toLower().startsWith("content-length:"))
            return trimmed.mid(15).trimmed().toLongLong();
    }
    return 0;
}

// The size of the first complete HTTP message in data, or 0 while it is incomplete.
qsizetype completeMessage(const QByteArray &data)
{
    const qsizetype end = headerEnd(data);
    if (end < 0)
        return 0;
    const qsizetype total = end + 4 + contentLength(data.left(end));
    return data.size() >= total ? total : 0;
}

// The header lines without any Connection header, plus "Connection: close".
QByteArray closingHeaders(const QByteArray &headerBlock, const QByteArray &statusLine)
{
    QList<QByteArray> lines = headerBlock.split('\n');
    QByteArray out = statusLine.isEmpty() ? lines.first().trimmed() : statusLine;
    out += "\r\n";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty() || line.toLower().startsWith("connection:"))
            continue;
        out += line + "\r\n";
    }
    out += "Connection: close\r\n\r\n";
    return out;
}

} // namespace

FaultServer::FaultServer(QUrl upstream, QObject *parent)
    : QTcpServer(parent)
    , m_upstream(std::move(upstream))
{ }

bool FaultServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl FaultServer::baseUrl() const
{
    const QString scheme
        = m_certificate.isNull() ? QStringLiteral("http") : QStringLiteral("https");
    return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(serverPort()));
}

void FaultServer::useTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
}

void FaultServer::answerCanned(int status, const QByteArray &body, const QByteArray &contentType)
{
    m_mode = Mode::Canned;
    m_status = status;
    m_body = body;
    m_contentType = contentType;
}

void FaultServer::answerRelayed(Mode mode, int status)
{
    m_mode = mode;
    m_status = status;
}

QByteArray FaultServer::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 207:
        return "Multi-Status";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    default:
        return "Status";
    }
}

void FaultServer::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_certificate.isNull()) {
        socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
    } else {
        auto *tls = new QSslSocket(this);
        tls->setSocketDescriptor(descriptor);
        tls->setLocalCertificate(m_certificate);
        tls->setPrivateKey(m_key);
        tls->startServerEncryption();
        socket = tls;
    }
    socket->setProperty("buffer", QByteArray());
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

void FaultServer::onReadable(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    const qsizetype size = completeMessage(buffer);
    if (size == 0) {
        socket->setProperty("buffer", buffer);
        socket->setProperty("split", buffer.contains("\r\n\r\n"));
        return;
    }
    if (socket->property("split").toBool())
        ++m_splitRequests;
    socket->setProperty("split", false);
    const QByteArray request = buffer.left(size);
    socket->setProperty("buffer", buffer.mid(size));
    const QList<QByteArray> requestLine = request.left(request.indexOf("\r\n")).split(' ');
    handle(socket, request, requestLine.value(1));
}

void FaultServer::handle(QTcpSocket *socket, const QByteArray &request, const QByteArray &path)
{
    const bool token = path == "/users/getToken";
    if (token)
        ++m_tokenRequests;
    if (token != m_tokenIsTarget) {
        relay(socket, request, true);
        return;
    }
    ++m_requests;
    if (m_mode != Mode::Canned) {
        relay(socket, request, false);
        return;
    }
    QByteArray answer = "HTTP/1.1 " + QByteArray::number(m_status) + ' ' + reasonPhrase(m_status)
        + "\r\nContent-Type: " + m_contentType + "\r\nContent-Length: "
        + QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n" + m_body;
    socket->write(answer);
    socket->disconnectFromHost();
}

void FaultServer::relay(QTcpSocket *client, const QByteArray &request, bool asIs)
{
    auto *upstream = new QTcpSocket(this);
    QPointer<QTcpSocket> guard(client);
    auto received = std::make_shared<QByteArray>();
    connect(upstream, &QTcpSocket::connected, upstream,
            [upstream, request] { upstream->write(request); });
    connect(upstream, &QTcpSocket::readyRead, this, [=, this] {
        *received += upstream->readAll();
        const qsizetype size = completeMessage(*received);
        if (size == 0)
            return;
        upstream->disconnect(this);
        upstream->abort();
        upstream->deleteLater();
        if (guard)
            sendUpstreamAnswer(guard, received->left(size), asIs);
    });
    upstream->connectToHost(QHostAddress::LocalHost, quint16(m_upstream.port()));
}

void FaultServer::sendUpstreamAnswer(QTcpSocket *client, const QByteArray &answer, bool asIs)
{
    const qsizetype end = headerEnd(answer);
    QByteArray body = answer.mid(end + 4);
    QByteArray statusLine;
    if (!asIs && m_mode == Mode::RelayWithStatus)
        statusLine = "HTTP/1.1 " + QByteArray::number(m_status) + ' ' + reasonPhrase(m_status);
    if (!asIs && m_mode == Mode::RelayHalfBody)
        body.truncate(body.size() / 2); // Content-Length still promises the whole body
    client->write(closingHeaders(answer.left(end), statusLine) + body);
    client->disconnectFromHost();
}

bool makeSelfSignedCertificate(const QString &dir, QSslCertificate *certificate, QSslKey *key,
                               QString *problem)
{
    const QString certPath = QDir(dir).filePath(QStringLiteral("cert.pem"));
    const QString keyPath = QDir(dir).filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                    QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                    QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certPath,
                    QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=127.0.0.1") });
    if (!openssl.waitForFinished(20000) || openssl.exitCode() != 0) {
        *problem = QStringLiteral("openssl req failed: %1 %2")
                       .arg(openssl.errorString(),
                            QString::fromLocal8Bit(openssl.readAllStandardError()));
        return false;
    }
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("cannot read the generated certificate");
        return false;
    }
    *certificate = QSslCertificate(&certFile, QSsl::Pem);
    *key = QSslKey(&keyFile, QSsl::Ec, QSsl::Pem);
    if (certificate->isNull() || key->isNull()) {
        *problem = QStringLiteral("the generated certificate or key could not be loaded");
        return false;
    }
    return true;
}

} // namespace portone::test
