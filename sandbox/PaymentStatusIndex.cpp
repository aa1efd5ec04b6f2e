#include "sandbox/PaymentStatusIndex.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portone::sandbox {

namespace {

// The searches kept: a search asks for its pages window after window, and a client may have
// a few searches (or windows) going at once.
constexpr std::size_t RecentSearches = 8;

bool matchesStatus(const PaymentStatusQuery &query, const PaymentTimes &times)
{
    if (query.status != u"all"_s && times.status != query.status)
        return false;
    const qint64 at = times.statusTime();
    return at >= query.from && at <= query.to;
}

// The ascending order of the sorting: the key itself, negated when descending.
qint64 orderKey(const PaymentTimes &times, const QString &sorting)
{
    const bool descending = sorting.startsWith(u'-');
    const qint64 key = times.sortKey(descending ? sorting.mid(1) : sorting);
    return descending ? -key : key;
}

} // namespace

PaymentStatusIndex::Page PaymentStatusIndex::page(const SandboxData &data,
                                                  const PaymentStatusQuery &query, qint64 first,
                                                  qint64 limit)
{
    std::vector<Match> stored;
    for (qsizetype i = 0; i < data.payments.size(); ++i) {
        const PaymentTimes times = PaymentTimes::of(data.payments.at(i));
        if (matchesStatus(query, times))
            stored.push_back({ orderKey(times, query.sorting), i });
    }
    std::stable_sort(stored.begin(), stored.end(),
                     [](const Match &a, const Match &b) { return a.key < b.key; });
    const std::vector<Match> &series = seriesMatches(data.benchmarkPayments, query);

    Page page;
    page.total = qint64(stored.size()) + qint64(series.size());
    // Merges the two up to the end of the page; on equal keys the stored payment goes first.
    auto s = stored.cbegin();
    auto b = series.cbegin();
    const qint64 end = std::min(page.total, first + limit);
    for (qint64 position = 0; position < end; ++position) {
        const bool takeStored = b == series.cend() || (s != stored.cend() && s->key <= b->key);
        const PaymentRef ref = takeStored ? (s++)->ref : (b++)->ref;
        if (position >= first)
            page.refs.push_back(ref);
    }
    return page;
}

const std::vector<PaymentStatusIndex::Match> &
PaymentStatusIndex::seriesMatches(const PaymentSeries &series, const PaymentStatusQuery &query)
{
    if (m_generation != series.generation) {
        indexSeries(series);
        m_recent.clear();
        m_generation = series.generation;
    }
    for (auto it = m_recent.begin(); it != m_recent.end(); ++it) {
        if (it->query == query) {
            if (it != m_recent.begin())
                std::rotate(m_recent.begin(), it, std::next(it));
            return m_recent.front().matches;
        }
    }
    SeriesMatches found { query, {} };
    const auto from
        = std::lower_bound(m_byStatusTime.cbegin(), m_byStatusTime.cend(), query.from,
                           [](const SeriesEntry &e, qint64 at) { return e.statusTime < at; });
    const auto to
        = std::upper_bound(from, m_byStatusTime.cend(), query.to,
                           [](qint64 at, const SeriesEntry &e) { return at < e.statusTime; });
    for (auto it = from; it != to; ++it) {
        if (series.stored.contains(it->index))
            continue;
        const PaymentTimes times = series.times(it->index);
        if (matchesStatus(query, times))
            found.matches.push_back({ orderKey(times, query.sorting), -PaymentRef(it->index) });
    }
    // By key, then by index (the ref is minus the index).
    std::sort(found.matches.begin(), found.matches.end(), [](const Match &a, const Match &b) {
        return a.key != b.key ? a.key < b.key : a.ref > b.ref;
    });
    m_recent.push_front(std::move(found));
    if (m_recent.size() > RecentSearches)
        m_recent.pop_back();
    return m_recent.front().matches;
}

void PaymentStatusIndex::indexSeries(const PaymentSeries &series)
{
    m_byStatusTime.clear();
    m_byStatusTime.reserve(std::size_t(series.count));
    for (int index = 1; index <= series.count; ++index)
        m_byStatusTime.push_back({ series.times(index).statusTime(), index });
    std::sort(m_byStatusTime.begin(), m_byStatusTime.end(),
              [](const SeriesEntry &a, const SeriesEntry &b) {
                  return a.statusTime != b.statusTime ? a.statusTime < b.statusTime
                                                      : a.index < b.index;
              });
}

} // namespace portone::sandbox
