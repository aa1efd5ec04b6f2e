#include "core/api/BillingKeyBatchLookup.h"

#include "core/api/PortOneClient.h"
#include "core/validation/InputRules.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace portone {

// BatchSize: every id travels in the query string as `customer_uid%5B%5D=<id>&`, about 19
// characters of parameter name plus the percent-encoded id (a customer_uid may be 80
// characters). 50 plain 80-character ids make 50 × ~100 = ~5 KB of query, which keeps the URL
// under ~6 KB — well below the 8 KB request-line limit common in proxies and gateways — while
// 10,000 ids still need only 200 requests. Ids that grow a lot when percent-encoded (Korean,
// spaces, slashes) also close a batch early once its encoded query reaches QueryBudget.
const int BillingKeyBatchLookup::BatchSize = 50;
// MaxInFlight: a few batches at once hide the round-trip latency without flooding the API
// (PortOne rate-limits per merchant) and stay under Qt's six connections per host, leaving
// room for the token refresh and the other screens' requests.
const int BillingKeyBatchLookup::MaxInFlight = 4;
// A 429 without Retry-After waits 2 s; a Retry-After beyond a minute is capped (the operator
// sees the wait and can cancel); five refusals of the same batch end it as failed.
const int BillingKeyBatchLookup::DefaultWaitSeconds = 2;
const int BillingKeyBatchLookup::MaxWaitSeconds = 60;
const int BillingKeyBatchLookup::MaxThrottledRetries = 5;

namespace {
constexpr int QueryBudget = 6000 - 200; // bytes of query; 200 for scheme, host and path
constexpr int ParameterOverhead = 20; // "customer_uid%5B%5D=" and "&"

int encodedSize(const QString &id)
{
    return int(QUrl::toPercentEncoding(id).size()) + ParameterOverhead;
}

QList<QStringList> splitIntoBatches(const QStringList &ids)
{
    QList<QStringList> batches;
    QStringList current;
    int currentSize = 0;
    for (const QString &id : ids) {
        const int size = encodedSize(id);
        if (!current.isEmpty()
            && (current.size() >= BillingKeyBatchLookup::BatchSize
                || currentSize + size > QueryBudget)) {
            batches << current;
            current.clear();
            currentSize = 0;
        }
        current << id;
        currentSize += size;
    }
    if (!current.isEmpty())
        batches << current;
    return batches;
}
} // namespace

struct BillingKeyBatchLookup::State
{
    explicit State(BillingKeyBatchLookup *owner)
        : q(owner)
    { }
    void sendMore();
    void finishBatch(int number, const BillingKeyBatch &batch);
    void finishBatch(int number, const QStringList &ids, const ApiError &error);
    void sendAgainLater(int number, const QStringList &ids, const ApiError &error);

    BillingKeyBatchLookup *q;
    QPointer<PortOneClient> client;
    QList<QStringList> pending; // batches not yet sent, in order
    QHash<int, CallHandle> inFlight; // batch number → request
    int nextBatch = 0;
    QHash<int, int> throttledRetries; // batch number → how many 429s it took before
    bool paused = false; // after a 429, until the wait is over
    int generation = 0; // bumped by start() and cancel(): late answers are ignored
    bool running = false;
    int total = 0;
    int done = 0;
    int found = 0;
    int missing = 0;
    int failed = 0;
    int requestsSent = 0;
};

BillingKeyBatchLookup::BillingKeyBatchLookup(PortOneClient *client, QObject *parent)
    : QObject(parent)
    , m_state(std::make_unique<State>(this))
{
    m_state->client = client;
}

// Cancelling runs the requesters' completion handlers; clang-tidy sees their bodies only in a
// unity translation unit and cannot rule out a throw in the standard library code they use.
// NOLINTNEXTLINE(bugprone-exception-escape)
BillingKeyBatchLookup::~BillingKeyBatchLookup()
{
    ++m_state->generation;
    for (CallHandle &handle : m_state->inFlight)
        handle.cancel();
}

void BillingKeyBatchLookup::start(const QStringList &customerUids)
{
    if (m_state->running)
        cancel();
    State &s = *m_state;
    ++s.generation;
    s.inFlight.clear();
    s.nextBatch = 0;
    s.throttledRetries.clear();
    s.paused = false;
    s.total = int(customerUids.size());
    s.done = s.found = s.missing = s.failed = s.requestsSent = 0;
    s.running = true;

    // Ids the API cannot take in a path/query (blank, control characters) are reported as
    // failed on their own instead of making the client refuse a whole batch.
    QStringList sendable;
    QStringList refused;
    FieldErrors errors;
    for (const QString &id : customerUids) {
        if (const auto problem = rules::pathId(id)) {
            refused << id;
            errors << FieldError { QStringLiteral("customer_uid[]"), *problem };
        } else {
            sendable << id;
        }
    }
    s.pending = splitIntoBatches(sendable);

    const int generation = s.generation;
    QTimer::singleShot(0, this, [this, generation, refused, errors] {
        if (generation != m_state->generation)
            return;
        if (!refused.isEmpty()) {
            ApiError error;
            error.kind = ApiError::Kind::Validation;
            error.fieldErrors = errors;
            error.message = errors.first().message;
            m_state->failed += int(refused.size());
            m_state->done += int(refused.size());
            Q_EMIT batchFailed(refused, error);
            Q_EMIT progressChanged(m_state->done, m_state->total);
        }
        m_state->sendMore();
    });
}

void BillingKeyBatchLookup::State::sendMore()
{
    State &s = *this;
    if (!s.running || s.paused)
        return;
    while (s.inFlight.size() < MaxInFlight && s.nextBatch < s.pending.size()) {
        const int number = s.nextBatch++;
        const QStringList ids = s.pending.at(number);
        if (!s.client) {
            ApiError error;
            error.kind = ApiError::Kind::Network;
            error.message = BillingKeyBatchLookup::tr("No active connection profile.");
            finishBatch(number, ids, error);
            continue;
        }
        const int sentIn = s.generation;
        ++s.requestsSent;
        // The slot is taken before the call so that the in-flight limit holds; the handle is
        // stored afterwards unless the answer already came (callbacks are asynchronous, but
        // this does not rely on it).
        s.inFlight.insert(number, CallHandle());
        const CallHandle handle = s.client->getBillingKeys(
            ids, q, [this, sentIn, number, ids](Result<BillingKeyBatch> result) {
                if (sentIn != generation)
                    return;
                if (result.ok())
                    finishBatch(number, result.value());
                else if (result.error().httpStatus == 429
                         && throttledRetries.value(number) < MaxThrottledRetries)
                    sendAgainLater(number, ids, result.error());
                else
                    finishBatch(number, ids, result.error());
            });
        if (s.inFlight.contains(number))
            s.inFlight[number] = handle;
    }
    if (s.inFlight.isEmpty() && s.nextBatch >= s.pending.size() && s.running) {
        s.running = false;
        Q_EMIT q->finished(false);
    }
}

void BillingKeyBatchLookup::State::finishBatch(int number, const BillingKeyBatch &batch)
{
    State &s = *this;
    s.inFlight.remove(number);
    s.found += int(batch.found.size());
    s.missing += int(batch.missing.size());
    s.failed += int(batch.failed.size());
    // The answer lists each found key once; duplicates were removed by the caller.
    s.done += int(batch.found.size() + batch.missing.size() + batch.failed.size());
    if (!batch.failed.isEmpty())
        Q_EMIT q->batchFailed(batch.failed, batch.failure.value_or(ApiError()));
    Q_EMIT q->batchFinished(batch.found, batch.missing);
    Q_EMIT q->progressChanged(s.done, s.total);
    sendMore();
}

// A look-up changes nothing, so a refused batch can go again: at the end of the queue, once
// the server's wait is over. Nothing else is sent meanwhile.
void BillingKeyBatchLookup::State::sendAgainLater(int number, const QStringList &ids,
                                                  const ApiError &error)
{
    State &s = *this;
    s.inFlight.remove(number);
    s.throttledRetries.insert(int(s.pending.size()), s.throttledRetries.value(number) + 1);
    s.pending.append(ids);
    if (s.paused)
        return;
    s.paused = true;
    const int seconds
        = std::clamp(error.retryAfterSeconds.value_or(DefaultWaitSeconds), 1, MaxWaitSeconds);
    Q_EMIT q->paused(seconds);
    const int pausedIn = s.generation;
    QTimer::singleShot(std::chrono::seconds(seconds), q, [this, pausedIn] {
        if (pausedIn != generation || !paused)
            return;
        paused = false;
        Q_EMIT q->resumed();
        sendMore();
    });
}

void BillingKeyBatchLookup::State::finishBatch(int number, const QStringList &ids,
                                               const ApiError &error)
{
    State &s = *this;
    s.inFlight.remove(number);
    s.failed += int(ids.size());
    s.done += int(ids.size());
    Q_EMIT q->batchFailed(ids, error);
    Q_EMIT q->progressChanged(s.done, s.total);
    sendMore();
}

void BillingKeyBatchLookup::cancel()
{
    State &s = *m_state;
    if (!s.running)
        return;
    s.running = false;
    ++s.generation; // the Cancelled answers of the aborted batches are ignored
    const QHash<int, CallHandle> inFlight = std::exchange(s.inFlight, {});
    for (CallHandle handle : inFlight)
        handle.cancel();
    Q_EMIT finished(true);
}

bool BillingKeyBatchLookup::isRunning() const
{
    return m_state->running;
}

int BillingKeyBatchLookup::total() const
{
    return m_state->total;
}

int BillingKeyBatchLookup::done() const
{
    return m_state->done;
}

int BillingKeyBatchLookup::foundCount() const
{
    return m_state->found;
}

int BillingKeyBatchLookup::missingCount() const
{
    return m_state->missing;
}

int BillingKeyBatchLookup::failedCount() const
{
    return m_state->failed;
}

int BillingKeyBatchLookup::requestsSent() const
{
    return m_state->requestsSent;
}

} // namespace portone
