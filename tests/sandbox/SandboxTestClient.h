#pragma once

// Plain QNetworkAccessManager over loopback against an in-process SandboxServer (no core client).
#include "sandbox/SandboxServer.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>
#include <memory>

namespace portone::sandbox::testing {

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    bool jsonOk = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    bool timedOut = false;

    int code() const { return json.value(QStringLiteral("code")).toInt(-999); }
    QString message() const { return json.value(QStringLiteral("message")).toString(); }
    QJsonValue response() const { return json.value(QStringLiteral("response")); }
    QJsonObject object() const { return response().toObject(); }
    QJsonArray array() const { return response().toArray(); }
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

class SandboxTestClient
{
public:
    explicit SandboxTestClient(SandboxServer &server)
        : m_server(server)
    { }

    // path: already percent-encoded path and query, e.g. "/subscribe/customers/a%2Fb".
    HttpResult send(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
                    const QByteArray &contentType = {}, const Headers &headers = {},
                    int timeoutMs = 5000)
    {
        QNetworkRequest request(QUrl::fromEncoded(m_server.baseUrl().toEncoded() + path));
        if (!contentType.isEmpty())
            request.setRawHeader("Content-Type", contentType);
        for (const auto &[key, value] : headers)
            request.setRawHeader(key, value);
        QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        HttpResult result;
        QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
            result.timedOut = true;
            reply->abort();
        });
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        timer.start(timeoutMs);
        if (!reply->isFinished())
            loop.exec();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen())
            result.body = reply->readAll();
        result.error = reply->error();
        QJsonParseError parseError {};
        const QJsonDocument doc = QJsonDocument::fromJson(result.body, &parseError);
        result.jsonOk = parseError.error == QJsonParseError::NoError && doc.isObject();
        result.json = doc.object();
        reply->deleteLater();
        return result;
    }

    QString token()
    {
        if (m_token.isEmpty()) {
            const auto account = SandboxServer::defaultAccount();
            const QJsonObject body { { QStringLiteral("imp_key"), account.impKey },
                                     { QStringLiteral("imp_secret"), account.impSecret } };
            const HttpResult r = send("POST", "/users/getToken", json(body), "application/json");
            m_token = r.object().value(QStringLiteral("access_token")).toString();
        }
        return m_token;
    }
    void forgetToken() { m_token.clear(); }

    Headers auth() { return { { "Authorization", token().toLatin1() } }; }

    // A /__sandbox/ control route, with the server's control token.
    HttpResult control(const QByteArray &method, const QByteArray &path,
                       const QByteArray &jsonBody = {})
    {
        return send(
            method, path, jsonBody, jsonBody.isEmpty() ? QByteArray() : "application/json",
            { { SandboxServer::controlTokenHeader(), m_server.controlToken().toLatin1() } });
    }

    HttpResult get(const QByteArray &path) { return send("GET", path, {}, {}, auth()); }
    HttpResult del(const QByteArray &path) { return send("DELETE", path, {}, {}, auth()); }
    HttpResult postJson(const QByteArray &path, const QJsonObject &body)
    {
        return send("POST", path, json(body), "application/json", auth());
    }
    HttpResult postForm(const QByteArray &path, const QByteArray &form)
    {
        return send("POST", path, form, "application/x-www-form-urlencoded", auth());
    }

    static QByteArray json(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    static QByteArray encode(const QString &id) { return QUrl::toPercentEncoding(id); }

private:
    SandboxServer &m_server;
    QNetworkAccessManager m_manager;
    QString m_token;
};

// The body of POST /payments/cancel: amount 0 refunds the whole balance, checksum is the
// balance the caller saw.
inline QJsonObject refundBody(const QString &impUid, double amount, double checksum)
{
    return { { QStringLiteral("imp_uid"), impUid },
             { QStringLiteral("amount"), amount },
             { QStringLiteral("checksum"), checksum },
             { QStringLiteral("reason"), QStringLiteral("고객 요청") } };
}

// A sandbox of its own and a client to it, for each test function: a suite's init() starts it,
// its cleanup() stops it (the client first).
struct FreshSandbox
{
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<SandboxTestClient> client;

    bool start()
    {
        server = std::make_unique<SandboxServer>();
        if (server->listen() == 0)
            return false;
        client = std::make_unique<SandboxTestClient>(*server);
        return true;
    }
    void stop()
    {
        client.reset();
        server.reset();
    }
};

} // namespace portone::sandbox::testing
