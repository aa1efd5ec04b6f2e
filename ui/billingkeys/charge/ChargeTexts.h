#pragma once

#include "core/api/ApiError.h"
#include "core/api/BillingKeyModels.h"
#include "core/api/SubscriptionModels.h"
#include "ui/common/Prompts.h"

#include <QCoreApplication>

namespace portone {

// What a charge with a billing key says to the operator: the amount with its Korean words, the
// confirmation before sending, and the sentences after an answer (paid, declined, unknown,
// settled by a look-up by merchant_uid).
class ChargeTexts
{
    Q_DECLARE_TR_FUNCTIONS(portone::ChargeTexts)

public:
    // "12,000원 (만 이천 원)"; in English "₩12,000 (만 이천 원)": the words are what the operator
    // reads out to a Korean customer.
    static QString amountWithWords(double amount);
    // "김민준 (customer_1234)", or the customer_uid alone.
    static QString customer(const BillingKey &key);
    // The key's card as PortOne masked it, with the card name ("신한카드 ************1238").
    static QString maskedCard(const BillingKey &key);
    // Names the customer, the masked card, the amount (with words) and the channel.
    static ConfirmationRequest confirmation(const BillingKey &key, const BillingKeyCharge &charge,
                                            const QString &channel);
    static QString progress(const BillingKeyCharge &charge);
    static QString paid(const QString &customerUid, const Payment &payment);
    static QString declined(const Payment &payment);
    // PortOne answered with a status that is neither paid nor failed.
    static QString undecided(const Payment &payment);
    static QString unknown(const BillingKeyCharge &charge, const ApiError &error);
    // Added to the unknown outcome's notice on another profile than the charge's.
    static QString sentWithAnotherProfile(const QString &profileName);
    // The look-up by merchant_uid that settles an unknown outcome found nothing.
    static QString notFound(const QString &merchantUid);
    // The audit entry's detail: the amount and what the answer said (no card data).
    static QString auditDetail(const BillingKeyCharge &charge, const ChargeResult *result,
                               const ApiError *error);
};

} // namespace portone
