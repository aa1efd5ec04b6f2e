// The seeded scheduled payments and the billing key whose card is always declined.
#include "sandbox/SandboxServer.h"
#include "sandbox/Subscriptions.h"

using namespace Qt::StringLiterals;

namespace portone::sandbox {

namespace {

constexpr qint64 kScheduleSeedDay = 24 * 60 * 60;

void seedSchedules(SandboxData &data, qint64 now)
{
    QStringList owners { u"customer_1234"_s, u"super_customer_0001"_s };
    for (int i = 1; i <= 10; ++i)
        owners.append(u"sbx_cust_%1"_s.arg(i, 4, 10, QChar(u'0')));
    int serial = 0;
    for (const QString &owner : owners) {
        for (int month = -6; month <= 6; ++month) {
            const qint64 at = now + month * 30 * kScheduleSeedDay + 3600;
            QString status = at > now ? u"scheduled"_s : u"executed"_s;
            QString paymentStatus = status == u"executed"_s ? u"paid"_s : QString();
            if (month == -2) {
                status = u"revoked"_s;
                paymentStatus.clear();
            } else if (month == -4) {
                paymentStatus = u"failed"_s;
            } else if (month == 4) {
                status = u"revoked"_s;
            }
            ++serial;
            QJsonObject s {
                { u"customer_uid"_s, owner },
                { u"merchant_uid"_s,
                  u"sched_%1_%2"_s.arg(owner).arg(month + 6, 2, 10, QChar(u'0')) },
                { u"imp_uid"_s,
                  status == u"executed"_s
                      ? QJsonValue(u"imp_5%1"_s.arg(serial, 11, 10, QChar(u'0')))
                      : QJsonValue() },
                { u"pg_provider"_s, u"nice"_s },
                { u"pg_id"_s, u"nictest04m"_s },
                { u"customer_id"_s, QJsonValue() },
                { u"schedule_at"_s, at },
                { u"executed_at"_s, status == u"executed"_s ? QJsonValue(at) : QJsonValue(0) },
                { u"revoked_at"_s,
                  status == u"revoked"_s ? QJsonValue(at - 5 * kScheduleSeedDay) : QJsonValue(0) },
                { u"amount"_s, 9900 },
                { u"currency"_s, u"KRW"_s },
                { u"name"_s, u"정기구독 (%1월차)"_s.arg(month + 7) },
                { u"buyer_name"_s, u"김민준"_s },
                { u"buyer_email"_s, u"buyer@example.com"_s },
                { u"buyer_tel"_s, u"010-1234-5678"_s },
                { u"buyer_addr"_s, u"서울특별시 강남구 테헤란로 1"_s },
                { u"buyer_postcode"_s, u"06236"_s },
                { u"custom_data"_s, QJsonValue() },
                { u"schedule_status"_s, status },
                { u"payment_status"_s, orNull(paymentStatus) },
                { u"fail_reason"_s,
                  paymentStatus == u"failed"_s ? QJsonValue(u"카드 한도초과"_s) : QJsonValue() },
                { u"promotion_id"_s, QJsonValue() }
            };
            data.schedules.add(s);
        }
    }
}

} // namespace

void seedSubscriptions(SandboxData &data, qint64 now)
{
    seedSchedules(data, now);
    BillingKey declined;
    declined.customerUid = SandboxServer::declinedCustomerUid();
    declined.customerName = u"한도초"_s;
    declined.customerTel = u"010-5555-0101"_s;
    declined.customerEmail = u"declined@example.com"_s;
    const Channel *nice = data.channel(u"channel-key-sbx-nice"_s);
    declined.pgProvider = nice->pgProvider;
    declined.pgId = nice->pgId;
    declined.sandbox = nice->sandbox;
    declined.card = cardInfoFor(u"4111111111111111"_s);
    declined.inserted = now - 60 * kScheduleSeedDay;
    declined.updated = declined.inserted;
    declined.declineReason = SandboxServer::declineReason();
    data.billingKeys.insert(declined.customerUid, declined);
}

void addScheduleSeries(SandboxData &data, const QString &customerUid, const QString &prefix,
                       qint64 firstAt, int count, qint64 stepSeconds)
{
    for (int i = 0; i < count; ++i) {
        data.schedules.add(QJsonObject {
            { u"customer_uid"_s, customerUid },
            { u"merchant_uid"_s, u"%1_%2"_s.arg(prefix).arg(i + 1, 4, 10, QChar(u'0')) },
            { u"imp_uid"_s, QJsonValue() },
            { u"pg_provider"_s, u"nice"_s },
            { u"pg_id"_s, u"nictest04m"_s },
            { u"customer_id"_s, QJsonValue() },
            { u"schedule_at"_s, firstAt + i * stepSeconds },
            { u"executed_at"_s, 0 },
            { u"revoked_at"_s, 0 },
            { u"amount"_s, 1000 + i },
            { u"currency"_s, u"KRW"_s },
            { u"name"_s, u"분할 결제 %1회차"_s.arg(i + 1) },
            { u"buyer_name"_s, u"김민준"_s },
            { u"buyer_email"_s, u"buyer@example.com"_s },
            { u"buyer_tel"_s, u"010-1234-5678"_s },
            { u"buyer_addr"_s, QJsonValue() },
            { u"buyer_postcode"_s, QJsonValue() },
            { u"custom_data"_s, QJsonValue() },
            { u"schedule_status"_s, u"scheduled"_s },
            { u"payment_status"_s, QJsonValue() },
            { u"fail_reason"_s, QJsonValue() },
            { u"promotion_id"_s, QJsonValue() } });
    }
}

} // namespace portone::sandbox
