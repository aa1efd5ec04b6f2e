// GET /payments/{imp_uid}, GET /payments/find/{merchant_uid}[/{payment_status}], GET /payments.
#include "sandbox/SandboxState.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace portone::sandbox {

namespace {

using Method = QHttpServerRequest::Method;

QString notFoundMessage()
{
    return u"존재하지 않는 결제정보입니다."_s;
}

qint64 sortKey(const QJsonObject &p, const QString &field)
{
    if (field == u"paid"_s)
        return p.value(u"paid_at"_s).toInteger();
    if (field == u"updated"_s) {
        qint64 latest = 0;
        for (const QString &k :
             { u"started_at"_s, u"paid_at"_s, u"failed_at"_s, u"cancelled_at"_s })
            latest = std::max(latest, p.value(k).toInteger());
        return latest;
    }
    return p.value(u"started_at"_s).toInteger();
}

// Payments with that merchant_uid (and status), ordered by sorting (default -started).
QList<QJsonObject> byMerchantUid(const SandboxData &data, const QString &merchantUid,
                                 const QString &status, const QString &sorting)
{
    QList<QJsonObject> found;
    for (const QJsonObject &p : data.payments) {
        if (p.value(u"merchant_uid"_s).toString() == merchantUid
            && (status.isEmpty() || p.value(u"status"_s).toString() == status))
            found.append(p);
    }
    const bool descending = sorting.startsWith(u'-');
    const QString field = descending ? sorting.mid(1) : sorting;
    std::stable_sort(found.begin(), found.end(), [&](const QJsonObject &a, const QJsonObject &b) {
        return descending ? sortKey(a, field) > sortKey(b, field)
                          : sortKey(a, field) < sortKey(b, field);
    });
    return found;
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
    const QString sorting = check.oneOf(
        u"sorting"_s,
        { u"-started"_s, u"started"_s, u"-paid"_s, u"paid"_s, u"-updated"_s, u"updated"_s }, false,
        u"-started"_s);
    QString status;
    if (r.args.size() > 1) {
        status = r.args.at(1);
        const QStringList allowed { u"ready"_s, u"paid"_s, u"failed"_s, u"cancelled"_s };
        if (!allowed.contains(status))
            check.fail(u"payment_status 는 %1 중 하나여야 합니다."_s.arg(allowed.join(u", "_s)));
    }
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

} // namespace

void registerPaymentRoutes(SandboxState &state)
{
    state.addRoute(Method::Get, u"/payments"_s, listByIds);
    state.addRoute(Method::Get, u"/payments/find/{}"_s, findByMerchantUid);
    state.addRoute(Method::Get, u"/payments/find/{}/{}"_s, findByMerchantUid);
    state.addRoute(Method::Get, u"/payments/{}"_s, byImpUid);
}

} // namespace portone::sandbox
