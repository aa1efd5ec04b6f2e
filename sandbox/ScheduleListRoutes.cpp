// The schedule look-ups: by customer (GET /subscribe/customers/{customer_uid}/schedules and its
// newer path GET /subscribe/payments/schedule/customers/{customer_uid}, pages of 20) and by range
// across customers (GET /subscribe/payments/schedule, `limit` up to 1000). At most 3 months per
// request; the spec's plain array, or the live API's page object (SandboxOptions).
#include "sandbox/SandboxState.h"
#include "sandbox/Subscriptions.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace portone::sandbox {

namespace {

using Method = QHttpServerRequest::Method;

struct ScheduleFilter
{
    QString customerUid; // empty: every customer
    qint64 from = 0;
    qint64 to = 0;
    QString status; // empty: every status
    bool oldestFirst = false;
};

HttpReply schedulePage(SandboxState &s, const ScheduleFilter &filter, qint64 page, qint64 limit)
{
    QList<QJsonObject> items;
    for (const QJsonObject &item : s.data.schedules.list(filter.customerUid)) {
        const qint64 at = item.value(u"schedule_at"_s).toInteger();
        if (at >= filter.from && at < filter.to
            && (filter.status.isEmpty()
                || item.value(u"schedule_status"_s).toString() == filter.status))
            items.append(item);
    }
    std::stable_sort(items.begin(), items.end(),
                     [&filter](const QJsonObject &a, const QJsonObject &b) {
                         const qint64 x = a.value(u"schedule_at"_s).toInteger();
                         const qint64 y = b.value(u"schedule_at"_s).toInteger();
                         return filter.oldestFirst ? x < y : x > y;
                     });
    const QJsonObject pageObject = pagedItems(items, page, limit);
    if (s.options.schedulesAsPlainArray)
        return envelope::success(pageObject.value(u"list"_s));
    return envelope::success(pageObject);
}

HttpReply customerSchedules(SandboxState &s, const RouteRequest &r)
{
    ParamChecker check(r.params);
    const auto page = check.integer(u"page"_s, false, 1);
    const auto from = check.integer(u"from"_s, true);
    const auto to = check.integer(u"to"_s, true);
    const QString status
        = check.oneOf(u"schedule-status"_s, { u"scheduled"_s, u"executed"_s, u"revoked"_s });
    if (check.ok() && *page < 1)
        check.fail(u"page 는 1 이상의 정수여야 합니다."_s);
    if (check.ok())
        check.fail(scheduleWindowProblem(*from, *to, u"from"_s, u"to"_s));
    if (!check.ok())
        return envelope::badRequest(check.error());
    return schedulePage(s, { r.args.at(0), *from, *to, status, false }, *page, 20);
}

HttpReply schedulesByRange(SandboxState &s, const RouteRequest &r)
{
    ParamChecker check(r.params);
    const auto from = check.integer(u"schedule_from"_s, true);
    const auto to = check.integer(u"schedule_to"_s, true);
    const QString status
        = check.oneOf(u"schedule_status"_s, { u"scheduled"_s, u"executed"_s, u"revoked"_s });
    const auto page = check.integer(u"page"_s, false, 1);
    const auto limit = check.integer(u"limit"_s, false, 20);
    const QString sorting = check.oneOf(u"sorting"_s, { u"scheduled"_s, u"-scheduled"_s });
    if (check.ok() && *page < 1)
        check.fail(u"page 는 1 이상의 정수여야 합니다."_s);
    if (check.ok() && (*limit < 1 || *limit > 1000))
        check.fail(u"limit 는 1 이상 1000 이하의 정수여야 합니다."_s);
    if (check.ok())
        check.fail(scheduleWindowProblem(*from, *to, u"schedule_from"_s, u"schedule_to"_s));
    if (!check.ok())
        return envelope::badRequest(check.error());
    return schedulePage(s, { {}, *from, *to, status, sorting == u"scheduled"_s }, *page, *limit);
}

} // namespace

void registerScheduleListRoutes(SandboxState &state)
{
    state.addRoute(Method::Get, u"/subscribe/customers/{}/schedules"_s, customerSchedules);
    state.addRoute(Method::Get, u"/subscribe/payments/schedule/customers/{}"_s, customerSchedules);
    state.addRoute(Method::Get, u"/subscribe/payments/schedule"_s, schedulesByRange);
}

} // namespace portone::sandbox
