// GET /payments/{imp_uid}, GET /payments/find/{merchant_uid}[/{payment_status}], GET /payments,
// GET /payments/findAll/{merchant_uid}[/{payment_status}], GET /payments/status/{payment_status}.
#include "sandbox/PaymentStatusIndex.h"
#include "sandbox/SandboxState.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <optional>

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

// Orders by sorting ("-started", "paid", …); stable, so equal keys keep their order.
void sortPayments(QList<QJsonObject> &payments, const QString &sorting)
{
    const bool descending = sorting.startsWith(u'-');
    const QString field = descending ? sorting.mid(1) : sorting;
    std::stable_sort(payments.begin(), payments.end(),
                     [&field, descending](const QJsonObject &a, const QJsonObject &b) {
                         const qint64 keyA = PaymentTimes::of(a).sortKey(field);
                         const qint64 keyB = PaymentTimes::of(b).sortKey(field);
                         return descending ? keyA > keyB : keyA < keyB;
                     });
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
    sortPayments(found, sorting);
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

// The refusal of a page past the end of the matches, or nullopt.
std::optional<HttpReply> pastTheEnd(qint64 total, const Paging &p)
{
    const qint64 first = qint64(p.page - 1) * p.limit;
    if (p.page == 1 || first < total)
        return std::nullopt;
    return envelope::badRequest(
        u"요청하신 page(%1)가 조회 가능한 범위를 넘어섰습니다. (전체 %2건, 페이지당 %3건)"_s
            .arg(p.page)
            .arg(total)
            .arg(p.limit));
}

// The envelope of PagedPaymentAnnotation {list, next, previous, total} (the order QJsonObject
// writes) of one page of `total` matches, its payments already written: a page of 1000 payments
// (1.2 MB) is copied once, into an answer of the right size.
HttpReply pageAnswer(qint64 total, const Paging &p, const QList<QByteArray> &writtenPayments)
{
    const qint64 first = qint64(p.page - 1) * p.limit;
    const QByteArray end
        = "],\"next\":" + QByteArray::number(first + p.limit < total ? p.page + 1 : 0)
        + ",\"previous\":" + QByteArray::number(p.page > 1 ? p.page - 1 : 0)
        + ",\"total\":" + QByteArray::number(total) + '}' + envelope::SuccessClosing;
    qsizetype size = envelope::SuccessOpening.size() + 9 + end.size();
    for (const QByteArray &payment : writtenPayments)
        size += payment.size() + 1;
    QByteArray body;
    body.reserve(size);
    body.append(envelope::SuccessOpening).append("{\"list\":[");
    for (qsizetype i = 0; i < writtenPayments.size(); ++i) {
        if (i > 0)
            body.append(',');
        body.append(writtenPayments.at(i));
    }
    body.append(end);
    return HttpReply { 200, body };
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
    if (std::optional<HttpReply> refusal = pastTheEnd(found.size(), p))
        return *refusal;
    QList<QByteArray> written;
    for (qsizetype i = qsizetype(p.page - 1) * p.limit;
         i < std::min(found.size(), qsizetype(p.page) * p.limit); ++i)
        written.append(envelope::compact(found.at(i)));
    return pageAnswer(found.size(), p, written);
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

    const qint64 first = qint64(p.page - 1) * p.limit;
    const PaymentStatusIndex::Page page
        = s.paymentIndex.page(s.data, { status, from, to, sorting }, first, p.limit);
    if (std::optional<HttpReply> refusal = pastTheEnd(page.total, p))
        return *refusal;
    QList<QByteArray> written;
    written.reserve(qsizetype(page.refs.size()));
    for (const PaymentRef ref : page.refs)
        written.append(s.data.paymentJson(ref));
    return pageAnswer(page.total, p, written);
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
