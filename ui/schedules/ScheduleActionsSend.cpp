// The actions of ScheduleActions (each checks the selection, asks, and sends once) and the
// look-ups that settle an unknown outcome.
#include "core/api/ScheduleSweep.h"
#include "ui/DeskSession.h"
#include "ui/common/OutcomeNotice.h"
#include "ui/common/RequestLifecycle.h"
#include "ui/schedules/ScheduleActionTexts.h"
#include "ui/schedules/ScheduleActions.h"

#include <QLabel>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace portone {

namespace {

QStringList merchantUidsOf(const QList<Schedule> &schedules)
{
    QStringList merchantUids;
    for (const Schedule &schedule : schedules)
        merchantUids << schedule.merchantUid;
    return merchantUids;
}

} // namespace

void ScheduleActions::cancelSelected()
{
    if (isBusy() || m_blocked || !m_session.allowsChanges())
        return;
    const QList<Schedule> chosen = m_selection();
    if (chosen.isEmpty() || pendingLookUp(chosen)
        || !std::all_of(chosen.cbegin(), chosen.cend(), &canCancel))
        return;
    if (!confirm(ScheduleActionTexts::cancelSelected(chosen)))
        return;
    QString customerUid = chosen.first().customerUid;
    for (const Schedule &schedule : chosen) {
        if (schedule.customerUid != customerUid)
            customerUid.clear(); // several customers: the merchant_uids alone say which
    }
    const Sent sent { AuditAction::SchedulesCancelled, merchantUidsOf(chosen),
                      tr("the cancellation of %n scheduled payment(s)", nullptr,
                         int(chosen.size())) };
    started();
    m_requests->run<QList<Schedule>>(
        tr("Cancelling %n scheduled payment(s)…", nullptr, int(chosen.size())),
        [customerUid, merchantUids = sent.merchantUids](PortOneClient &client, QObject *context,
                                                        PortOneClient::Done<QList<Schedule>> done) {
            return client.unschedulePayments(customerUid, merchantUids, context, std::move(done));
        },
        [this, sent](const QList<Schedule> &revoked) {
            record(sent, nullptr);
            refreshed(revoked);
            showResult(ScheduleActionTexts::cancelled(revoked), true);
        },
        [this, sent](const ApiError &error) { return failed(sent, error); });
}

void ScheduleActions::cancelAllOfCustomer()
{
    if (isBusy() || m_blocked || !m_session.allowsChanges() || m_customerUid.isEmpty())
        return;
    const QDateTime now = m_session.clock().now();
    const QDateTime horizon = now.addYears(ScheduleSweepRequest::FutureHorizonYears);
    started();
    sweepNext(std::make_shared<ScheduleSweepPlan>(
                  ScheduleSweepRequest::futureSchedulesOf(m_customerUid, now, horizon)),
              horizon);
}

// First every schedule still waiting, window after window: the confirmation names the count.
void ScheduleActions::sweepNext(const std::shared_ptr<ScheduleSweepPlan> &plan,
                                const QDateTime &horizon)
{
    if (plan->finished()) {
        cancelAllFound(plan->schedules(), horizon);
        return;
    }
    m_requests->run<SchedulePage>(
        tr("Finding every schedule of %1: window %2 of %3…")
            .arg(m_customerUid)
            .arg(plan->windowNumber())
            .arg(plan->windowCount()),
        [plan](PortOneClient &client, QObject *context, PortOneClient::Done<SchedulePage> done) {
            return plan->sendNext(client, context, std::move(done));
        },
        [this, plan, horizon](const SchedulePage &page) {
            plan->accept(page);
            sweepNext(plan, horizon);
        });
}

void ScheduleActions::cancelAllFound(const QList<Schedule> &found, const QDateTime &horizon)
{
    if (found.isEmpty()) {
        showResult(tr("No payment is scheduled for %1 (searched up to %2): nothing to cancel.")
                       .arg(m_customerUid, ScheduleActionTexts::time(horizon)),
                   true);
        return;
    }
    m_confirming = true;
    updateButtons();
    const std::optional<TypedConfirmation> confirmed = m_session.prompts().confirmTyped(
        this, ScheduleActionTexts::cancelAll(m_customerUid, found, horizon));
    m_confirming = false;
    updateButtons();
    if (!confirmed)
        return;
    const QString customerUid = m_customerUid;
    const Sent sent { AuditAction::AllSchedulesCancelled, merchantUidsOf(found),
                      tr("the cancellation of every schedule of %1").arg(customerUid),
                      confirmed->reason, customerUid };
    m_requests->run<QList<Schedule>>(
        tr("Cancelling every scheduled payment of %1…").arg(customerUid),
        [customerUid](PortOneClient &client, QObject *context,
                      PortOneClient::Done<QList<Schedule>> done) {
            return client.unscheduleAllPayments(customerUid, context, std::move(done));
        },
        [this, sent](const QList<Schedule> &revoked) {
            record(sent, nullptr,
                   u"found %1 · cancelled %2"_s.arg(sent.merchantUids.size()).arg(revoked.size()));
            refreshed(revoked);
            showResult(ScheduleActionTexts::cancelled(revoked), true);
        },
        [this, sent](const ApiError &error) { return failed(sent, error); });
}

void ScheduleActions::changeTime()
{
    if (isBusy() || m_blocked || !m_session.allowsChanges())
        return;
    const std::optional<Schedule> schedule = chosenOne(&canCancel);
    if (!schedule || !canChangeTime(*schedule, m_session.clock().now()))
        return;
    const std::optional<QDateTime> time = newTime();
    if (!time || !confirm(ScheduleActionTexts::changeTime(*schedule, *time)))
        return;
    const ScheduleTimeChange change { schedule->merchantUid, *time, schedule->customerUid,
                                      schedule->amount };
    const Sent sent { AuditAction::ScheduleTimeChanged,
                      { schedule->merchantUid },
                      tr("the change of time of %1").arg(schedule->merchantUid) };
    const QString detail = u"schedule_at %1 -> %2"_s.arg(schedule->scheduleAt.toSecsSinceEpoch())
                               .arg(time->toSecsSinceEpoch());
    started();
    m_requests->run<Schedule>(
        tr("Changing the time of %1…").arg(schedule->merchantUid),
        [change](PortOneClient &client, QObject *context, PortOneClient::Done<Schedule> done) {
            return client.updateScheduleTime(change, context, std::move(done));
        },
        [this, sent, detail](const Schedule &after) {
            record(sent, nullptr, detail);
            refreshed({ after });
            showResult(ScheduleActionTexts::moved(after), true);
        },
        [this, sent](const ApiError &error) { return failed(sent, error); });
}

void ScheduleActions::reschedule()
{
    if (isBusy() || m_blocked || !m_session.allowsChanges())
        return;
    const std::optional<Schedule> schedule = chosenOne(&canRetry);
    if (!schedule)
        return;
    const std::optional<QDateTime> time = newTime();
    if (!time || !confirm(ScheduleActionTexts::reschedule(*schedule, *time)))
        return;
    const ScheduleTimeChange change { schedule->merchantUid, *time, schedule->customerUid,
                                      schedule->amount };
    const Sent sent { AuditAction::ScheduleRescheduled,
                      { schedule->merchantUid },
                      tr("scheduling %1 again").arg(schedule->merchantUid) };
    const QString detail = u"schedule_at %1"_s.arg(time->toSecsSinceEpoch());
    started();
    m_requests->run<Schedule>(
        tr("Scheduling %1 again…").arg(schedule->merchantUid),
        [change](PortOneClient &client, QObject *context, PortOneClient::Done<Schedule> done) {
            return client.reschedulePayment(change, context, std::move(done));
        },
        [this, sent, detail](const Schedule &after) {
            record(sent, nullptr, detail);
            refreshed({ after });
            showResult(ScheduleActionTexts::rescheduled(after), true);
        },
        [this, sent](const ApiError &error) { return failed(sent, error); });
}

void ScheduleActions::retryNow()
{
    if (isBusy() || m_blocked || !m_session.allowsChanges())
        return;
    const std::optional<Schedule> schedule = chosenOne(&canRetry);
    if (!schedule || !confirm(ScheduleActionTexts::retry(*schedule)))
        return;
    const ScheduleRetry retry { schedule->merchantUid, schedule->customerUid, schedule->amount };
    const Sent sent { AuditAction::ScheduleRetried,
                      { schedule->merchantUid },
                      tr("the charge of %1 now").arg(schedule->merchantUid) };
    started();
    m_requests->run<ChargeResult>(
        tr("Charging %1 now…").arg(schedule->merchantUid),
        [retry](PortOneClient &client, QObject *context, PortOneClient::Done<ChargeResult> done) {
            return client.retryScheduledPayment(retry, context, std::move(done));
        },
        [this, sent, before = *schedule](const ChargeResult &result) {
            recordRetry(sent, result);
            showResult(ScheduleActionTexts::retried(before, result), result.paid());
            if (!result.paid() && !result.declined()) {
                m_unknown = sent; // neither paid nor declined: the look-up says what it is
                m_outcomeNotice->label()->setText(
                    ScheduleActionTexts::unknown(sent.what, sent.merchantUids));
                m_outcomeNotice->show();
                updateButtons();
            }
            refreshQuietly(before.merchantUid);
        },
        [this, sent](const ApiError &error) { return failed(sent, error); });
}

// The schedule's row after a retry: a failed look-up leaves the row as it was, and the
// retry's answer stays the last word.
void ScheduleActions::refreshQuietly(const QString &merchantUid)
{
    m_requests->run<Schedule>(
        tr("Looking up merchant_uid %1…").arg(merchantUid),
        [merchantUid](PortOneClient &client, QObject *context, PortOneClient::Done<Schedule> done) {
            return client.getScheduleByMerchantUid(merchantUid, context, std::move(done));
        },
        [this](const Schedule &schedule) { refreshed({ schedule }); },
        [](const ApiError &) { return true; });
}

void ScheduleActions::lookUpUnknown()
{
    if (isBusy() || !m_unknown)
        return;
    m_requests->clear();
    lookUpEach(m_unknown->merchantUids, {});
}

// One look-up after another; each found schedule refreshes its row. found: the lines so far.
void ScheduleActions::lookUpEach(QStringList merchantUids, QStringList found)
{
    if (merchantUids.isEmpty()) {
        m_unknown.reset();
        m_outcomeNotice->hide();
        showResult(tr("As PortOne has them now:") + u'\n' + found.join(u'\n'), true);
        return;
    }
    const QString merchantUid = merchantUids.takeFirst();
    m_requests->run<Schedule>(
        tr("Looking up merchant_uid %1…").arg(merchantUid),
        [merchantUid](PortOneClient &client, QObject *context, PortOneClient::Done<Schedule> done) {
            return client.getScheduleByMerchantUid(merchantUid, context, std::move(done));
        },
        [this, merchantUids, found](const Schedule &schedule) mutable {
            refreshed({ schedule });
            found << ScheduleActionTexts::lookedUp(schedule);
            lookUpEach(merchantUids, found);
        });
}

} // namespace portone
