// PaymentAnnotation of a seeded, charged or Benepia payment, written straight to JSON: the
// status search writes thousands per page.
#include "sandbox/CompactJsonWriter.h"
#include "sandbox/SandboxData.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace portone::sandbox {

namespace {

constexpr qint64 VbankValidSeconds = 3 * 24 * 60 * 60; // vbank_date: three days to pay

const QString SeededCancelReason = u"고객 요청에 의한 취소"_s;

// The one refund of a payment seeded as cancelled.
QByteArray seededCancelHistory(const PaymentInput &in)
{
    if (in.status != u"cancelled"_s)
        return QByteArrayLiteral("[]");
    CompactJsonWriter refund;
    refund.string("pg_tid"_L1, u"C"_s + in.impUid);
    refund.number("amount"_L1, in.amount);
    refund.integer("cancelled_at"_L1, in.startedAt + 3600);
    refund.string("reason"_L1, SeededCancelReason);
    refund.string("cancellation_id"_L1, u"cancel_"_s + in.impUid);
    refund.null("receipt_url"_L1);
    return '[' + refund.take() + ']';
}

// A string when `present`, else null.
void stringOrNullIf(CompactJsonWriter &json, QLatin1StringView key, bool present,
                    const QString &value)
{
    if (present)
        json.stringOrNull(key, value);
    else
        json.null(key);
}

} // namespace

QByteArray paymentAnnotationJson(const PaymentInput &in)
{
    const bool paid = in.status == u"paid"_s || in.status == u"cancelled"_s;
    const bool cancelled = in.status == u"cancelled"_s;
    const bool failed = in.status == u"failed"_s;
    const bool isCard = in.payMethod == u"card"_s;
    const bool isVbank = in.payMethod == u"vbank"_s;
    const QString bank = bankName(in.bankCode);
    CompactJsonWriter json;
    json.string("imp_uid"_L1, in.impUid);
    json.string("merchant_uid"_L1, in.merchantUid);
    json.string("pay_method"_L1, in.payMethod);
    json.string("channel"_L1, in.channel);
    json.string("pg_provider"_L1, in.pgProvider);
    json.null("emb_pg_provider"_L1);
    json.string("pg_tid"_L1, u"T"_s + in.impUid.mid(4));
    json.string("pg_id"_L1, in.pgId);
    json.boolean("sandbox"_L1, in.sandbox);
    json.boolean("escrow"_L1, false);
    stringOrNullIf(json, "apply_num"_L1, paid, in.impUid.right(8));
    stringOrNullIf(json, "bank_code"_L1, !isVbank, in.bankCode);
    stringOrNullIf(json, "bank_name"_L1, !isVbank, bank);
    stringOrNullIf(json, "card_code"_L1, isCard, in.card.cardCode);
    stringOrNullIf(json, "card_name"_L1, isCard, in.card.cardName);
    stringOrNullIf(json, "card_issuer_code"_L1, isCard, in.card.cardCode);
    stringOrNullIf(json, "card_issuer_name"_L1, isCard, in.card.cardName);
    stringOrNullIf(json, "card_publisher_code"_L1, isCard, in.card.cardCode);
    stringOrNullIf(json, "card_publisher_name"_L1, isCard, in.card.cardName);
    json.integer("card_quota"_L1, 0);
    stringOrNullIf(json, "card_number"_L1, isCard, in.card.maskedNumber);
    if (isCard)
        json.integer("card_type"_L1, in.card.cardType);
    else
        json.null("card_type"_L1);
    stringOrNullIf(json, "vbank_code"_L1, isVbank, in.bankCode);
    stringOrNullIf(json, "vbank_name"_L1, isVbank, bank);
    stringOrNullIf(json, "vbank_num"_L1, isVbank, u"56211234567890"_s);
    stringOrNullIf(json, "vbank_holder"_L1, isVbank, u"(주)포트원데스크"_s);
    json.integer("vbank_date"_L1, isVbank ? in.startedAt + VbankValidSeconds : 0);
    json.integer("vbank_issued_at"_L1, isVbank ? in.startedAt : 0);
    json.string("name"_L1, in.name);
    json.number("amount"_L1, in.amount);
    json.number("cancel_amount"_L1, cancelled ? in.amount : 0.0);
    json.string("currency"_L1, u"KRW"_s);
    json.stringOrNull("buyer_name"_L1, in.buyerName);
    json.stringOrNull("buyer_email"_L1, in.buyerEmail);
    json.stringOrNull("buyer_tel"_L1, in.buyerTel);
    json.stringOrNull("buyer_addr"_L1, in.buyerAddr);
    json.stringOrNull("buyer_postcode"_L1, in.buyerPostcode);
    json.stringOrNull("custom_data"_L1, in.customData);
    json.string("user_agent"_L1, u"sorry_not_supported"_s);
    json.string("status"_L1, in.status);
    json.integer("started_at"_L1, in.startedAt);
    json.integer("paid_at"_L1, paid ? in.startedAt + 5 : 0);
    json.integer("failed_at"_L1, failed ? in.startedAt + 5 : 0);
    json.integer("cancelled_at"_L1, cancelled ? in.startedAt + 3600 : 0);
    stringOrNullIf(json, "fail_reason"_L1, failed, u"카드 잔액이 부족합니다."_s);
    stringOrNullIf(json, "cancel_reason"_L1, cancelled, SeededCancelReason);
    stringOrNullIf(json, "receipt_url"_L1, paid,
                   u"https://sandbox.portone.local/receipt/"_s + in.impUid);
    json.written("cancel_history"_L1, seededCancelHistory(in));
    json.written("cancel_receipt_urls"_L1, QByteArrayLiteral("[]"));
    json.boolean("cash_receipt_issued"_L1, false);
    json.stringOrNull("customer_uid"_L1, in.customerUid);
    stringOrNullIf(json, "customer_uid_usage"_L1, !in.customerUid.isEmpty(), u"payment"_s);
    json.null("promotion"_L1);
    return json.take();
}

QJsonObject paymentAnnotation(const PaymentInput &in)
{
    return QJsonDocument::fromJson(paymentAnnotationJson(in)).object();
}

} // namespace portone::sandbox
