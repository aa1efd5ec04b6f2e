// GET /subscribe/customers/{customer_uid}/payments and …/schedules.
#include "sandbox/SandboxState.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace portone::sandbox {

namespace {

using Method = QHttpServerRequest::Method;
constexpr int kPageSize = 20;

// {total, previous, next, list} for one 1-based page of items.
QJsonObject paged(const QList<QJsonObject> &items, qint64 page)
{
    const qint64 total = items.size();
    QJsonArray list;
    for (qint64 i = (page - 1) * kPageSize; i < std::min(total, page * kPageSize); ++i)
        list.append(items.at(i));
    return { { u"total"_s, total },
             { u"previous"_s, page > 1 ? page - 1 : 0 },
             { u"next"_s, page * kPageSize < total ? page + 1 : 0 },
             { u"list"_s, list } };
}

HttpReply payments(SandboxState &s, const RouteRequest &r)
{
    const QString uid = r.args.at(0);
    ParamChecker check(r.params);
    const auto page = check.integer(u"page"_s, false, 1);
    if (check.ok() && *page < 1)
        check.fail(u"page 는 1 이상의 정수여야 합니다."_s);
    if (!check.ok())
        return envelope::badRequest(check.error());
    const bool keyExists = s.data.billingKeys.contains(uid);
    QList<QJsonObject> items;
    for (const QJsonObject &p : s.data.payments) {
        if (p.value(u"customer_uid"_s).toString() == uid)
            items.append(p);
    }
    if (!keyExists && items.isEmpty())
        return envelope::notFound(u"유효하지 않은 customer_uid 입니다. (%1)"_s.arg(uid));
    std::stable_sort(items.begin(), items.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(u"started_at"_s).toInteger() > b.value(u"started_at"_s).toInteger();
    });
    return envelope::success(paged(items, *page));
}

HttpReply schedules(SandboxState &s, const RouteRequest &r)
{
    const QString uid = r.args.at(0);
    ParamChecker check(r.params);
    const auto page = check.integer(u"page"_s, false, 1);
    const auto from = check.integer(u"from"_s, true);
    const auto to = check.integer(u"to"_s, true);
    const QString status
        = check.oneOf(u"schedule-status"_s, { u"scheduled"_s, u"executed"_s, u"revoked"_s });
    if (check.ok() && *page < 1)
        check.fail(u"page 는 1 이상의 정수여야 합니다."_s);
    if (check.ok() && *to <= *from)
        check.fail(u"to 는 from 보다 큰 시각이어야 합니다."_s);
    if (check.ok()) {
        const qint64 limit
            = QDateTime::fromSecsSinceEpoch(*from, Qt::UTC).addMonths(3).toSecsSinceEpoch();
        if (*to > limit)
            check.fail(
                u"결제예약 목록은 최대 3개월 단위로 조회가 가능합니다. (from ~ to 기간 초과)"_s);
    }
    if (!check.ok())
        return envelope::badRequest(check.error());
    QList<QJsonObject> items;
    for (const QJsonObject &item : s.data.schedules) {
        const qint64 at = item.value(u"schedule_at"_s).toInteger();
        if (item.value(u"customer_uid"_s).toString() == uid && at >= *from && at < *to
            && (status.isEmpty() || item.value(u"schedule_status"_s).toString() == status))
            items.append(item);
    }
    std::stable_sort(items.begin(), items.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(u"schedule_at"_s).toInteger() > b.value(u"schedule_at"_s).toInteger();
    });
    const QJsonObject pageObject = paged(items, *page);
    if (s.options.schedulesAsPlainArray)
        return envelope::success(pageObject.value(u"list"_s));
    return envelope::success(pageObject);
}

} // namespace

void registerBillingKeyListRoutes(SandboxState &state)
{
    state.addRoute(Method::Get, u"/subscribe/customers/{}/payments"_s, payments);
    state.addRoute(Method::Get, u"/subscribe/customers/{}/schedules"_s, schedules);
}

} // namespace portone::sandbox
