// POST /payments/cancel (full and partial refunds) and GET /payments/{imp_uid}/balance.
#include "sandbox/SandboxState.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

using namespace Qt::StringLiterals;

namespace portone::sandbox {

namespace {

using Method = QHttpServerRequest::Method;

// A refusal of the refund itself: 200 with code 1, as PortOne answers it.
HttpReply refused(const QString &message)
{
    return envelope::failure(200, message, 1);
}

QString won(double amount)
{
    return QString::number(amount, 'f', 0);
}

// imp_uid wins; by merchant_uid, the paid (or refunded) payment of that order.
QJsonObject *paymentToCancel(SandboxData &data, const QString &impUid, const QString &merchantUid)
{
    if (!impUid.isEmpty())
        return data.payment(impUid);
    const QList<QJsonObject *> found = data.paymentsByMerchantUid(merchantUid);
    for (QJsonObject *p : found) {
        const QString status = p->value(u"status"_s).toString();
        if (status == u"paid"_s || status == u"cancelled"_s)
            return p;
    }
    return found.isEmpty() ? nullptr : found.last();
}

bool knownBank(const QString &code)
{
    for (const auto &[c, name] : bankCodes()) {
        if (c == code)
            return true;
    }
    return false;
}

void recordRefund(QJsonObject &p, double amount, const QString &reason, qint64 now)
{
    const double total = p.value(u"amount"_s).toDouble();
    const double cancelled = p.value(u"cancel_amount"_s).toDouble() + amount;
    QJsonArray history = p.value(u"cancel_history"_s).toArray();
    const QString impUid = p.value(u"imp_uid"_s).toString();
    const QString id = u"cancel_%1_%2"_s.arg(impUid).arg(history.size() + 1);
    const QString receipt = u"https://sandbox.portone.local/receipt/"_s + id;
    history.append(
        QJsonObject { { u"pg_tid"_s, u"C%1_%2"_s.arg(impUid.mid(4)).arg(history.size() + 1) },
                      { u"amount"_s, amount },
                      { u"cancelled_at"_s, now },
                      { u"reason"_s, reason },
                      { u"cancellation_id"_s, id },
                      { u"receipt_url"_s, receipt } });
    QJsonArray receipts = p.value(u"cancel_receipt_urls"_s).toArray();
    receipts.append(receipt);
    p.insert(u"cancel_amount"_s, cancelled);
    p.insert(u"cancel_history"_s, history);
    p.insert(u"cancel_receipt_urls"_s, receipts);
    p.insert(u"cancel_reason"_s, reason.isEmpty() ? QJsonValue() : QJsonValue(reason));
    if (cancelled >= total) {
        p.insert(u"status"_s, u"cancelled"_s);
        p.insert(u"cancelled_at"_s, now);
    }
}

HttpReply cancel(SandboxState &s, const RouteRequest &r)
{
    ParamChecker check(r.params);
    const QString impUid = check.optional(u"imp_uid"_s);
    const QString merchantUid = check.optional(u"merchant_uid"_s, 40);
    const std::optional<double> amount = check.number(u"amount"_s, false);
    const std::optional<double> checksum = check.number(u"checksum"_s, false);
    check.number(u"tax_free"_s, false);
    check.number(u"vat_amount"_s, false);
    const QString reason = check.optional(u"reason"_s);
    const QString holder = check.optional(u"refund_holder"_s);
    const QString bank = check.optional(u"refund_bank"_s);
    const QString account = check.optional(u"refund_account"_s);
    if (check.ok() && impUid.isEmpty() && merchantUid.isEmpty())
        check.fail(u"imp_uid 또는 merchant_uid 파라미터는 필수입니다."_s);
    if (check.ok() && amount && *amount < 0)
        check.fail(u"amount 는 0 이상이어야 합니다."_s);
    if (!check.ok())
        return envelope::badRequest(check.error());

    QJsonObject *p = paymentToCancel(s.data, impUid, merchantUid);
    if (!p)
        return refused(u"취소할 결제건이 존재하지 않습니다."_s);
    const QString status = p->value(u"status"_s).toString();
    if (status == u"cancelled"_s)
        return refused(u"이미 전액취소된 주문입니다."_s);
    if (status != u"paid"_s)
        return refused(
            u"결제완료 상태의 결제건만 취소할 수 있습니다. (현재 상태: %1)"_s.arg(status));
    const double balance
        = p->value(u"amount"_s).toDouble() - p->value(u"cancel_amount"_s).toDouble();
    if (checksum && std::abs(*checksum - balance) >= 0.005)
        return refused(
            u"[checksum 검증실패] 요청하신 취소가능잔액(%1원)이 포트원에 기록된 "
            "취소가능잔액(%2원)과 일치하지 않습니다."_s.arg(won(*checksum), won(balance)));
    const double refund = amount && *amount > 0 ? *amount : balance;
    if (refund > balance)
        return refused(u"취소요청금액(%1원)이 취소가능잔액(%2원)보다 큽니다."_s.arg(won(refund),
                                                                                    won(balance)));
    if (p->value(u"pay_method"_s).toString() == u"vbank"_s) {
        if (holder.isEmpty() || bank.isEmpty() || account.isEmpty())
            return refused(u"가상계좌 결제건의 환불에는 환불계좌 정보(refund_holder, refund_bank, "
                           "refund_account)가 필요합니다."_s);
        if (!knownBank(bank))
            return refused(u"환불계좌 은행코드(refund_bank)가 올바르지 않습니다. (%1)"_s.arg(bank));
    }
    recordRefund(*p, refund, reason, r.now);
    return envelope::success(*p);
}

QJsonObject balanceParts(double amount)
{
    const double vat = std::round(amount / 11);
    return {
        { u"tax_free"_s, 0 }, { u"supply"_s, amount - vat }, { u"vat"_s, vat }, { u"service"_s, 0 }
    };
}

QJsonObject balanceEntry(double primary)
{
    return { { u"cash_receipt"_s, balanceParts(0) },
             { u"primary"_s, balanceParts(primary) },
             { u"secondary"_s, balanceParts(0) },
             { u"discount"_s, balanceParts(0) } };
}

HttpReply balance(SandboxState &s, const RouteRequest &r)
{
    const QJsonObject *p = s.data.payment(r.args.at(0));
    if (!p)
        return envelope::notFound(u"존재하지 않는 결제정보입니다."_s);
    const QString pg = p->value(u"pg_provider"_s).toString();
    if (pg != u"payco"_s)
        return envelope::badRequest(
            u"결제금액 상세(balance)는 PAYCO 결제건만 조회할 수 있습니다. (pg_provider: %1)"_s.arg(
                pg));
    const double amount = p->value(u"amount"_s).toDouble();
    QJsonObject answer = balanceEntry(amount - p->value(u"cancel_amount"_s).toDouble());
    answer.insert(u"amount"_s, amount);
    QJsonArray histories;
    QJsonObject paid = balanceEntry(amount);
    paid.insert(u"created"_s, p->value(u"paid_at"_s));
    histories.append(paid);
    for (const QJsonValue &c : p->value(u"cancel_history"_s).toArray()) {
        QJsonObject refund = balanceEntry(-c.toObject().value(u"amount"_s).toDouble());
        refund.insert(u"created"_s, c.toObject().value(u"cancelled_at"_s));
        histories.append(refund);
    }
    answer.insert(u"histories"_s, histories);
    return envelope::success(answer);
}

} // namespace

void registerRefundRoutes(SandboxState &state)
{
    state.addRoute(Method::Post, u"/payments/cancel"_s, cancel);
    state.addRoute(Method::Get, u"/payments/{}/balance"_s, balance);
}

} // namespace portone::sandbox
