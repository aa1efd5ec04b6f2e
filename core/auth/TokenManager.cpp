#include "core/auth/TokenManager.h"

#include "core/api/ApiTransport.h"
#include "core/util/Clock.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <utility>

namespace portone {

Q_LOGGING_CATEGORY(lcAuth, "portone.auth")

namespace {

// Below this much remaining life a cached token is not handed out any more.
constexpr qint64 SafetySecs = 10;
// PortOne extends a token only when asked within its last minute.
constexpr qint64 ExtensionWindowSecs = 60;

Result<AccessToken> parseToken(const RawResponse &raw)
{
    const QJsonObject object = raw.response.toObject();
    const QJsonValue token = object.value(QLatin1String("access_token"));
    const QJsonValue expiredAt = object.value(QLatin1String("expired_at"));
    const QJsonValue now = object.value(QLatin1String("now"));
    if (!token.isString() || token.toString().isEmpty() || !expiredAt.isDouble()
        || !now.isDouble()) {
        ApiError error;
        error.kind = ApiError::Kind::Parse;
        error.detail = QStringLiteral("getToken answered without access_token, expired_at or now.");
        return error;
    }
    AccessToken result;
    result.token = token.toString();
    result.expiresAt = QDateTime::fromSecsSinceEpoch(qint64(expiredAt.toDouble()), Qt::UTC);
    result.serverNow = QDateTime::fromSecsSinceEpoch(qint64(now.toDouble()), Qt::UTC);
    return result;
}

} // namespace

TokenManager::TokenManager(QNetworkAccessManager *network, CredentialSource *credentials,
                           const Clock *clock, ClientSettings settings, QObject *parent)
    : QObject(parent)
    , m_transport(new ApiTransport(network, nullptr, std::move(settings), this))
    , m_credentials(credentials)
    , m_clock(clock)
{
    m_transport->setClock(clock);
    connect(m_transport, &ApiTransport::requestFinished, this, &TokenManager::requestFinished);
}

TokenManager::~TokenManager()
{
    // A running getToken is aborted when the transport goes; take it down while this object
    // is whole, and let its late answer find nothing to do.
    m_closing = true;
    m_waiters.clear();
    disconnect(m_transport, nullptr, this, nullptr);
    delete m_transport;
}

QDateTime TokenManager::serverNow() const
{
    return m_clock->now().addMSecs(m_offset.count());
}

bool TokenManager::isFresh() const
{
    return m_token && serverNow().secsTo(m_token->expiresAt) > m_margin.count();
}

bool TokenManager::isUsable() const
{
    return m_token && serverNow().secsTo(m_token->expiresAt) > SafetySecs;
}

void TokenManager::acquire(QObject *context, Done done)
{
    const bool waitForExtension = m_refreshNotBefore.isValid() && serverNow() < m_refreshNotBefore;
    if (!m_fetching && (isFresh() || (isUsable() && waitForExtension))) {
        done(*m_token);
        return;
    }
    m_waiters.append(Waiter { QPointer<QObject>(context), context != nullptr, std::move(done) });
    if (!m_fetching)
        fetch();
}

void TokenManager::invalidate(const QString &token)
{
    if (!m_token || m_token->token != token)
        return; // already replaced by a newer token
    qCInfo(lcAuth) << "access token rejected by the server; it will be renewed";
    m_token.reset();
    m_refreshNotBefore = QDateTime();
    if (!m_fetching)
        setState(TokenState::Status::NoToken);
}

void TokenManager::reset()
{
    ++m_generation;
    m_token.reset();
    m_refreshNotBefore = QDateTime();
    m_offset = std::chrono::milliseconds(0);
    if (m_fetching) {
        m_fetchCall.cancel(); // onToken() sees the old generation and starts over
        return;
    }
    setState(TokenState::Status::NoToken);
}

void TokenManager::fetch()
{
    m_fetching = true;
    setState(TokenState::Status::Refreshing);
    const quint64 generation = m_generation;
    qCDebug(lcAuth) << "requesting an access token";
    m_credentials->fetchCredentials(this, [this, generation](Result<ApiCredentials> credentials) {
        onCredentials(generation, std::move(credentials));
    });
}

void TokenManager::onCredentials(quint64 generation, Result<ApiCredentials> credentials)
{
    if (m_closing)
        return;
    if (generation != m_generation) {
        fetch();
        return;
    }
    if (!credentials.ok()) {
        onToken(generation, credentials.error());
        return;
    }
    ApiRequest request;
    request.operation = QStringLiteral("getToken");
    request.method = "POST";
    request.path = { QStringLiteral("users"), QStringLiteral("getToken") };
    request.authenticated = false;
    request.body = QJsonObject { { QStringLiteral("imp_key"), credentials.value().impKey },
                                 { QStringLiteral("imp_secret"), credentials.value().impSecret } };
    m_fetchCall = m_transport->send<AccessToken>(
        std::move(request), this, &parseToken,
        [this, generation](Result<AccessToken> token) { onToken(generation, std::move(token)); });
}

void TokenManager::onToken(quint64 generation, Result<AccessToken> token)
{
    m_fetchCall = CallHandle();
    if (m_closing)
        return;
    if (generation != m_generation) {
        fetch(); // the credentials changed while this answer was on its way
        return;
    }
    m_fetching = false;
    if (token.ok()) {
        AccessToken fresh = token.value();
        m_offset = std::chrono::milliseconds(m_clock->now().msecsTo(fresh.serverNow));
        const qint64 remaining = fresh.serverNow.secsTo(fresh.expiresAt);
        // The same expiry again: PortOne extends only in the last minute, wait for it.
        m_refreshNotBefore = remaining <= m_margin.count()
            ? fresh.expiresAt.addSecs(-ExtensionWindowSecs)
            : QDateTime();
        m_token = fresh;
        qCInfo(lcAuth) << "access token valid for" << remaining << "s; clock offset"
                       << m_offset.count() << "ms";
        setState(TokenState::Status::Valid);
        deliver(*m_token);
        return;
    }
    const ApiError &error = token.error();
    if (isUsable()) {
        qCWarning(lcAuth).noquote()
            << "token refresh failed, keeping the current token:" << error.redactedSummary();
        m_refreshNotBefore = serverNow().addSecs(std::min<qint64>(30, m_margin.count()));
        setState(TokenState::Status::Valid);
        deliver(*m_token);
        return;
    }
    m_token.reset();
    qCWarning(lcAuth).noquote() << "getToken failed:" << error.redactedSummary();
    setState(TokenState::Status::Failed,
             error.message.isEmpty() ? error.explanation() : error.message);
    deliver(error);
}

void TokenManager::deliver(const Result<AccessToken> &result)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (!waiter.hasContext || waiter.context)
            waiter.done(result);
    }
}

void TokenManager::setState(TokenState::Status status, const QString &reason)
{
    TokenState state;
    state.status = status;
    state.reason = reason;
    if (status == TokenState::Status::Valid && m_token)
        state.expiresAt = m_token->expiresAt.addMSecs(-m_offset.count());
    if (state.status == m_state.status && state.expiresAt == m_state.expiresAt
        && state.reason == m_state.reason)
        return;
    m_state = state;
    Q_EMIT stateChanged(m_state);
}

} // namespace portone
