#pragma once

#include "core/api/ApiError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace portone {

enum class MerchantPaymentStatus
{
    Any,
    Ready,
    Paid,
    Failed,
    Cancelled
};
enum class PaymentSorting
{
    StartedDesc,
    StartedAsc,
    PaidDesc,
    PaidAsc,
    UpdatedDesc,
    UpdatedAsc
};
QString paymentSortingCode(PaymentSorting sorting);
// The status path segment of the merchant_uid look-ups; nullopt for Any (no segment).
std::optional<QString> merchantPaymentStatusCode(MerchantPaymentStatus status);

// PaymentCancelAnnotation: one entry of a payment's cancel_history (a full or partial refund).
struct PaymentCancellationRecord
{
    QString pgTid;
    double amount = 0;
    QDateTime cancelledAt;
    QString reason;
    QString cancellationId;
    QString receiptUrl;

    static PaymentCancellationRecord fromJson(const QJsonObject &object);
};

// PaymentAnnotation. Every field kept in raw; the ones the UI shows are typed. Every field may
// be missing or null in a real answer: it then reads as empty, 0 or an invalid time.
struct Payment
{
    QString impUid;
    QString merchantUid;
    QString payMethod;
    QString channel;
    QString pgProvider;
    QString embPgProvider;
    QString pgTid;
    QString pgId;
    bool sandbox = false;
    bool escrow = false;
    QString applyNum;
    QString cardCode;
    QString cardName;
    QString cardNumber; // as the API masks it
    std::optional<int> cardQuota; // 0: lump sum
    QString bankCode;
    QString bankName;
    QString vbankCode;
    QString vbankName;
    QString vbankNum;
    QString vbankHolder;
    QDateTime vbankDate; // deposit deadline
    QDateTime vbankIssuedAt;
    QString name;
    double amount = 0;
    double cancelAmount = 0;
    QString currency;
    QString buyerName;
    QString buyerEmail;
    QString buyerTel;
    QString buyerAddr;
    QString buyerPostcode;
    QString customData;
    QString status; // ready, paid, cancelled, failed, or unknown
    QDateTime startedAt;
    QDateTime paidAt;
    QDateTime failedAt;
    QDateTime cancelledAt;
    QString failReason;
    QString cancelReason;
    QString receiptUrl;
    QList<PaymentCancellationRecord> cancelHistory;
    QStringList cancelReceiptUrls;
    bool cashReceiptIssued = false;
    QString customerUid;
    QString customerUidUsage;
    QJsonObject raw;

    // What can still be refunded: the checksum a refund sends.
    double cancellableAmount() const { return amount - cancelAmount; }
    static Payment fromJson(const QJsonObject &object);
};

// POST /payments/cancel. imp_uid wins when both ids are given.
struct PaymentCancellation
{
    QString impUid;
    QString merchantUid;
    std::optional<double> amount; // missing or 0: a full refund
    // The cancellable balance the operator saw (amount - cancel_amount); always sent, so that
    // PortOne refuses a refund made against a balance that has since changed.
    std::optional<double> checksum;
    std::optional<double> taxFree;
    std::optional<double> vatAmount;
    QString reason;
    // A virtual-account (vbank) payment is refunded to this account.
    QString refundHolder;
    QString refundBank; // a bank code from GET /banks
    QString refundAccount; // sensitive: at most the last 4 digits in history and logs
    QString refundTel;
    // The payment's pay_method as the caller looked it up; empty when unknown. "vbank"
    // makes the refund account required.
    QString payMethod;
};

enum class PaymentStatusFilter
{
    All,
    Ready,
    Paid,
    Cancelled,
    Failed
};
QString paymentStatusFilterCode(PaymentStatusFilter status);

// GET /payments/status/{payment_status}. An invalid from or to is not sent: PortOne then
// searches from 90 days before `to`, up to now.
struct PaymentStatusQuery
{
    PaymentStatusFilter status = PaymentStatusFilter::All;
    QDateTime from; // inclusive
    QDateTime to; // inclusive
    int page = 1;
    int limit = 20;
    std::optional<PaymentSorting> sorting;
    // False: the payments come without their `raw` JSON (an export writes typed fields only;
    // the raw JSON is about half of a page's memory).
    bool keepRawJson = true;
};

// GET /payments/findAll/{merchant_uid}[/{payment_status}].
struct MerchantPaymentsQuery
{
    QString merchantUid;
    MerchantPaymentStatus status = MerchantPaymentStatus::Any;
    std::optional<PaymentSorting> sorting;
    int page = 1;
    int limit = 20;
};

// PaymentBalanceAnnotation: amounts after refunds (negative entries deducted).
struct PaymentBalanceAmounts
{
    double taxFree = 0;
    double supply = 0;
    double vat = 0;
    double service = 0;

    static PaymentBalanceAmounts fromJson(const QJsonObject &object);
};

struct PaymentBalanceEntry
{
    PaymentBalanceAmounts cashReceipt;
    PaymentBalanceAmounts primary;
    PaymentBalanceAmounts secondary;
    PaymentBalanceAmounts discount;
    QDateTime created; // invalid for the current balance

    static PaymentBalanceEntry fromJson(const QJsonObject &object);
};

// PaymentBalanceResponseAnnotation (GET /payments/{imp_uid}/balance, PAYCO payments only).
struct PaymentBalance
{
    double amount = 0;
    PaymentBalanceEntry current;
    QList<PaymentBalanceEntry> histories;
    QJsonObject raw;

    static PaymentBalance fromJson(const QJsonObject &object);
};

// PagedPaymentAnnotation.
struct PaymentPage
{
    int total = 0;
    int previous = 0;
    int next = 0;
    QList<Payment> list;
};

struct PaymentBatch
{
    QList<Payment> found;
    QStringList missing;
    QStringList failed; // a 207 with a code other than 0: ids PortOne did not look up
    std::optional<ApiError> failure; // that code and message, when failed is not empty
    int httpStatus = 200;
};

// ScheduleResultAnnotation.
struct Schedule
{
    QString customerUid;
    QString merchantUid;
    QString impUid;
    QString pgProvider;
    QString pgId;
    QString customerId;
    QDateTime scheduleAt;
    QDateTime executedAt;
    QDateTime revokedAt;
    double amount = 0;
    QString currency;
    QString name;
    QString buyerName;
    QString scheduleStatus; // scheduled, executed, revoked, or unknown
    QString paymentStatus; // empty when null
    QString failReason;
    QJsonObject raw;

    static Schedule fromJson(const QJsonObject &object);
};

enum class ScheduleStatus
{
    Scheduled,
    Executed,
    Revoked
};
QString scheduleStatusCode(ScheduleStatus status);

struct ScheduleQuery
{
    QString customerUid;
    QDateTime from; // inclusive
    QDateTime to; // exclusive
    std::optional<ScheduleStatus> status;
    int page = 1;
};

// The schedules answer comes either as a plain array or as {total, previous, next, list}.
struct SchedulePage
{
    int total = 0;
    int previous = 0;
    int next = 0;
    QList<Schedule> list;
    // The answer was the page object {total, previous, next, list}; false: the spec's plain
    // array, which says nothing of further pages (see SchedulePaging).
    bool pagedObject = false;
};

} // namespace portone
