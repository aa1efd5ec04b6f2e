#pragma once

#include "sandbox/Envelope.h"
#include "sandbox/PaymentStatusIndex.h"
#include "sandbox/RequestParams.h"
#include "sandbox/SandboxData.h"
#include "sandbox/SandboxServer.h"

#include <QHash>
#include <QHttpServerRequest>
#include <QList>
#include <QStringList>
#include <functional>
#include <memory>

class QHttpServerResponder;

namespace portone::sandbox {

class SandboxHttpServer;
class SandboxState;

// One request after routing: decoded path captures, merged parameters and headers.
struct RouteRequest
{
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Get;
    QString path; // decoded, for messages
    QStringList args; // decoded path captures, in pattern order
    RequestParams params;
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 now = 0;

    QByteArray header(const QByteArray &name) const;
};

using RouteHandler = std::function<HttpReply(SandboxState &, const RouteRequest &)>;

struct Route
{
    QHttpServerRequest::Method method;
    QStringList pattern; // literal segments, "{}" captures one segment
    RouteHandler handler;
    bool authenticated = true;
};

struct IssuedToken
{
    QString token;
    qint64 expiresAt = 0;
};

// Everything one SandboxServer owns. No global state.
class SandboxState
{
public:
    SandboxState(SandboxServer *owner, SandboxServer::ClockFunction clockFunction);
    ~SandboxState();

    qint64 now() const { return clock().toSecsSinceEpoch(); }
    void addRoute(QHttpServerRequest::Method method, const QString &pattern, RouteHandler handler,
                  bool authenticated = true);
    // Serves one HTTP request (routing, faults, auth); called by SandboxHttpServer.
    void serve(const QHttpServerRequest &request, QTcpSocket *socket);

    // Auth (SandboxAuth.cpp).
    HttpReply issueToken(const RouteRequest &request);
    bool tokenValid(const QString &token) const;
    QString tokenFromHeaders(const RouteRequest &request) const;
    void expireAllTokens();

    SandboxServer *q;
    SandboxServer::ClockFunction clock;
    SandboxAccount account;
    QList<SandboxAccount> extraAccounts; // SandboxServer::addAccount
    SandboxFaults faults;
    SandboxOptions options;
    QByteArray controlToken; // random per run; required on the /__sandbox/ routes
    std::chrono::milliseconds maxResponseDelay { std::chrono::minutes(1) };
    SandboxData data;
    PaymentStatusIndex paymentIndex; // GET /payments/status's view of data.payments and the series
    QHash<QString, IssuedToken> tokens; // token -> issue
    QString currentToken;
    int tokenRequests = 0;
    int requests = 0;
    QList<Route> routes;
    std::unique_ptr<SandboxHttpServer> http;
    // Responders kept open by the "hang" fault; after http so they go first.
    QList<std::shared_ptr<QHttpServerResponder>> hungResponders;

private:
    void deliver(QHttpServerResponder &&responder, QTcpSocket *socket, const HttpReply &reply,
                 bool drop, bool hang, int latencyMs);
    // refuseTokens: the authentication check rejects every token (SandboxFaults::unauthorized).
    HttpReply route(const QHttpServerRequest &request, const QByteArray &encodedPath, bool control,
                    bool refuseTokens = false);
};

// Route registration, one function per area.
void registerAuthRoutes(SandboxState &state);
void registerCertificationRoutes(SandboxState &state);
void registerBillingKeyRoutes(SandboxState &state);
void registerBillingKeyListRoutes(SandboxState &state);
void registerPaymentRoutes(SandboxState &state);
void registerRefundRoutes(SandboxState &state);
void registerBenepiaRoutes(SandboxState &state);
void registerReferenceRoutes(SandboxState &state);
void registerChargeRoutes(SandboxState &state);
void registerScheduleRoutes(SandboxState &state);
void registerScheduleListRoutes(SandboxState &state);
void registerControlRoutes(SandboxState &state);

// Shared answer helpers.
QJsonObject faultsToJson(const SandboxFaults &faults);
// Whether a /__sandbox/ request carries the server's control token (ControlRoutes.cpp).
bool carriesControlToken(const SandboxState &state, const QHttpServerRequest &request);
HttpReply controlTokenRefused();
// A billing key for customerUid from the request's card fields (card_number, expiry, birth,
// pwd_2digit, cvc; channel_key or the sandbox NICE channel), as POST /subscribe/payments/schedule
// issues one for a customer without a key (BillingKeyRoutes.cpp). The Korean refusal, or empty.
QString issueBillingKeyFromCard(SandboxState &s, const RouteRequest &r, const QString &customerUid);
// {total, previous, next, list} for one 1-based page of items (BillingKeyListRoutes.cpp).
QJsonObject pagedItems(const QList<QJsonObject> &items, qint64 page, qint64 pageSize = 20);

} // namespace portone::sandbox
