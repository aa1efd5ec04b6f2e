#pragma once

#include "core/api/ApiError.h"
#include "core/api/PaymentModels.h"
#include "ui/common/Prompts.h"

#include <QCoreApplication>

namespace portone {

// What the refund says to the operator: the confirmation before sending, and the sentences
// after an answer (done, refused, unknown, settled by a look-up). Amounts in the payment's
// currency, in the UI locale.
class RefundTexts
{
    Q_DECLARE_TR_FUNCTIONS(portone::RefundTexts)

public:
    // The amount a refund takes: the amount asked, or for a full refund the balance it was
    // based on.
    static double refundAmount(const PaymentCancellation &refund);
    // Names the customer, the original amount, what is refunded and what remains; bankName is
    // the refund account's bank, for a virtual-account payment.
    static ConfirmationRequest confirmation(const Payment &payment,
                                            const PaymentCancellation &refund,
                                            const QString &bankName);
    static QString progress(const Payment &payment, const PaymentCancellation &refund);
    // before: the payment as the form saw it; after: PortOne's answer.
    static QString done(const Payment &before, const Payment &after);
    // A refusal's plain explanation (the error panel shows status, code and message).
    static QString refused(const Payment &before, const PaymentCancellation &refund,
                           const ApiError &error);
    static QString unknown(const Payment &payment, const PaymentCancellation &refund,
                           const ApiError &error);
    // After the look-up that settles an unknown outcome.
    static QString settled(const Payment &before, const PaymentCancellation &refund,
                           const Payment &now);
    // The audit entry's detail: amounts only, never the refund account.
    static QString auditDetail(const PaymentCancellation &refund, const ApiError *error);
    // "****5561": at most the last 4 digits of an account number.
    static QString maskedAccount(const QString &account);
};

} // namespace portone
