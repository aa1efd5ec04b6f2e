#include "ui/billingkeys/edit/BillingKeyDeletion.h"

#include "core/api/PortOneClient.h"
#include "ui/DeskSession.h"
#include "ui/billingkeys/edit/DeletionText.h"
#include "ui/common/Prompts.h"
#include "ui/common/ReadOnlyNotice.h"

#include <QWidget>

namespace portone {

BillingKeyDeletion::BillingKeyDeletion(DeskSession &session, RequestLifecycle &requests,
                                       QWidget *dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_requests(requests)
    , m_dialogParent(dialogParent)
{ }

bool BillingKeyDeletion::isBusy() const
{
    return m_running;
}

void BillingKeyDeletion::cancel()
{
    if (m_running)
        m_requests.cancel(); // the failure handler reports it and finishes the run
}

void BillingKeyDeletion::start(const QStringList &customerUids)
{
    if (m_running)
        return;
    m_keys.clear();
    m_deleted.clear();
    m_notDeleted.clear();
    m_notes.clear();
    m_reason.clear();
    m_requester.clear();
    m_cancelFirst = false;
    m_index = 0;
    QStringList unique;
    for (const QString &uid : customerUids) {
        if (!uid.trimmed().isEmpty() && !unique.contains(uid.trimmed()))
            unique << uid.trimmed();
    }
    if (unique.isEmpty() || !m_session.client()) {
        Q_EMIT finished({}, unique, tr("Nothing was deleted: no profile is active."));
        return;
    }
    if (!m_session.allowsChanges()) {
        Q_EMIT finished({}, unique, ReadOnlyNotice::reasonText());
        return;
    }
    for (const QString &uid : unique)
        m_keys << KeyFacts { uid, {}, false, {}, std::nullopt, false };
    m_horizon = m_session.clock().now().addYears(ScheduleSweepRequest::FutureHorizonYears);
    m_running = true;
    checkNext();
}

namespace {

RequestLifecycle::Send<BillingKey> keyLookUp(const QString &customerUid)
{
    return [customerUid](PortOneClient &client, QObject *context,
                         PortOneClient::Done<BillingKey> done) {
        return client.getBillingKey(customerUid, context, std::move(done));
    };
}

} // namespace

template<typename T>
void BillingKeyDeletion::send(const QString &what, const QString &notSent,
                              const RequestLifecycle::Send<T> &request,
                              RequestLifecycle::Success<T> onSuccess,
                              std::function<QString(const ApiError &)> stopReason)
{
    const bool sent = m_requests.run<T>(
        what, request, std::move(onSuccess),
        [this, stopReason = std::move(stopReason)](const ApiError &error) {
            finish(stopReason(error));
            return false; // shown as well: the notice for a cancellation, else the error panel
        });
    if (!sent)
        finish(notSent);
}

// For each key: look it up (card, pg_provider for Naver Pay), then every scheduled payment still
// to run, window by window and page by page. Nothing is deleted before the operator has seen
// them.
void BillingKeyDeletion::checkNext()
{
    if (m_index >= m_keys.size()) {
        m_index = 0;
        return askConfirmation();
    }
    KeyFacts &facts = m_keys[m_index];
    const QString uid = facts.customerUid;
    const int total = int(m_keys.size());
    const QString notSent = tr("The profile changed; nothing was deleted.");
    if (!facts.lookedUp) {
        const QString what = tr("Looking up %1…").arg(uid);
        Q_EMIT progress(0, total, what);
        send<BillingKey>(
            what, notSent, keyLookUp(uid),
            [this](const BillingKey &key) {
                KeyFacts &looked = m_keys[m_index];
                looked.lookedUp = true;
                looked.pgProvider = deletionPgProviders(key).join(u',');
                checkNext();
            },
            [uid](const ApiError &error) {
                return tr("Could not look up %1 before deleting: %2").arg(uid, error.summary());
            });
        return;
    }
    if (!facts.sweep)
        facts.sweep.emplace(
            ScheduleSweepRequest::futureSchedulesOf(uid, m_session.clock().now(), m_horizon));
    if (facts.sweep->finished()) {
        facts.scheduled = facts.sweep->schedules();
        facts.sweep.reset();
        ++m_index;
        return checkNext();
    }
    const QString what = tr("Checking scheduled payments of %1 (period %2 of %3)…")
                             .arg(uid)
                             .arg(facts.sweep->windowNumber())
                             .arg(facts.sweep->windowCount());
    Q_EMIT progress(0, total, what);
    send<SchedulePage>(
        what, notSent,
        [this](PortOneClient &client, QObject *context, PortOneClient::Done<SchedulePage> done) {
            return m_keys[m_index].sweep->sendNext(client, context, std::move(done));
        },
        [this](const SchedulePage &page) {
            m_keys[m_index].sweep->accept(page);
            checkNext();
        },
        [uid](const ApiError &error) {
            return tr("Could not check the scheduled payments of %1: %2").arg(uid, error.summary());
        });
}

void BillingKeyDeletion::askConfirmation()
{
    DeletionPlan plan;
    plan.horizon = m_horizon;
    bool naverPay = false;
    for (const KeyFacts &key : std::as_const(m_keys)) {
        plan.keys << DeletionPlan::Key { key.customerUid, key.pgProvider, key.scheduled };
        naverPay = naverPay || key.pgProvider.split(u',').contains(QStringLiteral("naverpay"));
    }
    TypedConfirmationRequest request = typedDeletionRequest(plan);
    request.askRequester = naverPay;
    const std::optional<TypedConfirmation> answer
        = m_session.prompts().confirmTyped(m_dialogParent, request);
    if (!answer)
        return finish(tr("Not confirmed; nothing was deleted."));
    m_reason = answer->reason;
    m_requester = naverPay ? answer->requester : QString();
    m_cancelFirst = answer->optionChosen && !request.optionText.isEmpty();
    deleteNext();
}

void BillingKeyDeletion::deleteNext()
{
    if (m_index >= m_keys.size())
        return finish(QString());
    const KeyFacts &key = m_keys.at(m_index);
    if (m_cancelFirst && !key.scheduled.isEmpty() && !key.schedulesCancelled)
        return cancelSchedules();
    const QString uid = key.customerUid;
    const int total = int(m_keys.size());
    const QString what = tr("Deleting %1 (%2 of %3)…").arg(uid).arg(m_index + 1).arg(total);
    Q_EMIT progress(m_index, total, what);
    const QString reason = m_reason;
    const QString requester = m_requester;
    send<BillingKey>(
        what, tr("The profile changed; the remaining keys were not deleted."),
        [uid, reason, requester](PortOneClient &client, QObject *context,
                                 PortOneClient::Done<BillingKey> done) {
            return client.deleteBillingKey(uid, reason, requester, context, std::move(done));
        },
        [this, uid, reason](const BillingKey &) {
            m_session.recordResult(AuditAction::BillingKeyDeleted, { uid }, reason, nullptr);
            recheck(uid);
        },
        [this, uid, reason](const ApiError &error) {
            m_session.recordResult(AuditAction::BillingKeyDeleted, { uid }, reason, &error);
            if (!error.outcomeUnknown)
                return tr("Deleting %1 failed: %2").arg(uid, error.summary());
            Q_EMIT outcomeUnknown(uid);
            return tr("Outcome unknown for %1 — look it up "
                      "before retrying (%2).")
                .arg(uid, error.summary());
        });
}

// The schedules listed in the confirmation, cancelled by their merchant_uids; the key is deleted
// only when PortOne answers that every one of them is revoked.
void BillingKeyDeletion::cancelSchedules()
{
    const QString uid = m_keys.at(m_index).customerUid;
    QStringList merchantUids;
    for (const Schedule &schedule : m_keys.at(m_index).scheduled)
        merchantUids << schedule.merchantUid;
    const QStringList targets = QStringList { uid } + merchantUids;
    const QString reason = m_reason;
    const QString what
        = tr("Cancelling %n scheduled payment(s) of %1…", "", int(merchantUids.size())).arg(uid);
    Q_EMIT progress(m_index, int(m_keys.size()), what);
    send<QList<Schedule>>(
        what, tr("The profile changed; the remaining keys were not deleted."),
        [uid, merchantUids](PortOneClient &client, QObject *context,
                            PortOneClient::Done<QList<Schedule>> done) {
            return client.unschedulePayments(uid, merchantUids, context, std::move(done));
        },
        [this, uid, merchantUids, targets, reason](const QList<Schedule> &answer) {
            QStringList left = merchantUids;
            for (const Schedule &schedule : answer) {
                if (schedule.scheduleStatus == u"revoked")
                    left.removeAll(schedule.merchantUid);
            }
            m_session.recordAction(AuditAction::SchedulesCancelled, targets, reason,
                                   left.isEmpty() ? QStringLiteral("ok") : QStringLiteral("failed"),
                                   left.isEmpty() ? QString()
                                                  : QStringLiteral("not revoked: ")
                                           + left.join(QStringLiteral(", ")));
            if (!left.isEmpty())
                return finish(tr("PortOne did not cancel %1 of %2, so it was not deleted.")
                                  .arg(left.join(QStringLiteral(", ")), uid));
            m_keys[m_index].schedulesCancelled = true;
            m_notes << tr("%1: %n scheduled payment(s) cancelled.", "", int(merchantUids.size()))
                           .arg(uid);
            deleteNext();
        },
        [this, uid, targets, reason](const ApiError &error) {
            m_session.recordResult(AuditAction::SchedulesCancelled, targets, reason, &error);
            if (error.outcomeUnknown)
                return tr("It is unknown whether the scheduled payments of %1 were cancelled "
                          "(%2), so it was not deleted. Look its schedules up before trying "
                          "again.")
                    .arg(uid, error.summary());
            return tr("The scheduled payments of %1 could not be cancelled, so it was not "
                      "deleted: %2")
                .arg(uid, error.summary());
        });
}

// The key must now be gone: a 404 confirms it. Whatever the answer, the run goes on.
void BillingKeyDeletion::recheck(const QString &customerUid)
{
    const bool sent = m_requests.run<BillingKey>(
        tr("Checking that %1 is gone…").arg(customerUid), keyLookUp(customerUid),
        [this, customerUid](const BillingKey &) {
            noteDeleted(customerUid,
                        tr("%1 was deleted but a look-up still "
                           "finds it.")
                            .arg(customerUid));
        },
        [this, customerUid](const ApiError &error) {
            noteDeleted(
                customerUid,
                error.kind == ApiError::Kind::NotFound
                    ? tr("%1: deleted, gone (404).").arg(customerUid)
                    : tr("%1: deleted; the re-check failed: %2").arg(customerUid, error.summary()));
            return true; // in the summary
        });
    if (!sent)
        finish(tr("The profile changed before %1 could be re-checked.").arg(customerUid));
}

void BillingKeyDeletion::noteDeleted(const QString &customerUid, const QString &note)
{
    m_deleted << customerUid;
    m_notes << note;
    ++m_index;
    Q_EMIT progress(m_index, int(m_keys.size()), note);
    deleteNext();
}

void BillingKeyDeletion::finish(const QString &stopReason)
{
    m_running = false;
    for (const KeyFacts &key : std::as_const(m_keys)) {
        if (!m_deleted.contains(key.customerUid))
            m_notDeleted << key.customerUid;
    }
    QStringList lines;
    lines << tr("Deleted %1 of %2 billing keys.").arg(m_deleted.size()).arg(m_keys.size());
    lines << m_notes;
    if (!stopReason.isEmpty())
        lines << tr("Stopped: %1").arg(stopReason);
    if (!m_notDeleted.isEmpty())
        lines << tr("Not deleted: %1").arg(m_notDeleted.join(QStringLiteral(", ")));
    // Clear the reason/requester: they are for this run only.
    m_reason.clear();
    m_requester.clear();
    m_cancelFirst = false;
    Q_EMIT finished(m_deleted, m_notDeleted, lines.join(u'\n'));
}

} // namespace portone
