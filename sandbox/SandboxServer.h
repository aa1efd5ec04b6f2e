#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>
#include <chrono>
#include <functional>
#include <memory>

namespace portone::sandbox {

// Credentials the sandbox accepts on POST /users/getToken.
struct SandboxAccount
{
    QString impKey;
    QString impSecret;
};

// Fault injection, all off by default. Applies to every non-/__sandbox route.
struct SandboxFaults
{
    int latencyMs = 0; // delay before answering (at most SandboxServer::maxResponseDelay())
    bool serverError = false; // answer 500 with the envelope
    bool malformedJson = false; // answer 200 with a body that is not JSON
    bool dropConnection = false; // close the socket without answering
    // Never answer: the connection stays open until the client gives up, or closes unanswered
    // after SandboxServer::maxResponseDelay().
    bool hang = false;
    // Answer 403 with a non-envelope gateway body {"statusCode":403,"message":"Forbidden
    // resource"}.
    bool gatewayForbidden = false;
    // Answer 200 with code 1 and a card-company refusal message (PortOne's "200, code != 0").
    bool apiCodeError = false;
    // Refuse every access token (401, code -1, "Unauthorized") on the authenticated routes;
    // /users/getToken still issues new ones, so a renewed token is refused again.
    bool unauthorized = false;
    // Answer 400 with the envelope whose message repeats every value the request sent, as a
    // careless server might (a refusal naming the card number, the person, the birth date).
    bool echoRequest = false;
    // Only requests with this method ("POST", "DELETE", ...) are faulted; empty: all of them.
    // Lets a test fault a state-changing call while the look-ups around it still answer.
    QString onlyMethod = {};
    // The next N faulted requests get 429 Too Many Requests with "Retry-After: 1" (a rate
    // limiter in front of PortOne); the count goes down with each.
    int tooManyRequests = 0;
};

// Behaviour switches where the real API is ambiguous; all default to the documented shape.
struct SandboxOptions
{
    // GET /subscribe/customers/{uid}/schedules answers a plain array of at most 20 (the spec's
    // ScheduleResponse); false: the paged object {total, previous, next, list} the live API
    // returns.
    bool schedulesAsPlainArray = true;
    // The multi-lookups' 207 (some ids found) carries code 1 instead of 0: the records found,
    // and a failure for the rest (another server's reading of the spec).
    bool partialLookupsWithCode = false;
};

class SandboxState;

// A local emulator of the PortOne V1 endpoints in SCOPE.md, on 127.0.0.1 only, strict where
// the spec is strict. Runs in-process (tests, the app's Sandbox profile) or standalone
// (portone-sandbox).
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    using ClockFunction = std::function<QDateTime()>;

    explicit SandboxServer(QObject *parent = nullptr);
    // clock: the server's notion of now (UTC), injectable for token-expiry tests.
    SandboxServer(ClockFunction clock, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1. Returns the port (the OS picks one for 0), or 0 on failure.
    quint16 listen(quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>

    static SandboxAccount defaultAccount();

    // The /__sandbox/ control routes (OTPs, faults, counters) answer only requests that carry
    // this per-run random token in the X-Sandbox-Token header; others get 403. portone-sandbox
    // prints it in its start banner; in-process, whoever owns the server passes it on.
    QString controlToken() const;
    static QByteArray controlTokenHeader(); // "X-Sandbox-Token"

    // The longest a faulted answer is held back: a latency fault is capped at it, and a hung
    // request is closed unanswered after it, so a forgotten fault cannot hold a socket forever.
    std::chrono::milliseconds maxResponseDelay() const;
    void setMaxResponseDelay(std::chrono::milliseconds delay);
    // Accepts one more imp_key/imp_secret pair on getToken, besides the default account, e.g. a
    // saved profile pointed at the sandbox. Each key is accepted only with its own secret.
    void addAccount(const SandboxAccount &account);
    // Adds (or replaces) a Benepia account with this password and point balance.
    void addBenepiaAccount(const QString &user, const QString &password, qint64 points);

    // The OTP issued for an OTP request; empty when unknown. Also served to tests at
    // GET /__sandbox/otp/{imp_uid}.
    QString otpFor(const QString &impUid) const;

    // Counters for tests (also at GET /__sandbox/stats).
    int tokenRequestCount() const;
    int requestCount() const;

    SandboxFaults faults() const;
    void setFaults(const SandboxFaults &faults); // also POST /__sandbox/faults
    void expireAllTokens(); // also POST /__sandbox/expire-tokens

    SandboxOptions options() const;
    void setOptions(const SandboxOptions &options); // also POST /__sandbox/options
    void setSchedulesAsPlainArray(bool plainArray);

    // Adds count more billing keys bench_cust_000001… (cycling the sandbox channels and cards)
    // for the bulk look-up benchmark; returns how many were new. portone-sandbox
    // --seed-billing-keys N.
    int seedBenchmarkBillingKeys(int count);
    // count payments bench_pay_0000001… (imp_700000000001…) spread over the last year across
    // statuses and methods, built on demand (a few bytes each until one is refunded); replaces
    // an earlier series. portone-sandbox --seed-payments N.
    void seedBenchmarkPayments(int count);
    // count scheduled payments of an existing key, from `first` every `step` (paging tests).
    void addScheduleSeries(const QString &customerUid, const QString &merchantUidPrefix,
                           const QDateTime &first, int count, std::chrono::seconds step);

    // The seeded test data: ids the client tests and the UI rely on.
    static QString certificationChannelKey(); // danal, SMS
    static QString certificationAppChannelKey(); // kcp_v2, SMS or APP
    static QString billingChannelKey(); // nice, sandbox api_payment
    static QString benepiaChannelKey(); // kcp, Benepia points
    static QString channelGroupId(); // smart-routing group (2 succeed, 1 fails)
    static QString tierCode(); // ABC
    static QString apiCodeErrorMessage(); // the message of SandboxFaults::apiCodeError
    // A billing key whose card company declines every charge: again, retry and its schedules
    // answer code 0 with a payment whose status is failed and whose fail_reason is
    // declineReason().
    static QString declinedCustomerUid();
    static QString declineReason();

Q_SIGNALS:
    // Printed by portone-sandbox; never sent in any non-sandbox answer.
    void otpIssued(const QString &impUid, const QString &otp);

private:
    std::unique_ptr<SandboxState> m_state;
};

} // namespace portone::sandbox
