// Finding every schedule, not only the first page of the next three months: ScheduleSweep over
// all windows and pages (a schedule 7 months away, a merchant-wide range paged at a small limit,
// the live API's page object, a failure half-way), and a charge whose answer is lost: never sent
// again, and the look-up by merchant_uid shows what the sandbox did.
#include "core/api/ScheduleSweep.h"
#include "tests/core/SubscriptionFixture.h"

#include <QTest>

using namespace portone;
using namespace portone::test;
using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

class TestScheduleSweep : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SubscriptionFixture> f;

    Result<QList<Schedule>> sweep(const ScheduleSweepRequest &request, int *requests = nullptr)
    {
        ScheduleSweep sweeper(f->client.client);
        int sent = 0;
        connect(&sweeper, &ScheduleSweep::progressChanged, this, [&sent] { ++sent; });
        Capture<QList<Schedule>> got;
        sweeper.start(request, got.callback());
        if (!got.wait())
            return ApiError {};
        if (requests)
            *requests = sent;
        return got.result();
    }
    static QStringList idsOf(const QList<Schedule> &schedules)
    {
        QStringList ids;
        for (const Schedule &s : schedules)
            ids << s.merchantUid;
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<SubscriptionFixture>();
        QVERIFY(f->start());
    }
    void cleanup() { f.reset(); }

    void findsAScheduleSevenMonthsAway()
    {
        ScheduleRequest far;
        far.customerUid = u"customer_5678"_s;
        far.schedules = { testScheduledPayment(u"far_7m"_s, f->now().addMonths(7)),
                          testScheduledPayment(u"near_1d"_s, f->now().addDays(1)) };
        QVERIFY(f->run<QList<Schedule>>([&far](PortOneClient &pc, QObject *ctx, auto done) {
                     pc.schedulePayments(far, ctx, done);
                 }).ok());
        // The next three months alone do not show it.
        ScheduleSweepRequest threeMonths = ScheduleSweepRequest::futureSchedulesOf(
            u"customer_5678"_s, f->now(), f->now().addMonths(3));
        QCOMPARE(idsOf(sweep(threeMonths).value()), QStringList { u"near_1d"_s });

        int requests = 0;
        const Result<QList<Schedule>> found
            = sweep(ScheduleSweepRequest::futureSchedulesOf(u"customer_5678"_s, f->now(),
                                                            f->now().addYears(2)),
                    &requests);
        QVERIFY(found.ok());
        QCOMPARE(idsOf(found.value()), QStringList({ u"near_1d"_s, u"far_7m"_s }));
        QCOMPARE(found.value().last().scheduleAt, f->now().addMonths(7));
        QCOMPARE(requests, 8); // eight 3-month windows, one page each
        QCOMPARE(f->client.traces.last().path,
                 u"/subscribe/payments/schedule/customers/customer_5678"_s);

        // Cancelled or already run: no longer a future schedule.
        QVERIFY(f->run<QList<Schedule>>([](PortOneClient &pc, QObject *ctx, auto done) {
                     pc.unschedulePayments(u"customer_5678"_s, { u"far_7m"_s }, ctx, done);
                 }).ok());
        f->advance(2 * 86400);
        const Result<QList<Schedule>> after = sweep(ScheduleSweepRequest::futureSchedulesOf(
            u"customer_5678"_s, f->now(), f->now().addYears(2)));
        QVERIFY(after.ok());
        QVERIFY(after.value().isEmpty());
    }

    void pagesThroughEveryCustomer_data()
    {
        QTest::addColumn<bool>("plainArray");
        QTest::newRow("the spec's plain array") << true;
        QTest::newRow("the live API's page object") << false;
    }
    void pagesThroughEveryCustomer()
    {
        QFETCH(bool, plainArray);
        f->client.server->setSchedulesAsPlainArray(plainArray);
        const QDateTime first = f->now().addMonths(10); // beyond the seeded schedules
        f->client.server->addScheduleSeries(u"sbx_cust_0042"_s, u"series"_s, first, 45,
                                            std::chrono::hours(40));
        ScheduleSweepRequest all;
        all.from = first;
        all.to = first.addMonths(4);
        all.limit = 20;
        int requests = 0;
        const Result<QList<Schedule>> found = sweep(all, &requests);
        QVERIFY(found.ok());
        QCOMPARE(found.value().size(), 45);
        QCOMPARE(found.value().first().merchantUid, u"series_0001"_s);
        QCOMPARE(found.value().last().merchantUid, u"series_0045"_s);
        // 45 × 40 h lie in the first window: pages of 20, 20, 5; then one empty window
        QCOMPARE(requests, 4);
        QCOMPARE(f->client.traces.last().operation, u"findSchedulesByRange"_s);
    }

    void aFailureEndsTheSweep()
    {
        QVERIFY(f->run<Schedule>([](PortOneClient &pc, QObject *ctx, auto done) {
                     pc.getScheduleByMerchantUid(u"sched_customer_1234_08"_s, ctx, done);
                 }).ok()); // a token first: the fault hits the sweep's look-up
        ScheduleSweep sweeper(f->client.client);
        Capture<QList<Schedule>> got;
        sandbox::SandboxFaults broken;
        broken.serverError = true;
        sweeper.start(ScheduleSweepRequest::futureSchedulesOf(u"customer_1234"_s, f->now(),
                                                              f->now().addYears(1)),
                      got.callback());
        f->client.server->setFaults(broken);
        QVERIFY(got.wait());
        QCOMPARE(got.error().kind, Kind::Server);
        QCOMPARE(got.calls(), 1);
        QVERIFY(!sweeper.isRunning());

        f->client.server->setFaults({});
        Capture<QList<Schedule>> cancelled;
        sweeper.start(ScheduleSweepRequest::futureSchedulesOf(u"customer_1234"_s, f->now(),
                                                              f->now().addYears(1)),
                      cancelled.callback());
        sweeper.cancel();
        QVERIFY(cancelled.has());
        QCOMPARE(cancelled.error().kind, Kind::Cancelled);
        QCOMPARE(cancelled.calls(), 1);

        // An empty range asks nothing.
        Capture<QList<Schedule>> empty;
        sweeper.start(
            ScheduleSweepRequest::futureSchedulesOf(u"customer_1234"_s, f->now(), f->now()),
            empty.callback());
        QVERIFY(!empty.has()); // answered on the next turn, like a client call
        QVERIFY(empty.wait());
        QVERIFY(empty.value().isEmpty());
    }

    // A charge whose answer never comes back: an unknown outcome, never sent again by the
    // client; the look-up by the same merchant_uid shows the sandbox's actual result, and a
    // second attempt with that merchant_uid cannot charge twice.
    void aTimedOutChargeIsLookedUpNotResent()
    {
        ClientSettings settings;
        settings.pgTimeout = std::chrono::milliseconds(150);
        f = std::make_unique<SubscriptionFixture>();
        QVERIFY(f->start(settings));
        QVERIFY(f->run<Schedule>([](PortOneClient &pc, QObject *ctx, auto done) {
                     pc.getScheduleByMerchantUid(u"sched_customer_1234_08"_s, ctx, done);
                 }).ok()); // a token first
        sandbox::SandboxFaults slow;
        slow.latencyMs = 400;
        slow.onlyMethod = u"POST"_s;
        f->client.server->setFaults(slow);
        const int before = f->client.server->requestCount();

        BillingKeyCharge c;
        c.customerUid = u"customer_1234"_s;
        c.order = testOrder(u"timeout_0001"_s, 33000);
        const Result<ChargeResult> lost
            = f->run<ChargeResult>([&c](PortOneClient &pc, QObject *ctx, auto done) {
                  pc.chargeBillingKey(c, ctx, done);
              });
        QCOMPARE(lost.error().kind, Kind::Timeout);
        QVERIFY(lost.error().outcomeUnknown);
        QCOMPARE(f->client.traces.last().outcome, RequestTrace::Outcome::Unknown);
        QCOMPARE(f->client.server->requestCount() - before, 1);

        f->client.server->setFaults({});
        const Result<Payment> settled
            = f->run<Payment>([](PortOneClient &pc, QObject *ctx, auto done) {
                  pc.findPaymentByMerchantUid(u"timeout_0001"_s, MerchantPaymentStatus::Any,
                                              std::nullopt, ctx, done);
              });
        QVERIFY2(settled.ok(), qPrintable(settled.ok() ? QString() : settled.error().summary()));
        QCOMPARE(settled.value().status, u"paid"_s); // the sandbox did charge
        QCOMPARE(settled.value().amount, 33000.0);

        // Sent again with the same merchant_uid (the only safe retry): refused, nothing charged.
        const Result<ChargeResult> again
            = f->run<ChargeResult>([&c](PortOneClient &pc, QObject *ctx, auto done) {
                  pc.chargeBillingKey(c, ctx, done);
              });
        QCOMPARE(again.error().kind, Kind::ApiCode);
        MerchantPaymentsQuery all;
        all.merchantUid = u"timeout_0001"_s;
        const Result<PaymentPage> payments
            = f->run<PaymentPage>([&all](PortOneClient &pc, QObject *ctx, auto done) {
                  pc.findAllPaymentsByMerchantUid(all, ctx, done);
              });
        QCOMPARE(payments.value().total, 1); // one charge, ever
        // charge, look-up, the refused second attempt, the list: nothing else reached the server
        QCOMPARE(f->client.server->requestCount() - before, 4);
        int charges = 0;
        for (const RequestTrace &trace : std::as_const(f->client.traces))
            charges += trace.operation == u"again"_s ? 1 : 0;
        QCOMPARE(charges, 2);
    }
};

QTEST_GUILESS_MAIN(TestScheduleSweep)
#include "tst_schedule_sweep.moc"
