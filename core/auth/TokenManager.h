#pragma once

#include "core/api/CallHandle.h"
#include "core/api/PortOneClient.h"
#include "core/api/ReferenceModels.h"
#include "core/api/RequestTrace.h"
#include "core/api/Result.h"
#include "core/auth/CredentialSource.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace portone {

class ApiTransport;
class Clock;

// What the status bar shows about the access token of one profile.
struct TokenState
{
    enum class Status
    {
        NoToken,
        Valid,
        Refreshing,
        Failed
    };
    Status status = Status::NoToken;
    QDateTime expiresAt; // Valid: expiry on the desktop's clock (skew corrected), UTC
    QString reason; // Failed: PortOne's message, or what went wrong
};

// The access token of one profile (one instance per profile, made by its Connection).
// - lazy: the first acquire() fetches a token with POST /users/getToken (imp_key/imp_secret
//   from the CredentialSource, as a JSON body) through the same request path as every call;
// - cached until less than refreshMargin (default 120 s) remains, judged in server time
//   (offset = server "now" - local clock at receipt), so a desktop clock hours off still works;
// - PortOne answers the same token until the last minute of its life, then extends it by
//   5 minutes: a refresh that returns the old expiry is accepted, and the next refresh waits
//   for that last minute;
// - single flight: every acquire() while a getToken is running waits for that one;
// - invalidate(token) after a 401 drops the token unless a newer one is already cached.
// The token is never logged; traces mask imp_secret.
class TokenManager : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(Result<AccessToken>)>;

    // settings: baseUrl, userAgent and timeout are used; tierCode is not (getToken has none).
    TokenManager(QNetworkAccessManager *network, CredentialSource *credentials, const Clock *clock,
                 ClientSettings settings, QObject *parent = nullptr);
    ~TokenManager() override;

    // Calls done once with a usable token or the reason there is none, unless context is
    // destroyed first. Calls back immediately when a fresh token is cached.
    void acquire(QObject *context, Done done);
    // After a 401 with this token. Ignored when a different (newer) token is cached.
    void invalidate(const QString &token);
    // Credentials changed: forget the token; a running getToken is restarted.
    void reset();

    TokenState state() const { return m_state; }
    void setRefreshMargin(std::chrono::seconds margin) { m_margin = margin; }
    std::chrono::seconds refreshMargin() const { return m_margin; }
    // Server clock minus desktop clock, measured at the last getToken.
    std::chrono::milliseconds clockOffset() const { return m_offset; }
    const Clock *clock() const { return m_clock; }

Q_SIGNALS:
    void stateChanged(const portone::TokenState &state);
    // getToken traces (imp_secret masked), for the request history.
    void requestFinished(const portone::RequestTrace &trace);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        Done done;
    };

    void fetch();
    void onCredentials(quint64 generation, Result<ApiCredentials> credentials);
    void onToken(quint64 generation, Result<AccessToken> token);
    void deliver(const Result<AccessToken> &result);
    void setState(TokenState::Status status, const QString &reason = {});
    QDateTime serverNow() const;
    bool isFresh() const;
    bool isUsable() const;

    ApiTransport *m_transport;
    CredentialSource *m_credentials;
    const Clock *m_clock;
    std::optional<AccessToken> m_token;
    std::chrono::milliseconds m_offset { 0 };
    QDateTime m_refreshNotBefore; // server time; set when a refresh returned the old expiry
    QList<Waiter> m_waiters;
    CallHandle m_fetchCall;
    bool m_fetching = false;
    bool m_closing = false;
    quint64 m_generation = 0;
    std::chrono::seconds m_margin { 120 };
    TokenState m_state;
};

} // namespace portone
