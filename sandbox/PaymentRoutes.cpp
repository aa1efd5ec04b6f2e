// GET /payments/{imp_uid}, GET /payments/find/{merchant_uid}[/{payment_status}], GET /payments,
// GET /payments/findAll/{merchant_uid}[/{payment_status}], GET /payments/status/{payment_status}.
#include "sandbox/SandboxState.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace portone::sandbox {

namespace {

using Method = QHttpServerRequest::Method;

QString notFoundMessage()
{
    return u"존재하지 않는 결제정보입니다."_s;
}

const QStringList &sortings()
{
    static const QStringList all { u"-started"_s, u"started"_s,  u"-paid"_s,
                                   u"paid"_s,     u"-updated"_s, u"updated"_s };
    return all;
}

// Orders by sorting ("-started", "paid", …); stable, so equal keys keep their order. Each key
// is computed once (a status search sorts tens of thousands of benchmark payments per page).
template<typename T, typename TimesOf>
void sortPayments(QList<T> &payments, const QString &sorting, TimesOf timesOf)
{
    const bool descending = sorting.startsWith(u'-');
    const QString field = descending ? sorting.mid(1) : sorting;
    std::vector<std::pair<qint64, qsizetype>> keys;
    keys.reserve(std::size_t(payments.size()));
    for (qsizetype i = 0; i < payments.size(); ++i)
        keys.emplace_back(timesOf(payments.at(i)).sortKey(field), i);
    std::stable_sort(keys.begin(), keys.end(), [descending](const auto &a, const auto &b) {
        return descending ? a.first > b.first : a.first < b.first;
    });
    QList<T> sorted;
    sorted.reserve(payments.size());
    for (const auto &key : keys)
        sorted.append(std::move(payments[key.second]));
    payments = std::move(sorted);
}

// Payments with that merchant_uid (and status), ordered by sorting (default -started).
QList<QJsonObject> byMerchantUid(SandboxData &data, const QString &merchantUid,
                                 const QString &status, const QString &sorting)
{
    QList<QJsonObject> found;
    for (const QJsonObject *p : data.paymentsByMerchantUid(merchantUid)) {
        if (status.isEmpty() || p->value(u"status"_s).toString() == status)
            found.append(*p);
    }
    sortPayments(found, sorting, [](const QJsonObject &p) { return PaymentTimes::of(p); });
    return found;
}

// The status path segment of the merchant_uid look-ups, checked; empty: every status.
QString merchantStatus(const RouteRequest &r, ParamChecker &check)
{
    if (r.args.size() < 2)
        return {};
    QString status = r.args.at(1);
    const QStringList allowed { u"ready"_s, u"paid"_s, u"failed"_s, u"cancelled"_s };
    if (!allowed.contains(status))
        check.fail(u"payment_status 는 %1 중 하나여야 합니다."_s.arg(allowed.join(u", "_s)));
    return status;
}

struct Paging
{
    int page = 1;
    int limit = 20;
};

Paging paging(ParamChecker &check)
{
    Paging p;
    p.page = int(check.integer(u"page"_s, false, 1).value_or(1));
    p.limit = int(check.integer(u"limit"_s, false, 20).value_or(20));
    if (check.ok() && p.page < 1)
        check.fail(u"page 는 1 이상이어야 합니다."_s);
    if (check.ok() && (p.limit < 1 || p.limit > 1000))
        check.fail(u"limit 은 1 이상 1000 이하여야 합니다."_s);
    return p;
}

// PagedPaymentAnnotation of one page of the sorted matches; a page past the end is a 400.
template<typename T, typename ToJson>
HttpReply pageOf(const QList<T> &matches, const Paging &p, ToJson toJson)
{
    const qint64 total = matches.size();
    const qint64 first = qint64(p.page - 1) * p.limit;
    if (p.page > 1 && first >= total)
        return envelope::badRequest(
            u"요청하신 page(%1)가 조회 가능한 범위를 넘어섰습니다. (전체 %2건, 페이지당 %3건)"_s
                .arg(p.page)
                .arg(total)
                .arg(p.limit));
    QJsonArray list;
    for (qint64 i = first; i < std::min(total, first + p.limit); ++i)
        list.append(toJson(matches.at(i)));
    return envelope::success(QJsonObject { { u"total"_s, total },
                                           { u"previous"_s, p.page > 1 ? p.page - 1 : 0 },
                                           { u"next"_s, first + p.limit < total ? p.page + 1 : 0 },
                                           { u"list"_s, list } });
}

HttpReply byImpUid(SandboxState &s, const RouteRequest &r)
{
    ParamChecker check(r.params);
    const bool includeSandbox = check.boolean(u"include_sandbox"_s, false);
    if (!check.ok())
        return envelope::badRequest(check.error());
    const QJsonObject *p = s.data.payment(r.args.at(0));
    if (!p || (p->value(u"sandbox"_s).toBool() && !includeSandbox))
        return envelope::notFound(notFoundMessage());
    return envelope::success(*p);
}

HttpReply findByMerchantUid(SandboxState &s, const RouteRequest &r)
{
    ParamChecker check(r.params);
    const QString sorting = check.oneOf(u"sorting"_s, sortings(), false, u"-started"_s);
    const QString status = merchantStatus(r, check);
    if (!check.ok())
        return envelope::badRequest(check.error());
    const QList<QJsonObject> found = byMerchantUid(s.data, r.args.at(0), status, sorting);
    if (found.isEmpty())
        return envelope::notFound(notFoundMessage());
    return envelope::success(found.first());
}

HttpReply listByIds(SandboxState &s, const RouteRequest &r)
{
    const QStringList impUids = r.params.list(u"imp_uid"_s);
    const QStringList merchantUids = r.params.list(u"merchant_uid"_s);
    if (impUids.isEmpty() && merchantUids.isEmpty())
        return envelope::badRequest(u"imp_uid[] 또는 merchant_uid[] 파라미터는 필수입니다."_s);
    QJsonArray found;
    QStringList missing;
    QStringList added;
    auto add = [&](const QJsonObject &p) {
        const QString impUid = p.value(u"imp_uid"_s).toString();
        if (!added.contains(impUid)) {
            added.append(impUid);
            found.append(p);
        }
    };
    for (const QString &impUid : impUids) {
        if (const QJsonObject *p = s.data.payment(impUid))
            add(*p);
        else
            missing.append(impUid);
    }
    for (const QString &merchantUid : merchantUids) {
        const QList<QJsonObject> matches = byMerchantUid(s.data, merchantUid, {}, u"-started"_s);
        if (matches.isEmpty())
            missing.append(merchantUid);
        else
            add(matches.first());
    }
    if (found.isEmpty())
        return envelope::notFound(
            u"해당되는 결제건을 찾지 못하였습니다. (%1)"_s.arg(missing.join(u", "_s)));
    if (!missing.isEmpty())
        return envelope::partial(
            found, u"일부 결제건을 찾지 못하였습니다. (%1)"_s.arg(missing.join(u", "_s)),
            s.options.partialLookupsWithCode ? 1 : 0);
    return envelope::success(found);
}

// GET /payments/findAll/{merchant_uid}[/{payment_status}]: every payment of an order, paged.
HttpReply findAllByMerchantUid(SandboxState &s, const RouteRequest &r)
{
    ParamChecker check(r.params);
    const QString sorting = check.oneOf(u"sorting"_s, sortings(), false, u"-started"_s);
    const QString status = merchantStatus(r, check);
    const Paging p = paging(check);
    if (!check.ok())
        return envelope::badRequest(check.error());
    const QList<QJsonObject> found = byMerchantUid(s.data, r.args.at(0), status, sorting);
    if (found.isEmpty())
        return envelope::notFound(notFoundMessage());
    return pageOf(found, p, [](const QJsonObject &payment) { return payment; });
}

// GET /payments/status/{payment_status}: from/to (UNIX seconds) at most 90 days apart, matched
// against the time of each payment's final status.
HttpReply byStatus(SandboxState &s, const RouteRequest &r)
{
    constexpr qint64 maxSpan = 90 * 24 * 60 * 60;
    ParamChecker check(r.params);
    const QString status = r.args.at(0);
    const QStringList allowed { u"all"_s, u"ready"_s, u"paid"_s, u"cancelled"_s, u"failed"_s };
    if (!allowed.contains(status))
        check.fail(u"payment_status 는 %1 중 하나여야 합니다."_s.arg(allowed.join(u", "_s)));
    const QString sorting = check.oneOf(u"sorting"_s, sortings(), false, u"-started"_s);
    const Paging p = paging(check);
    const qint64 to = check.integer(u"to"_s, false, r.now).value_or(r.now);
    const qint64 from = check.integer(u"from"_s, false, to - maxSpan).value_or(0);
    if (check.ok() && from > to)
        check.fail(u"검색 시작 시각(from)은 검색 종료 시각(to)보다 클 수 없습니다."_s);
    if (check.ok() && to - from > maxSpan)
        check.fail(u"검색 기간(from ~ to)은 최대 90일까지 지정할 수 있습니다."_s);
    if (!check.ok())
        return envelope::badRequest(check.error());

    QList<std::pair<PaymentTimes, PaymentRef>> matches;
    s.data.forEachPayment([&](const PaymentTimes &times, PaymentRef ref) {
        if (status != u"all"_s && times.status != status)
            return;
        const qint64 at = times.statusTime();
        if (at >= from && at <= to)
            matches.append({ times, ref });
    });
    sortPayments(matches, sorting, [](const auto &match) { return match.first; });
    return pageOf(matches, p, [&s](const auto &match) { return s.data.paymentJson(match.second); });
}

} // namespace

void registerPaymentRoutes(SandboxState &state)
{
    state.addRoute(Method::Get, u"/payments"_s, listByIds);
    state.addRoute(Method::Get, u"/payments/find/{}"_s, findByMerchantUid);
    state.addRoute(Method::Get, u"/payments/find/{}/{}"_s, findByMerchantUid);
    state.addRoute(Method::Get, u"/payments/findAll/{}"_s, findAllByMerchantUid);
    state.addRoute(Method::Get, u"/payments/findAll/{}/{}"_s, findAllByMerchantUid);
    state.addRoute(Method::Get, u"/payments/status/{}"_s, byStatus);
    state.addRoute(Method::Get, u"/payments/{}"_s, byImpUid);
}

} // namespace portone::sandbox
