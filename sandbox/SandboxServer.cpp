#include "sandbox/SandboxServer.h"

#include "core/util/Clock.h"
#include "sandbox/SandboxHttpServer.h"
#include "sandbox/SandboxState.h"
#include "sandbox/Subscriptions.h"

#include <QHostAddress>
#include <QHttpServerResponder>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace portone::sandbox {

namespace {

QStringList decodedSegments(const QByteArray &encodedPath)
{
    QStringList segments;
    const QList<QByteArray> parts = encodedPath.split('/');
    for (qsizetype i = 1; i < parts.size(); ++i)
        segments.append(QUrl::fromPercentEncoding(parts.at(i)));
    return segments;
}

QByteArray newControlToken()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool matches(const QStringList &pattern, const QStringList &segments, QStringList *args)
{
    if (pattern.size() != segments.size())
        return false;
    QStringList captured;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == u"{}"_s) {
            if (segments.at(i).isEmpty())
                return false;
            captured.append(segments.at(i));
        } else if (pattern.at(i) != segments.at(i)) {
            return false;
        }
    }
    *args = captured;
    return true;
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    default:
        return "OTHER";
    }
}

HttpReply echoOf(const QHttpServerRequest &request)
{
    RequestParams params;
    params.addQuery(request.url().query(QUrl::FullyEncoded).toUtf8());
    params.addBody(request.value("Content-Type"), request.body());
    return envelope::failure(
        400, u"입력하신 정보를 확인할 수 없습니다: %1"_s.arg(params.allValues().join(u", "_s)));
}

} // namespace

QByteArray RouteRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

SandboxState::SandboxState(SandboxServer *owner, SandboxServer::ClockFunction clockFunction)
    : q(owner)
    , clock(std::move(clockFunction))
    , account(SandboxServer::defaultAccount())
    , controlToken(newControlToken())
{
    seedSandboxData(data, now());
    registerAuthRoutes(*this);
    registerCertificationRoutes(*this);
    registerBillingKeyRoutes(*this);
    registerBillingKeyListRoutes(*this);
    registerPaymentRoutes(*this);
    registerRefundRoutes(*this);
    registerBenepiaRoutes(*this);
    registerReferenceRoutes(*this);
    registerChargeRoutes(*this);
    registerScheduleRoutes(*this);
    registerScheduleListRoutes(*this);
    registerControlRoutes(*this);
    http = std::make_unique<SandboxHttpServer>(
        [this](const QHttpServerRequest &request, QTcpSocket *socket) { serve(request, socket); });
}

SandboxState::~SandboxState()
{
    hungResponders.clear();
}

void SandboxState::addRoute(QHttpServerRequest::Method method, const QString &pattern,
                            RouteHandler handler, bool authenticated)
{
    routes.append(Route { method, pattern.split(u'/', Qt::SkipEmptyParts), std::move(handler),
                          authenticated });
}

void SandboxState::serve(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QByteArray encodedPath = request.url().path(QUrl::FullyEncoded).toUtf8();
    const bool control = encodedPath.startsWith("/__sandbox/");
    QHttpServerResponder responder = SandboxHttpServer::responderFor(request, socket);
    if (control) {
        const HttpReply reply = carriesControlToken(*this, request)
            ? route(request, encodedPath, true)
            : controlTokenRefused();
        deliver(std::move(responder), socket, reply, false, false, 0);
        return;
    }
    ++requests;
    if (encodedPath == "/users/getToken")
        ++tokenRequests;
    const bool faulted = faults.onlyMethod.isEmpty()
        || faults.onlyMethod.toLatin1() == methodName(request.method());
    const SandboxFaults f = faulted ? faults : SandboxFaults {};
    HttpReply reply;
    if (f.hang || f.dropConnection) {
        // nothing to answer
    } else if (f.serverError) {
        reply = envelope::failure(
            500, u"일시적인 서버 오류가 발생했습니다. 잠시 후 다시 시도해주세요."_s);
    } else if (f.malformedJson) {
        reply
            = HttpReply { 200,
                          QByteArrayLiteral("{\"code\":0,\"message\":null,\"response\":{\"imp_") };
    } else if (f.gatewayForbidden) {
        reply = HttpReply {
            403, QByteArrayLiteral("{\"statusCode\":403,\"message\":\"Forbidden resource\"}")
        };
    } else if (f.tooManyRequests > 0) {
        --faults.tooManyRequests;
        reply = HttpReply { 429, QByteArrayLiteral("{\"message\":\"Too Many Requests\"}") };
        reply.retryAfter = QByteArrayLiteral("1");
    } else if (f.echoRequest) {
        reply = echoOf(request);
    } else if (f.apiCodeError) {
        reply = envelope::failure(200, SandboxServer::apiCodeErrorMessage());
    } else {
        reply = route(request, encodedPath, false, f.unauthorized);
    }
    deliver(std::move(responder), socket, reply, f.dropConnection, f.hang, f.latencyMs);
}

HttpReply SandboxState::route(const QHttpServerRequest &request, const QByteArray &encodedPath,
                              bool control, bool refuseTokens)
{
    const QStringList segments = decodedSegments(encodedPath);
    const QString display
        = u"%1 /%2"_s.arg(QString::fromLatin1(methodName(request.method())), segments.join(u'/'));
    const Route *found = nullptr;
    RouteRequest req;
    for (const Route &r : routes) {
        const bool controlRoute = r.pattern.value(0) == u"__sandbox"_s;
        if (controlRoute != control || r.method != request.method())
            continue;
        if (matches(r.pattern, segments, &req.args)) {
            found = &r;
            break;
        }
    }
    if (!found)
        return envelope::notFound(u"요청하신 API를 찾을 수 없습니다. (%1)"_s.arg(display));
    req.method = request.method();
    req.path = u"/"_s + segments.join(u'/');
    req.headers = request.headers();
    req.now = now();
    if (found->authenticated) {
        const QString token = tokenFromHeaders(req);
        if (token.isEmpty())
            return envelope::unauthorized();
        if (refuseTokens || !tokenValid(token))
            return envelope::unauthorized(u"Unauthorized"_s);
        const QByteArray tier = req.header("Tier").trimmed();
        if (!tier.isEmpty() && !data.tiers.contains(QString::fromUtf8(tier))) {
            return envelope::failure(
                403,
                u"등록되지 않은 하위 상점(Tier) 코드입니다: %1"_s.arg(QString::fromUtf8(tier)));
        }
    }
    req.params.addQuery(request.url().query(QUrl::FullyEncoded).toUtf8());
    const QString bodyError = req.params.addBody(req.header("Content-Type"), request.body());
    if (!bodyError.isEmpty())
        return envelope::badRequest(bodyError);
    runDueSchedules(data, req.now); // the clock has reached them
    return found->handler(*this, req);
}

void SandboxState::deliver(QHttpServerResponder &&responder, QTcpSocket *socket,
                           const HttpReply &reply, bool drop, bool hang, int latencyMs)
{
    auto holder = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> guard(socket);
    if (hang) {
        hungResponders.append(holder); // keeps the connection open, never answered
        QTimer::singleShot(maxResponseDelay, http.get(), [this, holder, guard] {
            if (guard)
                guard->abort();
            hungResponders.removeOne(holder);
        });
        return;
    }
    auto send = [holder, guard, reply, drop]() {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return;
        if (drop) {
            guard->abort();
            return;
        }
        const auto status = static_cast<QHttpServerResponder::StatusCode>(reply.status);
        if (reply.retryAfter.isEmpty())
            holder->write(reply.body, { { QByteArrayLiteral("Content-Type"), reply.contentType } },
                          status);
        else
            holder->write(reply.body,
                          { { QByteArrayLiteral("Content-Type"), reply.contentType },
                            { QByteArrayLiteral("Retry-After"), reply.retryAfter } },
                          status);
    };
    if (latencyMs > 0 || drop)
        QTimer::singleShot(std::clamp(std::chrono::milliseconds(latencyMs),
                                      std::chrono::milliseconds(0), maxResponseDelay),
                           http.get(), send);
    else
        send();
}

SandboxServer::SandboxServer(QObject *parent)
    : SandboxServer([] { return SystemClock().now(); }, parent)
{ }

SandboxServer::SandboxServer(ClockFunction clock, QObject *parent)
    : QObject(parent)
    , m_state(std::make_unique<SandboxState>(this, std::move(clock)))
{ }

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::listen(quint16 port)
{
    return m_state->http->listen(QHostAddress::LocalHost, port);
}

quint16 SandboxServer::port() const
{
    const QList<quint16> ports = m_state->http->serverPorts();
    return ports.isEmpty() ? 0 : ports.first();
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(port()));
}

SandboxAccount SandboxServer::defaultAccount()
{
    return { u"sandbox_imp_key_0001"_s, u"sandbox_imp_secret_0001_do_not_use_in_production"_s };
}

QString SandboxServer::controlToken() const
{
    return QString::fromLatin1(m_state->controlToken);
}

QByteArray SandboxServer::controlTokenHeader()
{
    return QByteArrayLiteral("X-Sandbox-Token");
}

std::chrono::milliseconds SandboxServer::maxResponseDelay() const
{
    return m_state->maxResponseDelay;
}

void SandboxServer::setMaxResponseDelay(std::chrono::milliseconds delay)
{
    m_state->maxResponseDelay = std::max(delay, std::chrono::milliseconds(0));
}

void SandboxServer::addAccount(const SandboxAccount &account)
{
    m_state->extraAccounts.append(account);
}

void SandboxServer::addBenepiaAccount(const QString &user, const QString &password, qint64 points)
{
    m_state->data.benepiaAccounts.insert(user, { password, points });
}

QString SandboxServer::otpFor(const QString &impUid) const
{
    return m_state->data.certifications.value(impUid).otp;
}

int SandboxServer::tokenRequestCount() const
{
    return m_state->tokenRequests;
}
int SandboxServer::requestCount() const
{
    return m_state->requests;
}
SandboxFaults SandboxServer::faults() const
{
    return m_state->faults;
}
void SandboxServer::setFaults(const SandboxFaults &faults)
{
    m_state->faults = faults;
}
void SandboxServer::expireAllTokens()
{
    m_state->expireAllTokens();
}
SandboxOptions SandboxServer::options() const
{
    return m_state->options;
}
void SandboxServer::setOptions(const SandboxOptions &options)
{
    m_state->options = options;
}

void SandboxServer::setSchedulesAsPlainArray(bool plainArray)
{
    m_state->options.schedulesAsPlainArray = plainArray;
}

} // namespace portone::sandbox
