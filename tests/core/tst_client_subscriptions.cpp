// The subscription calls of PortOneClient against the sandbox over loopback: each request as the
// spec names it (the trace, and the sandbox's echo of what it received), every answer shape, a
// declined card (code 0, status failed) against an unknown outcome, refusals before sending, and
// what stateChangesInFlight() says of each state-changing call.
#include "tests/core/SubscriptionFixture.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace portone;
using namespace portone::test;
using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

class TestClientSubscriptions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SubscriptionFixture> f;

    PortOneClient &client() { return *f->client.client; }
    QObject *context() { return &f->client.context; }
    const RequestTrace &lastTrace() const { return f->client.traces.constLast(); }
    int received() const { return f->client.server->requestCount(); }

    Result<ChargeResult> charge(const BillingKeyCharge &c)
    {
        return f->run<ChargeResult>([&c](PortOneClient &pc, QObject *ctx, auto done) {
            pc.chargeBillingKey(c, ctx, done);
        });
    }
    Result<QList<Schedule>> schedule(const ScheduleRequest &r)
    {
        return f->run<QList<Schedule>>([&r](PortOneClient &pc, QObject *ctx, auto done) {
            pc.schedulePayments(r, ctx, done);
        });
    }
    Result<Schedule> byMid(const QString &merchantUid)
    {
        return f->run<Schedule>([&merchantUid](PortOneClient &pc, QObject *ctx, auto done) {
            pc.getScheduleByMerchantUid(merchantUid, ctx, done);
        });
    }
    static BillingKeyCharge chargeOf(const QString &customerUid, const QString &merchantUid)
    {
        BillingKeyCharge c;
        c.customerUid = customerUid;
        c.order = testOrder(merchantUid);
        return c;
    }
    ScheduleRequest twoPayments(const QString &customerUid, const QString &prefix)
    {
        ScheduleRequest r;
        r.customerUid = customerUid;
        r.schedules = { testScheduledPayment(prefix + u"_1"_s, f->now().addDays(1)),
                        testScheduledPayment(prefix + u"_2"_s, f->now().addDays(2), 19900) };
        return r;
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<SubscriptionFixture>();
        QVERIFY(f->start());
    }
    void cleanup() { f.reset(); }

    void aPaidCharge()
    {
        BillingKeyCharge c = chargeOf(u"customer_1234"_s, u"again_paid_0001"_s);
        c.order.buyerName = u"김민준"_s;
        c.order.buyerTel = u"010-1234-5678"_s;
        c.order.taxFree = 1000;
        c.order.customData = uR"({"plan":"pro"})"_s;
        c.naverUseCfm = u"20261231"_s;
        const Result<ChargeResult> r = charge(c);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().summary()));
        QCOMPARE(r.value().outcome, ChargeOutcome::Paid);
        QVERIFY(r.value().paid());
        QVERIFY(r.value().failReason().isEmpty());
        QCOMPARE(r.value().payment.merchantUid, u"again_paid_0001"_s);
        QCOMPARE(r.value().payment.customerUid, u"customer_1234"_s);
        QCOMPARE(r.value().payment.amount, 12000.0);
        QVERIFY(r.value().payment.paidAt.isValid());

        const RequestTrace &t = lastTrace();
        QCOMPARE(t.operation, u"again"_s);
        QCOMPARE(t.method, "POST"_ba);
        QCOMPARE(t.path, u"/subscribe/payments/again"_s);
        QVERIFY(t.changesState);
        QVERIFY(t.body);
        QCOMPARE(t.body->value(u"customer_uid"_s).toString(), u"customer_1234"_s);
        QCOMPARE(t.body->value(u"merchant_uid"_s).toString(), u"again_paid_0001"_s);
        QCOMPARE(t.body->value(u"amount"_s).toDouble(), 12000.0);
        QCOMPARE(t.body->value(u"tax_free"_s).toDouble(), 1000.0);
        QCOMPARE(t.body->value(u"name"_s).toString(), u"정********제"_s); // "name" is personal
        QCOMPARE(t.body->value(u"buyer_name"_s).toString(), u"김*준"_s); // masked
        QCOMPARE(t.body->value(u"buyer_tel"_s).toString(), u"010-****-5678"_s);
        QCOMPARE(t.body->value(u"extra"_s).toObject().value(u"naverUseCfm"_s).toString(),
                 u"20261231"_s);
        QVERIFY(!t.body->contains(u"currency"_s)); // optional, not sent when empty
        QVERIFY(!t.body->contains(u"card_quota"_s));
    }

    void aDeclinedChargeIsNotAnError()
    {
        const Result<ChargeResult> r
            = charge(chargeOf(sandbox::SandboxServer::declinedCustomerUid(), u"again_dec_1"_s));
        QVERIFY(r.ok()); // code 0: processed
        QCOMPARE(r.value().outcome, ChargeOutcome::Declined);
        QVERIFY(r.value().declined());
        QVERIFY(!r.value().paid());
        QCOMPARE(r.value().failReason(), sandbox::SandboxServer::declineReason());
        QCOMPARE(r.value().payment.status, u"failed"_s);
        QCOMPARE(lastTrace().outcome, RequestTrace::Outcome::Ok);
        QCOMPARE(ChargeResult::outcomeOf(u"ready"_s), ChargeOutcome::Other);
        QCOMPARE(ChargeResult::outcomeOf(QString()), ChargeOutcome::Other);
    }

    void aRefusedChargeIsSentOnce()
    {
        QVERIFY(charge(chargeOf(u"customer_1234"_s, u"again_used_1"_s)).ok());
        const int before = received();
        const Result<ChargeResult> twice = charge(chargeOf(u"customer_1234"_s, u"again_used_1"_s));
        QCOMPARE(twice.error().kind, Kind::ApiCode);
        QCOMPARE(twice.error().httpStatus, 200);
        QCOMPARE(twice.error().code, 1);
        QVERIFY(twice.error().message.contains(u"이미 결제가 완료된 merchant_uid"_s));
        QVERIFY(!twice.error().outcomeUnknown);
        QCOMPARE(received() - before, 1);
    }

    void theSandboxReceivesWhatTheSpecNames()
    {
        QVERIFY(byMid(u"sched_customer_1234_08"_s).ok()); // a token first: only the call echoes
        sandbox::SandboxFaults echo;
        echo.echoRequest = true;
        f->client.server->setFaults(echo);
        ScheduleRequest r;
        r.customerUid = u"customer_5678"_s;
        r.schedules = { testScheduledPayment(u"echo_s1"_s, f->now().addDays(3)) };
        const Result<QList<Schedule>> echoed = schedule(r);
        QCOMPARE(echoed.error().httpStatus, 400);
        const QString sent = echoed.error().message;
        const QString at = QString::number(f->now().addDays(3).toSecsSinceEpoch());
        for (const QString &part : { u"customer_5678"_s, u"\"merchant_uid\":\"echo_s1\""_s,
                                     u"\"schedule_at\":"_s + at, u"\"currency\":\"KRW\""_s,
                                     u"\"amount\":9900"_s, u"\"name\":\"정기구독 추가 결제\""_s })
            QVERIFY2(sent.contains(part), qPrintable(part + u" not in "_s + sent));

        const Result<Schedule> moved
            = f->run<Schedule>([this](PortOneClient &pc, QObject *ctx, auto done) {
                  pc.updateScheduleTime(
                      { u"sched_customer_1234_08"_s, f->now().addDays(70), {}, {} }, ctx, done);
              });
        QVERIFY2(moved.error().message.endsWith(
                     QString::number(f->now().addDays(70).toSecsSinceEpoch())),
                 qPrintable(moved.error().message)); // PUT carries its body too
        QCOMPARE(lastTrace().method, "PUT"_ba);
    }

    void scheduleLookUpMoveAndCancel()
    {
        const Result<QList<Schedule>> made = schedule(twoPayments(u"customer_5678"_s, u"flow"_s));
        QVERIFY(made.ok());
        QCOMPARE(made.value().size(), 2);
        QCOMPARE(made.value().at(1).amount, 19900.0);
        QCOMPARE(made.value().at(0).scheduleStatus, u"scheduled"_s);
        QCOMPARE(made.value().at(0).scheduleAt, f->now().addDays(1));
        QVERIFY(made.value().at(0).paymentStatus.isEmpty());
        QCOMPARE(lastTrace().body->value(u"schedules"_s).toArray().size(), 2);

        const Result<Schedule> one = byMid(u"flow_1"_s);
        QVERIFY(one.ok());
        QCOMPARE(one.value().customerUid, u"customer_5678"_s);
        QCOMPARE(lastTrace().operation, u"getScheduleByMid"_s);
        QCOMPARE(byMid(u"no_such_schedule"_s).error().kind, Kind::NotFound);

        ScheduleQuery ofCustomer;
        ofCustomer.customerUid = u"customer_5678"_s;
        ofCustomer.from = f->now();
        ofCustomer.to = f->now().addDays(3);
        const Result<SchedulePage> listed
            = f->run<SchedulePage>([&](PortOneClient &pc, QObject *ctx, auto done) {
                  pc.getCustomerSchedules(ofCustomer, ctx, done);
              });
        QVERIFY(listed.ok());
        QCOMPARE(listed.value().list.size(), 2);
        QCOMPARE(lastTrace().path, u"/subscribe/payments/schedule/customers/customer_5678"_s);
        QCOMPARE(lastTrace().operation, u"findSchedulesByCustomer"_s);

        ScheduleRangeQuery range;
        range.from = f->now();
        range.to = f->now().addDays(3);
        range.limit = 1000;
        range.oldestFirst = true;
        range.status = ScheduleStatus::Scheduled;
        const Result<SchedulePage> all
            = f->run<SchedulePage>([&](PortOneClient &pc, QObject *ctx, auto done) {
                  pc.getSchedulesByRange(range, ctx, done);
              });
        QVERIFY(all.ok());
        QStringList ids;
        for (const Schedule &s : all.value().list)
            ids << s.merchantUid;
        QVERIFY(ids.contains(u"flow_1"_s) && ids.contains(u"flow_2"_s));
        QVERIFY(ids.size() > 2); // the seeded ones of other customers too
        QCOMPARE(lastTrace().query,
                 (QList<std::pair<QString, QString>> {
                     { u"schedule_from"_s, QString::number(range.from.toSecsSinceEpoch()) },
                     { u"schedule_to"_s, QString::number(range.to.toSecsSinceEpoch()) },
                     { u"schedule_status"_s, u"scheduled"_s },
                     { u"page"_s, u"1"_s },
                     { u"limit"_s, u"1000"_s },
                     { u"sorting"_s, u"scheduled"_s } }));

        const Result<Schedule> moved
            = f->run<Schedule>([&](PortOneClient &pc, QObject *ctx, auto done) {
                  pc.updateScheduleTime({ u"flow_1"_s, f->now().addDays(5), {}, {} }, ctx, done);
              });
        QVERIFY(moved.ok());
        QCOMPARE(moved.value().scheduleAt, f->now().addDays(5));
        QCOMPARE(lastTrace().body->value(u"schedule_at"_s).toInteger(),
                 f->now().addDays(5).toSecsSinceEpoch());

        const Result<QList<Schedule>> cancelled
            = f->run<QList<Schedule>>([](PortOneClient &pc, QObject *ctx, auto done) {
                  pc.unschedulePayments(u"customer_5678"_s, { u"flow_2"_s }, ctx, done);
              });
        QVERIFY(cancelled.ok());
        QCOMPARE(cancelled.value().size(), 1);
        QCOMPARE(cancelled.value().first().scheduleStatus, u"revoked"_s);
        QCOMPARE(lastTrace().body->value(u"merchant_uid"_s).toArray(), QJsonArray { u"flow_2"_s });

        const Result<Schedule> again
            = f->run<Schedule>([&](PortOneClient &pc, QObject *ctx, auto done) {
                  pc.reschedulePayment({ u"flow_2"_s, f->now().addDays(10), {}, {} }, ctx, done);
              });
        QVERIFY(again.ok());
        QCOMPARE(again.value().scheduleStatus, u"scheduled"_s);
        QCOMPARE(lastTrace().path, u"/subscribe/payments/schedule/flow_2/reschedule"_s);

        const Result<QList<Schedule>> everything
            = f->run<QList<Schedule>>([](PortOneClient &pc, QObject *ctx, auto done) {
                  pc.unscheduleAllPayments(u"customer_5678"_s, ctx, done);
              });
        QVERIFY(everything.ok());
        QCOMPARE(everything.value().size(), 2);
        QVERIFY(!lastTrace().body->contains(u"merchant_uid"_s));

        // Refused by the server in the wrong state: nothing changed, nothing unknown.
        const Result<QList<Schedule>> twice
            = f->run<QList<Schedule>>([](PortOneClient &pc, QObject *ctx, auto done) {
                  pc.unschedulePayments({}, { u"flow_2"_s }, ctx, done);
              });
        QCOMPARE(twice.error().kind, Kind::ApiCode);
        QCOMPARE(twice.error().message, u"이미 취소된 결제예약입니다. (merchant_uid: flow_2)"_s);
        QVERIFY(!twice.error().outcomeUnknown);
    }

    void aRetryIsJudgedByStatus()
    {
        ScheduleRequest r;
        r.customerUid = sandbox::SandboxServer::declinedCustomerUid();
        r.schedules = { testScheduledPayment(u"retry_dec_1"_s, f->now().addSecs(120)) };
        QVERIFY(schedule(r).ok());
        f->advance(121);
        const Result<Schedule> ran = byMid(u"retry_dec_1"_s);
        QCOMPARE(ran.value().scheduleStatus, u"executed"_s);
        QCOMPARE(ran.value().paymentStatus, u"failed"_s);
        QCOMPARE(ran.value().failReason, sandbox::SandboxServer::declineReason());

        const auto retry = [this](const QString &merchantUid) {
            return f->run<ChargeResult>([&merchantUid](PortOneClient &pc, QObject *ctx, auto done) {
                pc.retryScheduledPayment({ merchantUid, {}, {} }, ctx, done);
            });
        };
        const Result<ChargeResult> declined = retry(u"retry_dec_1"_s);
        QVERIFY(declined.ok());
        QCOMPARE(declined.value().outcome, ChargeOutcome::Declined);
        QCOMPARE(lastTrace().path, u"/subscribe/payments/schedule/retry_dec_1/retry"_s);
        const Result<ChargeResult> paid = retry(u"sched_customer_1234_02"_s);
        QCOMPARE(paid.value().outcome, ChargeOutcome::Paid);
        const Result<ChargeResult> waiting = retry(u"sched_customer_1234_08"_s);
        QCOMPARE(waiting.error().kind, Kind::ApiCode);
        QCOMPARE(waiting.error().httpStatus, 400);
        QVERIFY(!waiting.error().outcomeUnknown);
    }

    void refusedBeforeSending()
    {
        const int before = received();
        ScheduleRequest r = twoPayments(u"customer_5678"_s, u"bad"_s);
        r.schedules[0].scheduleAt = f->now(); // not in the future
        r.schedules[1].order.merchantUid = u"bad_1"_s; // twice
        r.schedules[1].order.name = QString(41, u'이');
        QCOMPARE(fieldsOf(schedule(r).error()),
                 QStringList({ u"schedules[0].schedule_at"_s, u"schedules[1].name"_s,
                               u"schedules[1].merchant_uid"_s }));
        ScheduleRequest none;
        none.customerUid = u"customer_5678"_s;
        QCOMPARE(fieldsOf(schedule(none).error()), QStringList { u"schedules"_s });

        BillingKeyCharge c = chargeOf(u"customer_1234"_s, QString(41, u'm'));
        c.order.amount = 49000;
        c.order.cardQuota = 3;
        c.order.productType = u"service"_s;
        QCOMPARE(fieldsOf(charge(c).error()),
                 QStringList({ u"merchant_uid"_s, u"card_quota"_s, u"product_type"_s }));
        c = chargeOf(QString(81, u'c'), u"ok_1"_s);
        c.order.taxFree = 12001;
        QCOMPARE(fieldsOf(charge(c).error()), QStringList({ u"customer_uid"_s, u"tax_free"_s }));

        ScheduleRangeQuery range;
        range.from = f->now();
        range.to = f->now().toUTC().addMonths(3).addSecs(1);
        range.limit = 1001;
        const Result<SchedulePage> tooLong
            = f->run<SchedulePage>([&](PortOneClient &pc, QObject *ctx, auto done) {
                  pc.getSchedulesByRange(range, ctx, done);
              });
        QCOMPARE(fieldsOf(tooLong.error()), QStringList({ u"schedule_to"_s, u"limit"_s }));

        const Result<QList<Schedule>> nothingChosen
            = f->run<QList<Schedule>>([](PortOneClient &pc, QObject *ctx, auto done) {
                  pc.unschedulePayments(u"customer_5678"_s, {}, ctx, done);
              });
        QCOMPARE(fieldsOf(nothingChosen.error()), QStringList { u"merchant_uid"_s });
        const Result<QList<Schedule>> noCustomer
            = f->run<QList<Schedule>>([](PortOneClient &pc, QObject *ctx, auto done) {
                  pc.unscheduleAllPayments({}, ctx, done);
              });
        QCOMPARE(fieldsOf(noCustomer.error()), QStringList { u"customer_uid"_s });
        const Result<Schedule> past
            = f->run<Schedule>([this](PortOneClient &pc, QObject *ctx, auto done) {
                  pc.reschedulePayment(
                      { u"sched_customer_1234_04"_s, f->now().addSecs(-1), {}, {} }, ctx, done);
              });
        QCOMPARE(fieldsOf(past.error()), QStringList { u"schedule_at"_s });
        QCOMPARE(received(), before); // nothing reached the sandbox
    }

    void everyStateChangeInFlightIsNamed()
    {
        sandbox::SandboxFaults slow;
        slow.latencyMs = 300;
        // A token first, so that the calls themselves are what waits.
        QVERIFY(f->run<Schedule>([](PortOneClient &pc, QObject *ctx, auto done) {
                     pc.getScheduleByMerchantUid(u"sched_customer_1234_08"_s, ctx, done);
                 }).ok());
        f->client.server->setFaults(slow);
        Capture<ChargeResult> charged;
        client().chargeBillingKey(chargeOf(u"customer_1234"_s, u"inflight_1"_s), context(),
                                  charged.callback());
        Capture<QList<Schedule>> scheduled;
        client().schedulePayments(twoPayments(u"customer_5678"_s, u"inflight_s"_s), context(),
                                  scheduled.callback());
        Capture<QList<Schedule>> cancelled;
        client().unschedulePayments(u"customer_1234"_s, { u"sched_customer_1234_07"_s }, context(),
                                    cancelled.callback());
        Capture<QList<Schedule>> cancelledAll;
        client().unscheduleAllPayments(u"sbx_cust_0001"_s, context(), cancelledAll.callback());
        Capture<Schedule> moved;
        client().updateScheduleTime(
            { u"sched_customer_1234_08"_s, f->now().addDays(75), u"customer_1234"_s, 9900 },
            context(), moved.callback());
        Capture<Schedule> rescheduled;
        client().reschedulePayment({ u"sched_customer_1234_04"_s, f->now().addDays(3), {}, {} },
                                   context(), rescheduled.callback());
        Capture<ChargeResult> retried;
        client().retryScheduledPayment({ u"sched_customer_1234_02"_s, u"customer_1234"_s, 9900 },
                                       context(), retried.callback());
        QTRY_COMPARE(client().stateChangesInFlight().size(), 7);
        const QString kst = f->now()
                                .addDays(75)
                                .toTimeZone(QTimeZone("Asia/Seoul"))
                                .toString(u"yyyy-MM-dd HH:mm"_s);
        const QStringList expected {
            u"A charge of 12,000 to billing key customer_1234 (merchant_uid inflight_1)"_s,
            u"Scheduling 2 payment(s) of billing key customer_5678, 29,800 in total (merchant_uid "
            "inflight_s_1, inflight_s_2)"_s,
            u"Cancelling the scheduled payments merchant_uid sched_customer_1234_07 of billing key "
            "customer_1234"_s,
            u"Cancelling every scheduled payment of billing key sbx_cust_0001"_s,
            u"Moving the scheduled payment merchant_uid sched_customer_1234_08 (9,900, billing key "
            "customer_1234) to "_s
                + kst + u" KST"_s,
            u"Scheduling the failed payment merchant_uid sched_customer_1234_04 again for "_s
                + f->now()
                      .addDays(3)
                      .toTimeZone(QTimeZone("Asia/Seoul"))
                      .toString(u"yyyy-MM-dd HH:mm"_s)
                + u" KST"_s,
            u"Charging the failed scheduled payment merchant_uid sched_customer_1234_02 (9,900, "
            "billing key customer_1234) now"_s,
        };
        QCOMPARE(client().stateChangesInFlight(), expected);
        QVERIFY(charged.wait() && scheduled.wait() && cancelled.wait() && cancelledAll.wait()
                && moved.wait() && rescheduled.wait() && retried.wait());
        for (const bool ok :
             { charged.result().ok(), scheduled.result().ok(), cancelled.result().ok(),
               cancelledAll.result().ok(), moved.result().ok(), rescheduled.result().ok(),
               retried.result().ok() })
            QVERIFY(ok);
        QVERIFY(client().stateChangesInFlight().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClientSubscriptions)
#include "tst_client_subscriptions.moc"
