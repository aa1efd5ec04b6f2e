// One request of every kind, with canary values in every sensitive field, recorded to the
// history, the audit log and copy-as-curl text; then a raw byte search of every file written:
// no canary may appear in UTF-8, UTF-16LE or percent-encoded form (card numbers: last 4 only).
#include "core/history/AuditLog.h"
#include "core/history/CurlCommand.h"
#include "core/history/HistoryStore.h"
#include "core/profiles/Profile.h"
#include "tests/core/ClientFixture.h"
#include "tests/faults/FaultServer.h"
#include "tests/support/CanarySearch.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace portone;
using namespace portone::test;
using namespace Qt::StringLiterals;

namespace {

const QString CardNumber = u"4111-1122-2233-3321"_s;
const QString CardExpiry = u"2031-07"_s;
const QString CardBirth = u"870605"_s;
const QString OtpBirth = u"850315"_s;
const QString BadSecret = u"canarySECRET_7Qx-91"_s;
const QString BenepiaPassword = u"benepia1234"_s; // the sandbox's test account
const QString BenepiaUser = u"benepia_test"_s;
const QString PersonName = u"홍길동"_s;
const QString Phone = u"010-1234-5678"_s;
const QString BuyerEmail = u"canary.buyer@example.com"_s;
const QString RefundAccount = u"3021-8874-660915"_s; // only "0915" may appear
const QString EchoedOtp = u"394857"_s; // not a date: only its name-less echo can give it away

// The requests that carry personal data, filled with the canaries.
OtpRequest canaryOtpRequest()
{
    OtpRequest otpRequest;
    otpRequest.name = PersonName;
    otpRequest.phone = Phone;
    otpRequest.birth = OtpBirth;
    otpRequest.genderDigit = u"2"_s;
    otpRequest.channelKey = sandbox::SandboxServer::certificationChannelKey();
    return otpRequest;
}

BillingKeyRegistration canaryRegistration(const QString &customerUid)
{
    BillingKeyRegistration reg;
    reg.customerUid = customerUid;
    reg.channelKey = sandbox::SandboxServer::billingChannelKey();
    reg.cardNumber = CardNumber;
    reg.expiry = CardExpiry;
    reg.birth = CardBirth;
    reg.pwd2Digit = u"47"_s;
    reg.cvc = u"839"_s;
    reg.customerName = PersonName;
    reg.customerTel = Phone;
    reg.customerEmail = BuyerEmail;
    return reg;
}

BenepiaPaymentRequest canaryPayment(const QString &merchantUid)
{
    BenepiaPaymentRequest pay;
    pay.account = { BenepiaUser, BenepiaPassword, sandbox::SandboxServer::benepiaChannelKey() };
    pay.merchantUid = merchantUid;
    pay.amount = 1200;
    pay.name = u"포인트 결제"_s;
    pay.buyerName = PersonName;
    pay.buyerEmail = BuyerEmail;
    pay.buyerTel = Phone;
    return pay;
}

// A virtual-account refund to the canary account (imp_200000000010 is a paid vbank payment).
PaymentCancellation canaryRefund()
{
    PaymentCancellation refund;
    refund.impUid = u"imp_200000000010"_s;
    refund.amount = 1000;
    refund.checksum = 70000;
    refund.reason = u"고객 요청"_s;
    refund.refundHolder = PersonName;
    refund.refundBank = u"004"_s;
    refund.refundAccount = RefundAccount;
    refund.refundTel = Phone;
    return refund;
}

// A charge and a schedule that carry the buyer's contact details, and a schedule that registers
// the canary card with it.
BillingKeyCharge canaryCharge(const QString &merchantUid)
{
    BillingKeyCharge charge;
    charge.customerUid = u"customer_1234"_s;
    charge.order.merchantUid = merchantUid;
    charge.order.amount = 12000;
    charge.order.name = u"추가 결제"_s;
    charge.order.buyerName = PersonName;
    charge.order.buyerEmail = BuyerEmail;
    charge.order.buyerTel = Phone;
    return charge;
}

ScheduleRequest canarySchedule(const QString &customerUid, const QString &merchantUid)
{
    ScheduledPayment row;
    row.order = canaryCharge(merchantUid).order;
    row.scheduleAt = QDateTime::currentDateTimeUtc().addDays(10);
    ScheduleRequest request;
    request.customerUid = customerUid;
    request.cardNumber = CardNumber;
    request.expiry = CardExpiry;
    request.birth = CardBirth;
    request.pwd2Digit = u"47"_s;
    request.cvc = u"839"_s;
    request.schedules = { row };
    return request;
}

} // namespace

class TestHistoryCanary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noCanaryReachesTheFiles()
    {
        QTemporaryDir dir;
        ClientFixture f;
        QVERIFY(f.start());
        runEveryKindOfRequest(f);

        // A profile whose secret is wrong: its getToken is refused, and recorded too.
        FixedCredentialSource badCredentials(
            ApiCredentials { sandbox::SandboxServer::defaultAccount().impKey, BadSecret });
        ClientSettings settings;
        settings.baseUrl = f.server->baseUrl();
        TokenManager badTokens(&f.network, &badCredentials, &f.clock, settings);
        connect(&badTokens, &TokenManager::requestFinished, this,
                [&f](const RequestTrace &trace) { f.traces.append(trace); });
        Capture<AccessToken> refused;
        badTokens.acquire(&f.context, refused.callback());
        QVERIFY(refused.wait());
        QCOMPARE(refused.error().kind, ApiError::Kind::Auth);

        Capture<AccessToken> token;
        f.tokens->acquire(&f.context, token.callback());
        QVERIFY(token.wait());
        QVERIFY(token.result().ok());

        QSet<QString> operations;
        for (const RequestTrace &trace : std::as_const(f.traces))
            operations.insert(trace.operation);
        QCOMPARE(operations.size(), 32); // every operationId in SCOPE.md
        for (const QString &operation : std::as_const(operations))
            QVERIFY2(areaForOperation(operation) != u"other"_s, qPrintable(operation));

        record(dir.path(), f.traces);

        QList<Canary> canaries;
        const auto addText = [&canaries](const QString &text) {
            canaries << Canary { text, text };
        };
        for (const QString &text : { u"4111112222333321"_s,
                                     CardNumber,
                                     u"411111222233"_s,
                                     u"1122-2233"_s,
                                     CardExpiry,
                                     CardBirth,
                                     OtpBirth,
                                     BadSecret,
                                     sandbox::SandboxServer::defaultAccount().impSecret,
                                     BenepiaPassword,
                                     BenepiaUser,
                                     PersonName,
                                     u"1234-5678"_s,
                                     u"12345678"_s,
                                     u"canary.buyer"_s,
                                     token.value().token,
                                     otp,
                                     RefundAccount,
                                     u"30218874660915"_s,
                                     u"3021-8874"_s,
                                     u"8874-6609"_s })
            addText(text);
        // Too short to search alone: searched with their field names.
        for (const QString &text :
             { u"\"pwd_2digit\":\"47\""_s, u"\"cvc\":\"839\""_s, u"pwd_2digit=47"_s, u"cvc=839"_s })
            addText(text);

        QStringList files;
        const QList<CanaryHit> hits = searchTree(dir.path(), canaries, &files);
        QVERIFY2(hits.isEmpty(), qPrintable(describe(hits)));
        // One history file, the audit log and its anchor, the curl commands.
        QCOMPARE(files.size(), 4);
        QByteArray everything;
        for (const QString &path : std::as_const(files)) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            everything += file.readAll();
        }
        // The search looked at real records: masked forms and placeholders are there.
        QVERIFY(everything.contains("**** 3321"));
        QVERIFY(everything.contains("**** 0915"));
        QVERIFY(everything.contains("cancelPayment"));
        QVERIFY(everything.contains("[redacted]"));
        QVERIFY(everything.contains("<card_number>"));
        QVERIFY(everything.contains(u"홍*동"_s.toUtf8()));
        QVERIFY(everything.contains("customer_save"));
        QVERIFY(everything.contains("billing_key.register"));
    }

    // A server that repeats what it was sent in its message (a refusal naming the card number,
    // the person, the birth date and gender digit, the OTP): the history and the audit log keep
    // the message, masked.
    void echoedCanaryReachesNoFile_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("envelope");
        QTest::newRow("400 with the envelope") << 400 << true;
        QTest::newRow("200 with code 1") << 200 << true;
        QTest::newRow("502 plain text") << 502 << false;
    }
    void echoedCanaryReachesNoFile()
    {
        QFETCH(int, status);
        QFETCH(bool, envelope);
        sandbox::SandboxServer upstream; // issues the tokens the echoing server relays
        QVERIFY(upstream.listen() != 0);
        FaultServer echoing(upstream.baseUrl());
        QVERIFY(echoing.start());
        ClientFixture f;
        ClientSettings settings;
        settings.baseUrl = echoing.baseUrl();
        QVERIFY(f.start(settings));
        const auto echo = [&](const QStringList &sent) {
            const QString message = u"입력값 오류: "_s + sent.join(u' ');
            echoing.answerCanned(
                status,
                envelope ? QJsonDocument(QJsonObject { { u"code"_s, 1 },
                                                       { u"message"_s, message },
                                                       { u"response"_s, QJsonValue() } })
                               .toJson(QJsonDocument::Compact)
                         : message.toUtf8(),
                envelope ? "application/json"_ba : "text/plain"_ba);
        };

        QList<ApiError> errors;
        echo({ PersonName, Phone, u"(01012345678)"_s, OtpBirth + u"-2"_s, OtpBirth });
        const OtpRequest otpRequest = canaryOtpRequest();
        Capture<OtpRequestResult> requested;
        f.client->requestOtp(otpRequest, &f.context, requested.callback());
        QVERIFY(requested.wait());
        collect(requested, &errors);

        echo({ u"OTP"_s, EchoedOtp });
        Capture<Certification> confirmed;
        f.client->confirmOtp(u"imp_echo_0001"_s, EchoedOtp, &f.context, confirmed.callback());
        QVERIFY(confirmed.wait());
        collect(confirmed, &errors);

        echo({ CardNumber, u"4111112222333321"_s, CardExpiry, CardBirth, u"비밀번호 47 CVC 839"_s,
               PersonName, Phone, BuyerEmail });
        const BillingKeyRegistration reg = canaryRegistration(u"canary_echo_01"_s);
        Capture<BillingKey> saved;
        f.client->registerBillingKey(reg, &f.context, saved.callback());
        QVERIFY(saved.wait());
        collect(saved, &errors);

        echo({ BenepiaUser, BenepiaPassword, PersonName, BuyerEmail, Phone });
        const BenepiaPaymentRequest pay = canaryPayment(u"canary_echo_0001"_s);
        Capture<Payment> paid;
        f.client->payWithBenepia(pay, &f.context, paid.callback());
        QVERIFY(paid.wait());
        collect(paid, &errors);

        echo({ RefundAccount, u"30218874660915"_s, PersonName, Phone });
        PaymentCancellation refund = canaryRefund();
        refund.impUid = u"imp_echo_0002"_s;
        Capture<Payment> refunded;
        f.client->cancelPayment(refund, &f.context, refunded.callback());
        QVERIFY(refunded.wait());
        collect(refunded, &errors);

        echo({ PersonName, Phone, BuyerEmail });
        Capture<ChargeResult> charged;
        f.client->chargeBillingKey(canaryCharge(u"canary_echo_0002"_s), &f.context,
                                   charged.callback());
        QVERIFY(charged.wait());
        collect(charged, &errors);

        echo({ CardNumber, u"4111112222333321"_s, CardExpiry, CardBirth, u"비밀번호 47 CVC 839"_s,
               PersonName, Phone, BuyerEmail });
        Capture<QList<Schedule>> scheduled;
        f.client->schedulePayments(canarySchedule(u"canary_echo_02"_s, u"canary_echo_0003"_s),
                                   &f.context, scheduled.callback());
        QVERIFY(scheduled.wait());
        collect(scheduled, &errors);

        QCOMPARE(errors.size(), 7);
        QVERIFY2(errors.at(2).message.contains(CardNumber), // shown verbatim
                 qPrintable(errors.at(2).summary()));
        QTemporaryDir dir;
        record(dir.path(), f.traces, errors);

        QList<Canary> canaries;
        for (const QString &text :
             { CardNumber, u"4111112222333321"_s, CardExpiry, u"203107"_s, CardBirth, OtpBirth,
               PersonName, Phone, u"01012345678"_s, u"12345678"_s, BenepiaPassword, BenepiaUser,
               u"canary.buyer"_s, EchoedOtp, u"CVC 839"_s, u"비밀번호 47"_s, RefundAccount,
               u"30218874660915"_s, u"8874-6609"_s })
            canaries << Canary { text, text };
        QStringList files;
        const QList<CanaryHit> hits = searchTree(dir.path(), canaries, &files);
        QVERIFY2(hits.isEmpty(), qPrintable(describe(hits)));
        QCOMPARE(files.size(), 4); // history, the audit log and its anchor, the curl commands
        // The search looked at the messages: they are kept, masked.
        QString stored;
        for (const HistoryRecord &record : HistoryStore(dir.path() + u"/history"_s).load())
            stored += record.message + u'\n';
        QCOMPARE(stored.count(u"입력값 오류"_s), 7);
        QVERIFY2(stored.contains(u"**** 0915"_s), qPrintable(stored));
        QVERIFY2(stored.contains(u"**** 3321"_s), qPrintable(stored));
        QVERIFY2(stored.contains(u"010-****-5678"_s), qPrintable(stored));
        const QList<AuditEntry> audit = AuditLog(dir.path() + u"/audit.jsonl"_s, {}).entries();
        QVERIFY(!audit.isEmpty());
        QVERIFY2(audit.last().detail.contains(u"입력값 오류"_s), qPrintable(audit.last().detail));
    }

private:
    template<typename T> static void collect(const Capture<T> &capture, QList<ApiError> *errors)
    {
        if (!capture.result().ok())
            errors->append(capture.error());
    }

    void runEveryKindOfRequest(ClientFixture &f)
    {
        const OtpRequest otpRequest = canaryOtpRequest();
        Capture<OtpRequestResult> requested;
        f.client->requestOtp(otpRequest, &f.context, requested.callback());
        QVERIFY(requested.wait());
        QVERIFY2(requested.result().ok(), why(requested).constData());
        const QString impUid = requested.value().impUid;
        otp = f.server->otpFor(impUid);
        QCOMPARE(otp.size(), 6);
        Capture<Certification> confirmed;
        f.client->confirmOtp(impUid, otp, &f.context, confirmed.callback());
        QVERIFY(confirmed.wait());
        QVERIFY2(confirmed.result().ok(), why(confirmed).constData());
        Capture<Certification> certification;
        f.client->getCertification(impUid, &f.context, certification.callback());
        QVERIFY(certification.wait());
        Capture<Certification> certificationDeleted;
        f.client->deleteCertification(impUid, &f.context, certificationDeleted.callback());
        QVERIFY(certificationDeleted.wait());

        const BillingKeyRegistration reg = canaryRegistration(u"canary_고객_01"_s);
        Capture<BillingKey> saved;
        f.client->registerBillingKey(reg, &f.context, saved.callback());
        QVERIFY(saved.wait());
        QVERIFY2(saved.result().ok(), why(saved).constData());
        Capture<BillingKey> key;
        f.client->getBillingKey(reg.customerUid, &f.context, key.callback());
        Capture<BillingKeyBatch> keys;
        f.client->getBillingKeys({ reg.customerUid, u"customer_1234"_s }, &f.context,
                                 keys.callback());
        Capture<PaymentPage> payments;
        f.client->getBillingKeyPayments(u"customer_1234"_s, 1, &f.context, payments.callback());
        ScheduleQuery schedules;
        schedules.customerUid = u"customer_1234"_s;
        schedules.from = QDateTime::currentDateTimeUtc().addDays(-30);
        schedules.to = QDateTime::currentDateTimeUtc().addDays(30);
        Capture<SchedulePage> schedulePage;
        f.client->getSchedules(schedules, &f.context, schedulePage.callback());
        QVERIFY(key.wait() && keys.wait() && payments.wait() && schedulePage.wait());
        Capture<BillingKey> deleted;
        f.client->deleteBillingKey(reg.customerUid, u"고객 요청"_s, {}, &f.context,
                                   deleted.callback());
        QVERIFY(deleted.wait());
        QVERIFY2(deleted.result().ok(), why(deleted).constData());

        const BenepiaCredentials account { BenepiaUser, BenepiaPassword,
                                           sandbox::SandboxServer::benepiaChannelKey() };
        Capture<BenepiaPoints> points;
        f.client->getBenepiaPoints(account, &f.context, points.callback());
        const BenepiaPaymentRequest pay = canaryPayment(u"canary_bnp_0001"_s);
        Capture<Payment> paid;
        f.client->payWithBenepia(pay, &f.context, paid.callback());
        QVERIFY(points.wait() && paid.wait());
        QVERIFY2(paid.result().ok(), why(paid).constData());

        Capture<Payment> payment;
        f.client->getPayment(u"imp_200000000001"_s, false, &f.context, payment.callback());
        Capture<Payment> byMerchant;
        f.client->findPaymentByMerchantUid(u"order_retry_0001"_s, MerchantPaymentStatus::Any,
                                           std::nullopt, &f.context, byMerchant.callback());
        Capture<PaymentBatch> batch;
        f.client->getPayments({ u"imp_200000000001"_s }, { u"canary_bnp_0001"_s }, &f.context,
                              batch.callback());
        Capture<QList<PgChannel>> channels;
        f.client->getPgChannels(&f.context, channels.callback());
        Capture<QList<StandardCode>> cards;
        f.client->getCardCodes(&f.context, cards.callback());
        Capture<QList<StandardCode>> banks;
        f.client->getBankCodes(&f.context, banks.callback());
        Capture<Tier> tier;
        f.client->getTier(sandbox::SandboxServer::tierCode(), &f.context, tier.callback());
        QVERIFY(payment.wait() && byMerchant.wait() && batch.wait() && channels.wait()
                && cards.wait() && banks.wait() && tier.wait());

        Capture<Payment> refunded;
        f.client->cancelPayment(canaryRefund(), &f.context, refunded.callback());
        PaymentStatusQuery search;
        search.status = PaymentStatusFilter::Cancelled;
        Capture<PaymentPage> found;
        f.client->getPaymentsByStatus(search, &f.context, found.callback());
        MerchantPaymentsQuery orders;
        orders.merchantUid = u"order_retry_0001"_s;
        Capture<PaymentPage> orderPayments;
        f.client->findAllPaymentsByMerchantUid(orders, &f.context, orderPayments.callback());
        Capture<PaymentBalance> balance;
        f.client->getPaymentBalance(u"imp_200000000009"_s, &f.context, balance.callback());
        QVERIFY(refunded.wait() && found.wait() && orderPayments.wait() && balance.wait());
        QVERIFY2(refunded.result().ok(), why(refunded).constData());
        runEverySubscriptionCall(f);
    }

    void runEverySubscriptionCall(ClientFixture &f)
    {
        Capture<ChargeResult> charged;
        f.client->chargeBillingKey(canaryCharge(u"canary_again_0001"_s), &f.context,
                                   charged.callback());
        QVERIFY(charged.wait());
        QVERIFY2(charged.result().ok(), why(charged).constData());
        Capture<QList<Schedule>> scheduled;
        f.client->schedulePayments(canarySchedule(u"canary_sched_01"_s, u"canary_sched_0001"_s),
                                   &f.context, scheduled.callback());
        QVERIFY(scheduled.wait());
        QVERIFY2(scheduled.result().ok(), why(scheduled).constData());
        Capture<Schedule> one;
        f.client->getScheduleByMerchantUid(u"canary_sched_0001"_s, &f.context, one.callback());
        ScheduleQuery ofCustomer;
        ofCustomer.customerUid = u"canary_sched_01"_s;
        ofCustomer.from = QDateTime::currentDateTimeUtc();
        ofCustomer.to = ofCustomer.from.addDays(30);
        Capture<SchedulePage> listed;
        f.client->getCustomerSchedules(ofCustomer, &f.context, listed.callback());
        ScheduleRangeQuery range;
        range.from = ofCustomer.from;
        range.to = ofCustomer.to;
        Capture<SchedulePage> ranged;
        f.client->getSchedulesByRange(range, &f.context, ranged.callback());
        Capture<Schedule> moved;
        f.client->updateScheduleTime(
            { u"canary_sched_0001"_s, ofCustomer.from.addDays(20), u"canary_sched_01"_s, 12000 },
            &f.context, moved.callback());
        QVERIFY(one.wait() && listed.wait() && ranged.wait() && moved.wait());
        QVERIFY2(moved.result().ok(), why(moved).constData());
        Capture<Schedule> rescheduled;
        f.client->reschedulePayment(
            { u"sched_customer_1234_04"_s, ofCustomer.from.addDays(3), {}, {} }, &f.context,
            rescheduled.callback());
        Capture<ChargeResult> retried;
        f.client->retryScheduledPayment({ u"sched_customer_1234_02"_s, {}, {} }, &f.context,
                                        retried.callback());
        Capture<QList<Schedule>> cancelled;
        f.client->unschedulePayments(u"canary_sched_01"_s, { u"canary_sched_0001"_s }, &f.context,
                                     cancelled.callback());
        Capture<QList<Schedule>> cancelledAll;
        f.client->unscheduleAllPayments(u"sbx_cust_0002"_s, &f.context, cancelledAll.callback());
        QVERIFY(rescheduled.wait() && retried.wait() && cancelled.wait() && cancelledAll.wait());
        QVERIFY2(cancelled.result().ok(), why(cancelled).constData());
    }

    // What the app does with every trace and action: history, audit log, and the curl command
    // (here written to a file, standing in for the clipboard).
    // errors: the failed state-changing calls; their audit detail is what DeskSession records
    // (ApiError::redactedSummary()).
    void record(const QString &folder, const QList<RequestTrace> &traces,
                const QList<ApiError> &errors = {})
    {
        Profile profile;
        profile.id = Profile::newId();
        profile.name = u"카나리아 상점"_s;
        HistoryStore store(folder + u"/history"_s);
        AuditLog audit(folder + u"/audit.jsonl"_s, AuditLog::currentOsUser());
        QFile commands(folder + u"/curl-commands.txt"_s);
        QVERIFY(commands.open(QIODevice::WriteOnly));
        for (const RequestTrace &trace : traces) {
            const HistoryRecord historyRecord = HistoryRecord::fromTrace(trace, profile);
            QVERIFY2(store.append(historyRecord), qPrintable(store.lastError()));
            commands.write(curl::commandFor(historyRecord).toUtf8() + '\n');
            if (!trace.changesState)
                continue;
            AuditEntry entry;
            entry.profileId = profile.id;
            entry.profileName = profile.name;
            entry.action = trace.operation == u"customer_save"_s ? AuditAction::BillingKeyRegistered
                                                                 : AuditAction::BillingKeyDeleted;
            entry.targets = { trace.path.section(u'/', -1) };
            entry.reason = u"고객 요청으로 처리"_s;
            entry.outcome = outcomeId(trace.outcome);
            entry.detail = trace.message;
            QVERIFY2(audit.record(entry), qPrintable(audit.lastError()));
        }
        for (const ApiError &error : errors) {
            AuditEntry entry;
            entry.profileId = profile.id;
            entry.action = AuditAction::OtpRequested;
            entry.outcome = u"failed"_s;
            entry.detail = error.redactedSummary();
            QVERIFY2(audit.record(entry), qPrintable(audit.lastError()));
        }
        QVERIFY(audit.verify().intact);
        QCOMPARE(store.load().size(), traces.size());
    }

    QString otp;
};

QTEST_GUILESS_MAIN(TestHistoryCanary)
#include "tst_history_canary.moc"
