#include "core/util/ScheduleWindows.h"

namespace portone {

QList<std::pair<QDateTime, QDateTime>> splitScheduleRange(const QDateTime &from,
                                                          const QDateTime &to)
{
    QList<std::pair<QDateTime, QDateTime>> windows;
    if (!from.isValid() || !to.isValid() || to <= from)
        return windows;
    const QDateTime end = to.toUTC();
    QDateTime start = from.toUTC();
    while (start < end) {
        // Chained from each window's own start: addMonths clamps to the month's last day, so
        // from.addMonths(3 * k) could be more than 3 months after the k-th window's start.
        const QDateTime limit = start.addMonths(3);
        const QDateTime windowEnd = limit < end ? limit : end;
        windows.append({ start, windowEnd });
        start = windowEnd;
    }
    return windows;
}

} // namespace portone
