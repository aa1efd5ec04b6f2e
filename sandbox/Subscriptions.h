#pragma once

#include "sandbox/SandboxData.h"

#include <QJsonObject>
#include <QString>

// Charges with a billing key and the scheduled payments that make them (SubscriptionCharges.cpp),
// shared by the again, schedule and retry routes and by the clock that runs schedules.
namespace portone::sandbox {

// What one charge is made of (again, a schedule when it runs, a retry).
struct ChargeInput
{
    QString customerUid;
    QString merchantUid;
    QString name;
    QString currency = QStringLiteral("KRW");
    QString buyerName;
    QString buyerEmail;
    QString buyerTel;
    QString customData;
    double amount = 0;
    int cardQuota = 0;
};

// The payment of one charge at time `at`, added to data.payments: paid, or failed with the
// key's decline reason (BillingKey::declineReason), or failed because the key is gone (key
// null). Buyer fields left empty take the key's customer_* values, as PortOne does.
QJsonObject chargeBillingKey(SandboxData &data, const BillingKey *key, const ChargeInput &in,
                             qint64 at);
// Why a new charge or schedule cannot use merchant_uid (a paid or refunded payment has it, or
// withSchedules and a schedule has it): PortOne's refusal, in Korean; empty when it can.
QString merchantUidTaken(SandboxData &data, const QString &merchantUid, bool withSchedules);
// A schedule's charge runs now (at): the schedule becomes executed with the payment's imp_uid,
// status and fail_reason. Returns the payment.
QJsonObject executeSchedule(SandboxData &data, QJsonObject &schedule, qint64 at);
// Every schedule still waiting whose schedule_at has come runs, at its schedule_at, earliest
// first. Called before each request is answered: the sandbox clock reaching schedule_at is what
// runs it.
void runDueSchedules(SandboxData &data, qint64 now);
// A schedule look-up's [from, to) against the 3-month limit; the Korean 400 message, or empty.
QString scheduleWindowProblem(qint64 from, qint64 to, const QString &fromName,
                              const QString &toName);

// The seeded schedules (customer_1234, super_customer_0001, sbx_cust_0001…0010: one a month from
// six months ago to six months ahead) and SandboxServer::declinedCustomerUid() (ScheduleSeed.cpp).
void seedSubscriptions(SandboxData &data, qint64 now);

} // namespace portone::sandbox
