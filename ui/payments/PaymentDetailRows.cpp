#include "ui/payments/PaymentDetailRows.h"

#include "core/api/PaymentModels.h"
#include "ui/common/LocaleFormat.h"
#include "ui/payments/PaymentTableModel.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace portone {

QString PaymentDetailRows::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

// A JSON object as "key: value" lines; anything else as PortOne sent it.
QString PaymentDetailRows::readableCustomData(const QString &customData)
{
    const QJsonDocument document = QJsonDocument::fromJson(customData.toUtf8());
    if (!document.isObject() || document.object().isEmpty())
        return customData;
    QStringList lines;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue value = it.value();
        QString text;
        if (value.isString())
            text = value.toString();
        else if (value.isObject() || value.isArray())
            text = QString::fromUtf8(
                QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
        else
            text = value.toVariant().toString();
        lines << it.key() + QStringLiteral(": ") + text;
    }
    return lines.join(u'\n');
}

void PaymentDetailRows::addCardRows(QList<ResultRow> &rows, const Payment &p)
{
    if (p.cardName.isEmpty() && p.cardCode.isEmpty() && p.cardNumber.isEmpty())
        return;
    rows << resultRow(tr("Card"), nameWithCode(p.cardName, p.cardCode))
         << resultRow(tr("Card number"), p.cardNumber);
    if (p.cardQuota)
        rows << resultRow(tr("Installments"),
                          *p.cardQuota == 0 ? tr("Lump sum")
                                            : tr("%n month(s)", nullptr, *p.cardQuota));
    if (!p.applyNum.isEmpty())
        rows << resultRow(tr("Approval number"), p.applyNum);
}

void PaymentDetailRows::addBankRows(QList<ResultRow> &rows, const Payment &p)
{
    if (!p.bankName.isEmpty() || !p.bankCode.isEmpty())
        rows << resultRow(tr("Bank"), nameWithCode(p.bankName, p.bankCode));
    if (p.vbankName.isEmpty() && p.vbankCode.isEmpty() && p.vbankNum.isEmpty())
        return;
    rows << resultRow(tr("Virtual account bank"), nameWithCode(p.vbankName, p.vbankCode))
         << resultRow(tr("Virtual account number"), p.vbankNum)
         << resultRow(tr("Account holder"), p.vbankHolder);
    if (p.vbankDate.isValid())
        rows << timeRow(tr("Deposit deadline"), p.vbankDate);
    if (p.vbankIssuedAt.isValid())
        rows << timeRow(tr("Issued at"), p.vbankIssuedAt);
}

void PaymentDetailRows::addBuyerRows(QList<ResultRow> &rows, const Payment &p)
{
    rows << resultRow(tr("Buyer"), p.buyerName);
    if (!p.buyerEmail.isEmpty())
        rows << resultRow(tr("Buyer email"), p.buyerEmail);
    if (!p.buyerTel.isEmpty())
        rows << resultRow(tr("Buyer phone"), p.buyerTel);
    if (!p.buyerAddr.isEmpty() || !p.buyerPostcode.isEmpty()) {
        const QString address = p.buyerPostcode.isEmpty()
            ? p.buyerAddr
            : QStringLiteral("(%1) %2").arg(p.buyerPostcode, p.buyerAddr).trimmed();
        rows << resultRow(tr("Buyer address"), address);
    }
}

QString PaymentDetailRows::nameWithCode(const QString &name, const QString &code)
{
    if (name.isEmpty())
        return code;
    if (code.isEmpty())
        return name;
    return QStringLiteral("%1 (%2)").arg(name, code);
}

QList<ResultRow> PaymentDetailRows::forPayment(const Payment &p)
{
    QList<ResultRow> rows;
    rows << resultRow(tr("Status"), PaymentTableModel::statusText(p.status), false,
                      QStringLiteral("status: ") + p.status)
         << resultRow(tr("Order name"), p.name)
         << resultRow(tr("Amount"), formatAmount(p.amount, p.currency));
    if (p.cancelAmount > 0)
        rows << resultRow(tr("Refunded amount"), formatAmount(p.cancelAmount, p.currency));
    if (p.status == QLatin1String("paid"))
        rows << resultRow(tr("Refundable balance"),
                          formatAmount(p.cancellableAmount(), p.currency));
    rows << resultRow(tr("Method"), PaymentTableModel::methodText(p.payMethod), false,
                      QStringLiteral("pay_method: ") + p.payMethod);
    addCardRows(rows, p);
    addBankRows(rows, p);
    rows << resultRow(tr("PG"), p.pgProvider) << resultRow(tr("PG tid"), p.pgTid);
    if (p.escrow)
        rows << resultRow(tr("Escrow"), yesNo(true));
    addBuyerRows(rows, p);
    rows << timeRow(tr("Started at"), p.startedAt) << timeRow(tr("Paid at"), p.paidAt);
    if (p.failedAt.isValid())
        rows << timeRow(tr("Failed at"), p.failedAt)
             << resultRow(tr("Failure reason"), p.failReason);
    if (p.cancelledAt.isValid())
        rows << timeRow(tr("Cancelled at"), p.cancelledAt)
             << resultRow(tr("Cancellation reason"), p.cancelReason);
    rows << resultRow(tr("Cash receipt issued"), yesNo(p.cashReceiptIssued));
    if (!p.customData.isEmpty())
        rows << resultRow(tr("Custom data"), readableCustomData(p.customData), false,
                          QStringLiteral("custom_data"));
    if (!p.customerUid.isEmpty())
        rows << resultRow(QStringLiteral("customer_uid"), p.customerUid, true);
    rows << resultRow(tr("Test payment"), yesNo(p.sandbox))
         << resultRow(QStringLiteral("imp_uid"), p.impUid, true)
         << resultRow(QStringLiteral("merchant_uid"), p.merchantUid, true);
    return rows;
}

} // namespace portone
