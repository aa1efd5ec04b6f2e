#pragma once

#include "core/api/BillingKeyModels.h"
#include "core/api/PaymentModels.h"
#include "ui/common/Prompts.h"

#include <QDateTime>
#include <QStringList>

namespace portone {

// What the typed confirmation of a billing-key deletion shows.
struct DeletionPlan
{
    struct Key
    {
        QString customerUid;
        QString pgProvider; // comma-separated for a super billing key; empty when unknown
        QList<Schedule> scheduled; // scheduled payments still to run, up to horizon
    };
    QList<Key> keys;
    QDateTime horizon; // how far ahead the schedules were looked for
};

// The title names the action; the text lists every uid and every scheduled payment found (or
// says none were found up to the horizon); the operator types the customer_uid (one key) or the
// number of keys. With schedules listed, the option to cancel them first is offered.
TypedConfirmationRequest typedDeletionRequest(const DeletionPlan &plan);

// The pg_provider(s) of a key, for the Naver Pay requester question.
QStringList deletionPgProviders(const BillingKey &key);

} // namespace portone
