#pragma once

#include "core/api/ApiError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace portone {

// PaymentAnnotation. Every field kept in raw; the ones the UI shows are typed.
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
    QString cardName;
    QString cardNumber;
    std::optional<int> cardQuota;
    QString bankName;
    QString name;
    double amount = 0;
    double cancelAmount = 0;
    QString currency;
    QString buyerName;
    QString buyerEmail;
    QString buyerTel;
    QString status; // ready, paid, cancelled, failed, or unknown
    QDateTime startedAt;
    QDateTime paidAt;
    QDateTime failedAt;
    QDateTime cancelledAt;
    QString failReason;
    QString cancelReason;
    QString receiptUrl;
    QString customerUid;
    QString customerUidUsage;
    QJsonObject raw;

    static Payment fromJson(const QJsonObject &object);
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
