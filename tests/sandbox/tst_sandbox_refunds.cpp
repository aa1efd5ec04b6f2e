// Refunds (POST /payments/cancel), the status search, findAll and the PAYCO balance.
#include "SandboxTestClient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portone::sandbox;
using namespace portone::sandbox::testing;

namespace {

constexpr qint64 Day = 24 * 60 * 60;

} // namespace

class TstSandboxRefunds : public QObject
{
    Q_OBJECT

private:
    FreshSandbox m_sandbox;

    HttpResult cancel(const QJsonObject &body)
    {
        return m_sandbox.client->postJson("/payments/cancel", body);
    }
    static void verifyRefused(const HttpResult &r, const QString &message)
    {
        QCOMPARE(r.status, 200);
        QCOMPARE(r.code(), 1);
        QCOMPARE(r.message(), message);
        QVERIFY(r.response().isNull());
    }
    QByteArray window(qint64 from, qint64 to)
    {
        return "from=" + QByteArray::number(from) + "&to=" + QByteArray::number(to);
    }
    static qint64 now() { return QDateTime::currentSecsSinceEpoch(); }

private Q_SLOTS:
    void init() { QVERIFY(m_sandbox.start()); }
    void cleanup() { m_sandbox.stop(); }

    void partialRefundsAccumulateThenFullRefundCancels()
    {
        HttpResult r = cancel(refundBody(u"imp_200000000001"_s, 3000, 9900));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.code(), 0);
        QCOMPARE(r.object().value(u"status"_s).toString(), u"paid"_s);
        QCOMPARE(r.object().value(u"cancel_amount"_s).toDouble(), 3000.0);
        QCOMPARE(r.object().value(u"cancel_history"_s).toArray().size(), 1);

        r = cancel(refundBody(u"imp_200000000001"_s, 2000, 6900));
        QCOMPARE(r.code(), 0);
        QCOMPARE(r.object().value(u"cancel_amount"_s).toDouble(), 5000.0);
        const QJsonArray history = r.object().value(u"cancel_history"_s).toArray();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(1).toObject().value(u"amount"_s).toDouble(), 2000.0);
        QCOMPARE(history.at(1).toObject().value(u"reason"_s).toString(), u"고객 요청"_s);
        QCOMPARE(r.object().value(u"cancel_receipt_urls"_s).toArray().size(), 2);

        // amount 0: the rest
        r = cancel(refundBody(u"imp_200000000001"_s, 0, 4900));
        QCOMPARE(r.code(), 0);
        QCOMPARE(r.object().value(u"status"_s).toString(), u"cancelled"_s);
        QCOMPARE(r.object().value(u"cancel_amount"_s).toDouble(), 9900.0);
        QCOMPARE(r.object().value(u"cancel_history"_s).toArray().size(), 3);
        QVERIFY(r.object().value(u"cancelled_at"_s).toInteger() > 0);
        // what a look-up shows afterwards
        QCOMPARE(m_sandbox.client->get("/payments/imp_200000000001")
                     .object()
                     .value(u"status"_s)
                     .toString(),
                 u"cancelled"_s);

        verifyRefused(cancel(refundBody(u"imp_200000000001"_s, 0, 0)),
                      u"이미 전액취소된 주문입니다."_s);
    }

    void staleChecksumIsRefused()
    {
        QCOMPARE(cancel(refundBody(u"imp_200000000003"_s, 1000, 35000)).code(), 0);
        // a second operator who saw the balance before that refund
        verifyRefused(cancel(refundBody(u"imp_200000000003"_s, 1000, 35000)),
                      u"[checksum 검증실패] 요청하신 취소가능잔액(35000원)이 포트원에 기록된 "
                      "취소가능잔액(34000원)과 일치하지 않습니다."_s);
        QCOMPARE(m_sandbox.client->get("/payments/imp_200000000003")
                     .object()
                     .value(u"cancel_amount"_s)
                     .toDouble(),
                 1000.0);
    }

    void refusals_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("above balance")
            << refundBody(u"imp_200000000003"_s, 35001, 35000) << 200
            << u"취소요청금액(35001원)이 취소가능잔액(35000원)보다 큽니다."_s;
        QTest::newRow("vbank without account")
            << refundBody(u"imp_200000000010"_s, 0, 70000) << 200
            << u"가상계좌 결제건의 환불에는 환불계좌 정보(refund_holder, refund_bank, "
               "refund_account)가 필요합니다."_s;
        QJsonObject badBank = refundBody(u"imp_200000000010"_s, 0, 70000);
        badBank.insert(u"refund_holder"_s, u"정예준"_s);
        badBank.insert(u"refund_bank"_s, u"999"_s);
        badBank.insert(u"refund_account"_s, u"12345678901234"_s);
        QTest::newRow("vbank unknown bank")
            << badBank << 200 << u"환불계좌 은행코드(refund_bank)가 올바르지 않습니다. (999)"_s;
        QTest::newRow("unknown imp_uid") << refundBody(u"imp_999999999999"_s, 0, 0) << 200
                                         << u"취소할 결제건이 존재하지 않습니다."_s;
        QTest::newRow("unknown merchant_uid")
            << QJsonObject { { u"merchant_uid"_s, u"order_nowhere"_s }, { u"checksum"_s, 0 } }
            << 200 << u"취소할 결제건이 존재하지 않습니다."_s;
        QTest::newRow("ready") << refundBody(
            u"imp_200000000002"_s, 0,
            129000) << 200 << u"결제완료 상태의 결제건만 취소할 수 있습니다. (현재 상태: ready)"_s;
        QTest::newRow("failed") << refundBody(
            u"imp_200000000005"_s, 0,
            24000) << 200 << u"결제완료 상태의 결제건만 취소할 수 있습니다. (현재 상태: failed)"_s;
        QTest::newRow("cancelled")
            << refundBody(u"imp_200000000004"_s, 0, 0) << 200 << u"이미 전액취소된 주문입니다."_s;
        QTest::newRow("no id") << QJsonObject { { u"amount"_s, 100 } } << 400
                               << u"imp_uid 또는 merchant_uid 파라미터는 필수입니다."_s;
        QTest::newRow("negative amount") << refundBody(u"imp_200000000003"_s, -1, 35000) << 400
                                         << u"amount 는 0 이상이어야 합니다."_s;
        QTest::newRow("checksum not a number")
            << QJsonObject { { u"imp_uid"_s, u"imp_200000000003"_s }, { u"checksum"_s, u"abc"_s } }
            << 400 << u"checksum 는 숫자여야 합니다."_s;
    }
    void refusals()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, message);
        const HttpResult r = cancel(body);
        QCOMPARE(r.status, status);
        QCOMPARE(r.code(), 1);
        QCOMPARE(r.message(), message);
    }

    void vbankRefundWithAccount()
    {
        QJsonObject body = refundBody(u"imp_200000000010"_s, 20000, 70000);
        body.insert(u"refund_holder"_s, u"정예준"_s);
        body.insert(u"refund_bank"_s, u"004"_s);
        body.insert(u"refund_account"_s, u"12345678901234"_s);
        const HttpResult r = cancel(body);
        QCOMPARE(r.code(), 0);
        QCOMPARE(r.object().value(u"cancel_amount"_s).toDouble(), 20000.0);
        // the account is not part of the payment PortOne answers
        QVERIFY(!r.body.contains("12345678901234"));
    }

    void formBodyAndMerchantUid()
    {
        // order_retry_0001 has a failed and a paid payment: the paid one is refunded
        const HttpResult r = m_sandbox.client->postForm(
            "/payments/cancel", "merchant_uid=order_retry_0001&amount=2000&checksum=42000");
        QCOMPARE(r.code(), 0);
        QCOMPARE(r.object().value(u"imp_uid"_s).toString(), u"imp_200000000008"_s);
        QCOMPARE(r.object().value(u"cancel_amount"_s).toDouble(), 2000.0);
    }

    void statusSearchPagesToTheEnd()
    {
        const QByteArray range = window(now() - 90 * Day, now());
        int seen = 0;
        int total = -1;
        int page = 1;
        while (page != 0) {
            const HttpResult r = m_sandbox.client->get(
                "/payments/status/failed?limit=2&page=" + QByteArray::number(page) + "&" + range);
            QCOMPARE(r.status, 200);
            total = r.object().value(u"total"_s).toInt();
            QCOMPARE(r.object().value(u"previous"_s).toInt(), page - 1);
            for (const QJsonValue &p : r.object().value(u"list"_s).toArray()) {
                QCOMPARE(p.toObject().value(u"status"_s).toString(), u"failed"_s);
                ++seen;
            }
            const int next = r.object().value(u"next"_s).toInt();
            QVERIFY(next == 0 || next == page + 1);
            page = next;
        }
        QVERIFY(total > 2);
        QCOMPARE(seen, total);
        const int past = (total + 1) / 2 + 1;
        const HttpResult r = m_sandbox.client->get(
            "/payments/status/failed?limit=2&page=" + QByteArray::number(past) + "&" + range);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.message(),
                 u"요청하신 page(%1)가 조회 가능한 범위를 넘어섰습니다. (전체 %2건, 페이지당 2건)"_s
                     .arg(past)
                     .arg(total));
    }

    void statusSearchSortsAndFilters()
    {
        HttpResult r = m_sandbox.client->get("/payments/status/all?limit=1000&sorting=started");
        QCOMPARE(r.status, 200);
        const QJsonArray list = r.object().value(u"list"_s).toArray();
        QCOMPARE(list.size(), r.object().value(u"total"_s).toInt());
        QVERIFY(list.size() > 20);
        QStringList statuses;
        for (qsizetype i = 1; i < list.size(); ++i) {
            QVERIFY(list.at(i - 1).toObject().value(u"started_at"_s).toInteger()
                    <= list.at(i).toObject().value(u"started_at"_s).toInteger());
            statuses << list.at(i).toObject().value(u"status"_s).toString();
        }
        for (const QString &status : { u"ready"_s, u"paid"_s, u"cancelled"_s, u"failed"_s })
            QVERIFY2(statuses.contains(status), qPrintable(status));
        // default: 20 per page, newest first
        r = m_sandbox.client->get("/payments/status/all");
        QCOMPARE(r.object().value(u"list"_s).toArray().size(), 20);
        QCOMPARE(r.object().value(u"next"_s).toInt(), 2);
        // a year of payments: only the last 90 days unless from/to say otherwise
        const HttpResult older = m_sandbox.client->get(
            "/payments/status/all?limit=1000&" + window(now() - 300 * Day, now() - 210 * Day));
        QCOMPARE(older.status, 200);
        QVERIFY(older.object().value(u"total"_s).toInt() > 0);
    }

    void statusSearchRefusals_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QString>("message");
        const qint64 t = now();
        QTest::newRow("91 days") << "/payments/status/paid?" + window(t - 91 * Day, t)
                                 << u"검색 기간(from ~ to)은 최대 90일까지 지정할 수 있습니다."_s;
        QTest::newRow("from after to")
            << "/payments/status/paid?" + window(t, t - Day)
            << u"검색 시작 시각(from)은 검색 종료 시각(to)보다 클 수 없습니다."_s;
        QTest::newRow("status") << QByteArray("/payments/status/refunded")
                                << u"payment_status 는 all, ready, paid, cancelled, failed 중 "
                                   "하나여야 합니다."_s;
        QTest::newRow("limit 1001") << QByteArray("/payments/status/all?limit=1001")
                                    << u"limit 은 1 이상 1000 이하여야 합니다."_s;
        QTest::newRow("limit 0") << QByteArray("/payments/status/all?limit=0")
                                 << u"limit 은 1 이상 1000 이하여야 합니다."_s;
        QTest::newRow("page 0") << QByteArray("/payments/status/all?page=0")
                                << u"page 는 1 이상이어야 합니다."_s;
        QTest::newRow("sorting")
            << QByteArray("/payments/status/all?sorting=amount")
            << u"sorting 는 -started, started, -paid, paid, -updated, updated 중 "
               "하나여야 합니다."_s;
    }
    void statusSearchRefusals()
    {
        QFETCH(QByteArray, query);
        QFETCH(QString, message);
        const HttpResult r = m_sandbox.client->get(query);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.message(), message);
    }

    void findAllByMerchantUid()
    {
        HttpResult r = m_sandbox.client->get("/payments/findAll/order_retry_0001");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"total"_s).toInt(), 2);
        QCOMPARE(r.object().value(u"list"_s).toArray().first().toObject().value(u"imp_uid"_s),
                 u"imp_200000000008"_s); // -started
        r = m_sandbox.client->get("/payments/findAll/order_retry_0001/failed");
        QCOMPARE(r.object().value(u"total"_s).toInt(), 1);
        QCOMPARE(r.object().value(u"list"_s).toArray().first().toObject().value(u"imp_uid"_s),
                 u"imp_200000000007"_s);
        r = m_sandbox.client->get(
            "/payments/findAll/order_retry_0001?sorting=started&limit=1&page=2");
        QCOMPARE(r.object().value(u"list"_s).toArray().first().toObject().value(u"imp_uid"_s),
                 u"imp_200000000008"_s);
        QCOMPARE(r.object().value(u"previous"_s).toInt(), 1);
        QCOMPARE(r.object().value(u"next"_s).toInt(), 0);
        r = m_sandbox.client->get("/payments/findAll/order_nowhere");
        QCOMPARE(r.status, 404);
        QCOMPARE(r.message(), u"존재하지 않는 결제정보입니다."_s);
        QCOMPARE(m_sandbox.client->get("/payments/findAll/order_retry_0001/refunded").status, 400);
    }

    void balanceOnlyForPayco()
    {
        QCOMPARE(cancel(refundBody(u"imp_200000000009"_s, 11000, 55000)).code(), 0);
        HttpResult r = m_sandbox.client->get("/payments/imp_200000000009/balance");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"amount"_s).toDouble(), 55000.0);
        const QJsonObject primary = r.object().value(u"primary"_s).toObject();
        QCOMPARE(primary.value(u"supply"_s).toDouble() + primary.value(u"vat"_s).toDouble(),
                 44000.0);
        QCOMPARE(r.object().value(u"histories"_s).toArray().size(), 2);
        r = m_sandbox.client->get("/payments/imp_200000000001/balance");
        QCOMPARE(r.status, 400);
        QCOMPARE(
            r.message(),
            u"결제금액 상세(balance)는 PAYCO 결제건만 조회할 수 있습니다. (pg_provider: nice)"_s);
        QCOMPARE(m_sandbox.client->get("/payments/imp_999999999999/balance").status, 404);
    }

    void benchmarkPayments()
    {
        QElapsedTimer timer;
        timer.start();
        m_sandbox.server->seedBenchmarkPayments(100000);
        const qint64 t = now();
        int total = 0;
        for (int window = 0; window < 4; ++window) {
            const qint64 to = t - window * 90 * Day;
            const HttpResult r = m_sandbox.client->get("/payments/status/all?limit=1000&"
                                                       + this->window(to - 90 * Day, to));
            QCOMPARE(r.status, 200);
            total += r.object().value(u"total"_s).toInt();
        }
        // 4 × 90 days: all but the oldest days of the year
        QVERIFY2(total > 97000, qPrintable(QString::number(total)));
        qInfo("4 status searches over 100,000 payments: %lld ms", timer.elapsed());

        // a benchmark payment is found, refunded and stays refunded
        HttpResult r = m_sandbox.client->get("/payments/findAll/bench_pay_0000008");
        QCOMPARE(r.object().value(u"total"_s).toInt(), 1);
        const QJsonObject p = r.object().value(u"list"_s).toArray().first().toObject();
        QCOMPARE(p.value(u"imp_uid"_s).toString(), u"imp_700000000008"_s);
        QCOMPARE(p.value(u"status"_s).toString(), u"paid"_s);
        QCOMPARE(p.value(u"pay_method"_s).toString(), u"card"_s);
        const double amount = p.value(u"amount"_s).toDouble();
        QCOMPARE(cancel(refundBody(u"imp_700000000008"_s, 0, amount)).code(), 0);
        r = m_sandbox.client->get("/payments/imp_700000000008");
        QCOMPARE(r.object().value(u"status"_s).toString(), u"cancelled"_s);
        QCOMPARE(m_sandbox.client->get("/payments/imp_700000100001").status, 404);
    }
};

QTEST_GUILESS_MAIN(TstSandboxRefunds)
#include "tst_sandbox_refunds.moc"
