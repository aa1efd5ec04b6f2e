#include "ui/schedules/ScheduleActionTexts.h"

#include "ui/common/LocaleFormat.h"
#include "ui/payments/PaymentTableModel.h"
#include "ui/schedules/ScheduleTableModel.h"

#include <QMap>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace portone {

namespace {

constexpr int kListedAtMost = 12; // a confirmation lists this many schedules, then "and N more"

QStringList listed(const QList<Schedule> &schedules, bool withCustomer)
{
    QStringList lines;
    for (const Schedule &schedule : schedules) {
        if (lines.size() == kListedAtMost) {
            lines << ScheduleActionTexts::tr("• and %1 more").arg(schedules.size() - kListedAtMost);
            break;
        }
        lines << u"• "_s + ScheduleActionTexts::line(schedule, withCustomer);
    }
    return lines;
}

QStringList customersOf(const QList<Schedule> &schedules)
{
    QStringList customers;
    for (const Schedule &schedule : schedules) {
        if (!customers.contains(schedule.customerUid))
            customers << schedule.customerUid;
    }
    return customers;
}

QString amountOf(const Schedule &schedule)
{
    return formatAmount(schedule.amount, schedule.currency);
}

} // namespace

QString ScheduleActionTexts::time(const QDateTime &time)
{
    const QDateTime korean = time.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Seoul")));
    QString local = formatLocalTime(time);
    if (time.toLocalTime().offsetFromUtc() == korean.offsetFromUtc())
        return local;
    return tr("%1 (%2 KST)").arg(local, korean.toString(u"yyyy-MM-dd HH:mm"_s));
}

QString ScheduleActionTexts::line(const Schedule &schedule, bool withCustomer)
{
    if (!withCustomer)
        return tr("%1 · %2 · %3 (merchant_uid %4)")
            .arg(time(schedule.scheduleAt), amountOf(schedule), schedule.name,
                 schedule.merchantUid);
    return tr("%1 · %2 · %3 · %4 (merchant_uid %5)")
        .arg(time(schedule.scheduleAt), amountOf(schedule), schedule.name, schedule.customerUid,
             schedule.merchantUid);
}

QString ScheduleActionTexts::total(const QList<Schedule> &schedules)
{
    QMap<QString, double> byCurrency;
    for (const Schedule &schedule : schedules)
        byCurrency[schedule.currency] += schedule.amount;
    QStringList parts;
    for (auto it = byCurrency.cbegin(); it != byCurrency.cend(); ++it)
        parts << formatAmount(it.value(), it.key());
    return parts.join(u" + "_s);
}

ConfirmationRequest ScheduleActionTexts::cancelSelected(const QList<Schedule> &schedules)
{
    const int count = int(schedules.size());
    const QStringList customers = customersOf(schedules);
    QStringList lines;
    lines << tr("%n scheduled payment(s) of %1 will be cancelled: PortOne will not charge them. "
                "Only these are cancelled; other schedules stay as they are.",
                nullptr, count)
                 .arg(customers.join(u", "_s))
          << QString() << listed(schedules, customers.size() > 1) << QString()
          << tr("Total not charged: %1").arg(total(schedules))
          << tr("A cancelled schedule cannot be restored; it can only be scheduled again.");
    return { tr("Cancel %n scheduled payment(s)", nullptr, count), lines.join(u'\n'),
             tr("Cancel %n payment(s)", nullptr, count), tr("Keep them") };
}

TypedConfirmationRequest ScheduleActionTexts::cancelAll(const QString &customerUid,
                                                        const QList<Schedule> &found,
                                                        const QDateTime &horizon)
{
    const int count = int(found.size());
    TypedConfirmationRequest request;
    request.title = tr("Cancel every scheduled payment of %1").arg(customerUid);
    QStringList lines;
    lines << tr("PortOne will cancel EVERY payment still scheduled for the billing key %1, "
                "also those outside the range shown in the table.")
                 .arg(customerUid)
          << tr("%n scheduled payment(s) were found just now (every 3-month window up to %1), "
                "%2 in total:",
                nullptr, count)
                 .arg(formatLocalTime(horizon), total(found))
          << QString() << listed(found, false) << QString()
          << tr("To confirm, type the number of payments that will be cancelled (%1) and give "
                "a reason.")
                 .arg(count);
    request.text = lines.join(u'\n');
    request.expectedText = QString::number(count);
    request.acceptText = tr("Cancel all %n", nullptr, count);
    return request;
}

ConfirmationRequest ScheduleActionTexts::changeTime(const Schedule &schedule,
                                                    const QDateTime &newTime)
{
    QStringList lines;
    lines << tr("The scheduled payment of %1 (%2, merchant_uid %3) will be charged at another "
                "time.")
                 .arg(schedule.customerUid, amountOf(schedule), schedule.merchantUid)
          << QString() << tr("Now: %1").arg(time(schedule.scheduleAt))
          << tr("New time: %1").arg(time(newTime))
          << tr("UNIX seconds sent: %1").arg(newTime.toSecsSinceEpoch());
    return { tr("Change the time of a scheduled payment"), lines.join(u'\n'), tr("Change the time"),
             tr("Keep the time") };
}

ConfirmationRequest ScheduleActionTexts::retry(const Schedule &schedule)
{
    QStringList lines;
    lines << tr("%1 will be charged NOW to the card of the billing key %2 (merchant_uid %3, "
                "%4).")
                 .arg(amountOf(schedule), schedule.customerUid, schedule.merchantUid,
                      schedule.name);
    if (!schedule.failReason.isEmpty())
        lines << tr("It failed before: %1").arg(schedule.failReason);
    else if (schedule.scheduleStatus == u"revoked")
        lines << tr("It was cancelled before it ran.");
    lines << QString()
          << tr("If the answer is lost, look the schedule up before anything else: it is never "
                "sent again by itself.");
    return { tr("Charge a failed scheduled payment now"), lines.join(u'\n'),
             tr("Charge %1 now").arg(amountOf(schedule)), tr("Do not charge") };
}

ConfirmationRequest ScheduleActionTexts::reschedule(const Schedule &schedule,
                                                    const QDateTime &newTime)
{
    QStringList lines;
    lines << tr("The payment of %1 (%2, merchant_uid %3) will be scheduled again: PortOne will "
                "charge it at %4.")
                 .arg(schedule.customerUid, amountOf(schedule), schedule.merchantUid, time(newTime))
          << tr("UNIX seconds sent: %1").arg(newTime.toSecsSinceEpoch());
    return { tr("Schedule a failed payment again"), lines.join(u'\n'), tr("Schedule again"),
             tr("Do not schedule") };
}

QString ScheduleActionTexts::cancelled(const QList<Schedule> &revoked)
{
    return tr("Cancelled %n scheduled payment(s) (%1): they will not be charged.", nullptr,
              int(revoked.size()))
        .arg(total(revoked));
}

QString ScheduleActionTexts::moved(const Schedule &after)
{
    return tr("The payment merchant_uid %1 is now scheduled for %2.")
        .arg(after.merchantUid, time(after.scheduleAt));
}

QString ScheduleActionTexts::rescheduled(const Schedule &after)
{
    return tr("The payment merchant_uid %1 is scheduled again for %2.")
        .arg(after.merchantUid, time(after.scheduleAt));
}

QString ScheduleActionTexts::retried(const Schedule &schedule, const ChargeResult &result)
{
    const Payment &payment = result.payment;
    if (result.paid())
        return tr("Paid: %1 was charged (merchant_uid %2, imp_uid %3).")
            .arg(formatAmount(payment.amount, payment.currency), schedule.merchantUid,
                 payment.impUid);
    if (result.declined())
        return tr("Declined by the card company: nothing was charged (merchant_uid %1). "
                  "PortOne's reason: %2")
            .arg(schedule.merchantUid, result.failReason());
    return tr("PortOne answered, but the payment's status is \"%1\", not paid: look the "
              "schedule up before doing anything else (merchant_uid %2).")
        .arg(payment.status, schedule.merchantUid);
}

QString ScheduleActionTexts::unknown(const QString &what, const QStringList &merchantUids)
{
    return tr("<b>Outcome unknown</b> — %1 may or may not have been done: the answer was lost. "
              "Look the schedule(s) up (merchant_uid %2) before doing anything else; nothing is "
              "sent again by itself.")
        .arg(what.toHtmlEscaped(), merchantUids.join(u", "_s).toHtmlEscaped());
}

QString ScheduleActionTexts::lookedUp(const Schedule &schedule)
{
    QString text
        = tr("merchant_uid %1: %2, %3")
              .arg(schedule.merchantUid, ScheduleTableModel::statusText(schedule.scheduleStatus),
                   time(schedule.scheduleAt));
    if (!schedule.paymentStatus.isEmpty())
        text += tr(", payment %1").arg(PaymentTableModel::statusText(schedule.paymentStatus));
    if (!schedule.failReason.isEmpty())
        text += tr(" (%1)").arg(schedule.failReason);
    return text;
}

} // namespace portone
