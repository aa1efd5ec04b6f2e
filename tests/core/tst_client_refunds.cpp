// Refunds and payment searches of PortOneClient against the real sandbox over loopback.
#include "tests/core/ClientFixture.h"

#include <QJsonDocument>
#include <QTest>

using namespace portone;
using namespace portone::test;
using namespace Qt::StringLiterals;

class TestClientRefunds : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ClientFixture> f;

    Payment lookUp(const QString &impUid)
    {
        Capture<Payment> got;
        f->client->getPayment(impUid, false, &f->context, got.callback());
        if (!got.wait() || !got.result().ok())
            return {};
        return got.value();
    }
    Result<Payment> refund(const PaymentCancellation &cancellation)
    {
        Capture<Payment> got;
        f->client->cancelPayment(cancellation, &f->context, got.callback());
        if (!got.wait())
            return ApiError {};
        return got.result();
    }
    // A refund of amount (0: the rest) against the balance the payment shows now.
    static PaymentCancellation refundOf(const Payment &payment, double amount)
    {
        PaymentCancellation c;
        c.impUid = payment.impUid;
        c.amount = amount;
        c.checksum = payment.cancellableAmount();
        c.reason = u"고객 요청"_s;
        c.payMethod = payment.payMethod;
        return c;
    }
    Result<PaymentPage> search(const PaymentStatusQuery &query)
    {
        Capture<PaymentPage> got;
        f->client->getPaymentsByStatus(query, &f->context, got.callback());
        if (!got.wait())
            return ApiError {};
        return got.result();
    }
    static QStringList fields(const ApiError &error)
    {
        QStringList out;
        for (const FieldError &e : error.fieldErrors)
            out << e.field;
        return out;
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<ClientFixture>();
        QVERIFY(f->start());
    }
    void cleanup() { f.reset(); }

    void partialRefundsThenAStaleChecksum()
    {
        const Payment paid = lookUp(u"imp_200000000003"_s);
        QCOMPARE(paid.cancellableAmount(), 35000.0);

        Result<Payment> first = refund(refundOf(paid, 5000));
        QVERIFY(first.ok());
        QCOMPARE(first.value().cancelAmount, 5000.0);
        QCOMPARE(first.value().status, u"paid"_s);
        QCOMPARE(first.value().cancelHistory.size(), 1);
        QCOMPARE(first.value().cancelHistory.first().amount, 5000.0);
        QCOMPARE(first.value().cancelHistory.first().reason, u"고객 요청"_s);
        QVERIFY(first.value().cancelHistory.first().cancelledAt.isValid());
        QVERIFY(!first.value().cancelHistory.first().pgTid.isEmpty());
        QVERIFY(!first.value().cancelHistory.first().receiptUrl.isEmpty());

        Result<Payment> second = refund(refundOf(first.value(), 10000));
        QVERIFY(second.ok());
        QCOMPARE(second.value().cancelAmount, 15000.0);
        QCOMPARE(second.value().cancelHistory.size(), 2);
        QCOMPARE(second.value().cancelReceiptUrls.size(), 2);

        // the balance the operator saw before the second refund
        const int before = f->server->requestCount();
        Result<Payment> stale = refund(refundOf(first.value(), 1000));
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().kind, ApiError::Kind::ApiCode);
        QCOMPARE(stale.error().httpStatus, 200);
        QCOMPARE(stale.error().code, 1);
        QCOMPARE(stale.error().message,
                 u"[checksum 검증실패] 요청하신 취소가능잔액(30000원)이 포트원에 기록된 "
                 "취소가능잔액(20000원)과 일치하지 않습니다."_s);
        QVERIFY(!stale.error().outcomeUnknown);
        QCOMPARE(f->server->requestCount() - before, 1); // never retried

        Result<Payment> rest = refund(refundOf(second.value(), 0));
        QVERIFY(rest.ok());
        QCOMPARE(rest.value().status, u"cancelled"_s);
        QCOMPARE(rest.value().cancellableAmount(), 0.0);
        QVERIFY(rest.value().cancelledAt.isValid());

        Result<Payment> again = refund(refundOf(rest.value(), 0));
        QCOMPARE(again.error().kind, ApiError::Kind::ApiCode);
        QCOMPARE(again.error().message, u"이미 전액취소된 주문입니다."_s);
    }

    void refusalsFromTheServer()
    {
        const Payment paid = lookUp(u"imp_200000000001"_s);
        PaymentCancellation above = refundOf(paid, 0);
        above.amount = 9900;
        above.checksum = 9900;
        above.impUid = u"imp_999999999999"_s;
        Result<Payment> unknown = refund(above);
        QCOMPARE(unknown.error().kind, ApiError::Kind::ApiCode);
        QCOMPARE(unknown.error().message, u"취소할 결제건이 존재하지 않습니다."_s);

        // the vbank rule is the server's too when the caller does not know the method
        PaymentCancellation vbank = refundOf(lookUp(u"imp_200000000010"_s), 0);
        vbank.payMethod.clear();
        Result<Payment> noAccount = refund(vbank);
        QCOMPARE(noAccount.error().kind, ApiError::Kind::ApiCode);
        QCOMPARE(noAccount.error().message,
                 u"가상계좌 결제건의 환불에는 환불계좌 정보(refund_holder, refund_bank, "
                 "refund_account)가 필요합니다."_s);
    }

    void refusedBeforeSending()
    {
        const int before = f->server->requestCount();
        PaymentCancellation vbank = refundOf(lookUp(u"imp_200000000010"_s), 0);
        QCOMPARE(vbank.payMethod, u"vbank"_s);
        const int afterLookUp = f->server->requestCount();
        Result<Payment> r = refund(vbank);
        QCOMPARE(r.error().kind, ApiError::Kind::Validation);
        QCOMPARE(fields(r.error()),
                 QStringList({ u"refund_holder"_s, u"refund_bank"_s, u"refund_account"_s }));

        PaymentCancellation noChecksum;
        noChecksum.impUid = u"imp_200000000001"_s;
        r = refund(noChecksum);
        QCOMPARE(fields(r.error()), QStringList { u"checksum"_s });

        PaymentCancellation tooMuch = refundOf(lookUp(u"imp_200000000001"_s), 9901);
        r = refund(tooMuch);
        QCOMPARE(fields(r.error()), QStringList { u"amount"_s });

        PaymentCancellation noId;
        noId.checksum = 0;
        r = refund(noId);
        QCOMPARE(fields(r.error()), QStringList { u"imp_uid"_s });
        QCOMPARE(f->server->requestCount() - afterLookUp, 1); // only the look-up of tooMuch
        QVERIFY(afterLookUp > before);
    }

    void vbankRefundAccountIsMaskedInTheTrace()
    {
        PaymentCancellation vbank = refundOf(lookUp(u"imp_200000000010"_s), 30000);
        vbank.refundHolder = u"정예준"_s;
        vbank.refundBank = u"004"_s;
        vbank.refundAccount = u"110-4873-925561"_s;
        vbank.refundTel = u"010-9876-5432"_s;
        Result<Payment> r = refund(vbank);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().summary()));
        QCOMPARE(r.value().cancelAmount, 30000.0);

        const RequestTrace &trace = f->traces.last();
        QCOMPARE(trace.operation, u"cancelPayment"_s);
        QVERIFY(trace.changesState);
        QVERIFY(trace.body);
        QCOMPARE(trace.body->value(u"refund_account"_s).toString(), u"**** 5561"_s);
        QCOMPARE(trace.body->value(u"checksum"_s).toDouble(), 70000.0);
        bool listed = false;
        for (const auto &[name, value] : trace.parameters) {
            if (name == u"refund_account"_s) {
                listed = true;
                QCOMPARE(value, u"**** 5561"_s);
            }
        }
        QVERIFY(listed);
        const QByteArray everything
            = QJsonDocument(*trace.body).toJson() + trace.path.toUtf8() + trace.message.toUtf8();
        QVERIFY(!everything.contains("4873"));
        QVERIFY(!everything.contains("1104873925561"));
    }

    void statusSearchPagesToTheEnd()
    {
        PaymentStatusQuery query;
        query.status = PaymentStatusFilter::Failed;
        query.to = QDateTime::currentDateTimeUtc();
        query.from = query.to.addDays(-90);
        query.limit = 2;
        int seen = 0;
        int total = 0;
        while (query.page != 0) {
            Result<PaymentPage> page = search(query);
            QVERIFY(page.ok());
            total = page.value().total;
            for (const Payment &p : page.value().list) {
                QCOMPARE(p.status, u"failed"_s);
                QVERIFY(p.failedAt.isValid());
                ++seen;
            }
            query.page = page.value().next;
        }
        QVERIFY(total > 2);
        QCOMPARE(seen, total);

        query.page = (total + 1) / 2 + 1;
        Result<PaymentPage> past = search(query);
        QCOMPARE(past.error().kind, ApiError::Kind::ApiCode);
        QCOMPARE(past.error().httpStatus, 400);
        QVERIFY(past.error().message.startsWith(u"요청하신 page("_s));

        query.page = 1;
        query.from = query.to.addDays(-91);
        Result<PaymentPage> tooLong = search(query);
        QCOMPARE(tooLong.error().kind, ApiError::Kind::Validation);
        QCOMPARE(fields(tooLong.error()), QStringList { u"to"_s });
        query.from = query.to.addDays(-90);
        query.limit = 1001;
        QCOMPARE(fields(search(query).error()), QStringList { u"limit"_s });
    }

    void statusSearchSorting()
    {
        PaymentStatusQuery query;
        query.limit = 1000;
        query.sorting = PaymentSorting::StartedAsc;
        Result<PaymentPage> page = search(query);
        QVERIFY(page.ok());
        QCOMPARE(page.value().list.size(), page.value().total);
        for (qsizetype i = 1; i < page.value().list.size(); ++i)
            QVERIFY(page.value().list.at(i - 1).startedAt <= page.value().list.at(i).startedAt);
        const QString sent = f->traces.last().path;
        QCOMPARE(sent, u"/payments/status/all"_s);
    }

    void findAllAndBalance()
    {
        MerchantPaymentsQuery query;
        query.merchantUid = u"order_retry_0001"_s;
        Capture<PaymentPage> all;
        f->client->findAllPaymentsByMerchantUid(query, &f->context, all.callback());
        QVERIFY(all.wait());
        QVERIFY(all.result().ok());
        QCOMPARE(all.value().total, 2);
        QCOMPARE(all.value().list.size(), 2);

        query.status = MerchantPaymentStatus::Failed;
        Capture<PaymentPage> failed;
        f->client->findAllPaymentsByMerchantUid(query, &f->context, failed.callback());
        QVERIFY(failed.wait());
        QCOMPARE(failed.value().list.size(), 1);
        QCOMPARE(failed.value().list.first().failReason, u"카드 잔액이 부족합니다."_s);

        query.merchantUid = QString(41, u'm');
        Capture<PaymentPage> tooLong;
        f->client->findAllPaymentsByMerchantUid(query, &f->context, tooLong.callback());
        QVERIFY(tooLong.wait());
        QCOMPARE(fields(tooLong.error()), QStringList { u"merchant_uid"_s });

        Capture<PaymentBalance> payco;
        f->client->getPaymentBalance(u"imp_200000000009"_s, &f->context, payco.callback());
        QVERIFY(payco.wait());
        QVERIFY(payco.result().ok());
        QCOMPARE(payco.value().amount, 55000.0);
        QCOMPARE(payco.value().current.primary.supply + payco.value().current.primary.vat, 55000.0);
        QCOMPARE(payco.value().histories.size(), 1);
        QVERIFY(payco.value().histories.first().created.isValid());

        Capture<PaymentBalance> nice;
        f->client->getPaymentBalance(u"imp_200000000001"_s, &f->context, nice.callback());
        QVERIFY(nice.wait());
        QCOMPARE(nice.error().httpStatus, 400);
        QCOMPARE(
            nice.error().message,
            u"결제금액 상세(balance)는 PAYCO 결제건만 조회할 수 있습니다. (pg_provider: nice)"_s);
    }

    void detailFields()
    {
        const Payment vbank = lookUp(u"imp_200000000010"_s);
        QCOMPARE(vbank.vbankCode, u"004"_s);
        QCOMPARE(vbank.vbankName, u"KB국민은행"_s);
        QVERIFY(!vbank.vbankNum.isEmpty());
        QVERIFY(!vbank.vbankHolder.isEmpty());
        QVERIFY(vbank.vbankDate > vbank.vbankIssuedAt);
        const Payment card = lookUp(u"imp_200000000001"_s);
        QVERIFY(!card.cardCode.isEmpty());
        QVERIFY(card.cardNumber.contains(u'*'));
        QCOMPARE(card.cardQuota, 0);
        QVERIFY(!card.receiptUrl.isEmpty());
        const Payment trans = lookUp(u"imp_200000000003"_s);
        QCOMPARE(trans.bankCode, u"088"_s);
        QCOMPARE(trans.bankName, u"신한은행"_s);
        const Payment cancelled = lookUp(u"imp_200000000004"_s);
        QCOMPARE(cancelled.cancelHistory.size(), 1);
        QCOMPARE(cancelled.cancelReason, u"고객 요청에 의한 취소"_s);

        // a server that leaves fields out, or sends them null
        const Payment sparse = Payment::fromJson(
            QJsonObject { { u"imp_uid"_s, u"imp_1"_s },
                          { u"cancel_history"_s, QJsonValue() },
                          { u"vbank_date"_s, QJsonValue() },
                          { u"cash_receipt_issued"_s, QJsonValue() },
                          { u"cancel_receipt_urls"_s, QJsonArray { QJsonValue(), u"u"_s } } });
        QVERIFY(sparse.cancelHistory.isEmpty());
        QVERIFY(!sparse.vbankDate.isValid());
        QVERIFY(!sparse.cashReceiptIssued);
        QCOMPARE(sparse.cancelReceiptUrls, QStringList { u"u"_s });
        QVERIFY(!sparse.cardQuota);
    }
};

QTEST_GUILESS_MAIN(TestClientRefunds)
#include "tst_client_refunds.moc"
