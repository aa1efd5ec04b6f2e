#include "sandbox/Subscriptions.h"

#include <QDateTime>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace portone::sandbox {

void ScheduleBook::add(const QJsonObject &schedule)
{
    const QString customerUid = schedule.value(u"customer_uid"_s).toString();
    byCustomer[customerUid].append(schedule);
    customerOf.insert(schedule.value(u"merchant_uid"_s).toString(), customerUid);
}

QJsonObject *ScheduleBook::find(const QString &merchantUid)
{
    const auto owner = customerOf.constFind(merchantUid);
    if (owner == customerOf.constEnd())
        return nullptr;
    for (QJsonObject &schedule : byCustomer[*owner]) {
        if (schedule.value(u"merchant_uid"_s).toString() == merchantUid)
            return &schedule;
    }
    return nullptr;
}

QList<QJsonObject> ScheduleBook::list(const QString &customerUid) const
{
    if (!customerUid.isEmpty())
        return byCustomer.value(customerUid);
    QList<QJsonObject> all;
    for (const QList<QJsonObject> &schedules : byCustomer)
        all += schedules;
    return all;
}

QList<QJsonObject *> ScheduleBook::due(qint64 now)
{
    QList<QJsonObject *> waiting;
    for (QList<QJsonObject> &schedules : byCustomer) {
        for (QJsonObject &schedule : schedules) {
            if (schedule.value(u"schedule_status"_s).toString() == u"scheduled"_s
                && schedule.value(u"schedule_at"_s).toInteger() <= now)
                waiting.append(&schedule);
        }
    }
    std::stable_sort(
        waiting.begin(), waiting.end(), [](const QJsonObject *a, const QJsonObject *b) {
            return a->value(u"schedule_at"_s).toInteger() < b->value(u"schedule_at"_s).toInteger();
        });
    return waiting;
}

QJsonObject chargeBillingKey(SandboxData &data, const BillingKey *key, const ChargeInput &in,
                             qint64 at)
{
    PaymentInput p;
    p.impUid = u"imp_%1"_s.arg(data.nextPaymentSerial++, 12, 10, QChar(u'0'));
    p.merchantUid = in.merchantUid;
    p.name = in.name;
    p.channel = u"api"_s;
    p.customerUid = in.customerUid;
    p.customData = in.customData;
    p.amount = in.amount;
    p.startedAt = at;
    QString failReason;
    if (key) {
        const bool routed = key->isSuper() && !key->succeeded.isEmpty();
        p.pgProvider = routed ? key->succeeded.first().pgProvider : key->pgProvider;
        p.pgId = routed ? key->succeeded.first().pgId : key->pgId;
        p.card = routed ? key->succeeded.first().card : key->card;
        p.sandbox = key->sandbox;
        p.buyerName = in.buyerName.isEmpty() ? key->customerName : in.buyerName;
        p.buyerEmail = in.buyerEmail.isEmpty() ? key->customerEmail : in.buyerEmail;
        p.buyerTel = in.buyerTel.isEmpty() ? key->customerTel : in.buyerTel;
        failReason = key->declineReason;
    } else {
        failReason = u"등록된 빌링키가 없어 결제를 진행할 수 없습니다. (customer_uid: %1)"_s.arg(
            in.customerUid);
    }
    p.status = failReason.isEmpty() ? u"paid"_s : u"failed"_s;
    QJsonObject payment = paymentAnnotation(p);
    const bool paid = failReason.isEmpty();
    payment.insert(u"currency"_s, in.currency);
    payment.insert(u"card_quota"_s, in.cardQuota);
    payment.insert(u"paid_at"_s, paid ? at : 0);
    payment.insert(u"failed_at"_s, paid ? 0 : at);
    payment.insert(u"fail_reason"_s, orNull(failReason));
    payment.insert(u"apply_num"_s, paid ? QJsonValue(p.impUid.right(8)) : QJsonValue());
    if (!paid)
        payment.insert(u"receipt_url"_s, QJsonValue());
    data.payments.append(payment);
    return payment;
}

QString merchantUidTaken(SandboxData &data, const QString &merchantUid, bool withSchedules)
{
    for (const QJsonObject *p : data.paymentsByMerchantUid(merchantUid)) {
        const QString status = p->value(u"status"_s).toString();
        if (status == u"paid"_s || status == u"cancelled"_s)
            return u"이미 결제가 완료된 merchant_uid 입니다. 새로운 merchant_uid 로 요청해주세요. "
                   "(%1)"_s.arg(merchantUid);
    }
    if (withSchedules && data.schedules.contains(merchantUid))
        return u"이미 결제예약에 사용된 merchant_uid 입니다. (%1)"_s.arg(merchantUid);
    return {};
}

QJsonObject executeSchedule(SandboxData &data, QJsonObject &schedule, qint64 at)
{
    ChargeInput in;
    in.customerUid = schedule.value(u"customer_uid"_s).toString();
    in.merchantUid = schedule.value(u"merchant_uid"_s).toString();
    in.name = schedule.value(u"name"_s).toString();
    in.currency = schedule.value(u"currency"_s).toString(u"KRW"_s);
    in.buyerName = schedule.value(u"buyer_name"_s).toString();
    in.buyerEmail = schedule.value(u"buyer_email"_s).toString();
    in.buyerTel = schedule.value(u"buyer_tel"_s).toString();
    in.customData = schedule.value(u"custom_data"_s).toString();
    in.amount = schedule.value(u"amount"_s).toDouble();
    const auto key = data.billingKeys.constFind(in.customerUid);
    QJsonObject payment
        = chargeBillingKey(data, key == data.billingKeys.constEnd() ? nullptr : &*key, in, at);
    schedule.insert(u"schedule_status"_s, u"executed"_s);
    schedule.insert(u"executed_at"_s, at);
    schedule.insert(u"imp_uid"_s, payment.value(u"imp_uid"_s));
    schedule.insert(u"payment_status"_s, payment.value(u"status"_s));
    schedule.insert(u"fail_reason"_s, payment.value(u"fail_reason"_s));
    return payment;
}

void runDueSchedules(SandboxData &data, qint64 now)
{
    for (QJsonObject *schedule : data.schedules.due(now))
        executeSchedule(data, *schedule, schedule->value(u"schedule_at"_s).toInteger());
}

QString scheduleWindowProblem(qint64 from, qint64 to, const QString &fromName,
                              const QString &toName)
{
    if (to <= from)
        return u"%1 는 %2 보다 큰 시각이어야 합니다."_s.arg(toName, fromName);
    const qint64 limit
        = QDateTime::fromSecsSinceEpoch(from, Qt::UTC).addMonths(3).toSecsSinceEpoch();
    if (to > limit)
        return u"결제예약 목록은 최대 3개월 단위로 조회가 가능합니다. (%1 ~ %2 기간 초과)"_s.arg(
            fromName, toName);
    return {};
}

} // namespace portone::sandbox
