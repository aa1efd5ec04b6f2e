#pragma once

#include "core/api/PaymentModels.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Requests and results of the subscription calls (POST /subscribe/payments/again, the
// /subscribe/payments/schedule family): what moves money with a billing key.
namespace portone {

// The order of one charge with a billing key: the parameters that `again` and each entry of
// `schedule`'s `schedules` (ScheduleAnnotation) share. Empty text and missing optionals are not
// sent.
struct ChargeOrder
{
    QString merchantUid; // required, maxLength 40; a used one is refused
    double amount = 0; // required
    QString currency; // again: optional (KRW); schedule: sent as "KRW" when empty
    std::optional<double> taxFree;
    std::optional<double> vatAmount;
    QString name; // required, maxLength 40
    QString buyerName; // maxLength 16
    QString buyerEmail; // maxLength 64
    QString buyerTel; // maxLength 16
    QString buyerAddr; // maxLength 128
    QString buyerPostcode; // maxLength 8
    // Installment months: 0 lump sum, or 2 and more for an amount of at least 50,000.
    std::optional<int> cardQuota;
    std::optional<bool> interestFreeByMerchant;
    std::optional<bool> useCardPoint;
    QString customData;
    QString noticeUrl;
    QString productType; // real | digital
    std::optional<int> productCount;
    QString cashReceiptType; // person | company | anonymous
    QString browserIp;
    QString bypass; // a JSON object as text, passed to the PG unchanged
    QString promotionId;
};

// POST /subscribe/payments/again: charges a billing key now.
struct BillingKeyCharge
{
    QString customerUid; // required, maxLength 80
    ChargeOrder order;
    QString channelKey; // maxLength 55; a super billing key's channel
    QString naverUseCfm; // extra[naverUseCfm], YYYYMMDD, Naver Pay only
};

// One entry of POST /subscribe/payments/schedule's `schedules`.
struct ScheduledPayment
{
    ChargeOrder order;
    QDateTime scheduleAt; // schedule_at, UNIX seconds; must be in the future
};

// POST /subscribe/payments/schedule. The card fields register a billing key first when the
// customer_uid has none (sensitive: masked in every trace).
struct ScheduleRequest
{
    QString customerUid; // required, maxLength 80
    QString customerId;
    QString channelKey; // maxLength 55
    std::optional<int> checkingAmount; // a test approval cancelled at once; 0: none
    QString cardNumber;
    QString expiry; // YYYY-MM
    QString birth;
    QString pwd2Digit;
    QString cvc;
    QList<ScheduledPayment> schedules; // at least one, merchant_uids unique
};

// The JSON body of POST /subscribe/payments/schedule exactly as PortOneClient sends it (card
// fields included: redact before showing it).
QJsonObject scheduleRequestBody(const ScheduleRequest &request);

// PUT /subscribe/payments/schedule/{merchant_uid} (updateScheduleByMid) and
// POST …/{merchant_uid}/reschedule.
struct ScheduleTimeChange
{
    QString merchantUid; // path
    QDateTime scheduleAt; // schedule_at, in the future
    // Not sent: what the operator saw of the schedule, named in stateChangesInFlight().
    QString customerUid;
    std::optional<double> amount;
};

// POST /subscribe/payments/schedule/{merchant_uid}/retry.
struct ScheduleRetry
{
    QString merchantUid; // path
    // Not sent: as for ScheduleTimeChange.
    QString customerUid;
    std::optional<double> amount;
};

// GET /subscribe/payments/schedule (findSchedulesByRange): every customer's schedules whose
// schedule_at is in [from, to), at most 3 months per request.
struct ScheduleRangeQuery
{
    QDateTime from; // schedule_from
    QDateTime to; // schedule_to
    std::optional<ScheduleStatus> status; // schedule_status
    int page = 1;
    int limit = 20; // 1 to 1000
    bool oldestFirst = false; // sorting=scheduled; default: newest first
};

// How a charge ended, judged by the payment's `status` (never by code 0 alone).
enum class ChargeOutcome
{
    Paid, // money moved
    Declined, // status failed: the card company refused, nothing charged; see failReason
    Other, // any other status (ready, cancelled, unknown): look the payment up
};

// The answer of again and retryScheduleByMid: the Payment and what its status says.
struct ChargeResult
{
    Payment payment;
    ChargeOutcome outcome = ChargeOutcome::Other;

    bool paid() const { return outcome == ChargeOutcome::Paid; }
    bool declined() const { return outcome == ChargeOutcome::Declined; }
    // PortOne's reason for a declined charge, verbatim; empty otherwise.
    QString failReason() const
    {
        return outcome == ChargeOutcome::Declined ? payment.failReason : QString();
    }
    static ChargeOutcome outcomeOf(const QString &status);
    static ChargeResult fromJson(const QJsonObject &object);
};

} // namespace portone
