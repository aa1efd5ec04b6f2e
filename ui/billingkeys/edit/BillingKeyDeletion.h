#pragma once

#include "core/api/BillingKeyModels.h"
#include "core/api/PaymentModels.h"
#include "core/api/ScheduleSweep.h"
#include "ui/common/RequestLifecycle.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QWidget;

namespace portone {

class DeskSession;

// Deletes billing keys safely: finds every scheduled payment of each key still to run (all
// 3-month windows and pages up to ScheduleSweepRequest::FutureHorizonYears ahead), asks ONE typed
// confirmation for the whole set (customer_uid or number of keys, a reason, for Naver Pay keys the
// requester, and whether to cancel the listed schedules first), then deletes one at a time, each
// key's schedules cancelled first when chosen (a key whose schedules were not all cancelled is not
// deleted), re-checking each key is gone (404). Stops on the first unexpected error; never
// retries. Each request runs through the
// view's RequestLifecycle (its progress line with Cancel; failures in its error panel as well
// as in the summary).
class BillingKeyDeletion : public QObject
{
    Q_OBJECT
public:
    // How far ahead the schedules of a key are looked for before it is deleted.

    BillingKeyDeletion(DeskSession &session, RequestLifecycle &requests, QWidget *dialogParent);

    void start(const QStringList &customerUids);
    void cancel();
    bool isBusy() const;

Q_SIGNALS:
    void progress(int done, int total, const QString &message);
    void finished(const QStringList &deleted, const QStringList &notDeleted,
                  const QString &summary);
    // The deletion of this key was sent but not answered (the run then stops): it may or may
    // not be gone until it is looked up.
    void outcomeUnknown(const QString &customerUid);

private:
    struct KeyFacts
    {
        QString customerUid;
        QString pgProvider; // empty when unknown
        bool lookedUp = false;
        QList<Schedule> scheduled;
        std::optional<ScheduleSweepPlan> sweep; // while its schedules are looked for
        bool schedulesCancelled = false;
    };
    void checkNext();
    void askConfirmation();
    void deleteNext();
    void cancelSchedules();
    void recheck(const QString &customerUid);
    void noteDeleted(const QString &customerUid, const QString &note);
    void finish(const QString &stopReason);
    // The next request of the run; a failure stops it with stopReason(error).
    template<typename T>
    void send(const QString &what, const QString &notSent, const RequestLifecycle::Send<T> &request,
              RequestLifecycle::Success<T> onSuccess,
              std::function<QString(const ApiError &)> stopReason);

    DeskSession &m_session;
    RequestLifecycle &m_requests;
    QPointer<QWidget> m_dialogParent;
    QList<KeyFacts> m_keys;
    QStringList m_deleted;
    QStringList m_notDeleted;
    QStringList m_notes;
    QString m_reason;
    QString m_requester;
    QDateTime m_horizon;
    bool m_cancelFirst = false;
    int m_index = 0;
    bool m_running = false; // from start() to finished(), the confirmation included
};

} // namespace portone
