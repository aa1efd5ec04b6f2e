// POST /subscribe/payments/schedule and /unschedule, and one schedule by merchant_uid:
// GET and PUT /subscribe/payments/schedule/{merchant_uid}, POST …/{merchant_uid}/reschedule.
#include "sandbox/SandboxState.h"
#include "sandbox/Subscriptions.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace portone::sandbox {

namespace {

using Method = QHttpServerRequest::Method;

HttpReply scheduleRefused(const QString &message)
{
    return envelope::failure(200, message, 1);
}

QString scheduleNotFound(const QString &merchantUid)
{
    return u"존재하지 않는 결제예약입니다. (%1)"_s.arg(merchantUid);
}

// One entry of `schedules` (ScheduleAnnotation) as a stored ScheduleResultAnnotation; the
// Korean 400 message in *error when the entry breaks the spec.
QJsonObject scheduleEntry(const QJsonObject &entry, const BillingKey &key,
                          const QString &customerId, qint64 now, QString *error)
{
    RequestParams params;
    params.addObject(entry);
    ParamChecker check(params);
    const QString merchantUid = check.required(u"merchant_uid"_s, 40);
    const auto at = check.integer(u"schedule_at"_s, true);
    const QString currency = check.required(u"currency"_s);
    const auto amount = check.number(u"amount"_s, true);
    check.number(u"tax_free"_s, false);
    check.number(u"vat_amount"_s, false);
    const QString name = check.required(u"name"_s, 40);
    const QString buyerName = check.optional(u"buyer_name"_s, 16);
    const QString buyerEmail = check.optional(u"buyer_email"_s, 64);
    const QString buyerTel = check.optional(u"buyer_tel"_s, 16);
    const QString buyerAddr = check.optional(u"buyer_addr"_s, 128);
    const QString buyerPostcode = check.optional(u"buyer_postcode"_s, 8);
    const QString customData = check.optional(u"custom_data"_s);
    const QString promotionId = check.optional(u"promotion_id"_s);
    if (check.ok() && *amount <= 0)
        check.fail(u"amount 는 0보다 커야 합니다."_s);
    if (check.ok() && *at <= now)
        check.fail(
            u"schedule_at 은 현재 시각 이후여야 합니다. (schedule_at: %1, 현재: %2)"_s.arg(*at).arg(
                now));
    if (!check.ok()) {
        *error = check.error();
        return {};
    }
    const auto fallback = [](const QString &value, const QString &keyValue) {
        return orNull(value.isEmpty() ? keyValue : value);
    };
    const bool routed = key.isSuper() && !key.succeeded.isEmpty();
    return { { u"customer_uid"_s, key.customerUid },
             { u"merchant_uid"_s, merchantUid },
             { u"imp_uid"_s, QJsonValue() },
             { u"pg_provider"_s, routed ? key.succeeded.first().pgProvider : key.pgProvider },
             { u"pg_id"_s, routed ? key.succeeded.first().pgId : key.pgId },
             { u"customer_id"_s, orNull(customerId.isEmpty() ? key.customerId : customerId) },
             { u"schedule_at"_s, *at },
             { u"executed_at"_s, 0 },
             { u"revoked_at"_s, 0 },
             { u"amount"_s, *amount },
             { u"currency"_s, currency },
             { u"name"_s, name },
             { u"buyer_name"_s, fallback(buyerName, key.customerName) },
             { u"buyer_email"_s, fallback(buyerEmail, key.customerEmail) },
             { u"buyer_tel"_s, fallback(buyerTel, key.customerTel) },
             { u"buyer_addr"_s, fallback(buyerAddr, key.customerAddr) },
             { u"buyer_postcode"_s, fallback(buyerPostcode, key.customerPostcode) },
             { u"custom_data"_s, orNull(customData) },
             { u"schedule_status"_s, u"scheduled"_s },
             { u"payment_status"_s, QJsonValue() },
             { u"fail_reason"_s, QJsonValue() },
             { u"promotion_id"_s, orNull(promotionId) } };
}

HttpReply schedule(SandboxState &s, const RouteRequest &r)
{
    ParamChecker check(r.params);
    const QString customerUid = check.required(u"customer_uid"_s, 80);
    const QString customerId = check.optional(u"customer_id"_s);
    check.integer(u"checking_amount"_s, false, 0);
    check.optional(u"channel_key"_s, 55);
    const std::optional<QList<QJsonObject>> entries = r.params.objects(u"schedules"_s);
    if (check.ok() && (!entries || entries->isEmpty()))
        check.fail(u"schedules 파라미터는 필수이며, 결제예약 정보(merchant_uid, schedule_at, "
                   "currency, amount, name)의 배열이어야 합니다."_s);
    if (!check.ok())
        return envelope::badRequest(check.error());
    if (!s.data.billingKeys.contains(customerUid)) {
        if (!r.params.value(u"card_number"_s).isEmpty()) {
            const QString issued = issueBillingKeyFromCard(s, r, customerUid);
            if (!issued.isEmpty())
                return scheduleRefused(issued);
        } else {
            return scheduleRefused(
                u"등록된 빌링키가 없는 customer_uid 입니다. 카드정보를 함께 "
                "전달하거나 빌링키를 먼저 발급해주세요. (%1)"_s.arg(customerUid));
        }
    }
    const BillingKey key = s.data.billingKeys.value(customerUid);
    QList<QJsonObject> created;
    QSet<QString> seen;
    for (qsizetype i = 0; i < entries->size(); ++i) {
        QString error;
        const QJsonObject entry = scheduleEntry(entries->at(i), key, customerId, r.now, &error);
        if (!error.isEmpty())
            return envelope::badRequest(u"schedules[%1]: %2"_s.arg(i).arg(error));
        const QString merchantUid = entry.value(u"merchant_uid"_s).toString();
        if (seen.contains(merchantUid))
            return envelope::badRequest(
                u"schedules 에 중복된 merchant_uid 가 있습니다. (%1)"_s.arg(merchantUid));
        seen.insert(merchantUid);
        if (const QString taken = merchantUidTaken(s.data, merchantUid, true); !taken.isEmpty())
            return scheduleRefused(taken);
        created.append(entry);
    }
    QJsonArray answer;
    for (const QJsonObject &entry : created) {
        s.data.schedules.add(entry);
        answer.append(entry);
    }
    return envelope::success(answer);
}

// Cancels the listed schedules (of the customer, when given), or every waiting schedule of the
// customer when merchant_uid is left out. All or nothing.
HttpReply unschedule(SandboxState &s, const RouteRequest &r)
{
    ParamChecker check(r.params);
    const QString customerUid = check.optional(u"customer_uid"_s, 80);
    const QStringList merchantUids = r.params.list(u"merchant_uid"_s);
    if (check.ok() && customerUid.isEmpty() && merchantUids.isEmpty())
        check.fail(u"customer_uid 또는 merchant_uid 파라미터 중 하나는 필수입니다."_s);
    if (!check.ok())
        return envelope::badRequest(check.error());
    QList<QJsonObject *> chosen;
    if (merchantUids.isEmpty()) {
        for (QJsonObject &schedule : s.data.schedules.byCustomer[customerUid]) {
            if (schedule.value(u"schedule_status"_s).toString() == u"scheduled"_s)
                chosen.append(&schedule);
        }
        if (chosen.isEmpty())
            return scheduleRefused(
                u"취소할 결제예약 건이 존재하지 않습니다. (customer_uid: %1)"_s.arg(customerUid));
    }
    for (const QString &merchantUid : merchantUids) {
        QJsonObject *schedule = s.data.schedules.find(merchantUid);
        if (!schedule
            || (!customerUid.isEmpty()
                && schedule->value(u"customer_uid"_s).toString() != customerUid))
            return scheduleRefused(
                u"취소할 결제예약 건이 존재하지 않습니다. (merchant_uid: %1)"_s.arg(merchantUid));
        const QString status = schedule->value(u"schedule_status"_s).toString();
        if (status == u"executed"_s)
            return scheduleRefused(
                u"이미 실행된 결제예약은 취소할 수 없습니다. (merchant_uid: %1)"_s.arg(
                    merchantUid));
        if (status == u"revoked"_s)
            return scheduleRefused(
                u"이미 취소된 결제예약입니다. (merchant_uid: %1)"_s.arg(merchantUid));
        if (!chosen.contains(schedule))
            chosen.append(schedule);
    }
    QJsonArray revoked;
    for (QJsonObject *schedule : chosen) {
        schedule->insert(u"schedule_status"_s, u"revoked"_s);
        schedule->insert(u"revoked_at"_s, r.now);
        revoked.append(*schedule);
    }
    return envelope::success(revoked);
}

HttpReply scheduleByMid(SandboxState &s, const RouteRequest &r)
{
    const QJsonObject *schedule = s.data.schedules.find(r.args.at(0));
    if (!schedule)
        return envelope::notFound(scheduleNotFound(r.args.at(0)));
    return envelope::success(*schedule);
}

// PUT: a waiting schedule's new time. reschedule: a failed or revoked one scheduled again.
HttpReply moveSchedule(SandboxState &s, const RouteRequest &r, bool reschedule)
{
    ParamChecker check(r.params);
    const auto at = check.integer(u"schedule_at"_s, true);
    if (check.ok() && *at <= r.now)
        check.fail(
            u"schedule_at 은 현재 시각 이후여야 합니다. (schedule_at: %1, 현재: %2)"_s.arg(*at).arg(
                r.now));
    if (!check.ok())
        return envelope::badRequest(check.error());
    const QString merchantUid = r.args.at(0);
    QJsonObject *schedule = s.data.schedules.find(merchantUid);
    if (!schedule)
        return envelope::notFound(scheduleNotFound(merchantUid));
    const QString status = schedule->value(u"schedule_status"_s).toString();
    const bool failed
        = status == u"executed"_s && schedule->value(u"payment_status"_s).toString() == u"failed"_s;
    if (!reschedule && status != u"scheduled"_s)
        return envelope::badRequest(
            u"이미 실행되었거나 취소된 결제예약은 예약시각을 변경할 수 없습니다. (%1)"_s.arg(
                merchantUid));
    if (reschedule && status == u"scheduled"_s)
        return envelope::badRequest(
            u"아직 실행되지 않은 결제예약입니다. 예약시각 변경 API를 이용해주세요. (%1)"_s.arg(
                merchantUid));
    if (reschedule && status == u"executed"_s && !failed)
        return envelope::badRequest(
            u"이미 결제가 승인된 결제예약은 재예약할 수 없습니다. (%1)"_s.arg(merchantUid));
    if (reschedule) {
        schedule->insert(u"schedule_status"_s, u"scheduled"_s);
        schedule->insert(u"executed_at"_s, 0);
        schedule->insert(u"revoked_at"_s, 0);
        schedule->insert(u"imp_uid"_s, QJsonValue());
        schedule->insert(u"payment_status"_s, QJsonValue());
        schedule->insert(u"fail_reason"_s, QJsonValue());
    }
    schedule->insert(u"schedule_at"_s, *at);
    return envelope::success(*schedule);
}

} // namespace

void registerScheduleRoutes(SandboxState &state)
{
    state.addRoute(Method::Post, u"/subscribe/payments/schedule"_s, schedule);
    state.addRoute(Method::Post, u"/subscribe/payments/unschedule"_s, unschedule);
    state.addRoute(Method::Get, u"/subscribe/payments/schedule/{}"_s, scheduleByMid);
    state.addRoute(
        Method::Put, u"/subscribe/payments/schedule/{}"_s,
        [](SandboxState &s, const RouteRequest &r) { return moveSchedule(s, r, false); });
    state.addRoute(Method::Post, u"/subscribe/payments/schedule/{}/reschedule"_s,
                   [](SandboxState &s, const RouteRequest &r) { return moveSchedule(s, r, true); });
}

} // namespace portone::sandbox
