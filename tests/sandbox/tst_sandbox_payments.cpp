// Payment lookups, Benepia point/payment and reference data.
#include "SandboxTestClient.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portone::sandbox;
using namespace portone::sandbox::testing;

class TstSandboxPayments : public QObject
{
    Q_OBJECT

private:
    FreshSandbox m_sandbox;

    static QJsonObject benepia(const QString &merchantUid, int amount, bool live = true)
    {
        QJsonObject body { { u"benepia_user"_s, u"benepia_test"_s },
                           { u"benepia_password"_s, u"benepia1234"_s },
                           { u"merchant_uid"_s, merchantUid },
                           { u"amount"_s, amount },
                           { u"name"_s, u"베네피아 복지몰 상품"_s },
                           { u"buyer_name"_s, u"김민준"_s },
                           { u"channel_key"_s, SandboxServer::benepiaChannelKey() } };
        if (live)
            body.insert(u"benepia_member_code"_s, u"BNP001"_s);
        return body;
    }
    qint64 points(const QString &user = u"benepia_test"_s)
    {
        const HttpResult r = m_sandbox.client->postJson(
            "/benepia/point",
            { { u"benepia_user"_s, user },
              { u"benepia_password"_s, u"benepia1234"_s },
              { u"channel_key"_s, SandboxServer::benepiaChannelKey() } });
        return r.object().value(u"point"_s).toInteger(-1);
    }

private Q_SLOTS:
    void init() { QVERIFY(m_sandbox.start()); }
    void cleanup() { m_sandbox.stop(); }

    void byImpUid()
    {
        HttpResult r = m_sandbox.client->get("/payments/imp_200000000001");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"merchant_uid"_s).toString(), u"order_20240101_0001"_s);
        QCOMPARE(r.object().value(u"name"_s).toString(), u"프리미엄 멤버십 1개월"_s);
        QCOMPARE(r.object().value(u"status"_s).toString(), u"paid"_s);
        QCOMPARE(r.object().value(u"amount"_s).toDouble(), 9900.0);
        QCOMPARE(r.object().value(u"currency"_s).toString(), u"KRW"_s);
        r = m_sandbox.client->get("/payments/imp_200000000002");
        QCOMPARE(r.object().value(u"pay_method"_s).toString(), u"vbank"_s);
        QCOMPARE(r.object().value(u"vbank_name"_s).toString(), u"KB국민은행"_s);
        r = m_sandbox.client->get("/payments/imp_999999999999");
        QCOMPARE(r.status, 404);
        QCOMPARE(r.message(), u"존재하지 않는 결제정보입니다."_s);
        // sandbox payments are hidden unless include_sandbox=true
        QCOMPARE(m_sandbox.client->get("/payments/imp_200000000006").status, 404);
        QCOMPARE(m_sandbox.client->get("/payments/imp_200000000006?include_sandbox=false").status,
                 404);
        QCOMPARE(m_sandbox.client->get("/payments/imp_200000000006?include_sandbox=true").status,
                 200);
        r = m_sandbox.client->get("/payments/imp_200000000006?include_sandbox=yes");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.message(), u"include_sandbox 는 true 또는 false 여야 합니다."_s);
    }

    void byMerchantUid_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("impUid");
        QTest::newRow("any status")
            << QByteArray("/payments/find/order_retry_0001") << 200 << u"imp_200000000008"_s;
        QTest::newRow("failed") << QByteArray("/payments/find/order_retry_0001/failed") << 200
                                << u"imp_200000000007"_s;
        QTest::newRow("paid") << QByteArray("/payments/find/order_retry_0001/paid") << 200
                              << u"imp_200000000008"_s;
        QTest::newRow("sorting started")
            << QByteArray("/payments/find/order_retry_0001?sorting=started") << 200
            << u"imp_200000000007"_s;
        QTest::newRow("sorting -paid")
            << QByteArray("/payments/find/order_retry_0001?sorting=-paid") << 200
            << u"imp_200000000008"_s;
        QTest::newRow("no cancelled")
            << QByteArray("/payments/find/order_retry_0001/cancelled") << 404 << QString();
        QTest::newRow("unknown") << QByteArray("/payments/find/order_nope") << 404 << QString();
        QTest::newRow("status enum")
            << QByteArray("/payments/find/order_retry_0001/done") << 400 << QString();
        QTest::newRow("sorting enum")
            << QByteArray("/payments/find/order_retry_0001?sorting=amount") << 400 << QString();
    }
    void byMerchantUid()
    {
        QFETCH(QByteArray, path);
        QFETCH(int, status);
        QFETCH(QString, impUid);
        const HttpResult r = m_sandbox.client->get(path);
        QCOMPARE(r.status, status);
        if (status == 200)
            QCOMPARE(r.object().value(u"imp_uid"_s).toString(), impUid);
        else
            QVERIFY(r.code() != 0);
        if (path.endsWith("done"))
            QCOMPARE(r.message(),
                     u"payment_status 는 ready, paid, failed, cancelled 중 하나여야 합니다."_s);
        if (path.endsWith("amount"))
            QCOMPARE(
                r.message(),
                u"sorting 는 -started, started, -paid, paid, -updated, updated 중 하나여야 합니다."_s);
    }

    void multipleLookup_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("found");
        QTest::newRow("imp literal")
            << QByteArray("imp_uid[]=imp_200000000001&imp_uid[]=imp_200000000003") << 200 << 2;
        QTest::newRow("imp encoded")
            << QByteArray("imp_uid%5B%5D=imp_200000000001&imp_uid%5B%5D=imp_200000000004") << 200
            << 2;
        QTest::newRow("merchant") << QByteArray(
            "merchant_uid%5B%5D=order_20240101_0002&merchant_uid[]=order_retry_0001")
                                  << 200 << 2;
        QTest::newRow("mixed some")
            << QByteArray("imp_uid[]=imp_200000000001&merchant_uid[]=order_nope") << 207 << 1;
        QTest::newRow("none") << QByteArray("imp_uid[]=imp_x&merchant_uid[]=order_nope") << 404
                              << 0;
        QTest::newRow("missing") << QByteArray("page=1") << 400 << 0;
    }
    void multipleLookup()
    {
        QFETCH(QByteArray, query);
        QFETCH(int, status);
        QFETCH(int, found);
        const HttpResult r = m_sandbox.client->get("/payments?" + query);
        QCOMPARE(r.status, status);
        QCOMPARE(r.array().size(), found);
        if (status == 207)
            QCOMPARE(r.message(), u"일부 결제건을 찾지 못하였습니다. (order_nope)"_s);
        if (status == 400)
            QCOMPARE(r.message(), u"imp_uid[] 또는 merchant_uid[] 파라미터는 필수입니다."_s);
    }

    void benepiaPoint()
    {
        QCOMPARE(points(), 50000);
        QCOMPARE(points(u"benepia_empty"_s), 0);
        HttpResult r = m_sandbox.client->postForm(
            "/benepia/point",
            "benepia_user=benepia_test&benepia_password=wrong&channel_key="
                + SandboxServer::benepiaChannelKey().toLatin1());
        QCOMPARE(r.status, 500);
        QCOMPARE(r.message(),
                 u"베네피아 포인트 조회 실패: 아이디 또는 비밀번호가 일치하지 않습니다."_s);
        r = m_sandbox.client->postForm("/benepia/point",
                                       "benepia_user=benepia_test&benepia_password=benepia1234");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.message(), u"channel_key 파라미터는 필수입니다."_s);
        r = m_sandbox.client->postForm(
            "/benepia/point",
            "benepia_user=benepia_test&benepia_password=benepia1234&channel_key="
            "channel-key-sbx-nice");
        QCOMPARE(r.status, 400);
    }

    void benepiaPayment()
    {
        HttpResult r
            = m_sandbox.client->postJson("/benepia/payment", benepia(u"bnp_order_0001"_s, 10000));
        QCOMPARE(r.status, 200);
        const QJsonObject p = r.object();
        QVERIFY(QRegularExpression(u"^imp_[0-9]{12}$"_s)
                    .match(p.value(u"imp_uid"_s).toString())
                    .hasMatch());
        QCOMPARE(p.value(u"pay_method"_s).toString(), u"point"_s);
        QCOMPARE(p.value(u"pg_provider"_s).toString(), u"kcp"_s);
        QCOMPARE(p.value(u"status"_s).toString(), u"paid"_s);
        QCOMPARE(p.value(u"amount"_s).toDouble(), 10000.0);
        QCOMPARE(p.value(u"merchant_uid"_s).toString(), u"bnp_order_0001"_s);
        QCOMPARE(points(), 40000);
        // findable
        const QByteArray impUid = p.value(u"imp_uid"_s).toString().toLatin1();
        QCOMPARE(m_sandbox.client->get("/payments/" + impUid + "?include_sandbox=true").object(),
                 p);
        QCOMPARE(m_sandbox.client->get("/payments/find/bnp_order_0001/paid").object(), p);
        // reused merchant_uid
        r = m_sandbox.client->postJson("/benepia/payment", benepia(u"bnp_order_0001"_s, 1000));
        QCOMPARE(r.status, 500);
        QCOMPARE(r.message(),
                 u"베네피아 포인트 결제 실패: 이미 결제된 merchant_uid 입니다. (bnp_order_0001)"_s);
        QCOMPARE(points(), 40000);
        // insufficient
        r = m_sandbox.client->postJson("/benepia/payment", benepia(u"bnp_order_0002"_s, 40001));
        QCOMPARE(r.status, 500);
        QCOMPARE(r.message(),
                 u"베네피아 포인트 결제 실패: 포인트 잔액이 부족합니다. (잔액 40000P)"_s);
        // test payment: no member code → sandbox, no deduction
        r = m_sandbox.client->postJson("/benepia/payment",
                                       benepia(u"bnp_test_0001"_s, 5000, false));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"sandbox"_s).toBool(), true);
        QCOMPARE(points(), 40000);
        QCOMPARE(m_sandbox.client
                     ->get("/payments/" + r.object().value(u"imp_uid"_s).toString().toLatin1())
                     .status,
                 404);
        // wrong password
        QJsonObject wrong = benepia(u"bnp_order_0003"_s, 100);
        wrong.insert(u"benepia_password"_s, u"nope"_s);
        r = m_sandbox.client->postJson("/benepia/payment", wrong);
        QCOMPARE(r.status, 500);
    }

    void benepiaStrict_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        const QJsonValue drop(QJsonValue::Undefined);
        for (const QString &f : { u"benepia_user"_s, u"benepia_password"_s, u"merchant_uid"_s,
                                  u"amount"_s, u"name"_s, u"channel_key"_s })
            QTest::addRow("missing %s", qPrintable(f))
                << f << drop << f + u" 파라미터는 필수입니다."_s;
        QTest::newRow("merchant_uid 41") << u"merchant_uid"_s << QJsonValue(QString(41, u'm'))
                                         << u"merchant_uid 는 최대 40자입니다."_s;
        QTest::newRow("name 41") << u"name"_s << QJsonValue(QString(41, u'상'))
                                 << u"name 는 최대 40자입니다."_s;
        QTest::newRow("buyer_name 17") << u"buyer_name"_s << QJsonValue(QString(17, u'김'))
                                       << u"buyer_name 는 최대 16자입니다."_s;
        QTest::newRow("amount zero")
            << u"amount"_s << QJsonValue(0) << u"amount 는 0보다 커야 합니다."_s;
        QTest::newRow("amount text")
            << u"amount"_s << QJsonValue(u"만원"_s) << u"amount 는 숫자여야 합니다."_s;
    }
    void benepiaStrict()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        QJsonObject body = benepia(u"bnp_strict_0001"_s, 100);
        if (value.isUndefined())
            body.remove(field);
        else
            body.insert(field, value);
        const HttpResult r = m_sandbox.client->postJson("/benepia/payment", body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.message(), message);
        QCOMPARE(points(), 50000);
    }

    void referenceData()
    {
        HttpResult r = m_sandbox.client->get("/users/pg");
        QCOMPARE(r.status, 200);
        QStringList types;
        bool live = false;
        for (const QJsonValue &c : r.array()) {
            types.append(c[u"type"_s].toString());
            live = live || !c[u"sandbox"_s].toBool();
            QVERIFY(!c[u"channel_key"_s].toString().isEmpty());
        }
        QVERIFY(types.contains(u"certification"_s));
        QVERIFY(types.contains(u"api_payment"_s));
        QVERIFY(types.contains(u"payment"_s));
        QVERIFY(live);
        r = m_sandbox.client->get("/cards");
        QVERIFY(r.array().contains(
            QJsonObject { { u"code"_s, u"361"_s }, { u"name"_s, u"BC카드"_s } }));
        QVERIFY(r.array().contains(
            QJsonObject { { u"code"_s, u"381"_s }, { u"name"_s, u"KB국민카드"_s } }));
        r = m_sandbox.client->get("/banks");
        QVERIFY(r.array().contains(
            QJsonObject { { u"code"_s, u"004"_s }, { u"name"_s, u"KB국민은행"_s } }));
        QVERIFY(r.array().contains(
            QJsonObject { { u"code"_s, u"090"_s }, { u"name"_s, u"카카오뱅크"_s } }));
        QVERIFY(!r.body.contains('\n'));
    }
};

QTEST_GUILESS_MAIN(TstSandboxPayments)
#include "tst_sandbox_payments.moc"
