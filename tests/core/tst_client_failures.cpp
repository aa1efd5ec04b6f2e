// Failure paths of PortOneClient against the real sandbox: validation refusals, PortOne's
// strictness messages, fault injection, the Tier header, the https rule, cancellation.
#include "tests/core/ClientFixture.h"

#include <QTest>

using namespace portone;
using namespace portone::test;
using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(portone::ApiError::Kind)

namespace {

BillingKeyRegistration goodRegistration()
{
    return sandboxRegistration(u"desk_fail_01"_s);
}

bool hasField(const ApiError &error, const QString &field)
{
    for (const FieldError &e : error.fieldErrors) {
        if (e.field == field)
            return true;
    }
    return false;
}

} // namespace

class TestClientFailures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<ClientFixture>();
        ClientSettings settings;
        settings.timeout = std::chrono::milliseconds(2000);
        QVERIFY(f->start(settings));
    }
    void cleanup() { f.reset(); }

    void validationSendsNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("cardNumber");
        QTest::addColumn<QString>("expiry");
        QTest::addColumn<QString>("customerUid");
        QTest::newRow("card luhn")
            << u"card_number"_s << u"4111111111111112"_s << u"2030-12"_s << u"c1"_s;
        QTest::newRow("card short") << u"card_number"_s << u"4111"_s << u"2030-12"_s << u"c1"_s;
        QTest::newRow("expiry month")
            << u"expiry"_s << u"4111111111111111"_s << u"2030-13"_s << u"c1"_s;
        QTest::newRow("expiry format")
            << u"expiry"_s << u"4111111111111111"_s << u"12/30"_s << u"c1"_s;
        QTest::newRow("uid empty")
            << u"customer_uid"_s << u"4111111111111111"_s << u"2030-12"_s << QString();
        QTest::newRow("uid too long")
            << u"customer_uid"_s << u"4111111111111111"_s << u"2030-12"_s << QString(81, u'x');
    }
    void validationSendsNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, cardNumber);
        QFETCH(QString, expiry);
        QFETCH(QString, customerUid);
        BillingKeyRegistration reg = goodRegistration();
        reg.cardNumber = cardNumber;
        reg.expiry = expiry;
        reg.customerUid = customerUid;
        const int before = f->server->requestCount();
        Capture<BillingKey> got;
        const CallHandle handle = f->client->registerBillingKey(reg, &f->context, got.callback());
        QVERIFY(!handle.isRunning());
        QVERIFY(got.wait());
        QCOMPARE(got.error().kind, Kind::Validation);
        QVERIFY2(hasField(got.error(), field), qPrintable(got.error().detail));
        QVERIFY(!got.error().outcomeUnknown);
        QTest::qWait(50);
        QCOMPARE(f->server->requestCount(), before);
        QCOMPARE(f->server->tokenRequestCount(), 0);
        QCOMPARE(got.calls(), 1);
    }

    void otherRefusals()
    {
        Capture<Tier> tier;
        f->client->getTier(u"abcd"_s, &f->context, tier.callback());
        Capture<BillingKeyBatch> batch;
        f->client->getBillingKeys({}, &f->context, batch.callback());
        Capture<PaymentBatch> payments;
        f->client->getPayments({}, {}, &f->context, payments.callback());
        Capture<Certification> confirm;
        f->client->confirmOtp(u"imv_1"_s, u"12a"_s, &f->context, confirm.callback());
        QVERIFY(tier.wait() && batch.wait() && payments.wait() && confirm.wait());
        QCOMPARE(tier.error().kind, Kind::Validation);
        QCOMPARE(batch.error().kind, Kind::Validation);
        QCOMPARE(payments.error().kind, Kind::Validation);
        QCOMPARE(confirm.error().kind, Kind::Validation);
        QCOMPARE(f->server->requestCount(), 0);
    }

    // 429 on a state-changing call: refused (nothing applied), the wait named, never resent
    // (issue 15, item 1).
    void tooManyRequestsIsARefusalNeverResent()
    {
        Capture<QList<StandardCode>> warm; // the token first, so the 429 hits the OTP request
        f->client->getBankCodes(&f->context, warm.callback());
        QVERIFY(warm.wait());
        f->server->setFaults({ .tooManyRequests = 1 });
        const int before = f->server->requestCount();
        Capture<OtpRequestResult> otp;
        f->client->requestOtp(sandboxOtpRequest(), &f->context, otp.callback());
        QVERIFY(otp.wait());
        QCOMPARE(otp.error().kind, Kind::Refused);
        QCOMPARE(otp.error().httpStatus, 429);
        QCOMPARE(otp.error().retryAfterSeconds, 1);
        QVERIFY(!otp.error().outcomeUnknown);
        QVERIFY2(otp.error().explanation().contains(u"try again in 1 second"_s),
                 qPrintable(otp.error().explanation()));
        QTest::qWait(1500); // past the Retry-After: nothing goes out again
        QCOMPARE(f->server->requestCount() - before, 1);
    }

    // GET /payments takes at most 100 ids, imp_uid[] and merchant_uid[] together; and no id
    // may be "." or "..", which as a path segment would address another endpoint.
    void idLimitsAreTheClientsToo()
    {
        QStringList hundred, merchantUids;
        for (int i = 0; i < 100; ++i)
            hundred << u"imp_2000000%1"_s.arg(i, 5, 10, QChar(u'0'));
        merchantUids << u"order_1"_s;
        Capture<PaymentBatch> tooMany;
        f->client->getPayments(hundred, merchantUids, &f->context, tooMany.callback());
        Capture<PaymentBatch> dots;
        f->client->getPayments({ u".."_s }, {}, &f->context, dots.callback());
        Capture<Payment> dot;
        f->client->getPayment(u"."_s, false, &f->context, dot.callback());
        Capture<Payment> dotDot;
        f->client->findPaymentByMerchantUid(u".."_s, MerchantPaymentStatus::Any, std::nullopt,
                                            &f->context, dotDot.callback());
        QVERIFY(tooMany.wait() && dots.wait() && dot.wait() && dotDot.wait());
        QCOMPARE(tooMany.error().kind, Kind::Validation);
        QVERIFY2(tooMany.error().fieldErrors.first().message.contains(u"101"_s),
                 qPrintable(tooMany.error().fieldErrors.first().message));
        QCOMPARE(dots.error().kind, Kind::Validation);
        QCOMPARE(dot.error().kind, Kind::Validation);
        QCOMPARE(dotDot.error().kind, Kind::Validation);
        QCOMPARE(f->server->requestCount(), 0);

        // Exactly 100 is sent (and answered).
        Capture<PaymentBatch> limit;
        f->client->getPayments(hundred, {}, &f->context, limit.callback());
        QVERIFY(limit.wait());
        QVERIFY2(limit.result().ok(),
                 qPrintable(limit.result().ok() ? QString() : limit.error().summary()));
        QCOMPARE(f->server->requestCount(), 2); // the token, then the look-up
    }

    void strictnessMessageVerbatim()
    {
        OtpRequest request;
        request.name = u"홍길동"_s;
        request.phone = u"01012345678"_s;
        request.birth = u"900101"_s;
        request.genderDigit = u"1"_s;
        request.channelKey = u"channel-key-nope"_s;
        Capture<OtpRequestResult> got;
        f->client->requestOtp(request, &f->context, got.callback());
        QVERIFY(got.wait());
        QCOMPARE(got.error().kind, Kind::ApiCode);
        QCOMPARE(got.error().httpStatus, 400);
        QVERIFY(got.error().code.has_value() && *got.error().code != 0);
        QCOMPARE(got.error().message,
                 u"본인인증 채널을 찾을 수 없습니다. (channel_key: channel-key-nope)"_s);
        QVERIFY(!got.error().outcomeUnknown); // a 400 was not applied
    }

    void faults_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("500") << 0 << Kind::Server << 500 << QString();
        QTest::newRow("malformed") << 1 << Kind::Parse << 200 << QString();
        QTest::newRow("dropped") << 2 << Kind::Network << 0 << QString();
        QTest::newRow("gateway 403") << 3 << Kind::Auth << 403 << u"Forbidden resource"_s;
    }
    void faults()
    {
        QFETCH(int, fault);
        QFETCH(Kind, kind);
        QFETCH(int, status);
        QFETCH(QString, message);
        // Get a token first, so that the fault hits the call itself.
        Capture<QList<StandardCode>> warm;
        f->client->getBankCodes(&f->context, warm.callback());
        QVERIFY(warm.wait() && warm.result().ok());

        sandbox::SandboxFaults faults;
        faults.serverError = fault == 0;
        faults.malformedJson = fault == 1;
        faults.dropConnection = fault == 2;
        faults.gatewayForbidden = fault == 3;
        f->server->setFaults(faults);
        Capture<Payment> got;
        f->client->getPayment(u"imp_200000000001"_s, false, &f->context, got.callback());
        QVERIFY(got.wait());
        QCOMPARE(got.error().kind, kind);
        QCOMPARE(got.error().httpStatus, status);
        if (!message.isEmpty())
            QCOMPARE(got.error().message, message);
        QVERIFY(!got.error().outcomeUnknown); // read-only
        QVERIFY(!got.error().explanation().isEmpty());
        QCOMPARE(f->traces.last().outcome, RequestTrace::Outcome::Failed);
    }

    void tierHeader()
    {
        f = std::make_unique<ClientFixture>();
        ClientSettings settings;
        settings.tierCode = u"XY9"_s;
        QVERIFY(f->start(settings));
        Capture<QList<PgChannel>> unknownTier;
        f->client->getPgChannels(&f->context, unknownTier.callback());
        QVERIFY(unknownTier.wait());
        QCOMPARE(unknownTier.error().httpStatus, 403);
        QCOMPARE(unknownTier.error().message, u"등록되지 않은 하위 상점(Tier) 코드입니다: XY9"_s);
        QCOMPARE(f->traces.last().tierCode, u"XY9"_s);

        f = std::make_unique<ClientFixture>();
        settings.tierCode = u"ABC"_s;
        QVERIFY(f->start(settings));
        Capture<QList<PgChannel>> knownTier;
        f->client->getPgChannels(&f->context, knownTier.callback());
        QVERIFY(knownTier.wait());
        QVERIFY2(knownTier.result().ok(), why(knownTier).constData());
    }

    void httpsRequired()
    {
        f = std::make_unique<ClientFixture>();
        ClientSettings settings;
        settings.baseUrl = QUrl(u"http://api.iamport.kr"_s);
        QVERIFY(f->start(settings));
        Capture<QList<PgChannel>> got;
        f->client->getPgChannels(&f->context, got.callback());
        QVERIFY(got.wait());
        QCOMPARE(got.error().kind, Kind::Tls);
        QVERIFY(got.error().message.contains(u"HTTPS"_s));
        QCOMPARE(f->server->requestCount(), 0);
    }

    void cancelAndDestroyedContext()
    {
        sandbox::SandboxFaults faults;
        faults.latencyMs = 400;
        f->server->setFaults(faults);
        Capture<Payment> cancelled;
        CallHandle handle = f->client->getPayment(u"imp_200000000001"_s, false, &f->context,
                                                  cancelled.callback());
        QVERIFY(handle.isRunning());
        QTest::qWait(20);
        handle.cancel();
        handle.cancel();
        QVERIFY(cancelled.wait());
        QCOMPARE(cancelled.error().kind, Kind::Cancelled);
        QVERIFY(!handle.isRunning());

        auto context = std::make_unique<QObject>();
        Capture<Payment> orphan;
        f->client->getPayment(u"imp_200000000001"_s, false, context.get(), orphan.callback());
        QTest::qWait(20);
        context.reset();
        QTest::qWait(800);
        QCOMPARE(orphan.calls(), 0);
        QCOMPARE(cancelled.calls(), 1);
    }

private:
    std::unique_ptr<ClientFixture> f;
};

QTEST_GUILESS_MAIN(TestClientFailures)
#include "tst_client_failures.moc"
