// The sandbox's subscription endpoints over loopback with a plain HTTP client, on a manual
// clock: schedules run when the clock reaches schedule_at, the declined card, used merchant_uids,
// the unschedule rules, the states update/reschedule/retry accept, paging and the 3-month limit.
#include "core/util/Clock.h"
#include "tests/sandbox/SandboxTestClient.h"

#include <QTest>
#include <memory>

using namespace portone;
using namespace portone::sandbox;
using namespace portone::sandbox::testing;
using namespace Qt::StringLiterals;

class TestSandboxSubscriptions : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_http;

    qint64 now() const { return m_clock.now().toSecsSinceEpoch(); }

    static QJsonObject entry(const QString &merchantUid, qint64 at, double amount = 9900)
    {
        return { { u"merchant_uid"_s, merchantUid },
                 { u"schedule_at"_s, at },
                 { u"currency"_s, u"KRW"_s },
                 { u"amount"_s, amount },
                 { u"name"_s, u"정기구독 1개월"_s } };
    }
    HttpResult schedule(const QString &customerUid, const QJsonArray &entries)
    {
        return m_http->postJson(
            "/subscribe/payments/schedule",
            { { u"customer_uid"_s, customerUid }, { u"schedules"_s, entries } });
    }
    HttpResult again(const QString &customerUid, const QString &merchantUid, double amount = 12000)
    {
        return m_http->postJson("/subscribe/payments/again",
                                { { u"customer_uid"_s, customerUid },
                                  { u"merchant_uid"_s, merchantUid },
                                  { u"amount"_s, amount },
                                  { u"name"_s, u"추가 결제"_s } });
    }
    HttpResult unschedule(const QJsonObject &body)
    {
        return m_http->postJson("/subscribe/payments/unschedule", body);
    }
    HttpResult byMid(const QString &merchantUid)
    {
        return m_http->get("/subscribe/payments/schedule/"
                           + SandboxTestClient::encode(merchantUid));
    }
    HttpResult move(const QByteArray &method, const QByteArray &path, qint64 at)
    {
        return m_http->send(method, path, SandboxTestClient::json({ { u"schedule_at"_s, at } }),
                            "application/json", m_http->auth());
    }
    // Moves the sandbox clock; a fresh token, as the old one may have expired meanwhile.
    void advance(qint64 seconds)
    {
        m_clock.advance(seconds);
        m_http->forgetToken();
    }

private Q_SLOTS:
    void init()
    {
        m_clock.set(QDateTime::currentDateTimeUtc());
        m_server = std::make_unique<SandboxServer>([this] { return m_clock.now(); });
        QVERIFY(m_server->listen() != 0);
        m_http = std::make_unique<SandboxTestClient>(*m_server);
    }
    void cleanup()
    {
        m_http.reset();
        m_server.reset();
    }

    void aScheduleRunsWhenTheClockReachesIt()
    {
        const HttpResult made = schedule(
            u"customer_5678"_s,
            { entry(u"run_0001"_s, now() + 3600), entry(u"run_0002"_s, now() + 7200, 19900) });
        QCOMPARE(made.status, 200);
        QCOMPARE(made.code(), 0);
        QCOMPARE(made.array().size(), 2);
        const QJsonObject first = made.array().at(0).toObject();
        QCOMPARE(first.value(u"schedule_status"_s).toString(), u"scheduled"_s);
        QVERIFY(first.value(u"imp_uid"_s).isNull());
        QVERIFY(first.value(u"payment_status"_s).isNull());
        QCOMPARE(first.value(u"buyer_name"_s).toString(), u"이서연"_s); // the key's customer_name

        advance(3599);
        QCOMPARE(byMid(u"run_0001"_s).object().value(u"schedule_status"_s).toString(),
                 u"scheduled"_s);
        advance(1);
        const QJsonObject ran = byMid(u"run_0001"_s).object();
        QCOMPARE(ran.value(u"schedule_status"_s).toString(), u"executed"_s);
        QCOMPARE(ran.value(u"payment_status"_s).toString(), u"paid"_s);
        QCOMPARE(ran.value(u"executed_at"_s).toInteger(), now());
        const QString impUid = ran.value(u"imp_uid"_s).toString();
        QVERIFY(!impUid.isEmpty());
        QCOMPARE(byMid(u"run_0002"_s).object().value(u"schedule_status"_s).toString(),
                 u"scheduled"_s);

        const QJsonObject payment
            = m_http->get("/payments/" + impUid.toLatin1() + "?include_sandbox=true").object();
        QCOMPARE(payment.value(u"status"_s).toString(), u"paid"_s);
        QCOMPARE(payment.value(u"merchant_uid"_s).toString(), u"run_0001"_s);
        QCOMPARE(payment.value(u"customer_uid"_s).toString(), u"customer_5678"_s);
        QCOMPARE(payment.value(u"amount"_s).toDouble(), 9900.0);
        QCOMPARE(payment.value(u"paid_at"_s).toInteger(), now());
        const QJsonArray ofKey = m_http->get("/subscribe/customers/customer_5678/payments")
                                     .object()
                                     .value(u"list"_s)
                                     .toArray();
        QVERIFY(!ofKey.isEmpty());
        QCOMPARE(ofKey.first().toObject().value(u"imp_uid"_s).toString(), impUid);
    }

    void theDeclinedCardFailsWithItsReason()
    {
        const QString declined = SandboxServer::declinedCustomerUid();
        const HttpResult charged = again(declined, u"declined_0001"_s);
        QCOMPARE(charged.status, 200);
        QCOMPARE(charged.code(), 0); // processed: the status says what happened
        QCOMPARE(charged.object().value(u"status"_s).toString(), u"failed"_s);
        QCOMPARE(charged.object().value(u"fail_reason"_s).toString(),
                 SandboxServer::declineReason());
        QVERIFY(charged.object().value(u"paid_at"_s).toInteger() == 0);

        QCOMPARE(schedule(declined, { entry(u"declined_s1"_s, now() + 60) }).code(), 0);
        advance(61);
        const QJsonObject ran = byMid(u"declined_s1"_s).object();
        QCOMPARE(ran.value(u"schedule_status"_s).toString(), u"executed"_s);
        QCOMPARE(ran.value(u"payment_status"_s).toString(), u"failed"_s);
        QCOMPARE(ran.value(u"fail_reason"_s).toString(), SandboxServer::declineReason());

        // A failed schedule can be retried (declined again, code 0) and rescheduled.
        const HttpResult retried
            = m_http->postJson("/subscribe/payments/schedule/declined_s1/retry", {});
        QCOMPARE(retried.code(), 0);
        QCOMPARE(retried.object().value(u"status"_s).toString(), u"failed"_s);
        QVERIFY(retried.object().value(u"imp_uid"_s).toString()
                != ran.value(u"imp_uid"_s).toString());
        const HttpResult moved
            = move("POST", "/subscribe/payments/schedule/declined_s1/reschedule", now() + 86400);
        QCOMPARE(moved.code(), 0);
        QCOMPARE(moved.object().value(u"schedule_status"_s).toString(), u"scheduled"_s);
        QVERIFY(moved.object().value(u"fail_reason"_s).isNull());
    }

    void aUsedMerchantUidIsRefused()
    {
        QCOMPARE(again(u"customer_1234"_s, u"used_0001"_s).object().value(u"status"_s).toString(),
                 u"paid"_s);
        const HttpResult twice = again(u"customer_1234"_s, u"used_0001"_s);
        QCOMPARE(twice.status, 200);
        QCOMPARE(twice.code(), 1);
        QVERIFY2(twice.message().contains(u"이미 결제가 완료된 merchant_uid"_s),
                 qPrintable(twice.message()));
        const HttpResult scheduled
            = schedule(u"customer_1234"_s, { entry(u"used_0001"_s, now() + 60) });
        QCOMPARE(scheduled.code(), 1);
        QCOMPARE(schedule(u"customer_1234"_s, { entry(u"used_s1"_s, now() + 60) }).code(), 0);
        const HttpResult scheduleTwice
            = schedule(u"customer_5678"_s, { entry(u"used_s1"_s, now() + 120) });
        QCOMPARE(scheduleTwice.code(), 1);
        QVERIFY2(scheduleTwice.message().contains(u"이미 결제예약에 사용된"_s),
                 qPrintable(scheduleTwice.message()));
        QCOMPARE(again(u"customer_1234"_s, u"used_s1"_s).code(), 1);
        // The same merchant_uid twice in one request: nothing is created.
        const HttpResult duplicated = schedule(
            u"customer_1234"_s, { entry(u"dup_1"_s, now() + 60), entry(u"dup_1"_s, now() + 120) });
        QCOMPARE(duplicated.status, 400);
        QCOMPARE(byMid(u"dup_1"_s).status, 404);
    }

    void scheduleRequestsAreStrict()
    {
        QCOMPARE(schedule(u"customer_1234"_s, { entry(u"past_1"_s, now() - 1) }).status, 400);
        QJsonObject noCurrency = entry(u"strict_1"_s, now() + 60);
        noCurrency.remove(u"currency"_s);
        const HttpResult missing = schedule(u"customer_1234"_s, { noCurrency });
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.message(), u"schedules[0]: currency 파라미터는 필수입니다."_s);
        QCOMPARE(schedule(u"customer_1234"_s, { entry(QString(41, u'm'), now() + 60) }).status,
                 400);
        QCOMPARE(schedule(u"no_such_key"_s, { entry(u"strict_2"_s, now() + 60) }).code(), 1);
        QCOMPARE(m_http
                     ->postJson("/subscribe/payments/schedule",
                                { { u"customer_uid"_s, u"customer_1234"_s } })
                     .status,
                 400);
        // A form body: schedules[0][merchant_uid]=…
        const QByteArray form
            = "customer_uid=customer_1234&schedules%5B0%5D%5Bmerchant_uid%5D=form_1"
              "&schedules%5B0%5D%5Bschedule_at%5D="
            + QByteArray::number(now() + 60)
            + "&schedules%5B0%5D%5Bcurrency%5D=KRW&schedules%5B0%5D%5Bamount%5D=1000"
              "&schedules%5B0%5D%5Bname%5D=form";
        const HttpResult viaForm = m_http->postForm("/subscribe/payments/schedule", form);
        QCOMPARE(viaForm.code(), 0);
        QCOMPARE(viaForm.array().first().toObject().value(u"amount"_s).toDouble(), 1000.0);
        // again: amount, name and installments
        QCOMPARE(again(u"customer_1234"_s, u"zero_1"_s, 0).status, 400);
        const HttpResult quota = m_http->postJson("/subscribe/payments/again",
                                                  { { u"customer_uid"_s, u"customer_1234"_s },
                                                    { u"merchant_uid"_s, u"quota_1"_s },
                                                    { u"amount"_s, 49000 },
                                                    { u"name"_s, u"할부"_s },
                                                    { u"card_quota"_s, 3 } });
        QCOMPARE(quota.status, 400);
        QCOMPARE(again(u"no_such_key"_s, u"nokey_1"_s).code(), 1);
    }

    void unscheduleRules()
    {
        // Seeded for customer_1234: _00.._05 past (executed, _04 revoked), _06.._12 ahead (_10
        // revoked).
        const HttpResult executed
            = unschedule({ { u"customer_uid"_s, u"customer_1234"_s },
                           { u"merchant_uid"_s, QJsonArray { u"sched_customer_1234_05"_s } } });
        QCOMPARE(executed.code(), 1);
        QVERIFY2(executed.message().contains(u"이미 실행된 결제예약"_s),
                 qPrintable(executed.message()));
        QCOMPARE(unschedule({ { u"merchant_uid"_s, QJsonArray { u"sched_customer_1234_10"_s } } })
                     .code(),
                 1);
        QCOMPARE(unschedule({}).status, 400);
        // Of another customer: refused, nothing cancelled.
        QCOMPARE(unschedule({ { u"customer_uid"_s, u"customer_5678"_s },
                              { u"merchant_uid"_s, QJsonArray { u"sched_customer_1234_07"_s } } })
                     .code(),
                 1);

        const HttpResult chosen = unschedule(
            { { u"customer_uid"_s, u"customer_1234"_s },
              { u"merchant_uid"_s,
                QJsonArray { u"sched_customer_1234_07"_s, u"sched_customer_1234_08"_s } } });
        QCOMPARE(chosen.code(), 0);
        QCOMPARE(chosen.array().size(), 2);
        QCOMPARE(chosen.array().at(0).toObject().value(u"schedule_status"_s).toString(),
                 u"revoked"_s);
        QCOMPARE(chosen.array().at(0).toObject().value(u"revoked_at"_s).toInteger(), now());
        QCOMPARE(byMid(u"sched_customer_1234_06"_s).object().value(u"schedule_status"_s).toString(),
                 u"scheduled"_s);

        // Without merchant_uid: every waiting schedule of the customer.
        const HttpResult all = unschedule({ { u"customer_uid"_s, u"customer_1234"_s } });
        QCOMPARE(all.code(), 0);
        QStringList revoked;
        for (const QJsonValue &s : all.array())
            revoked << s.toObject().value(u"merchant_uid"_s).toString();
        QCOMPARE(revoked,
                 QStringList({ u"sched_customer_1234_06"_s, u"sched_customer_1234_09"_s,
                               u"sched_customer_1234_11"_s, u"sched_customer_1234_12"_s }));
        QCOMPARE(unschedule({ { u"customer_uid"_s, u"customer_1234"_s } }).code(), 1);
        // Another customer's schedules are untouched.
        QCOMPARE(byMid(u"sched_sbx_cust_0001_08"_s).object().value(u"schedule_status"_s).toString(),
                 u"scheduled"_s);
    }

    void changesOnlyInTheirStates()
    {
        const QByteArray base = "/subscribe/payments/schedule/";
        // update: only a waiting one, to a future time
        QCOMPARE(move("PUT", base + "sched_customer_1234_08", now() + 40 * 86400).code(), 0);
        QCOMPARE(byMid(u"sched_customer_1234_08"_s).object().value(u"schedule_at"_s).toInteger(),
                 now() + 40 * 86400);
        QCOMPARE(move("PUT", base + "sched_customer_1234_08", now() - 1).status, 400);
        QCOMPARE(move("PUT", base + "sched_customer_1234_05", now() + 60).status, 400);
        QCOMPARE(move("PUT", base + "sched_customer_1234_10", now() + 60).status, 400);
        QCOMPARE(move("PUT", base + "no_such_schedule", now() + 60).status, 404);
        // reschedule: failed (_02) or revoked (_04, _10); not waiting, not paid
        QCOMPARE(move("POST", base + "sched_customer_1234_08/reschedule", now() + 60).status, 400);
        QCOMPARE(move("POST", base + "sched_customer_1234_05/reschedule", now() + 60).status, 400);
        QCOMPARE(move("POST", base + "sched_customer_1234_10/reschedule", now() + 60).code(), 0);
        // retry: the same states
        const auto retry = [this](const QByteArray &merchantUid) {
            return m_http->postJson("/subscribe/payments/schedule/" + merchantUid + "/retry", {});
        };
        QCOMPARE(retry("sched_customer_1234_08").status, 400);
        QCOMPARE(retry("sched_customer_1234_05").status, 400);
        QCOMPARE(retry("no_such_schedule").status, 404);
        const HttpResult paid = retry("sched_customer_1234_02");
        QCOMPARE(paid.code(), 0);
        QCOMPARE(paid.object().value(u"status"_s).toString(), u"paid"_s);
        QCOMPARE(byMid(u"sched_customer_1234_02"_s).object().value(u"payment_status"_s).toString(),
                 u"paid"_s);
        QCOMPARE(retry("sched_customer_1234_02").status, 400); // paid now
    }

    void rangePagesAndTheWindowLimit()
    {
        const QDateTime first = m_clock.now().addDays(200);
        m_server->addScheduleSeries(u"customer_5678"_s, u"range"_s, first, 45,
                                    std::chrono::hours(1));
        const qint64 from = first.toSecsSinceEpoch();
        const qint64 to = first.addDays(30).toSecsSinceEpoch();
        const auto page = [&](int number, int limit, const QByteArray &extra = {}) {
            return m_http->get("/subscribe/payments/schedule?schedule_from="
                               + QByteArray::number(from) + "&schedule_to=" + QByteArray::number(to)
                               + "&page=" + QByteArray::number(number)
                               + "&limit=" + QByteArray::number(limit) + extra);
        };
        QCOMPARE(page(1, 20).array().size(), 20);
        QCOMPARE(page(2, 20).array().size(), 20);
        QCOMPARE(page(3, 20).array().size(), 5);
        QCOMPARE(page(4, 20).array().size(), 0);
        QCOMPARE(page(1, 1000).array().size(), 45);
        QCOMPARE(page(1, 1001).status, 400);
        QCOMPARE(page(1, 0).status, 400);
        // newest first unless sorting=scheduled
        QCOMPARE(page(1, 20).array().first().toObject().value(u"merchant_uid"_s).toString(),
                 u"range_0045"_s);
        QCOMPARE(page(1, 20, "&sorting=scheduled")
                     .array()
                     .first()
                     .toObject()
                     .value(u"merchant_uid"_s)
                     .toString(),
                 u"range_0001"_s);
        QCOMPARE(page(1, 1000, "&schedule_status=revoked").array().size(), 0);

        const QByteArray longRange = "?schedule_from=" + QByteArray::number(now()) + "&schedule_to="
            + QByteArray::number(m_clock.now().addMonths(3).addSecs(1).toSecsSinceEpoch());
        const HttpResult tooLong = m_http->get("/subscribe/payments/schedule" + longRange);
        QCOMPARE(tooLong.status, 400);
        QVERIFY2(tooLong.message().contains(u"최대 3개월"_s), qPrintable(tooLong.message()));
        const QByteArray customerRange = "?from=" + QByteArray::number(now())
            + "&to=" + QByteArray::number(m_clock.now().addMonths(3).addSecs(1).toSecsSinceEpoch());
        QCOMPARE(m_http->get("/subscribe/payments/schedule/customers/customer_1234" + customerRange)
                     .status,
                 400);
        // The newer per-customer path answers like the older one.
        const QByteArray threeMonths = "?from=" + QByteArray::number(now())
            + "&to=" + QByteArray::number(m_clock.now().addMonths(3).toSecsSinceEpoch());
        const HttpResult newer
            = m_http->get("/subscribe/payments/schedule/customers/customer_1234" + threeMonths);
        const HttpResult older
            = m_http->get("/subscribe/customers/customer_1234/schedules" + threeMonths);
        QCOMPARE(newer.code(), 0);
        QCOMPARE(newer.array(), older.array());
        QVERIFY(!newer.array().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxSubscriptions)
#include "tst_sandbox_subscriptions.moc"
