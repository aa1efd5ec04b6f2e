#pragma once

#include "core/api/ApiError.h"
#include "core/api/CallHandle.h"
#include "core/api/PortOneClient.h"
#include "core/api/Result.h"
#include "core/connection/Connection.h"

#include <QObject>
#include <QString>
#include <functional>

class QWidget;

namespace portone {

class ErrorPanel;
class FieldMessages;
class RequestProgress;

// The one request a panel has running, from sending to its answer. It owns the call handle and
// shows the progress bar with Cancel (and announces it); the panel supplies what to send and
// what to do with a success. A failure goes first to the panel's failure handler, when it has
// one and that handler shows it; otherwise validation errors go to the field messages, a
// cancellation (nothing was applied) to a short notice on the progress line, and everything
// else to the error panel. An answer to a superseded request (a newer run(), or clear()) is
// dropped, so an older answer never replaces a newer one. A success handler may run() the next
// step of a multi-request job: the progress line then stays up with the new text.
class RequestLifecycle : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Send = std::function<CallHandle(PortOneClient &client, QObject *context,
                                          PortOneClient::Done<T> done)>;
    template<typename T> using Success = std::function<void(const T &value)>;
    // Returns true when it has shown the failure itself (the default routing is skipped).
    using Failure = std::function<bool(const ApiError &error)>;

    // The widgets are the panel's (it lays them out); fieldMessages may be null. Requests go
    // through whatever profile the connection has open when run() is called.
    RequestLifecycle(Connection &connection, RequestProgress *progress, ErrorPanel *errorPanel,
                     FieldMessages *fieldMessages = nullptr, QObject *parent = nullptr);
    // A panel's request area: its own progress line and error panel, children of panel named
    // <namePrefix>RequestProgress and <namePrefix>ErrorPanel (an empty prefix keeps their own
    // names, requestProgress and errorPanel), which the panel lays out (progress(),
    // errorPanel()). The lifecycle is a child of panel too.
    static RequestLifecycle *forPanel(Connection &connection, QWidget *panel,
                                      const QString &namePrefix,
                                      FieldMessages *fieldMessages = nullptr);

    RequestProgress *progress() const { return m_progress; }
    ErrorPanel *errorPanel() const { return m_errorPanel; }

    // Sends through the open profile's client. False, and nothing sent, while a request is
    // running (a double click) or without an open profile. what: the progress line. The
    // request has ended (isBusy() is false) when a handler runs.
    template<typename T>
    bool run(const QString &what, const Send<T> &send, Success<T> onSuccess, Failure onFailure = {})
    {
        PortOneClient *client = m_connection.client();
        if (!client || isBusy())
            return false;
        const quint64 generation = begin();
        auto done = [this, generation, onSuccess = std::move(onSuccess),
                     onFailure = std::move(onFailure)](Result<T> result) {
            if (generation != m_generation)
                return; // superseded: a newer request or clear() owns the panel now
            end();
            if (result.ok())
                onSuccess(result.value());
            else
                route(result.error(), onFailure);
        };
        start(what, send(*client, this, std::move(done)));
        return true;
    }

    bool isBusy() const;
    // Cancels the running request; its answer arrives as a cancellation.
    void cancel();
    // Drops the running look-up (cancelled, its answer ignored) and clears the error panel and
    // the notice: the panel shows something else now. Not for a sent state-changing call: its
    // answer must be shown (the connection answers those before the profile changes).
    void clear();
    // The error panel, for failures a panel finds before sending (no request runs).
    void showError(const ApiError &error);

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    quint64 begin();
    void start(const QString &what, CallHandle call);
    void route(const ApiError &error, const Failure &onFailure);
    void end();

    Connection &m_connection;
    RequestProgress *m_progress;
    ErrorPanel *m_errorPanel;
    FieldMessages *m_fieldMessages;
    CallHandle m_call;
    QString m_what;
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace portone
