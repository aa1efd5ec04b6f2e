#include "core/api/SchedulePaging.h"

#include <algorithm>

namespace portone {

int SchedulePaging::nextPage(const SchedulePage &page, int pageNumber)
{
    if (pageNumber >= MaxPages)
        return 0;
    if (page.pagedObject)
        return page.next > pageNumber ? page.next : 0;
    bool anyNew = false;
    for (const Schedule &schedule : page.list) {
        const QString identity = scheduleIdentity(schedule);
        if (!m_seen.contains(identity)) {
            m_seen.insert(identity);
            anyNew = true;
        }
    }
    m_longest = std::max(m_longest, page.list.size());
    const bool shorter = page.list.size() < std::max(m_longest, m_pageSize);
    if (page.list.isEmpty() || shorter || !anyNew)
        return 0;
    return pageNumber + 1;
}

QList<Schedule> SchedulePaging::unseen(const SchedulePage &page) const
{
    QList<Schedule> fresh;
    for (const Schedule &schedule : page.list) {
        if (!m_seen.contains(scheduleIdentity(schedule)))
            fresh.append(schedule);
    }
    return fresh;
}

void SchedulePaging::reset()
{
    m_longest = 0;
    m_seen.clear();
}

} // namespace portone
