#include "ui/payments/RefundTexts.h"

#include "ui/common/LocaleFormat.h"

using namespace Qt::StringLiterals;

namespace portone {

namespace {

QString customerOf(const Payment &payment)
{
    return payment.buyerName.isEmpty() ? RefundTexts::tr("the customer") : payment.buyerName;
}

} // namespace

double RefundTexts::refundAmount(const PaymentCancellation &refund)
{
    return refund.amount && *refund.amount > 0 ? *refund.amount : refund.checksum.value_or(0);
}

QString RefundTexts::maskedAccount(const QString &account)
{
    return account.size() <= 4 ? u"****"_s : u"****"_s + account.right(4);
}

ConfirmationRequest RefundTexts::confirmation(const Payment &payment,
                                              const PaymentCancellation &refund,
                                              const QString &bankName)
{
    const QString currency = payment.currency;
    const double amount = refundAmount(refund);
    const double remains = refund.checksum.value_or(0) - amount;
    const QString refunded = formatAmount(amount, currency);
    QStringList lines;
    lines << tr("Refund %1 to %2?").arg(refunded, customerOf(payment)) << QString()
          << tr("Payment: %1 (imp_uid %2)").arg(payment.name, payment.impUid)
          << tr("Original amount: %1").arg(formatAmount(payment.amount, currency));
    if (payment.cancelAmount > 0)
        lines << tr("Already refunded: %1").arg(formatAmount(payment.cancelAmount, currency));
    lines << tr("Refunded now: %1").arg(refunded)
          << tr("Remaining after this refund: %1").arg(formatAmount(remains, currency));
    if (refund.taxFree)
        lines << tr("Of which tax-free: %1").arg(formatAmount(*refund.taxFree, currency));
    if (refund.vatAmount)
        lines << tr("Of which VAT: %1").arg(formatAmount(*refund.vatAmount, currency));
    lines << tr("Reason: %1").arg(refund.reason);
    if (!refund.refundAccount.isEmpty())
        lines << tr("To the account %1 at %2, holder %3")
                     .arg(maskedAccount(refund.refundAccount), bankName, refund.refundHolder);
    lines << QString() << tr("A refund cannot be undone.");
    return { tr("Refund a payment"), lines.join(u'\n'), tr("Refund %1").arg(refunded) };
}

QString RefundTexts::progress(const Payment &payment, const PaymentCancellation &refund)
{
    return tr("Refunding %1 on %2…")
        .arg(formatAmount(refundAmount(refund), payment.currency), payment.impUid);
}

QString RefundTexts::done(const Payment &before, const Payment &after)
{
    const double refunded = after.cancelAmount - before.cancelAmount;
    if (refunded <= 0)
        return tr("PortOne answered without an error, but %1 shows no new refund: check its "
                  "refunds below before doing anything else.")
            .arg(after.impUid);
    const QString currency = after.currency;
    if (after.status == u"cancelled"_s)
        return tr("Refunded %1 on %2: the payment is now fully refunded.")
            .arg(formatAmount(refunded, currency), after.impUid);
    return tr("Refunded %1 on %2; %3 remains refundable.")
        .arg(formatAmount(refunded, currency), after.impUid,
             formatAmount(after.cancellableAmount(), currency));
}

QString RefundTexts::refused(const Payment &before, const PaymentCancellation &refund,
                             const ApiError &error)
{
    QString text = tr("PortOne refused the refund: nothing was refunded.");
    if (error.message.contains(u"checksum"_s))
        text += u' '
            + tr("The balance you saw (%1) is no longer PortOne's: someone else may have "
                 "refunded this payment meanwhile. Its current refunds are shown below; check "
                 "them before refunding again.")
                  .arg(formatAmount(refund.checksum.value_or(0), before.currency));
    else
        text += u' ' + tr("The payment as PortOne has it now is shown below.");
    return text;
}

QString RefundTexts::unknown(const Payment &payment, const PaymentCancellation &refund,
                             const ApiError &error)
{
    return tr("<b>Outcome unknown</b> — the refund of %1 on %2 may or may not have been made "
              "(%3). Look the payment up: its refunds say whether it went through. Refunding "
              "again from this form sends the same checksum (%4), so PortOne refuses it if the "
              "first refund was made.")
        .arg(formatAmount(refundAmount(refund), payment.currency).toHtmlEscaped(),
             payment.impUid.toHtmlEscaped(), error.cause().toHtmlEscaped(),
             formatAmount(refund.checksum.value_or(0), payment.currency).toHtmlEscaped());
}

QString RefundTexts::settled(const Payment &before, const PaymentCancellation &refund,
                             const Payment &now)
{
    const QString currency = now.currency;
    if (now.cancelAmount > before.cancelAmount)
        return tr("The refund went through: %1 was refunded; %2 remains refundable.")
            .arg(formatAmount(now.cancelAmount - before.cancelAmount, currency),
                 formatAmount(now.cancellableAmount(), currency));
    return tr("The refund of %1 was not made: the refundable balance is still %2.")
        .arg(formatAmount(refundAmount(refund), currency),
             formatAmount(now.cancellableAmount(), currency));
}

QString RefundTexts::auditDetail(const PaymentCancellation &refund, const ApiError *error)
{
    QString detail
        = u"amount %1 · checksum %2"_s.arg(QString::number(refundAmount(refund), 'f', 0),
                                           QString::number(refund.checksum.value_or(0), 'f', 0));
    if (!refund.amount || *refund.amount <= 0)
        detail += u" · full"_s;
    if (error)
        detail += u" · "_s + error->redactedSummary();
    return detail;
}

} // namespace portone
