#include "ui/billingkeys/charge/ChargeTexts.h"

#include "core/util/KoreanAmount.h"
#include "ui/common/LocaleFormat.h"

using namespace Qt::StringLiterals;

namespace portone {

namespace {

const QString Krw = u"KRW"_s;

QList<BillingCard> cardsOf(const BillingKey &key)
{
    if (const auto *normal = std::get_if<NormalBillingKey>(&key.shape))
        return { normal->card };
    return std::get<SuperBillingKey>(key.shape).succeededChannels;
}

} // namespace

QString ChargeTexts::amountWithWords(double amount)
{
    return u"%1 (%2)"_s.arg(formatAmount(amount, Krw), koreanAmountWords(qint64(amount)));
}

QString ChargeTexts::customer(const BillingKey &key)
{
    const QString name = key.customer().customerName;
    return name.isEmpty() ? key.customerUid() : u"%1 (%2)"_s.arg(name, key.customerUid());
}

QString ChargeTexts::maskedCard(const BillingKey &key)
{
    const QList<BillingCard> cards = cardsOf(key);
    if (cards.isEmpty())
        return tr("no card on record");
    const BillingCard &card = cards.first();
    const QString number
        = card.cardNumber.isEmpty() ? tr("card number not shown") : card.cardNumber;
    return card.cardName.isEmpty() ? number : u"%1 %2"_s.arg(card.cardName, number);
}

ConfirmationRequest ChargeTexts::confirmation(const BillingKey &key, const BillingKeyCharge &charge,
                                              const QString &channel)
{
    const ChargeOrder &order = charge.order;
    QStringList lines;
    lines << tr("Charge %1 to %2 now?").arg(amountWithWords(order.amount), customer(key))
          << QString() << tr("Card: %1").arg(maskedCard(key))
          << tr("Amount: %1").arg(amountWithWords(order.amount));
    if (order.taxFree)
        lines << tr("Of which tax-free: %1").arg(formatAmount(*order.taxFree, Krw));
    lines << (order.cardQuota.value_or(0) > 0
                  ? tr("Installments: %n months", nullptr, *order.cardQuota)
                  : tr("Installments: lump sum"))
          << tr("Order name: %1").arg(order.name) << tr("merchant_uid: %1").arg(order.merchantUid)
          << tr("Channel: %1").arg(channel) << QString()
          << tr("The card is charged at once; only a refund can undo it.");
    return { tr("Charge a billing key"), lines.join(u'\n'),
             tr("Charge %1").arg(formatAmount(order.amount, Krw)) };
}

QString ChargeTexts::progress(const BillingKeyCharge &charge)
{
    return tr("Charging %1 to %2 (merchant_uid %3)…")
        .arg(formatAmount(charge.order.amount, Krw), charge.customerUid, charge.order.merchantUid);
}

QString ChargeTexts::paid(const QString &customerUid, const Payment &payment)
{
    QString text
        = tr("Paid: %1 was charged to %2.").arg(amountWithWords(payment.amount), customerUid);
    text += u'\n' + tr("imp_uid %1 · merchant_uid %2").arg(payment.impUid, payment.merchantUid);
    if (!payment.receiptUrl.isEmpty())
        text += u'\n' + tr("Receipt: %1").arg(payment.receiptUrl);
    return text;
}

QString ChargeTexts::declined(const Payment &payment)
{
    QString text = tr("Declined: the card company refused the charge of %1; nothing was charged.")
                       .arg(formatAmount(payment.amount, Krw));
    text += u'\n'
        + tr("PortOne's reason: %1")
              .arg(payment.failReason.isEmpty() ? tr("(none given)") : payment.failReason);
    text += u'\n' + tr("imp_uid %1 · merchant_uid %2").arg(payment.impUid, payment.merchantUid);
    return text;
}

QString ChargeTexts::undecided(const Payment &payment)
{
    return tr("<b>Not settled</b> — PortOne answered, but the payment's status is \"%1\", "
              "neither paid nor failed. Look merchant_uid %2 up before charging again.")
        .arg(payment.status.toHtmlEscaped(), payment.merchantUid.toHtmlEscaped());
}

QString ChargeTexts::unknown(const BillingKeyCharge &charge, const ApiError &error)
{
    return tr("<b>Outcome unknown</b> — the charge of %1 to %2 may or may not have gone through "
              "(%3). Its merchant_uid <b>%4</b> is kept: charging again from this form sends "
              "the same one, which PortOne refuses if the first charge was paid. Look it up "
              "first.")
        .arg(formatAmount(charge.order.amount, Krw).toHtmlEscaped(),
             charge.customerUid.toHtmlEscaped(), error.cause().toHtmlEscaped(),
             charge.order.merchantUid.toHtmlEscaped());
}

QString ChargeTexts::sentWithAnotherProfile(const QString &profileName)
{
    return tr("<br><br>It was sent with the profile <b>%1</b>: switch back to it to look it up.")
        .arg(profileName.toHtmlEscaped());
}

QString ChargeTexts::notFound(const QString &merchantUid)
{
    return tr("No payment with merchant_uid %1 was found: nothing was charged. Charging again "
              "with the same merchant_uid is safe.")
        .arg(merchantUid);
}

QString ChargeTexts::auditDetail(const BillingKeyCharge &charge, const ChargeResult *result,
                                 const ApiError *error)
{
    QString detail = u"amount %1"_s.arg(QString::number(charge.order.amount, 'f', 0));
    if (charge.order.cardQuota.value_or(0) > 0)
        detail += u" · card_quota %1"_s.arg(*charge.order.cardQuota);
    if (!charge.channelKey.isEmpty())
        detail += u" · channel_key "_s + charge.channelKey;
    if (result)
        detail += u" · status "_s + result->payment.status;
    if (error)
        detail += u" · "_s + error->redactedSummary();
    return detail;
}

} // namespace portone
