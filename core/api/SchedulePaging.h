#pragma once

#include "core/api/PaymentModels.h"

#include <QSet>
#include <QString>

namespace portone {

// What tells two listed schedules apart (a merchant_uid is unique per customer).
inline QString scheduleIdentity(const Schedule &schedule)
{
    return schedule.merchantUid + u'\n' + schedule.customerUid;
}

// Which page of a schedule look-up to ask for next, within one time window. The live API
// answers a page object {total, previous, next, list}: its `next` decides. The spec's shape is a
// plain array with no page facts: ask for the next page until one comes back short, empty, or
// with only schedules already seen (a server that ignores `page`). Short: fewer than the longest
// page so far and fewer than the page size asked for: the range look-up's `limit`, or 20 for the
// per-customer look-ups (the spec gives them no page size; 20 is the default `limit` of the
// range look-up, which the spec says behaves the same).
class SchedulePaging
{
public:
    static constexpr int MaxPages = 1000;
    static constexpr qsizetype DocumentedPageSize = 20;

    SchedulePaging() = default;
    explicit SchedulePaging(qsizetype pageSize)
        : m_pageSize(pageSize)
    { }

    // After page number `pageNumber` arrived: the next page to ask for, or 0 when done.
    int nextPage(const SchedulePage &page, int pageNumber);
    // The schedules of a page not listed by an earlier page of this window (ask before
    // nextPage(), which counts them as seen).
    QList<Schedule> unseen(const SchedulePage &page) const;
    void reset();

private:
    qsizetype m_pageSize = DocumentedPageSize;
    qsizetype m_longest = 0;
    QSet<QString> m_seen;
};

} // namespace portone
