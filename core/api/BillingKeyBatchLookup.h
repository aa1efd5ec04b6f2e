#pragma once

#include "core/api/BillingKeyModels.h"
#include "core/api/CallHandle.h"
#include "core/api/Result.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace portone {

class PortOneClient;

// Looks up many customer_uids through GET /subscribe/customers?customer_uid[]=… in batches,
// several batches in flight at once, reporting each batch as it arrives. The same code path
// serves the billing-key workspace and the bulk-lookup benchmark.
class BillingKeyBatchLookup : public QObject
{
    Q_OBJECT

public:
    // See the .cpp for why these values.
    static const int BatchSize;
    static const int MaxInFlight;
    // A batch answered 429 is sent again after the server's Retry-After (or DefaultWaitSeconds,
    // at most MaxWaitSeconds), up to MaxThrottledRetries times; then it fails like any other.
    static const int DefaultWaitSeconds;
    static const int MaxWaitSeconds;
    static const int MaxThrottledRetries;

    explicit BillingKeyBatchLookup(PortOneClient *client, QObject *parent = nullptr);
    ~BillingKeyBatchLookup() override; // NOLINT(bugprone-exception-escape): see the .cpp

    // ids: already de-duplicated and without blanks, in the order to report them.
    void start(const QStringList &customerUids);
    void cancel();
    bool isRunning() const;

    int total() const;
    int done() const; // ids answered (found, missing or failed)
    int foundCount() const;
    int missingCount() const;
    int failedCount() const;
    int requestsSent() const;

Q_SIGNALS:
    // One answered batch: the keys found and the requested ids that were not (207 / 404).
    void batchFinished(const QList<portone::BillingKey> &found, const QStringList &missing);
    // A batch that failed as a whole (network, 5xx, auth…): its ids are neither found nor
    // missing; the caller may offer to retry them.
    void batchFailed(const QStringList &customerUids, const portone::ApiError &error);
    void progressChanged(int done, int total);
    // The server answered 429: nothing more is sent for `seconds`, then the look-up resumes
    // by itself (resumed()) with the batches that were refused.
    void paused(int seconds);
    void resumed();
    // After the last batch, or after cancel().
    void finished(bool cancelled);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace portone
