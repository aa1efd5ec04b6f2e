#pragma once

#include <QDateTime>
#include <QList>
#include <utility>

namespace portone {

// PortOne answers GET /subscribe/customers/{customer_uid}/schedules for at most 3 months at a
// time ("최대 3개월 단위로 조회가 가능"): `to` may not be later than `from.addMonths(3)`.
// Splits [from, to) into consecutive half-open windows that each satisfy that limit; the first
// starts at `from`, each next one starts where the previous ended, the last ends at `to`.
// The limit is computed in UTC (like the server, which receives unix timestamps), so the
// windows are returned in UTC. Empty when a time is invalid or `to` is not after `from`.
QList<std::pair<QDateTime, QDateTime>> splitScheduleRange(const QDateTime &from,
                                                          const QDateTime &to);

} // namespace portone
