#include "core/api/PaymentModels.h"

#include "core/api/JsonRead.h"

#include <QJsonArray>

namespace portone {

using json::text;
using json::time;

namespace {

QJsonObject objectAt(const QJsonObject &object, QLatin1String key)
{
    return object.value(key).toObject();
}

} // namespace

PaymentCancellationRecord PaymentCancellationRecord::fromJson(const QJsonObject &object)
{
    PaymentCancellationRecord c;
    c.pgTid = text(object, QLatin1String("pg_tid"));
    c.amount = json::number(object, QLatin1String("amount"));
    c.cancelledAt = time(object, QLatin1String("cancelled_at"));
    c.reason = text(object, QLatin1String("reason"));
    c.cancellationId = text(object, QLatin1String("cancellation_id"));
    c.receiptUrl = text(object, QLatin1String("receipt_url"));
    return c;
}

Payment Payment::fromJson(const QJsonObject &object)
{
    Payment p;
    p.raw = object;
    p.impUid = text(object, QLatin1String("imp_uid"));
    p.merchantUid = text(object, QLatin1String("merchant_uid"));
    p.payMethod = text(object, QLatin1String("pay_method"));
    p.channel = text(object, QLatin1String("channel"));
    p.pgProvider = text(object, QLatin1String("pg_provider"));
    p.embPgProvider = text(object, QLatin1String("emb_pg_provider"));
    p.pgTid = text(object, QLatin1String("pg_tid"));
    p.pgId = text(object, QLatin1String("pg_id"));
    p.sandbox = json::flag(object, QLatin1String("sandbox")).value_or(false);
    p.escrow = json::flag(object, QLatin1String("escrow")).value_or(false);
    p.applyNum = text(object, QLatin1String("apply_num"));
    p.cardCode = text(object, QLatin1String("card_code"));
    p.cardName = text(object, QLatin1String("card_name"));
    p.cardNumber = text(object, QLatin1String("card_number"));
    if (const auto quota = json::integer(object, QLatin1String("card_quota")))
        p.cardQuota = int(*quota);
    p.bankCode = text(object, QLatin1String("bank_code"));
    p.bankName = text(object, QLatin1String("bank_name"));
    p.vbankCode = text(object, QLatin1String("vbank_code"));
    p.vbankName = text(object, QLatin1String("vbank_name"));
    p.vbankNum = text(object, QLatin1String("vbank_num"));
    p.vbankHolder = text(object, QLatin1String("vbank_holder"));
    p.vbankDate = time(object, QLatin1String("vbank_date"));
    p.vbankIssuedAt = time(object, QLatin1String("vbank_issued_at"));
    p.name = text(object, QLatin1String("name"));
    p.amount = json::number(object, QLatin1String("amount"));
    p.cancelAmount = json::number(object, QLatin1String("cancel_amount"));
    p.currency = text(object, QLatin1String("currency"));
    p.buyerName = text(object, QLatin1String("buyer_name"));
    p.buyerEmail = text(object, QLatin1String("buyer_email"));
    p.buyerTel = text(object, QLatin1String("buyer_tel"));
    p.buyerAddr = text(object, QLatin1String("buyer_addr"));
    p.buyerPostcode = text(object, QLatin1String("buyer_postcode"));
    p.customData = text(object, QLatin1String("custom_data"));
    p.status = text(object, QLatin1String("status"));
    p.startedAt = time(object, QLatin1String("started_at"));
    p.paidAt = time(object, QLatin1String("paid_at"));
    p.failedAt = time(object, QLatin1String("failed_at"));
    p.cancelledAt = time(object, QLatin1String("cancelled_at"));
    p.failReason = text(object, QLatin1String("fail_reason"));
    p.cancelReason = text(object, QLatin1String("cancel_reason"));
    p.receiptUrl = text(object, QLatin1String("receipt_url"));
    for (const QJsonValue &item : object.value(QLatin1String("cancel_history")).toArray()) {
        if (item.isObject())
            p.cancelHistory.append(PaymentCancellationRecord::fromJson(item.toObject()));
    }
    for (const QJsonValue &item : object.value(QLatin1String("cancel_receipt_urls")).toArray()) {
        if (item.isString())
            p.cancelReceiptUrls.append(item.toString());
    }
    p.cashReceiptIssued = json::flag(object, QLatin1String("cash_receipt_issued")).value_or(false);
    p.customerUid = text(object, QLatin1String("customer_uid"));
    p.customerUidUsage = text(object, QLatin1String("customer_uid_usage"));
    return p;
}

QString paymentSortingCode(PaymentSorting sorting)
{
    switch (sorting) {
    case PaymentSorting::StartedDesc:
        return QStringLiteral("-started");
    case PaymentSorting::StartedAsc:
        return QStringLiteral("started");
    case PaymentSorting::PaidDesc:
        return QStringLiteral("-paid");
    case PaymentSorting::PaidAsc:
        return QStringLiteral("paid");
    case PaymentSorting::UpdatedDesc:
        return QStringLiteral("-updated");
    case PaymentSorting::UpdatedAsc:
        return QStringLiteral("updated");
    }
    return {};
}

std::optional<QString> merchantPaymentStatusCode(MerchantPaymentStatus status)
{
    switch (status) {
    case MerchantPaymentStatus::Any:
        return std::nullopt;
    case MerchantPaymentStatus::Ready:
        return QStringLiteral("ready");
    case MerchantPaymentStatus::Paid:
        return QStringLiteral("paid");
    case MerchantPaymentStatus::Failed:
        return QStringLiteral("failed");
    case MerchantPaymentStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return std::nullopt;
}

QString paymentStatusFilterCode(PaymentStatusFilter status)
{
    switch (status) {
    case PaymentStatusFilter::All:
        return QStringLiteral("all");
    case PaymentStatusFilter::Ready:
        return QStringLiteral("ready");
    case PaymentStatusFilter::Paid:
        return QStringLiteral("paid");
    case PaymentStatusFilter::Cancelled:
        return QStringLiteral("cancelled");
    case PaymentStatusFilter::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

PaymentBalanceAmounts PaymentBalanceAmounts::fromJson(const QJsonObject &object)
{
    PaymentBalanceAmounts a;
    a.taxFree = json::number(object, QLatin1String("tax_free"));
    a.supply = json::number(object, QLatin1String("supply"));
    a.vat = json::number(object, QLatin1String("vat"));
    a.service = json::number(object, QLatin1String("service"));
    return a;
}

PaymentBalanceEntry PaymentBalanceEntry::fromJson(const QJsonObject &object)
{
    PaymentBalanceEntry e;
    e.cashReceipt
        = PaymentBalanceAmounts::fromJson(objectAt(object, QLatin1String("cash_receipt")));
    e.primary = PaymentBalanceAmounts::fromJson(objectAt(object, QLatin1String("primary")));
    e.secondary = PaymentBalanceAmounts::fromJson(objectAt(object, QLatin1String("secondary")));
    e.discount = PaymentBalanceAmounts::fromJson(objectAt(object, QLatin1String("discount")));
    e.created = time(object, QLatin1String("created"));
    return e;
}

PaymentBalance PaymentBalance::fromJson(const QJsonObject &object)
{
    PaymentBalance b;
    b.raw = object;
    b.amount = json::number(object, QLatin1String("amount"));
    b.current = PaymentBalanceEntry::fromJson(object);
    for (const QJsonValue &item : object.value(QLatin1String("histories")).toArray()) {
        if (item.isObject())
            b.histories.append(PaymentBalanceEntry::fromJson(item.toObject()));
    }
    return b;
}

} // namespace portone
