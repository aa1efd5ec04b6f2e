// GET /subscribe/customers/{customer_uid}/payments.
#include "sandbox/SandboxState.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace portone::sandbox {

namespace {

using Method = QHttpServerRequest::Method;

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
    return envelope::success(pagedItems(items, *page));
}

} // namespace

QJsonObject pagedItems(const QList<QJsonObject> &items, qint64 page, qint64 pageSize)
{
    const qint64 total = items.size();
    QJsonArray list;
    for (qint64 i = (page - 1) * pageSize; i < std::min(total, page * pageSize); ++i)
        list.append(items.at(i));
    return { { u"total"_s, total },
             { u"previous"_s, page > 1 ? page - 1 : 0 },
             { u"next"_s, page * pageSize < total ? page + 1 : 0 },
             { u"list"_s, list } };
}

void registerBillingKeyListRoutes(SandboxState &state)
{
    state.addRoute(Method::Get, u"/subscribe/customers/{}/payments"_s, payments);
}

} // namespace portone::sandbox
