// Every endpoint of PortOneClient against the real sandbox over loopback: the success paths.
#include "tests/core/ClientFixture.h"

#include <QTest>

using namespace portone;
using namespace portone::test;
using namespace Qt::StringLiterals;

class TestClientEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<ClientFixture>();
        QVERIFY(f->start());
    }
    void cleanup() { f.reset(); }

    void referenceData()
    {
        Capture<QList<PgChannel>> channels;
        f->client->getPgChannels(&f->context, channels.callback());
        QVERIFY(channels.wait());
        QVERIFY2(channels.result().ok(), why(channels).constData());
        bool found = false;
        for (const PgChannel &c : channels.value())
            found |= c.channelKey == u"channel-key-sbx-nice"_s && c.pgProvider == u"nice"_s;
        QVERIFY(found);

        Capture<QList<StandardCode>> cards;
        f->client->getCardCodes(&f->context, cards.callback());
        Capture<QList<StandardCode>> banks;
        f->client->getBankCodes(&f->context, banks.callback());
        QVERIFY(cards.wait() && banks.wait());
        QVERIFY(cards.result().ok() && !cards.value().isEmpty());
        QVERIFY(banks.result().ok() && !banks.value().isEmpty());
        QVERIFY(!banks.value().first().code.isEmpty());

        Capture<Tier> tier;
        f->client->getTier(u"ABC"_s, &f->context, tier.callback());
        QVERIFY(tier.wait());
        QVERIFY(tier.result().ok());
        QCOMPARE(tier.value().tierName, u"하위상점 에이비씨"_s);

        Capture<Tier> unknown;
        f->client->getTier(u"ZZ9"_s, &f->context, unknown.callback());
        QVERIFY(unknown.wait());
        QCOMPARE(unknown.error().kind, ApiError::Kind::NotFound);
        QCOMPARE(unknown.error().httpStatus, 404);
        QVERIFY(!unknown.error().message.isEmpty());
        QCOMPARE(unknown.calls(), 1);
    }

    void paymentLookups()
    {
        Capture<Payment> byImp;
        f->client->getPayment(u"imp_200000000001"_s, false, &f->context, byImp.callback());
        QVERIFY(byImp.wait());
        QVERIFY2(byImp.result().ok(), why(byImp).constData());
        QCOMPARE(byImp.value().merchantUid, u"order_20240101_0001"_s);
        QCOMPARE(byImp.value().amount, 9900.0);
        QVERIFY(byImp.value().startedAt.isValid());
        QCOMPARE(byImp.value().startedAt.timeSpec(), Qt::UTC);

        Capture<Payment> hidden;
        f->client->getPayment(u"imp_200000000006"_s, false, &f->context, hidden.callback());
        Capture<Payment> sandboxed;
        f->client->getPayment(u"imp_200000000006"_s, true, &f->context, sandboxed.callback());
        QVERIFY(hidden.wait() && sandboxed.wait());
        QCOMPARE(hidden.error().kind, ApiError::Kind::NotFound);
        QVERIFY(sandboxed.result().ok());
        QVERIFY(sandboxed.value().sandbox);

        Capture<Payment> any;
        f->client->findPaymentByMerchantUid(u"order_retry_0001"_s, MerchantPaymentStatus::Any,
                                            PaymentSorting::StartedDesc, &f->context,
                                            any.callback());
        Capture<Payment> failed;
        f->client->findPaymentByMerchantUid(u"order_retry_0001"_s, MerchantPaymentStatus::Failed,
                                            std::nullopt, &f->context, failed.callback());
        QVERIFY(any.wait() && failed.wait());
        QVERIFY2(any.result().ok(), why(any).constData());
        QCOMPARE(any.value().impUid, u"imp_200000000008"_s);
        QVERIFY2(failed.result().ok(), why(failed).constData());
        QCOMPARE(failed.value().impUid, u"imp_200000000007"_s);
        QCOMPARE(failed.value().status, u"failed"_s);
    }

    void paymentBatch()
    {
        Capture<PaymentBatch> partial;
        f->client->getPayments({ u"imp_200000000001"_s, u"imp_nope"_s, u"imp_nope"_s },
                               { u"order_20240101_0003"_s }, &f->context, partial.callback());
        QVERIFY(partial.wait());
        QVERIFY2(partial.result().ok(), why(partial).constData());
        QCOMPARE(partial.value().httpStatus, 207);
        QCOMPARE(partial.value().found.size(), 2);
        QCOMPARE(partial.value().missing, QStringList { u"imp_nope"_s });
        QVERIFY(partial.value().failed.isEmpty());
        QVERIFY(!partial.value().failure);

        // A 207 with code 1: the payments that came are kept, the rest failed (issue 15, item 4).
        f->server->setOptions({ .partialLookupsWithCode = true });
        Capture<PaymentBatch> coded;
        f->client->getPayments({ u"imp_200000000001"_s, u"imp_nope"_s }, {}, &f->context,
                               coded.callback());
        QVERIFY(coded.wait());
        QVERIFY2(coded.result().ok(), why(coded).constData());
        QCOMPARE(coded.value().found.size(), 1);
        QCOMPARE(coded.value().found.first().impUid, u"imp_200000000001"_s);
        QVERIFY(coded.value().missing.isEmpty());
        QCOMPARE(coded.value().failed, QStringList { u"imp_nope"_s });
        QVERIFY(coded.value().failure);
        QCOMPARE(coded.value().failure->httpStatus, 207);
        QCOMPARE(coded.value().failure->code, 1);
        QVERIFY(coded.value().failure->message.startsWith(u"일부 결제건을 찾지 못하였습니다."_s));
        f->server->setOptions({});

        Capture<PaymentBatch> none;
        f->client->getPayments({ u"imp_x1"_s, u"imp_x2"_s }, {}, &f->context, none.callback());
        QVERIFY(none.wait());
        QVERIFY2(none.result().ok(), why(none).constData());
        QCOMPARE(none.value().httpStatus, 404);
        QCOMPARE(none.value().missing, (QStringList { u"imp_x1"_s, u"imp_x2"_s }));
    }

    void billingKeyLookups()
    {
        Capture<BillingKey> normal;
        f->client->getBillingKey(u"customer_1234"_s, &f->context, normal.callback());
        Capture<BillingKey> super;
        f->client->getBillingKey(u"super_customer_0001"_s, &f->context, super.callback());
        Capture<BillingKey> korean;
        f->client->getBillingKey(u"고객 한글/01"_s, &f->context, korean.callback());
        QVERIFY(normal.wait() && super.wait() && korean.wait());
        QVERIFY2(normal.result().ok(), why(normal).constData());
        QVERIFY(!normal.value().isSuper());
        QCOMPARE(normal.value().customer().customerName, u"김민준"_s);
        QVERIFY(std::get<NormalBillingKey>(normal.value().shape).card.inserted.isValid());
        QVERIFY2(super.result().ok(), why(super).constData());
        QVERIFY(super.value().isSuper());
        const auto &s = std::get<SuperBillingKey>(super.value().shape);
        QCOMPARE(s.channelGroupId, u"group_sbx_01"_s);
        QCOMPARE(s.succeededChannels.size(), 2);
        QCOMPARE(s.failedChannels.size(), 1);
        QVERIFY(!s.failedChannels.first().message.isEmpty());
        QVERIFY2(korean.result().ok(), why(korean).constData());
        QCOMPARE(korean.value().customerUid(), u"고객 한글/01"_s);

        Capture<BillingKeyBatch> batch;
        f->client->getBillingKeys(
            { u"customer_1234"_s, u"nope_1"_s, u"super_customer_0001"_s, u"nope_1"_s }, &f->context,
            batch.callback());
        QVERIFY(batch.wait());
        QVERIFY2(batch.result().ok(), why(batch).constData());
        QCOMPARE(batch.value().httpStatus, 207);
        QCOMPARE(batch.value().found.size(), 2);
        QCOMPARE(batch.value().missing, QStringList { u"nope_1"_s });

        Capture<BillingKeyBatch> none;
        f->client->getBillingKeys({ u"nope_2"_s }, &f->context, none.callback());
        QVERIFY(none.wait());
        QVERIFY2(none.result().ok(), why(none).constData());
        QCOMPARE(none.value().httpStatus, 404);
        QCOMPARE(none.value().missing, QStringList { u"nope_2"_s });
    }

    void registerLookupDelete()
    {
        const QString uid = u"desk/새 고객 01"_s;
        BillingKeyRegistration reg;
        reg.customerUid = uid;
        reg.channelKey = u"channel-key-sbx-nice"_s;
        reg.cardNumber = u"4111-1111-1111-1111"_s;
        reg.expiry = u"2030-12"_s;
        reg.birth = u"900101"_s;
        reg.pwd2Digit = u"12"_s;
        reg.customerName = u"홍길동"_s;
        Capture<BillingKey> saved;
        f->client->registerBillingKey(reg, &f->context, saved.callback());
        QVERIFY(saved.wait());
        QVERIFY2(saved.result().ok(), why(saved).constData());
        QCOMPARE(saved.value().customerUid(), uid);
        const auto &card = std::get<NormalBillingKey>(saved.value().shape).card;
        QVERIFY(!card.cardNumber.contains(u"41111111"_s));

        // The trace never holds the card number, expiry, birth or password.
        const RequestTrace trace = f->traces.last();
        QCOMPARE(trace.operation, u"customer_save"_s);
        QVERIFY(trace.changesState);
        for (const auto &[name, value] : trace.parameters) {
            QVERIFY2(!value.contains(u"4111"_s) || value.endsWith(u"1111"_s), qPrintable(value));
            QVERIFY(!value.contains(u"2030"_s));
            QVERIFY(!value.contains(u"900101"_s));
        }

        Capture<BillingKey> got;
        f->client->getBillingKey(uid, &f->context, got.callback());
        QVERIFY(got.wait());
        QVERIFY2(got.result().ok(), why(got).constData());

        Capture<BillingKey> deleted;
        f->client->deleteBillingKey(uid, u"고객 요청 & 해지"_s, u"admin"_s, &f->context,
                                    deleted.callback());
        QVERIFY(deleted.wait());
        QVERIFY2(deleted.result().ok(), why(deleted).constData());

        Capture<BillingKey> gone;
        f->client->getBillingKey(uid, &f->context, gone.callback());
        QVERIFY(gone.wait());
        QCOMPARE(gone.error().kind, ApiError::Kind::NotFound);
        QVERIFY(gone.error().code.has_value());
        QVERIFY(!gone.error().message.isEmpty());
    }

    void superBillingKeyRegistration()
    {
        BillingKeyRegistration reg;
        reg.customerUid = u"desk_super_01"_s;
        reg.channelGroupId = u"group_sbx_01"_s;
        reg.channelKey = u"channel-key-sbx-nice"_s;
        reg.cardNumber = u"4111111111111111"_s;
        reg.expiry = u"2031-01"_s;
        reg.birth = u"900101"_s;
        reg.pwd2Digit = u"00"_s;
        Capture<BillingKey> saved;
        f->client->registerBillingKey(reg, &f->context, saved.callback());
        QVERIFY(saved.wait());
        QVERIFY2(saved.result().ok(), why(saved).constData());
        QVERIFY(saved.value().isSuper());
        const auto &s = std::get<SuperBillingKey>(saved.value().shape);
        QVERIFY(!s.succeededChannels.isEmpty());
        QCOMPARE(s.failedChannels.size(), 1);
    }

    void billingKeyPayments()
    {
        Capture<PaymentPage> page;
        f->client->getBillingKeyPayments(u"customer_1234"_s, 1, &f->context, page.callback());
        QVERIFY(page.wait());
        QVERIFY2(page.result().ok(), why(page).constData());
        QCOMPARE(page.value().total, 45);
        QVERIFY(!page.value().list.isEmpty());
        QCOMPARE(page.value().list.first().customerUid, u"customer_1234"_s);
    }

    void schedules_data()
    {
        QTest::addColumn<bool>("plainArray");
        QTest::newRow("paged object") << false;
        QTest::newRow("plain array") << true;
    }
    void schedules()
    {
        QFETCH(bool, plainArray);
        f->server->setSchedulesAsPlainArray(plainArray);
        ScheduleQuery query;
        query.customerUid = u"customer_1234"_s;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        query.from = now.addDays(-45); // the sandbox, like PortOne, allows 3 months at most
        query.to = now.addDays(45);
        Capture<SchedulePage> all;
        f->client->getSchedules(query, &f->context, all.callback());
        QVERIFY(all.wait());
        QVERIFY2(all.result().ok(), why(all).constData());
        QCOMPARE(all.value().list.size(), 3);
        QVERIFY(all.value().list.first().scheduleAt.isValid());

        query.status = ScheduleStatus::Executed;
        Capture<SchedulePage> executed;
        f->client->getSchedules(query, &f->context, executed.callback());
        QVERIFY(executed.wait());
        QVERIFY2(executed.result().ok(), why(executed).constData());
        QCOMPARE(executed.value().list.size(), 1);
        QCOMPARE(executed.value().list.first().scheduleStatus, u"executed"_s);
        QVERIFY(executed.value().list.first().executedAt.isValid());
        QVERIFY(!executed.value().list.first().revokedAt.isValid()); // 0 means none
    }

    void otpFlow()
    {
        OtpRequest request;
        request.name = u"홍길동"_s;
        request.phone = u"010-1234-5678"_s;
        request.birth = u"900101"_s;
        request.genderDigit = u"1"_s;
        request.carrier = Carrier::KT;
        request.isMvno = true;
        request.channelKey = u"channel-key-sbx-cert-danal"_s;
        request.company = u"PortOne Desk"_s;
        Capture<OtpRequestResult> requested;
        f->client->requestOtp(request, &f->context, requested.callback());
        QVERIFY(requested.wait());
        QVERIFY2(requested.result().ok(), why(requested).constData());
        const QString impUid = requested.value().impUid;
        const QString otp = f->server->otpFor(impUid);
        QCOMPARE(otp.size(), 6);

        Capture<Certification> confirmed;
        f->client->confirmOtp(impUid, otp, &f->context, confirmed.callback());
        QVERIFY(confirmed.wait());
        QVERIFY2(confirmed.result().ok(), why(confirmed).constData());
        QVERIFY(confirmed.value().certified);
        QVERIFY(confirmed.value().certifiedAt.isValid());
        QCOMPARE(confirmed.value().carrier, u"KT_MVNO"_s);

        Capture<Certification> again;
        f->client->confirmOtp(impUid, otp, &f->context, again.callback());
        QVERIFY(again.wait());
        QVERIFY(!again.result().ok());
        QCOMPARE(again.error().httpStatus, 400);
        QVERIFY(!again.error().message.isEmpty());

        Capture<Certification> looked;
        f->client->getCertification(impUid, &f->context, looked.callback());
        QVERIFY(looked.wait());
        QVERIFY(looked.result().ok());
        QCOMPARE(looked.value().name, u"홍길동"_s);

        Capture<Certification> deleted;
        f->client->deleteCertification(impUid, &f->context, deleted.callback());
        QVERIFY(deleted.wait());
        QVERIFY2(deleted.result().ok(), why(deleted).constData());

        Capture<Certification> gone;
        f->client->getCertification(impUid, &f->context, gone.callback());
        QVERIFY(gone.wait());
        QCOMPARE(gone.error().kind, ApiError::Kind::NotFound);

        // The OTP request's trace masks the personal data and birth.
        for (const RequestTrace &trace : std::as_const(f->traces)) {
            for (const auto &[name, value] : trace.parameters) {
                QVERIFY2(!value.contains(u"900101"_s), qPrintable(name));
                QVERIFY2(!value.contains(otp), qPrintable(name));
                QVERIFY2(!value.contains(u"1234-5678"_s), qPrintable(name));
            }
        }
    }

    void benepia()
    {
        BenepiaCredentials account { u"benepia_test"_s, u"benepia1234"_s,
                                     u"channel-key-sbx-benepia"_s };
        Capture<BenepiaPoints> points;
        f->client->getBenepiaPoints(account, &f->context, points.callback());
        QVERIFY(points.wait());
        QVERIFY2(points.result().ok(), why(points).constData());
        QCOMPARE(points.value().point, 50000);

        BenepiaPaymentRequest pay;
        pay.account = account;
        pay.merchantUid = u"desk_bnp_0001"_s;
        pay.amount = 1200;
        pay.name = u"포인트 결제"_s;
        pay.noticeUrls = { u"https://example.com/hook"_s };
        Capture<Payment> paid;
        f->client->payWithBenepia(pay, &f->context, paid.callback());
        QVERIFY(paid.wait());
        QVERIFY2(paid.result().ok(), why(paid).constData());
        QCOMPARE(paid.value().amount, 1200.0);
        QCOMPARE(paid.value().merchantUid, u"desk_bnp_0001"_s);

        // Repeating with the same merchant_uid is refused by PortOne, never charged twice.
        Capture<Payment> repeated;
        f->client->payWithBenepia(pay, &f->context, repeated.callback());
        QVERIFY(repeated.wait());
        QVERIFY(!repeated.result().ok());
        QCOMPARE(repeated.error().kind, ApiError::Kind::Server);
        QVERIFY2(repeated.error().message.contains(u"이미 결제된 merchant_uid"_s),
                 qPrintable(repeated.error().message));
        for (const auto &[name, value] : f->traces.last().parameters)
            QVERIFY(!value.contains(u"benepia1234"_s));
    }

private:
    std::unique_ptr<ClientFixture> f;
};

QTEST_GUILESS_MAIN(TestClientEndpoints)
#include "tst_client_endpoints.moc"
