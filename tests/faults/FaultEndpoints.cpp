#include "tests/faults/FaultEndpoints.h"

#include <QTest>
#include <QTestEventLoop>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace portone::test {

namespace {

using Done = std::function<void(CallOutcome)>;

template<typename T> std::function<void(Result<T>)> outcomeOf(Done done)
{
    return [done = std::move(done)](Result<T> result) {
        CallOutcome outcome;
        outcome.ok = result.ok();
        if (!result.ok())
            outcome.error = result.error();
        done(outcome);
    };
}

template<typename Batch> std::function<void(Result<Batch>)> batchOutcomeOf(Done done)
{
    return [done = std::move(done)](Result<Batch> result) {
        CallOutcome outcome;
        outcome.ok = result.ok();
        if (result.ok())
            outcome.missing = result.value().missing;
        else
            outcome.error = result.error();
        done(outcome);
    };
}

OtpRequest otpRequest(const QString &merchantUid)
{
    OtpRequest request;
    request.name = u"홍길동"_s;
    request.phone = u"010-1234-5678"_s;
    request.birth = u"900101"_s;
    request.genderDigit = u"1"_s;
    request.channelKey = u"channel-key-sbx-cert-danal"_s;
    request.merchantUid = merchantUid;
    return request;
}

BenepiaCredentials benepiaAccount()
{
    return { u"benepia_test"_s, u"benepia1234"_s, u"channel-key-sbx-benepia"_s };
}

const QString missingCustomerUid = u"fault_missing_01"_s;
const QString missingImpUid = u"imp_fault_missing"_s;

FaultEndpoint endpoint(const QString &name, bool changesState, bool multiLookup,
                       decltype(FaultEndpoint::call) call)
{
    FaultEndpoint e;
    e.name = name;
    e.changesState = changesState;
    e.multiLookup = multiLookup;
    if (name == u"customer_view_multiple"_s)
        e.missingId = missingCustomerUid;
    else if (name == u"getPaymentListByImpUid"_s)
        e.missingId = missingImpUid;
    e.call = std::move(call);
    return e;
}

const QString waitingSchedule = u"sched_customer_1234_08"_s; // seeded, two months ahead
const QString failedSchedule = u"sched_customer_1234_02"_s; // seeded, its charge failed
const QString revokedSchedule = u"sched_customer_1234_04"_s; // seeded, cancelled

// 45 days either side of now: a schedule look-up's window.
std::pair<QDateTime, QDateTime> aroundNow()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return { now.addDays(-45), now.addDays(45) };
}

// again, schedule, unschedule, the look-ups and the changes of one schedule (issue 13).
void appendSubscriptionEndpoints(QList<FaultEndpoint> &all)
{
    all << endpoint(u"again"_s, true, false,
                    [](PortOneClient &c, const CallInputs &in, QObject *ctx, Done done) {
                        BillingKeyCharge charge;
                        charge.customerUid = u"customer_1234"_s;
                        charge.order.merchantUid = u"fault_again_"_s + in.unique;
                        charge.order.amount = 12000;
                        charge.order.name = u"추가 결제"_s;
                        return c.chargeBillingKey(charge, ctx,
                                                  outcomeOf<ChargeResult>(std::move(done)));
                    });
    all << endpoint(u"schedule"_s, true, false,
                    [](PortOneClient &c, const CallInputs &in, QObject *ctx, Done done) {
                        ScheduledPayment row;
                        row.order.merchantUid = u"fault_sched_"_s + in.unique;
                        row.order.amount = 9900;
                        row.order.name = u"정기구독"_s;
                        row.scheduleAt = QDateTime::currentDateTimeUtc().addDays(7);
                        ScheduleRequest request;
                        request.customerUid = u"customer_1234"_s;
                        request.schedules = { row };
                        return c.schedulePayments(request, ctx,
                                                  outcomeOf<QList<Schedule>>(std::move(done)));
                    });
    all << endpoint(u"unschedule"_s, true, false,
                    [](PortOneClient &c, const CallInputs &, QObject *ctx, Done done) {
                        return c.unschedulePayments(u"customer_1234"_s, { waitingSchedule }, ctx,
                                                    outcomeOf<QList<Schedule>>(std::move(done)));
                    });
    all << endpoint(u"findSchedulesByRange"_s, false, false,
                    [](PortOneClient &c, const CallInputs &, QObject *ctx, Done done) {
                        ScheduleRangeQuery query;
                        std::tie(query.from, query.to) = aroundNow();
                        return c.getSchedulesByRange(query, ctx,
                                                     outcomeOf<SchedulePage>(std::move(done)));
                    });
    all << endpoint(u"findSchedulesByCustomer (newer path)"_s, false, false,
                    [](PortOneClient &c, const CallInputs &, QObject *ctx, Done done) {
                        ScheduleQuery query;
                        query.customerUid = u"customer_1234"_s;
                        std::tie(query.from, query.to) = aroundNow();
                        return c.getCustomerSchedules(query, ctx,
                                                      outcomeOf<SchedulePage>(std::move(done)));
                    });
    all << endpoint(u"getScheduleByMid"_s, false, false,
                    [](PortOneClient &c, const CallInputs &, QObject *ctx, Done done) {
                        return c.getScheduleByMerchantUid(waitingSchedule, ctx,
                                                          outcomeOf<Schedule>(std::move(done)));
                    });
    all << endpoint(
        u"updateScheduleByMid"_s, true, false,
        [](PortOneClient &c, const CallInputs &, QObject *ctx, Done done) {
            return c.updateScheduleTime(
                { waitingSchedule, QDateTime::currentDateTimeUtc().addDays(75), {}, {} }, ctx,
                outcomeOf<Schedule>(std::move(done)));
        });
    all << endpoint(u"rescheduleByMid"_s, true, false,
                    [](PortOneClient &c, const CallInputs &, QObject *ctx, Done done) {
                        return c.reschedulePayment(
                            { revokedSchedule, QDateTime::currentDateTimeUtc().addDays(3), {}, {} },
                            ctx, outcomeOf<Schedule>(std::move(done)));
                    });
    all << endpoint(u"retryScheduleByMid"_s, true, false,
                    [](PortOneClient &c, const CallInputs &, QObject *ctx, Done done) {
                        return c.retryScheduledPayment({ failedSchedule, {}, {} }, ctx,
                                                       outcomeOf<ChargeResult>(std::move(done)));
                    });
}

} // namespace

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QTestEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.exitLoop();
    });
    poll.start();
    loop.enterLoopMSecs(timeoutMs);
    return done();
}

bool requestOtpFor(PortOneClient &client, const QString &merchantUid,
                   const std::function<QString(const QString &)> &otpFor, CallInputs *inputs)
{
    QObject context;
    std::optional<Result<OtpRequestResult>> got;
    client.requestOtp(otpRequest(merchantUid), &context,
                      [&got](const Result<OtpRequestResult> &result) { got.emplace(result); });
    if (!waitFor([&got] { return got.has_value(); }) || !got->ok())
        return false;
    inputs->impUid = got->value().impUid;
    inputs->otp = otpFor(inputs->impUid);
    return !inputs->otp.isEmpty();
}

QList<FaultEndpoint> faultEndpoints()
{
    QList<FaultEndpoint> all;
    all << endpoint(u"requestOTP"_s, true, false,
                    [](PortOneClient &c, const CallInputs &in, QObject *ctx, Done done) {
                        return c.requestOtp(otpRequest(u"fault_cert_"_s + in.unique), ctx,
                                            outcomeOf<OtpRequestResult>(std::move(done)));
                    });
    FaultEndpoint confirm = endpoint(
        u"confirmOTP"_s, true, false,
        [](PortOneClient &c, const CallInputs &in, QObject *ctx, Done done) {
            return c.confirmOtp(in.impUid, in.otp, ctx, outcomeOf<Certification>(std::move(done)));
        });
    confirm.needsOtpRequest = true;
    all << confirm;
    all << endpoint(u"getCertification"_s, false, false,
                    [](PortOneClient &c, const CallInputs &, QObject *ctx, Done done) {
                        return c.getCertification(u"imv_900000000001"_s, ctx,
                                                  outcomeOf<Certification>(std::move(done)));
                    });
    all << endpoint(u"deleteCertification"_s, true, false,
                    [](PortOneClient &c, const CallInputs &, QObject *ctx, Done done) {
                        return c.deleteCertification(u"imv_900000000001"_s, ctx,
                                                     outcomeOf<Certification>(std::move(done)));
                    });
    all << endpoint(u"customer_view_multiple"_s, false, true,
                    [](PortOneClient &c, const CallInputs &, QObject *ctx, Done done) {
                        return c.getBillingKeys({ u"customer_1234"_s, missingCustomerUid }, ctx,
                                                batchOutcomeOf<BillingKeyBatch>(std::move(done)));
                    });
    all << endpoint(u"customer_view"_s, false, false,
                    [](PortOneClient &c, const CallInputs &, QObject *ctx, Done done) {
                        return c.getBillingKey(u"customer_1234"_s, ctx,
                                               outcomeOf<BillingKey>(std::move(done)));
                    });
    all << endpoint(u"customer_save"_s, true, false,
                    [](PortOneClient &c, const CallInputs &in, QObject *ctx, Done done) {
                        BillingKeyRegistration reg;
                        reg.customerUid = u"fault_cust_"_s + in.unique;
                        reg.channelKey = u"channel-key-sbx-nice"_s;
                        reg.cardNumber = u"4111111111111111"_s;
                        reg.expiry = u"2030-12"_s;
                        reg.birth = u"900101"_s;
                        reg.pwd2Digit = u"12"_s;
                        return c.registerBillingKey(reg, ctx,
                                                    outcomeOf<BillingKey>(std::move(done)));
                    });
    all << endpoint(u"customer_delete"_s, true, false,
                    [](PortOneClient &c, const CallInputs &, QObject *ctx, Done done) {
                        return c.deleteBillingKey(u"customer_1234"_s, u"해지 요청"_s, QString(),
                                                  ctx, outcomeOf<BillingKey>(std::move(done)));
                    });
    all << endpoint(u"customer_payments"_s, false, false,
                    [](PortOneClient &c, const CallInputs &, QObject *ctx, Done done) {
                        return c.getBillingKeyPayments(u"customer_1234"_s, 1, ctx,
                                                       outcomeOf<PaymentPage>(std::move(done)));
                    });
    all << endpoint(u"findSchedulesByCustomer"_s, false, false,
                    [](PortOneClient &c, const CallInputs &, QObject *ctx, Done done) {
                        ScheduleQuery query;
                        query.customerUid = u"customer_1234"_s;
                        const QDateTime now = QDateTime::currentDateTimeUtc();
                        query.from = now.addDays(-45);
                        query.to = now.addDays(45);
                        return c.getSchedules(query, ctx, outcomeOf<SchedulePage>(std::move(done)));
                    });
    all << endpoint(u"queryBenepiaPoint"_s, false, false,
                    [](PortOneClient &c, const CallInputs &, QObject *ctx, Done done) {
                        return c.getBenepiaPoints(benepiaAccount(), ctx,
                                                  outcomeOf<BenepiaPoints>(std::move(done)));
                    });
    all << endpoint(u"payBenepiaPoint"_s, true, false,
                    [](PortOneClient &c, const CallInputs &in, QObject *ctx, Done done) {
                        BenepiaPaymentRequest pay;
                        pay.account = benepiaAccount();
                        pay.merchantUid = u"fault_bnp_"_s + in.unique;
                        pay.amount = 1200;
                        pay.name = u"포인트 결제"_s;
                        return c.payWithBenepia(pay, ctx, outcomeOf<Payment>(std::move(done)));
                    });
    all << endpoint(u"getPaymentByImpUid"_s, false, false,
                    [](PortOneClient &c, const CallInputs &, QObject *ctx, Done done) {
                        return c.getPayment(u"imp_200000000001"_s, false, ctx,
                                            outcomeOf<Payment>(std::move(done)));
                    });
    all << endpoint(u"getPaymentByMerchantUid"_s, false, false,
                    [](PortOneClient &c, const CallInputs &, QObject *ctx, Done done) {
                        return c.findPaymentByMerchantUid(u"order_retry_0001"_s,
                                                          MerchantPaymentStatus::Any, std::nullopt,
                                                          ctx, outcomeOf<Payment>(std::move(done)));
                    });
    all << endpoint(u"getPaymentListByImpUid"_s, false, true,
                    [](PortOneClient &c, const CallInputs &, QObject *ctx, Done done) {
                        return c.getPayments({ u"imp_200000000001"_s, missingImpUid }, {}, ctx,
                                             batchOutcomeOf<PaymentBatch>(std::move(done)));
                    });
    all << endpoint(u"cancelPayment"_s, true, false,
                    [](PortOneClient &c, const CallInputs &, QObject *ctx, Done done) {
                        PaymentCancellation refund;
                        refund.impUid = u"imp_200000000001"_s;
                        refund.amount = 1000;
                        refund.checksum = 9900;
                        refund.reason = u"고객 요청"_s;
                        return c.cancelPayment(refund, ctx, outcomeOf<Payment>(std::move(done)));
                    });
    all << endpoint(u"getPaymentsByStatus"_s, false, false,
                    [](PortOneClient &c, const CallInputs &, QObject *ctx, Done done) {
                        PaymentStatusQuery query;
                        query.status = PaymentStatusFilter::Paid;
                        return c.getPaymentsByStatus(query, ctx,
                                                     outcomeOf<PaymentPage>(std::move(done)));
                    });
    all << endpoint(u"getAllPaymentsByMerchantUid"_s, false, false,
                    [](PortOneClient &c, const CallInputs &, QObject *ctx, Done done) {
                        MerchantPaymentsQuery query;
                        query.merchantUid = u"order_retry_0001"_s;
                        return c.findAllPaymentsByMerchantUid(
                            query, ctx, outcomeOf<PaymentPage>(std::move(done)));
                    });
    all << endpoint(u"balanceByImpUid"_s, false, false,
                    [](PortOneClient &c, const CallInputs &, QObject *ctx, Done done) {
                        return c.getPaymentBalance(u"imp_200000000009"_s, ctx,
                                                   outcomeOf<PaymentBalance>(std::move(done)));
                    });
    appendSubscriptionEndpoints(all);
    all << endpoint(u"getPgSettingList"_s, false, false,
                    [](PortOneClient &c, const CallInputs &, QObject *ctx, Done done) {
                        return c.getPgChannels(ctx, outcomeOf<QList<PgChannel>>(std::move(done)));
                    });
    all << endpoint(u"allCardCodes"_s, false, false,
                    [](PortOneClient &c, const CallInputs &, QObject *ctx, Done done) {
                        return c.getCardCodes(ctx, outcomeOf<QList<StandardCode>>(std::move(done)));
                    });
    all << endpoint(u"allBankCodes"_s, false, false,
                    [](PortOneClient &c, const CallInputs &, QObject *ctx, Done done) {
                        return c.getBankCodes(ctx, outcomeOf<QList<StandardCode>>(std::move(done)));
                    });
    FaultEndpoint token
        = endpoint(u"getToken"_s, false, false,
                   [](PortOneClient &c, const CallInputs &, QObject *ctx, Done done) {
                       return c.getBankCodes(ctx, outcomeOf<QList<StandardCode>>(std::move(done)));
                   });
    token.faultsTheToken = true;
    all << token;
    all << endpoint(u"GetTier"_s, false, false,
                    [](PortOneClient &c, const CallInputs &, QObject *ctx, Done done) {
                        return c.getTier(u"ABC"_s, ctx, outcomeOf<Tier>(std::move(done)));
                    });
    return all;
}

} // namespace portone::test
