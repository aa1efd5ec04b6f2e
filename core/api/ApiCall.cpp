#include "core/api/ApiCall.h"

#include "core/api/ApiLogging.h"
#include "core/api/ApiTransport.h"
#include "core/api/OneShotBody.h"
#include "core/api/ResponseMapping.h"
#include "core/api/TraceMasking.h"
#include "core/auth/TokenManager.h"
#include "core/validation/InputRules.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThreadPool>
#include <memory>
#include <utility>

namespace portone {

namespace {

QByteArray encodeComponent(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

// Answers from this size on are read off the GUI thread: reading and typing 1 MB of JSON takes
// tens of milliseconds, more than a frame; smaller ones are not worth the thread hop.
constexpr qsizetype OffThreadAnswerBytes = 256 * 1024;

} // namespace

ApiCall::ApiCall(ApiTransport *transport, ApiRequest request, QObject *context, Handler handler)
    : QObject(transport)
    , m_transport(transport)
    , m_request(std::move(request))
    , m_context(context)
    , m_hasContext(context != nullptr)
    , m_handler(std::move(handler))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ApiCall::onTimeout);
    if (context)
        connect(context, &QObject::destroyed, this, &ApiCall::onContextDestroyed);
}

ApiCall::~ApiCall()
{
    // Destroyed with its transport or client: nobody is left to call back.
    dropReply();
}

QUrl ApiCall::buildUrl(const QUrl &base, const ApiRequest &request)
{
    QUrl url = base;
    QString path = base.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    for (const QString &segment : request.path)
        path += QLatin1Char('/') + QString::fromLatin1(encodeComponent(segment));
    url.setPath(path, QUrl::StrictMode);
    QByteArray query;
    for (const auto &[name, value] : request.query) {
        if (!query.isEmpty())
            query += '&';
        query += encodeComponent(name) + '=' + encodeComponent(value);
    }
    if (query.isEmpty())
        url.setQuery(QString());
    else
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    url.setFragment(QString());
    return url;
}

void ApiCall::startQueued()
{
    QMetaObject::invokeMethod(this, &ApiCall::start, Qt::QueuedConnection);
}

void ApiCall::start()
{
    if (m_finished)
        return;
    m_startedAt = m_transport->now();
    m_elapsed.start();
    // Every endpoint checks its ids; this guards the one request path as well: a "." or ".."
    // segment would send the request to another endpoint.
    for (const QString &segment : std::as_const(m_request.path)) {
        if (segment == u"." || segment == u"..") {
            ApiError error;
            error.kind = ApiError::Kind::Validation;
            error.fieldErrors = { FieldError { QString(), *rules::pathId(segment) } };
            error.message = error.fieldErrors.first().message;
            finish(error);
            return;
        }
    }
    m_url = buildUrl(m_transport->settings().baseUrl, m_request);
    const QString problem
        = ApiTransport::transportProblem(m_url, m_transport->settings().httpsOnly);
    if (!problem.isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::Tls;
        error.message = problem;
        error.detail = problem;
        finish(error);
        return;
    }
    if (m_request.authenticated && m_transport->tokens())
        acquireTokenAndSend();
    else
        send(QString());
}

void ApiCall::acquireTokenAndSend()
{
    m_transport->tokens()->acquire(this, [this](Result<AccessToken> token) {
        if (m_finished)
            return;
        if (!token.ok()) {
            finish(token.error()); // nothing was sent: the outcome is known
            return;
        }
        send(token.value().token);
    });
}

void ApiCall::send(const QString &token)
{
    QNetworkAccessManager *network = m_transport->network();
    if (!network) {
        finish(stoppedError(ApiError::Kind::Network, QStringLiteral("No network access manager.")));
        return;
    }
    m_token = token;
    const ClientSettings &settings = m_transport->settings();
    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", m_transport->userAgent());
    if (!token.isEmpty())
        request.setRawHeader("Authorization", token.toUtf8());
    if (m_request.authenticated && !settings.tierCode.isEmpty())
        request.setRawHeader("Tier", settings.tierCode.toUtf8());

    QByteArray body;
    if (m_request.method == "POST" || m_request.method == "PUT") {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        body = QJsonDocument(m_request.body.value_or(QJsonObject())).toJson(QJsonDocument::Compact);
    }
    if (m_request.changesState) {
        // Sent at most once, even if the connection drops (see OneShotBody).
        auto *device = new OneShotBody(body);
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        m_reply = network->sendCustomRequest(request, m_request.method, device);
        device->setParent(m_reply);
    } else if (m_request.method == "POST") {
        m_reply = network->post(request, body);
    } else {
        m_reply = network->sendCustomRequest(request, m_request.method);
    }
    m_sent = true;
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ApiCall::checkAnswerSize);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiCall::checkAnswerSize);
    m_timer.start(timeout());
    qCDebug(lcApi).noquote() << m_request.operation << m_request.method
                             << m_url.path(QUrl::PrettyDecoded) << "sent";
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    if (!reply)
        return;
    m_timer.stop();
    reply->disconnect(this);
    reply->deleteLater();

    // Read the body even when error() is set: 401/404 carry PortOne's envelope.
    ReplySnapshot snapshot;
    snapshot.error = reply->error();
    snapshot.errorString = reply->errorString();
    snapshot.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    snapshot.body = reply->readAll();
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
    if (length.isValid() && (encoding.isEmpty() || encoding == "identity"))
        snapshot.declaredLength = length.toLongLong();
    snapshot.retryAfter = reply->rawHeader("Retry-After");
    snapshot.date = reply->rawHeader("Date");
    m_lastStatus = snapshot.httpStatus;

    // Only look-ups: a state-changing call's answer is small, and its outcome is settled here.
    if (snapshot.body.size() >= OffThreadAnswerBytes && !m_request.changesState) {
        mapOffThread(snapshot);
        return;
    }
    onMapped(mapReply(snapshot, m_request.changesState, m_request.multiLookup));
}

void ApiCall::mapOffThread(const ReplySnapshot &snapshot)
{
    const QPointer<ApiCall> self(this);
    m_transport->answerReader()->start([self, snapshot, handler = m_handler,
                                        multiLookup = m_request.multiLookup] {
        auto mapped = std::make_shared<Result<RawResponse>>(mapReply(snapshot, false, multiLookup));
        std::shared_ptr<Prepared> prepared;
        if (mapped->ok()) {
            prepared = std::make_shared<Prepared>(handler(*mapped));
            mapped.reset(); // the answer's JSON is freed here, not on the GUI thread
        }
        // Back on the GUI thread; `self` is only read there (the call may be gone by then).
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, mapped, prepared] {
                if (!self || self->m_finished)
                    return; // cancelled or abandoned meanwhile: already answered
                if (prepared)
                    self->complete(*prepared, false);
                else
                    self->onMapped(std::move(*mapped));
            },
            Qt::QueuedConnection);
    });
}

void ApiCall::onMapped(Result<RawResponse> result)
{
    const bool unauthorized = !result.ok() && result.error().httpStatus == 401;
    if (unauthorized && m_request.authenticated && m_transport->tokens() && !m_replayed) {
        // The server did not process the call: safe to replay once with a fresh token.
        m_replayed = true;
        qCInfo(lcApi).noquote() << m_request.operation << "got 401; refreshing the token and"
                                << "replaying once";
        m_transport->tokens()->invalidate(std::exchange(m_token, QString()));
        acquireTokenAndSend();
        return;
    }
    finish(std::move(result));
}

ApiError ApiCall::stoppedError(ApiError::Kind kind, const QString &detail) const
{
    ApiError error;
    error.kind = kind;
    error.detail = detail;
    error.outcomeUnknown = m_request.changesState && m_reply != nullptr;
    return error;
}

std::chrono::milliseconds ApiCall::timeout() const
{
    const ClientSettings &settings = m_transport->settings();
    return m_request.timeout.value_or(m_request.waitsOnPg ? settings.pgTimeout : settings.timeout);
}

void ApiCall::checkAnswerSize()
{
    if (m_finished || !m_reply)
        return;
    const qint64 limit = m_transport->settings().maxResponseBytes;
    const QVariant declared = m_reply->header(QNetworkRequest::ContentLengthHeader);
    const qint64 received = m_reply->bytesAvailable();
    if ((!declared.isValid() || declared.toLongLong() <= limit) && received <= limit)
        return;
    m_lastStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    ApiError error = stoppedError(
        ApiError::Kind::TooLarge,
        QStringLiteral("The answer is larger than %1 bytes (%2); it was aborted unread.")
            .arg(limit)
            .arg(declared.isValid() ? QStringLiteral("Content-Length %1").arg(declared.toLongLong())
                                    : QStringLiteral("%1 bytes received").arg(received)));
    error.httpStatus = m_lastStatus;
    error.message = error.detail;
    dropReply();
    finish(error);
}

void ApiCall::onTimeout()
{
    if (m_finished || !m_reply)
        return;
    const auto ms = timeout().count();
    ApiError error
        = stoppedError(ApiError::Kind::Timeout, QStringLiteral("No answer within %1 ms.").arg(ms));
    dropReply();
    finish(error);
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    ApiError error = stoppedError(ApiError::Kind::Cancelled, QStringLiteral("Cancelled."));
    dropReply();
    finish(error);
}

void ApiCall::abandon()
{
    if (m_finished)
        return;
    if (!awaitsStateChange()) {
        cancel();
        return;
    }
    ApiError error = stoppedError(ApiError::Kind::Network,
                                  QStringLiteral("The connection was closed (another profile or "
                                                 "the window closing) before PortOne answered."));
    dropReply();
    finish(error);
}

void ApiCall::onContextDestroyed()
{
    if (m_finished)
        return;
    // The receiver is gone: stop the request, never call back, but keep the history honest.
    const bool wasSent = m_reply != nullptr;
    dropReply();
    m_finished = true;
    m_timer.stop();
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.detail = QStringLiteral("The requesting window was closed.");
    error.outcomeUnknown = m_request.changesState && wasSent;
    publishTrace(error, true);
    deleteLater();
}

void ApiCall::dropReply()
{
    if (QNetworkReply *reply = std::exchange(m_reply, nullptr)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ApiCall::finish(Result<RawResponse> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    m_token.clear();
    if (!result.ok()) {
        ApiError error = result.error();
        error.redactedText = tracemask::serverText(
            m_request, error.message.isEmpty() ? error.detail : error.message);
        result = std::move(error);
    }
    const bool cancelled = !result.ok() && result.error().kind == ApiError::Kind::Cancelled;
    complete(m_handler(std::move(result)), cancelled);
}

void ApiCall::complete(const Prepared &prepared, bool cancelled)
{
    m_finished = true;
    m_timer.stop();
    m_token.clear();
    publishTrace(prepared.error, cancelled);
    const bool deliver = !m_hasContext || m_context;
    deleteLater();
    if (deliver && prepared.deliver)
        prepared.deliver(); // may destroy the transport; nothing of this object is used after
}

void ApiCall::publishTrace(const std::optional<ApiError> &error, bool cancelled)
{
    RequestTrace trace;
    trace.operation = m_request.operation;
    trace.method = m_request.method;
    trace.path = m_url.path(QUrl::PrettyDecoded);
    trace.parameters = tracemask::parameters(m_request);
    if (!m_url.isEmpty())
        trace.origin = m_url.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery
                                      | QUrl::RemoveFragment);
    trace.encodedPath = m_url.path(QUrl::FullyEncoded);
    trace.query = tracemask::query(m_request);
    trace.body = tracemask::body(m_request);
    trace.tierCode = m_request.authenticated ? m_transport->settings().tierCode : QString();
    trace.startedAt = m_startedAt.isValid() ? m_startedAt : m_transport->now();
    trace.durationMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    trace.changesState = m_request.changesState;
    trace.httpStatus = error ? error->httpStatus : m_lastStatus;
    if (error) {
        trace.code = error->code;
        trace.message = tracemask::serverText(
            m_request, error->message.isEmpty() ? error->detail : error->message);
        trace.outcome = error->outcomeUnknown ? RequestTrace::Outcome::Unknown
            : cancelled                       ? RequestTrace::Outcome::Cancelled
                                              : RequestTrace::Outcome::Failed;
    } else {
        trace.code = 0;
        trace.outcome = RequestTrace::Outcome::Ok;
    }
    qCInfo(lcApi).noquote() << trace.operation << trace.method << trace.path << "→"
                            << (trace.httpStatus ? QString::number(trace.httpStatus)
                                                 : QStringLiteral("no answer"))
                            << (error ? ApiError::kindName(error->kind) : QStringLiteral("ok"))
                            << QStringLiteral("%1 ms").arg(trace.durationMs);
    Q_EMIT m_transport->requestFinished(trace);
}

} // namespace portone
