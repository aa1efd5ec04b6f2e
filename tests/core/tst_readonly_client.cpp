// Read-only profiles, core side: the one request path refuses every state-changing call with
// ApiError::Kind::ReadOnly before anything reaches the server; look-ups still work.
#include "core/profiles/ProfileStore.h"
#include "tests/core/ClientFixture.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace portone;
using namespace portone::test;
using namespace Qt::StringLiterals;

class TestReadOnlyClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<ClientFixture>();
        ClientSettings settings;
        settings.readOnly = true;
        QVERIFY(f->start(settings));
        QVERIFY(f->client->settings().readOnly);
    }
    void cleanup() { f.reset(); }

    void refusesEveryStateChangingCall()
    {
        BillingKeyRegistration reg;
        reg.customerUid = u"readonly_01"_s;
        reg.channelKey = sandbox::SandboxServer::billingChannelKey();
        reg.cardNumber = u"4111111111111111"_s;
        reg.expiry = u"2031-01"_s;
        reg.birth = u"900101"_s;
        reg.pwd2Digit = u"00"_s;
        Capture<BillingKey> registered;
        f->client->registerBillingKey(reg, &f->context, registered.callback());
        Capture<BillingKey> deleted;
        f->client->deleteBillingKey(u"customer_1234"_s, u"요청"_s, {}, &f->context,
                                    deleted.callback());
        Capture<OtpRequestResult> requested;
        f->client->requestOtp(sandboxOtpRequest(), &f->context, requested.callback());
        Capture<Certification> confirmed;
        f->client->confirmOtp(u"imp_123456789012"_s, u"123456"_s, &f->context,
                              confirmed.callback());
        Capture<Certification> certificationDeleted;
        f->client->deleteCertification(u"imp_123456789012"_s, &f->context,
                                       certificationDeleted.callback());
        BenepiaPaymentRequest pay;
        pay.account
            = { u"benepia_test"_s, u"benepia1234"_s, sandbox::SandboxServer::benepiaChannelKey() };
        pay.merchantUid = u"desk_readonly_0001"_s;
        pay.amount = 1200;
        pay.name = u"포인트 결제"_s;
        Capture<Payment> paid;
        f->client->payWithBenepia(pay, &f->context, paid.callback());
        PaymentCancellation refund;
        refund.impUid = u"imp_200000000001"_s;
        refund.checksum = 9900;
        Capture<Payment> refunded;
        f->client->cancelPayment(refund, &f->context, refunded.callback());

        // Asynchronous, like a validation refusal: nothing has been called back yet.
        QVERIFY(!registered.has() && !deleted.has() && !requested.has() && !confirmed.has()
                && !certificationDeleted.has() && !paid.has() && !refunded.has());
        QVERIFY(registered.wait() && deleted.wait() && requested.wait() && confirmed.wait()
                && certificationDeleted.wait() && paid.wait() && refunded.wait());
        for (const ApiError &error :
             { registered.error(), deleted.error(), requested.error(), confirmed.error(),
               certificationDeleted.error(), paid.error(), refunded.error() }) {
            QCOMPARE(error.kind, ApiError::Kind::ReadOnly);
            QVERIFY(!error.outcomeUnknown);
            QCOMPARE(error.httpStatus, 0);
            QVERIFY(error.explanation().contains(u"read-only"_s));
            QCOMPARE(ApiError::kindName(error.kind), u"read-only"_s);
        }
        QCOMPARE(registered.calls() + deleted.calls() + requested.calls() + confirmed.calls()
                     + certificationDeleted.calls() + paid.calls() + refunded.calls(),
                 7);

        // The subscription calls
        const QDateTime future = QDateTime::currentDateTimeUtc().addDays(30);
        BillingKeyCharge charge;
        charge.customerUid = u"customer_1234"_s;
        charge.order.merchantUid = u"desk_readonly_0002"_s;
        charge.order.amount = 12000;
        charge.order.name = u"추가 결제"_s;
        Capture<ChargeResult> charged;
        f->client->chargeBillingKey(charge, &f->context, charged.callback());
        ScheduleRequest schedule;
        schedule.customerUid = u"customer_1234"_s;
        schedule.schedules = { ScheduledPayment { charge.order, future } };
        Capture<QList<Schedule>> scheduled;
        f->client->schedulePayments(schedule, &f->context, scheduled.callback());
        Capture<QList<Schedule>> unscheduled;
        f->client->unschedulePayments(u"customer_1234"_s, { u"sched_customer_1234_08"_s },
                                      &f->context, unscheduled.callback());
        Capture<QList<Schedule>> unscheduledAll;
        f->client->unscheduleAllPayments(u"customer_1234"_s, &f->context,
                                         unscheduledAll.callback());
        Capture<Schedule> moved;
        f->client->updateScheduleTime({ u"sched_customer_1234_08"_s, future, {}, {} }, &f->context,
                                      moved.callback());
        Capture<Schedule> rescheduled;
        f->client->reschedulePayment({ u"sched_customer_1234_04"_s, future, {}, {} }, &f->context,
                                     rescheduled.callback());
        Capture<ChargeResult> retried;
        f->client->retryScheduledPayment({ u"sched_customer_1234_02"_s, {}, {} }, &f->context,
                                         retried.callback());
        QVERIFY(charged.wait() && scheduled.wait() && unscheduled.wait() && unscheduledAll.wait()
                && moved.wait() && rescheduled.wait() && retried.wait());
        for (const ApiError &error :
             { charged.error(), scheduled.error(), unscheduled.error(), unscheduledAll.error(),
               moved.error(), rescheduled.error(), retried.error() }) {
            QCOMPARE(error.kind, ApiError::Kind::ReadOnly);
            QVERIFY(!error.outcomeUnknown);
        }

        // Nothing reached the sandbox, not even a token request, and no trace was emitted.
        QTest::qWait(50);
        QCOMPARE(f->server->requestCount(), 0);
        QCOMPARE(f->server->tokenRequestCount(), 0);
        QVERIFY(f->traces.isEmpty());
    }

    void lookUpsStillWork()
    {
        Capture<BillingKey> key;
        f->client->getBillingKey(u"customer_1234"_s, &f->context, key.callback());
        QVERIFY(key.wait());
        QVERIFY2(key.result().ok(), why(key).constData());
        Capture<Schedule> schedule;
        f->client->getScheduleByMerchantUid(u"sched_customer_1234_08"_s, &f->context,
                                            schedule.callback());
        QVERIFY(schedule.wait());
        QVERIFY2(schedule.result().ok(), why(schedule).constData());
        Capture<BenepiaPoints> points;
        f->client->getBenepiaPoints(
            { u"benepia_test"_s, u"benepia1234"_s, sandbox::SandboxServer::benepiaChannelKey() },
            &f->context, points.callback());
        QVERIFY(points.wait());
        QVERIFY2(points.result().ok(), why(points).constData()); // a POST that changes nothing
        QVERIFY(f->server->requestCount() >= 2);
    }

    void refusedCallbackSkippedWhenContextIsGone()
    {
        auto context = std::make_unique<QObject>();
        int calls = 0;
        f->client->deleteBillingKey(u"customer_1234"_s, {}, {}, context.get(),
                                    [&calls](const Result<BillingKey> &) { ++calls; });
        context.reset();
        QTest::qWait(50);
        QCOMPARE(calls, 0);
    }

    void profileStoreKeepsReadOnly()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"profiles.ini"_s), QSettings::IniFormat);
        ProfileStore store(settings, nullptr);
        Profile profile;
        profile.name = u"지원팀 (조회 전용)"_s;
        profile.impKey = u"imp_key_support"_s;
        profile.live = true;
        profile.readOnly = true;
        QVERIFY(store.add(profile).isEmpty());
        Profile plain;
        plain.name = u"운영"_s;
        plain.impKey = u"imp_key_ops"_s;
        QVERIFY(store.add(plain).isEmpty());

        QSettings reread(dir.filePath(u"profiles.ini"_s), QSettings::IniFormat);
        ProfileStore reopened(reread, nullptr);
        QVERIFY(reopened.findById(profile.id)->readOnly);
        QVERIFY(!reopened.findById(plain.id)->readOnly);
        profile.readOnly = false;
        QVERIFY(reopened.update(profile).isEmpty());
        QVERIFY(!ProfileStore(reread, nullptr).findById(profile.id)->readOnly);
    }

private:
    std::unique_ptr<ClientFixture> f;
};

QTEST_GUILESS_MAIN(TestReadOnlyClient)
#include "tst_readonly_client.moc"
