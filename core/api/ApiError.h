#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace portone {

struct FieldError
{
    QString field; // the API parameter name, e.g. "card_number"
    QString message; // a sentence for the operator, shown next to the field
};
using FieldErrors = QList<FieldError>;

// Every failure the client can report. Kept small and copyable.
struct ApiError
{
    enum class Kind
    {
        Network, // connection refused, reset, DNS, ...
        Timeout, // our per-request timer fired
        Tls, // certificate or handshake failure (never ignored)
        Auth, // 401 after one refresh, or getToken refused
        NotFound, // 404
        Server, // 5xx, or a non-envelope 2xx body
        Refused, // any other 4xx without PortOne's envelope (a gateway's, 429): nothing applied
        ApiCode, // envelope with code != 0
        Parse, // body is not the expected JSON
        Validation, // refused before sending; see fieldErrors
        Cancelled, // the caller cancelled
        ReadOnly, // refused before sending: the profile is read-only and the call changes state
        TooLarge, // the answer exceeded ClientSettings::maxResponseBytes and was aborted
    };

    Kind kind = Kind::Network;
    int httpStatus = 0; // 0 when no HTTP answer was received
    std::optional<int> code; // PortOne envelope code, when there was one
    QString message; // PortOne's message verbatim (usually Korean), or the body's message
    QString detail; // technical detail (Qt network error text, parse error, ...)
    FieldErrors fieldErrors; // for Kind::Validation
    // True when a state-changing request may or may not have been applied by the server
    // (timeout, dropped connection, 5xx). Such requests are never retried automatically.
    bool outcomeUnknown = false;
    // The server's Retry-After (429, 503), in seconds: when a look-up may be sent again.
    std::optional<int> retryAfterSeconds;
    // The message (or, without one, the detail) as it may be stored or logged: what the
    // request sent under a sensitive name, and card numbers, phones, birth dates, CI/DI,
    // masked (tracemask::serverText). Set by the client, which knows the request; when empty,
    // redactedSummary() masks by pattern alone.
    QString redactedText;

    // A plain-language explanation of what happened and what the operator can do.
    QString explanation() const;
    // What went wrong, without the outcome-unknown sentence and the final full stop: for a
    // sentence that names the outcome itself ("… may or may not have gone through (<cause>)").
    QString cause() const;
    // explanation() without the outcome-unknown sentence.
    QString whatWentWrong() const;
    // One line for the screen: "HTTP 404 · code -1 · <message>", the server's text verbatim.
    QString summary() const;
    // The same line as it may be stored (history, audit log) or logged: the server's text
    // redacted.
    QString redactedSummary() const;
    static QString kindName(Kind kind);
};

} // namespace portone
