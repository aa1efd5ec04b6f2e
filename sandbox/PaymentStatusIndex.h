#pragma once

#include "sandbox/SandboxData.h"

#include <QString>
#include <deque>
#include <vector>

namespace portone::sandbox {

// What GET /payments/status asks: payments whose final status is `status` (or any, "all") at a
// time in [from, to], ordered by `sorting` ("-started", "paid", …).
struct PaymentStatusQuery
{
    QString status;
    qint64 from = 0;
    qint64 to = 0;
    QString sorting;

    bool operator==(const PaymentStatusQuery &) const = default;
};

// Which payments a status search finds, in its order, and the page of them: the same answer as
// sorting every payment on every request, without walking the benchmark series each time.
//
// The stored payments (SandboxData::payments: the seeded ones, the ones made or refunded since)
// are read on every request, so a change to one shows on the next page asked for. The series
// payments not stored are fixed by (count, seededAt): they are indexed once by the time of their
// final status, and each search's sorted matches among them are kept for the next pages of the
// same search, until PaymentSeries::generation says a series payment was stored or the series
// replaced. Among equal sort keys, stored payments come first in stored order, then series
// payments by index.
class PaymentStatusIndex
{
public:
    struct Page
    {
        qint64 total = 0;
        std::vector<PaymentRef> refs; // the page's payments, in order
    };

    // Payments first (0-based) to first + limit - 1 of the query's matches.
    Page page(const SandboxData &data, const PaymentStatusQuery &query, qint64 first, qint64 limit);

private:
    struct Match
    {
        qint64 key; // the sort key, negated for a descending sorting
        PaymentRef ref;
    };
    struct SeriesEntry
    {
        qint64 statusTime;
        int index;
    };
    struct SeriesMatches
    {
        PaymentStatusQuery query;
        std::vector<Match> matches;
    };

    const std::vector<Match> &seriesMatches(const PaymentSeries &series,
                                            const PaymentStatusQuery &query);
    void indexSeries(const PaymentSeries &series);

    int m_generation = -1; // of the series indexed below
    std::vector<SeriesEntry> m_byStatusTime; // every series payment, by the time of its status
    std::deque<SeriesMatches> m_recent; // the latest searches first
};

} // namespace portone::sandbox
