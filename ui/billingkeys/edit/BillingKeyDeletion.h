#pragma once

#include "core/api/BillingKeyModels.h"
#include "core/api/CallHandle.h"
#include "core/api/PaymentModels.h"
#include "core/api/SchedulePaging.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QWidget;

namespace portone {

class DeskSession;

// Deletes billing keys safely: checks each key's scheduled payments for the coming 3 months,
// asks ONE typed confirmation for the whole set (customer_uid or number of keys, a reason and,
// for Naver Pay keys, the requester), then deletes one at a time, re-checking each key is gone
// (404). Stops on the first unexpected error; never retries.
class BillingKeyDeletion : public QObject
{
    Q_OBJECT
public:
    BillingKeyDeletion(DeskSession &session, QWidget *dialogParent);
    ~BillingKeyDeletion() override;

    void start(const QStringList &customerUids);
    void cancel();
    bool isBusy() const;

Q_SIGNALS:
    void progress(int done, int total, const QString &message);
    void finished(const QStringList &deleted, const QStringList &notDeleted,
                  const QString &summary);

private:
    struct KeyFacts
    {
        QString customerUid;
        QString pgProvider; // empty when unknown
        bool lookedUp = false;
        QList<Schedule> scheduled;
        int page = 1; // of the schedule look-up
        SchedulePaging paging;
    };
    void checkNext();
    void askConfirmation();
    void deleteNext();
    void recheck(const QString &customerUid);
    void finish(const QString &stopReason);

    DeskSession &m_session;
    QPointer<QWidget> m_dialogParent;
    QList<KeyFacts> m_keys;
    QStringList m_deleted;
    QStringList m_notDeleted;
    QStringList m_notes;
    QString m_reason;
    QString m_requester;
    int m_index = 0;
    bool m_busy = false;
    CallHandle m_call;
};

} // namespace portone
