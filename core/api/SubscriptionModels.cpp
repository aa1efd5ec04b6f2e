#include "core/api/SubscriptionModels.h"

namespace portone {

ChargeOutcome ChargeResult::outcomeOf(const QString &status)
{
    if (status == QLatin1String("paid"))
        return ChargeOutcome::Paid;
    if (status == QLatin1String("failed"))
        return ChargeOutcome::Declined;
    return ChargeOutcome::Other;
}

ChargeResult ChargeResult::fromJson(const QJsonObject &object)
{
    ChargeResult result;
    result.payment = Payment::fromJson(object);
    result.outcome = outcomeOf(result.payment.status);
    return result;
}

} // namespace portone
