#pragma once

// What the schedule actions say to the operator: the confirmations before sending (naming the
// schedules, customers, amounts and times), the progress lines, and the sentences after an
// answer or a look-up. Used by ScheduleActions only.

#include "core/api/PaymentModels.h"
#include "core/api/SubscriptionModels.h"
#include "ui/common/Prompts.h"

#include <QCoreApplication>

namespace portone {

class ScheduleActionTexts
{
    Q_DECLARE_TR_FUNCTIONS(portone::ScheduleActionTexts)

public:
    // "2026-12-25 10:00:00 (2026-12-25 10:00 KST)": the operator's zone, and Korea's time when
    // the operator's zone is another.
    static QString time(const QDateTime &time);
    // "25. 12. 2026 10:00 · 9,900원 · 정기구독 · customer_1234 (merchant_uid sched_1)"; without
    // the customer_uid when the text names the one customer already.
    static QString line(const Schedule &schedule, bool withCustomer = true);
    static QString total(const QList<Schedule> &schedules); // "19,800원" (per currency)

    static ConfirmationRequest cancelSelected(const QList<Schedule> &schedules);
    // found: the customer's schedules still waiting, every window up to horizon.
    static TypedConfirmationRequest
    cancelAll(const QString &customerUid, const QList<Schedule> &found, const QDateTime &horizon);
    static ConfirmationRequest changeTime(const Schedule &schedule, const QDateTime &newTime);
    static ConfirmationRequest retry(const Schedule &schedule);
    static ConfirmationRequest reschedule(const Schedule &schedule, const QDateTime &newTime);

    static QString cancelled(const QList<Schedule> &revoked);
    static QString moved(const Schedule &after);
    static QString rescheduled(const Schedule &after);
    // The retried payment, judged by its status.
    static QString retried(const Schedule &schedule, const ChargeResult &result);
    // The outcome-unknown notice: what was sent, and that a look-up settles it.
    static QString unknown(const QString &what, const QStringList &merchantUids);
    // A schedule as the look-up found it: "merchant_uid X: executed, payment paid".
    static QString lookedUp(const Schedule &schedule);
};

} // namespace portone
