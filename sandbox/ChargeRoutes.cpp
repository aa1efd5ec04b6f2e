// POST /subscribe/payments/again and POST /subscribe/payments/schedule/{merchant_uid}/retry: a
// charge with a billing key now. code 0 with the Payment whether the card company approved it
// (status paid) or declined it (status failed, fail_reason).
#include "sandbox/SandboxState.h"
#include "sandbox/Subscriptions.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace portone::sandbox {

namespace {

using Method = QHttpServerRequest::Method;

// A refusal of the charge itself: 200 with code 1, as PortOne answers it.
HttpReply chargeRefused(const QString &message)
{
    return envelope::failure(200, message, 1);
}

HttpReply again(SandboxState &s, const RouteRequest &r)
{
    ParamChecker check(r.params);
    ChargeInput in;
    in.customerUid = check.required(u"customer_uid"_s, 80);
    in.merchantUid = check.required(u"merchant_uid"_s, 40);
    const QString currency = check.optional(u"currency"_s);
    const auto amount = check.number(u"amount"_s, true);
    const auto taxFree = check.number(u"tax_free"_s, false);
    const auto vatAmount = check.number(u"vat_amount"_s, false);
    in.name = check.required(u"name"_s, 40);
    in.buyerName = check.optional(u"buyer_name"_s, 16);
    in.buyerEmail = check.optional(u"buyer_email"_s, 64);
    in.buyerTel = check.optional(u"buyer_tel"_s, 16);
    check.optional(u"buyer_addr"_s, 128);
    check.optional(u"buyer_postcode"_s, 8);
    const auto quota = check.integer(u"card_quota"_s, false, 0);
    check.boolean(u"interest_free_by_merchant"_s, false);
    check.boolean(u"use_card_point"_s, false);
    in.customData = check.optional(u"custom_data"_s);
    check.oneOf(u"product_type"_s, { u"real"_s, u"digital"_s });
    check.integer(u"product_count"_s, false, 1);
    check.oneOf(u"cash_receipt_type"_s, { u"person"_s, u"company"_s, u"anonymous"_s });
    const QString channelKey = check.optional(u"channel_key"_s, 55);
    if (check.ok() && *amount <= 0)
        check.fail(u"amount 는 0보다 커야 합니다."_s);
    if (check.ok() && ((taxFree && *taxFree > *amount) || (vatAmount && *vatAmount > *amount)))
        check.fail(u"tax_free 와 vat_amount 는 amount 를 넘을 수 없습니다."_s);
    if (check.ok() && *quota != 0 && (*quota < 2 || *amount < 50000))
        check.fail(u"card_quota 는 2 이상이며, 할부는 결제금액 50,000원 이상에서만 가능합니다."_s);
    if (!check.ok())
        return envelope::badRequest(check.error());
    in.amount = *amount;
    in.cardQuota = int(*quota);
    if (!currency.isEmpty())
        in.currency = currency;

    const auto key = s.data.billingKeys.constFind(in.customerUid);
    if (key == s.data.billingKeys.constEnd())
        return chargeRefused(
            u"등록되지 않은 customer_uid 입니다. 빌링키를 먼저 발급해주세요. (%1)"_s.arg(
                in.customerUid));
    if (!channelKey.isEmpty() && !s.data.channel(channelKey))
        return chargeRefused(u"존재하지 않는 채널입니다. (channel_key: %1)"_s.arg(channelKey));
    if (const QString taken = merchantUidTaken(s.data, in.merchantUid, true); !taken.isEmpty())
        return chargeRefused(taken);
    return envelope::success(chargeBillingKey(s.data, &*key, in, r.now));
}

// Only a schedule whose charge failed, or that was revoked, can be charged again now.
HttpReply retry(SandboxState &s, const RouteRequest &r)
{
    const QString merchantUid = r.args.at(0);
    QJsonObject *schedule = s.data.schedules.find(merchantUid);
    if (!schedule)
        return envelope::notFound(u"존재하지 않는 결제예약입니다. (%1)"_s.arg(merchantUid));
    const QString status = schedule->value(u"schedule_status"_s).toString();
    const QString paymentStatus = schedule->value(u"payment_status"_s).toString();
    if (status == u"scheduled"_s)
        return envelope::badRequest(
            u"아직 실행되지 않은 결제예약은 재시도할 수 없습니다. (%1)"_s.arg(merchantUid));
    if (status == u"executed"_s && paymentStatus != u"failed"_s)
        return envelope::badRequest(u"이미 결제가 승인된 결제예약입니다. (%1)"_s.arg(merchantUid));
    if (!s.data.billingKeys.contains(schedule->value(u"customer_uid"_s).toString()))
        return envelope::notFound(u"존재하지 않는 빌링키입니다. (customer_uid: %1)"_s.arg(
            schedule->value(u"customer_uid"_s).toString()));
    if (const QString taken = merchantUidTaken(s.data, merchantUid, false); !taken.isEmpty())
        return chargeRefused(taken);
    return envelope::success(executeSchedule(s.data, *schedule, r.now));
}

} // namespace

void registerChargeRoutes(SandboxState &state)
{
    state.addRoute(Method::Post, u"/subscribe/payments/again"_s, again);
    state.addRoute(Method::Post, u"/subscribe/payments/schedule/{}/retry"_s, retry);
}

} // namespace portone::sandbox
