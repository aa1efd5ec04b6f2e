#pragma once

#include "core/api/ApiCall.h"
#include "core/api/ApiRequest.h"
#include "core/api/CallHandle.h"
#include "core/api/PortOneClient.h"
#include "core/api/RequestTrace.h"
#include "core/api/Result.h"
#include "core/util/Clock.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <functional>
#include <memory>

namespace portone {

class TokenManager;

// The one request path. Every call, getToken included, goes through start(): it refuses
// state-changing calls when settings().readOnly (ApiError::Kind::ReadOnly, nothing sent) and
// non-https hosts (loopback excepted), adds the token, Tier and User-Agent, applies the
// timeout, maps the reply to Result, replays once after a 401, emits a masked trace and
// delivers the result at most once, never after the context is destroyed.
class ApiTransport : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Parser = std::function<Result<T>(const RawResponse &)>;
    template<typename T> using Done = std::function<void(Result<T>)>;

    // tokens may be null for a transport that only makes unauthenticated calls (getToken).
    ApiTransport(QNetworkAccessManager *network, TokenManager *tokens, ClientSettings settings,
                 QObject *parent = nullptr);

    template<typename T>
    CallHandle send(ApiRequest request, QObject *context, Parser<T> parse, Done<T> done)
    {
        const bool changesState = request.changesState;
        ApiCall::Handler handler = [parse = std::move(parse), done = std::move(done),
                                    changesState](Result<RawResponse> raw) {
            auto typed = std::make_shared<Result<T>>(raw.ok() ? parse(raw.value())
                                                              : Result<T>(raw.error()));
            if (raw.ok() && !typed->ok()) {
                ApiError error = typed->error();
                error.httpStatus = raw.value().httpStatus;
                error.outcomeUnknown = changesState; // the server answered, we could not read it
                typed = std::make_shared<Result<T>>(std::move(error));
            }
            ApiCall::Prepared prepared;
            if (!typed->ok())
                prepared.error = typed->error();
            prepared.deliver = [done, typed] { done(std::move(*typed)); };
            return prepared;
        };
        return start(std::move(request), context, std::move(handler));
    }

    // Delivers an error without sending anything (validation refusals), asynchronously.
    template<typename T> void refuse(ApiError error, QObject *context, Done<T> done)
    {
        QTimer::singleShot(0, context ? context : this,
                           [error = std::move(error), done = std::move(done)] { done(error); });
    }

    // The state-changing calls on the wire, oldest first (see ApiCall::awaitsStateChange).
    QList<ApiRequest> stateChangesInFlight() const;
    // Ends every running call now (ApiCall::abandon), each caller answered.
    void abandonAll();

    // "now" for the traces' start times; null (the default): system time.
    void setClock(const Clock *clock) { m_clock = clock; }
    QDateTime now() const { return m_clock ? m_clock->now() : SystemClock().now(); }

    QNetworkAccessManager *network() const { return m_network; }
    TokenManager *tokens() const { return m_tokens; }
    const ClientSettings &settings() const { return m_settings; }
    QByteArray userAgent() const;
    // One worker thread that reads large look-up answers (ApiCall), in the order they came.
    QThreadPool *answerReader() { return &m_answerReader; }

    // Empty when the URL may be used; otherwise why not (https required off loopback, and
    // everywhere when httpsOnly).
    static QString transportProblem(const QUrl &url, bool httpsOnly = false);
    static QByteArray defaultUserAgent();

Q_SIGNALS:
    void requestFinished(const portone::RequestTrace &trace);

private:
    CallHandle start(ApiRequest request, QObject *context, ApiCall::Handler handler);

    QPointer<QNetworkAccessManager> m_network;
    TokenManager *m_tokens;
    ClientSettings m_settings;
    const Clock *m_clock = nullptr;
    QThreadPool m_answerReader;
};

} // namespace portone
