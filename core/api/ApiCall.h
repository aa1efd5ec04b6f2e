#pragma once

#include "core/api/ApiRequest.h"
#include "core/api/Result.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <functional>
#include <optional>

class QNetworkReply;

namespace portone {

class ApiTransport;
struct ReplySnapshot;

// One running request (created by ApiTransport, a child of it). Owns its QNetworkReply and
// its timeout timer; deletes itself (deleteLater) once finished. The handler converts the raw
// answer into the caller's typed result; its delivery is skipped when the context is gone.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    struct Prepared
    {
        std::optional<ApiError> error; // for the trace; empty on success
        std::function<void()> deliver; // runs the caller's callback
    };
    using Handler = std::function<Prepared(Result<RawResponse>)>;

    ApiCall(ApiTransport *transport, ApiRequest request, QObject *context, Handler handler);
    ~ApiCall() override;

    // Starts on the next event-loop turn, so that the callback never runs inside the call
    // that created the request.
    void startQueued();
    void cancel();
    // The connection is going away (another profile, the window closing): a look-up or a call
    // not yet sent is cancelled; a state-changing call already sent ends as an unknown outcome.
    // Either way the caller is answered now and the trace published.
    void abandon();
    bool isRunning() const { return !m_finished; }
    // A state-changing call on the wire: its answer decides whether something changed.
    bool awaitsStateChange() const { return !m_finished && m_request.changesState && m_reply; }
    const ApiRequest &request() const { return m_request; }

    // The URL the request goes to: base URL + percent-encoded path segments + query.
    static QUrl buildUrl(const QUrl &base, const ApiRequest &request);

private:
    void start();
    void acquireTokenAndSend();
    void send(const QString &token);
    void onReplyFinished();
    // A large answer of a look-up (a page of 1000 payments) is read and typed on a worker thread,
    // so that the window does not stop for it; the rest happens here, as for any answer.
    void mapOffThread(const ReplySnapshot &snapshot);
    void onMapped(Result<RawResponse> result);
    void onTimeout();
    void checkAnswerSize(); // aborts an answer over ClientSettings::maxResponseBytes
    std::chrono::milliseconds timeout() const;
    void onContextDestroyed();
    void finish(Result<RawResponse> result);
    void complete(const Prepared &prepared, bool cancelled);
    void dropReply();
    void publishTrace(const std::optional<ApiError> &error, bool cancelled);
    ApiError stoppedError(ApiError::Kind kind, const QString &detail) const;

    ApiTransport *m_transport;
    ApiRequest m_request;
    QPointer<QObject> m_context;
    bool m_hasContext = false;
    Handler m_handler;
    QUrl m_url;
    QNetworkReply *m_reply = nullptr;
    QTimer m_timer;
    QString m_token; // sensitive: kept only for invalidate() after a 401
    QDateTime m_startedAt;
    QElapsedTimer m_elapsed;
    int m_lastStatus = 0;
    bool m_sent = false;
    bool m_replayed = false;
    bool m_finished = false;
};

} // namespace portone
