#pragma once

#include "core/api/BillingKeyModels.h"
#include "core/api/PaymentModels.h"
#include "ui/common/Prompts.h"

#include <QStringList>

namespace portone {

// What the typed confirmation of a billing-key deletion shows.
struct DeletionPlan
{
    struct Key
    {
        QString customerUid;
        QString pgProvider; // comma-separated for a super billing key; empty when unknown
        QList<Schedule> scheduled; // scheduled payments in the coming 3 months
    };
    QList<Key> keys;
};

// The title names the action; the text lists every uid and every scheduled payment found (or
// says none were found); the operator types the customer_uid (one key) or the number of keys.
TypedConfirmationRequest typedDeletionRequest(const DeletionPlan &plan);

// The pg_provider(s) of a key, for the Naver Pay requester question.
QStringList deletionPgProviders(const BillingKey &key);

} // namespace portone
