#include "ui/billingkeys/edit/BillingKeyDeletion.h"

#include "core/api/PortOneClient.h"
#include "ui/DeskSession.h"
#include "ui/billingkeys/edit/DeletionText.h"
#include "ui/common/Prompts.h"
#include "ui/common/ReadOnlyNotice.h"

#include <QWidget>

namespace portone {

BillingKeyDeletion::BillingKeyDeletion(DeskSession &session, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_dialogParent(dialogParent)
{ }

BillingKeyDeletion::~BillingKeyDeletion()
{
    m_call.cancel();
}

bool BillingKeyDeletion::isBusy() const
{
    return m_busy;
}

void BillingKeyDeletion::cancel()
{
    if (!m_busy)
        return;
    m_call.cancel(); // the callback reports it and finishes the run
}

void BillingKeyDeletion::start(const QStringList &customerUids)
{
    if (m_busy)
        return;
    m_keys.clear();
    m_deleted.clear();
    m_notDeleted.clear();
    m_notes.clear();
    m_reason.clear();
    m_requester.clear();
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
        m_keys << KeyFacts { uid, {}, false, {}, 1, {} };
    m_busy = true;
    checkNext();
}

// For each key: look it up (card, pg_provider for Naver Pay), then its scheduled payments for
// the coming 3 months. Nothing is deleted before the operator has seen them.
void BillingKeyDeletion::checkNext()
{
    PortOneClient *client = m_session.client();
    if (!client)
        return finish(tr("The profile changed; nothing was deleted."));
    if (m_index >= m_keys.size()) {
        m_index = 0;
        return askConfirmation();
    }
    KeyFacts &facts = m_keys[m_index];
    const int total = int(m_keys.size());
    if (!facts.lookedUp) {
        Q_EMIT progress(0, total, tr("Looking up %1…").arg(facts.customerUid));
        m_call = client->getBillingKey(facts.customerUid, this, [this](Result<BillingKey> result) {
            KeyFacts &key = m_keys[m_index];
            if (!result.ok())
                return finish(tr("Could not look up %1 before deleting: %2")
                                  .arg(key.customerUid, result.error().summary()));
            key.lookedUp = true;
            key.pgProvider = deletionPgProviders(result.value()).join(u',');
            checkNext();
        });
        return;
    }
    Q_EMIT progress(0, total, tr("Checking scheduled payments of %1…").arg(facts.customerUid));
    ScheduleQuery query;
    query.customerUid = facts.customerUid;
    query.from = m_session.clock().now();
    query.to = query.from.addMonths(3);
    query.status = ScheduleStatus::Scheduled;
    query.page = facts.page;
    m_call = client->getSchedules(query, this, [this, query](Result<SchedulePage> result) {
        KeyFacts &key = m_keys[m_index];
        if (!result.ok())
            return finish(tr("Could not check the scheduled payments of %1: %2")
                              .arg(key.customerUid, result.error().summary()));
        key.scheduled << result.value().list;
        key.page = key.paging.nextPage(result.value(), query.page);
        if (key.page == 0)
            ++m_index;
        checkNext();
    });
}

void BillingKeyDeletion::askConfirmation()
{
    DeletionPlan plan;
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
    deleteNext();
}

void BillingKeyDeletion::deleteNext()
{
    PortOneClient *client = m_session.client();
    if (!client)
        return finish(tr("The profile changed; the remaining keys were not deleted."));
    if (m_index >= m_keys.size())
        return finish(QString());
    const QString uid = m_keys.at(m_index).customerUid;
    const int total = int(m_keys.size());
    Q_EMIT progress(m_index, total,
                    tr("Deleting %1 (%2 of %3)…").arg(uid).arg(m_index + 1).arg(total));
    m_call = client->deleteBillingKey(
        uid, m_reason, m_requester, this, [this, uid](const Result<BillingKey> &result) {
            m_session.recordResult(AuditAction::BillingKeyDeleted, { uid }, m_reason,
                                   result.ok() ? nullptr : &result.error());
            if (!result.ok()) {
                const ApiError &error = result.error();
                return finish(error.outcomeUnknown
                                  ? tr("Outcome unknown for %1 — look it up "
                                       "before retrying (%2).")
                                        .arg(uid, error.summary())
                                  : tr("Deleting %1 failed: %2").arg(uid, error.summary()));
            }
            recheck(uid);
        });
}

// The key must now be gone: a 404 confirms it.
void BillingKeyDeletion::recheck(const QString &customerUid)
{
    PortOneClient *client = m_session.client();
    if (!client)
        return finish(tr("The profile changed before %1 could be re-checked.").arg(customerUid));
    m_call = client->getBillingKey(
        customerUid, this, [this, customerUid](const Result<BillingKey> &result) {
            m_deleted << customerUid;
            if (result.ok()) {
                m_notes << tr("%1 was deleted but a look-up still "
                              "finds it.")
                               .arg(customerUid);
            } else if (result.error().kind == ApiError::Kind::NotFound) {
                m_notes << tr("%1: deleted, gone (404).").arg(customerUid);
            } else {
                m_notes << tr("%1: deleted; the re-check failed: %2")
                               .arg(customerUid, result.error().summary());
            }
            ++m_index;
            Q_EMIT progress(m_index, int(m_keys.size()), m_notes.constLast());
            deleteNext();
        });
}

void BillingKeyDeletion::finish(const QString &stopReason)
{
    m_busy = false;
    m_call = CallHandle();
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
    Q_EMIT finished(m_deleted, m_notDeleted, lines.join(u'\n'));
}

} // namespace portone
