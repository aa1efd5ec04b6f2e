// Billing keys: lookups (single, multiple 200/207/404), registration, super keys, deletion,
// payments paging and schedules.
#include "SandboxTestClient.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portone::sandbox;
using namespace portone::sandbox::testing;

class TstSandboxBilling : public QObject
{
    Q_OBJECT

private:
    const qint64 m_start = 1'750'000'000;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;

    static QJsonObject card()
    {
        return { { u"channel_key"_s, SandboxServer::billingChannelKey() },
                 { u"card_number"_s, u"4111-1111-1111-1111"_s },
                 { u"expiry"_s, u"2030-12"_s },
                 { u"birth"_s, u"900101"_s },
                 { u"pwd_2digit"_s, u"12"_s },
                 { u"cvc"_s, u"123"_s },
                 { u"customer_name"_s, u"김민준"_s } };
    }
    QByteArray schedulesPath(const QByteArray &uid, qint64 from, qint64 to,
                             const QByteArray &extra = {})
    {
        return "/subscribe/customers/" + uid + "/schedules?from=" + QByteArray::number(from)
            + "&to=" + QByteArray::number(to) + extra;
    }

private Q_SLOTS:
    void init()
    {
        QDateTime now = QDateTime::fromSecsSinceEpoch(m_start, Qt::UTC);
        m_server = std::make_unique<SandboxServer>([now] { return now; });
        QVERIFY(m_server->listen() != 0);
        m_client = std::make_unique<SandboxTestClient>(*m_server);
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void viewNormalAndSuper()
    {
        HttpResult r = m_client->get("/subscribe/customers/customer_1234");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"customer_uid"_s).toString(), u"customer_1234"_s);
        QCOMPARE(r.object().value(u"card_number"_s).toString(), u"************1238"_s);
        QCOMPARE(r.object().value(u"card_name"_s).toString(), u"신한카드"_s);
        QCOMPARE(r.object().value(u"pg_provider"_s).toString(), u"nice"_s);
        QCOMPARE(r.object().value(u"sandbox"_s).toBool(), true);
        r = m_client->get("/subscribe/customers/super_customer_0001");
        QCOMPARE(r.object().value(u"channelGroupId"_s).toString(), u"group_sbx_01"_s);
        QCOMPARE(r.object().value(u"succeededChannels"_s).toArray().size(), 2);
        QCOMPARE(r.object().value(u"failedChannels"_s).toArray().at(0)[u"type"_s].toString(),
                 u"PG_PROVIDER"_s);
        r = m_client->get("/subscribe/customers/sbx_cust_0300");
        QCOMPARE(r.status, 200);
        r = m_client->get("/subscribe/customers/sbx_cust_0301");
        QCOMPARE(r.status, 404);
        QCOMPARE(r.message(),
                 u"유효하지 않은 customer_uid 입니다. 등록된 빌링키가 없습니다. (sbx_cust_0301)"_s);
        r = m_client->get("/subscribe/customers/" + SandboxTestClient::encode(u"고객 한글/01"_s));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"customer_uid"_s).toString(), u"고객 한글/01"_s);
    }

    void viewMultiple_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("found");
        QTest::newRow("all literal")
            << QByteArray("customer_uid[]=customer_1234&customer_uid[]=super_customer_0001") << 200
            << 2;
        QTest::newRow("all encoded")
            << QByteArray("customer_uid%5B%5D=customer_1234&customer_uid%5B%5D=sbx_cust_0002")
            << 200 << 2;
        QTest::newRow("some") << QByteArray(
            "customer_uid%5B%5D=customer_1234&customer_uid[]=nope_1")
                              << 207 << 1;
        QTest::newRow("none") << QByteArray("customer_uid[]=nope_1&customer_uid[]=nope_2") << 404
                              << 0;
        QTest::newRow("missing") << QByteArray("other=1") << 400 << 0;
        QTest::newRow("korean id")
            << QByteArray("customer_uid[]=%EA%B3%A0%EA%B0%9D%20%ED%95%9C%EA%B8%80%2F01") << 200
            << 1;
    }
    void viewMultiple()
    {
        QFETCH(QByteArray, query);
        QFETCH(int, status);
        QFETCH(int, found);
        const HttpResult r = m_client->get("/subscribe/customers?" + query);
        QCOMPARE(r.status, status);
        QCOMPARE(r.array().size(), found);
        if (status == 207) {
            QCOMPARE(r.code(), 0);
            QCOMPARE(r.message(),
                     u"일부 customer_uid 의 빌링키 정보를 찾을 수 없습니다. (nope_1)"_s);
        }
        if (status == 400)
            QCOMPARE(r.message(), u"customer_uid[] 파라미터는 필수입니다."_s);
        if (status == 404)
            QVERIFY(r.response().isNull());
    }

    void benchmarkKeysSeeded()
    {
        QCOMPARE(m_client->get("/subscribe/customers/bench_cust_000001").status, 404);
        QCOMPARE(m_server->seedBenchmarkBillingKeys(3), 3);
        QCOMPARE(m_server->seedBenchmarkBillingKeys(3), 0); // idempotent
        const HttpResult r = m_client->get("/subscribe/customers?customer_uid[]=bench_cust_000001"
                                           "&customer_uid[]=bench_cust_000003"
                                           "&customer_uid[]=bench_cust_000004");
        QCOMPARE(r.status, 207);
        QCOMPARE(r.array().size(), 2);
        QCOMPARE(r.array().at(0).toObject().value(u"customer_uid"_s).toString(),
                 u"bench_cust_000001"_s);
        QVERIFY(!r.array().at(1).toObject().value(u"card_number"_s).toString().isEmpty());
    }

    void registerJsonAndForm()
    {
        const HttpResult r = m_client->postJson("/subscribe/customers/new_key_1", card());
        QCOMPARE(r.status, 200);
        const QJsonObject k = r.object();
        QCOMPARE(k.value(u"card_number"_s).toString(), u"************1111"_s);
        QCOMPARE(k.value(u"card_code"_s).toString(), u"361"_s);
        QCOMPARE(k.value(u"card_name"_s).toString(), u"BC카드"_s);
        QCOMPARE(k.value(u"card_type"_s).toInt(), 0);
        QCOMPARE(k.value(u"pg_provider"_s).toString(), u"nice"_s);
        QCOMPARE(k.value(u"pg_id"_s).toString(), u"nictest04m"_s);
        QCOMPARE(k.value(u"inserted"_s).toInteger(), m_start);
        QCOMPARE(k.value(u"customer_name"_s).toString(), u"김민준"_s);
        for (const char *secret : { "4111111111111111", "4111-1111", "2030-12", "900101" })
            QVERIFY2(!r.body.contains(secret), secret);
        const QByteArray form = "channel_key=channel-key-live-nice&card_number=5555+5555+5555+4444"
                                "&expiry=2031-01&customer_name=%EC%9D%B4+%EC%84%9C%EC%97%B0";
        const HttpResult f = m_client->postForm("/subscribe/customers/new_key_1", form);
        QCOMPARE(f.status, 200);
        QCOMPARE(f.object().value(u"card_number"_s).toString(), u"************4444"_s);
        QCOMPARE(f.object().value(u"sandbox"_s).toBool(), false);
        QCOMPARE(f.object().value(u"customer_name"_s).toString(), u"이 서연"_s);
        QCOMPARE(f.object().value(u"inserted"_s).toInteger(), m_start);
        QCOMPARE(m_client->get("/subscribe/customers/new_key_1").object(), f.object());
        // deprecated pg instead of channel_key
        QJsonObject viaPg = card();
        viaPg.remove(u"channel_key"_s);
        viaPg.insert(u"pg"_s, u"kcp.T0000"_s);
        const HttpResult p = m_client->postJson("/subscribe/customers/new_key_2", viaPg);
        QCOMPARE(p.status, 200);
        QCOMPARE(p.object().value(u"pg_provider"_s).toString(), u"kcp"_s);
    }

    void idsRoundTrip_data()
    {
        QTest::addColumn<QString>("uid");
        QTest::newRow("slash") << u"a/b"_s;
        QTest::newRow("space") << u"with space"_s;
        QTest::newRow("korean") << u"고객_정기결제_01"_s;
        QTest::newRow("plus and percent") << u"a+b%20c"_s;
    }
    void idsRoundTrip()
    {
        QFETCH(QString, uid);
        const QByteArray path = "/subscribe/customers/" + SandboxTestClient::encode(uid);
        QCOMPARE(m_client->postJson(path, card()).object().value(u"customer_uid"_s).toString(),
                 uid);
        QCOMPARE(m_client->get(path).object().value(u"customer_uid"_s).toString(), uid);
        QCOMPARE(
            m_client->get("/subscribe/customers?customer_uid[]=" + SandboxTestClient::encode(uid))
                .status,
            200);
        QCOMPARE(m_client->del(path).status, 200);
        QCOMPARE(m_client->get(path).status, 404);
    }

    void strictRegistration_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        const QJsonValue drop(QJsonValue::Undefined);
        QTest::newRow("no channel")
            << u"channel_key"_s << drop << u"channel_key 파라미터는 필수입니다."_s;
        QTest::newRow("no card") << u"card_number"_s << drop
                                 << u"card_number 파라미터는 필수입니다."_s;
        QTest::newRow("no expiry") << u"expiry"_s << drop << u"expiry 파라미터는 필수입니다."_s;
        QTest::newRow("luhn") << u"card_number"_s << QJsonValue(u"4111-1111-1111-1112"_s)
                              << u"카드번호가 올바르지 않습니다. 카드번호를 다시 확인해주세요."_s;
        QTest::newRow("letters") << u"card_number"_s << QJsonValue(u"4111-abcd-1111-1111"_s)
                                 << u"card_number 는 숫자와 '-' 로 된 카드번호여야 합니다."_s;
        QTest::newRow("expiry format")
            << u"expiry"_s << QJsonValue(u"12/30"_s) << u"expiry 는 YYYY-MM 형식이어야 합니다."_s;
        QTest::newRow("expired") << u"expiry"_s << QJsonValue(u"2020-01"_s)
                                 << u"카드 유효기간이 만료되었습니다."_s;
        QTest::newRow("pwd") << u"pwd_2digit"_s << QJsonValue(u"123"_s)
                             << u"pwd_2digit 는 카드 비밀번호 앞 2자리 숫자여야 합니다."_s;
        QTest::newRow("cvc") << u"cvc"_s << QJsonValue(u"12"_s)
                             << u"cvc 는 3~4자리 숫자여야 합니다."_s;
        QTest::newRow("birth")
            << u"birth"_s << QJsonValue(u"9001"_s)
            << u"birth 는 생년월일 6자리 또는 사업자등록번호 10자리여야 합니다."_s;
        QTest::newRow("channel maxLength") << u"channel_key"_s << QJsonValue(QString(56, u'k'))
                                           << u"channel_key 는 최대 55자입니다."_s;
        QTest::newRow("name maxLength") << u"customer_name"_s << QJsonValue(QString(21, u'가'))
                                        << u"customer_name 는 최대 20자입니다."_s;
        QTest::newRow("postcode maxLength") << u"customer_postcode"_s << QJsonValue(u"123456789"_s)
                                            << u"customer_postcode 는 최대 8자입니다."_s;
        QTest::newRow("cert channel")
            << u"channel_key"_s << QJsonValue(SandboxServer::certificationChannelKey())
            << u"빌링키 발급이 가능한 채널(api_payment)을 찾을 수 없습니다. (channel_key: channel-key-sbx-cert-danal)"_s;
        QTest::newRow("unknown group")
            << u"channel_group_id"_s << QJsonValue(u"group_nope"_s)
            << u"존재하지 않는 스마트 라우팅 그룹입니다. (channel_group_id: group_nope)"_s;
    }
    void strictRegistration()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        QJsonObject body = card();
        if (value.isUndefined())
            body.remove(field);
        else
            body.insert(field, value);
        const HttpResult r = m_client->postJson("/subscribe/customers/strict_1", body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.message(), message);
        QCOMPARE(m_client->get("/subscribe/customers/strict_1").status, 404);
    }

    void customerUidMaxLength()
    {
        QCOMPARE(m_client->postJson("/subscribe/customers/" + QByteArray(80, 'u'), card()).status,
                 200);
        const HttpResult r
            = m_client->postJson("/subscribe/customers/" + QByteArray(81, 'u'), card());
        QCOMPARE(r.status, 400);
        QCOMPARE(r.message(), u"customer_uid 는 최대 80자입니다."_s);
    }

    void superBillingKey()
    {
        QJsonObject body = card();
        body.remove(u"channel_key"_s);
        body.insert(u"channel_group_id"_s, SandboxServer::channelGroupId());
        const HttpResult r = m_client->postJson("/subscribe/customers/super_new", body);
        QCOMPARE(r.status, 200);
        const QJsonObject k = r.object();
        QCOMPARE(k.value(u"channelGroupId"_s).toString(), u"group_sbx_01"_s);
        const QJsonArray ok = k.value(u"succeededChannels"_s).toArray();
        QCOMPARE(ok.size(), 2);
        QCOMPARE(ok.at(0)[u"pg_provider"_s].toString(), u"nice"_s);
        QCOMPARE(ok.at(1)[u"pg_provider"_s].toString(), u"kcp"_s);
        QCOMPARE(ok.at(0)[u"card_number"_s].toString(), u"************1111"_s);
        const QJsonArray bad = k.value(u"failedChannels"_s).toArray();
        QCOMPARE(bad.size(), 1);
        QCOMPARE(bad.at(0)[u"type"_s].toString(), u"PG_PROVIDER"_s);
        QCOMPARE(bad.at(0)[u"pg_provider"_s].toString(), u"ksnet"_s);
        QVERIFY(!bad.at(0)[u"message"_s].toString().isEmpty());
        QVERIFY(!k.contains(u"card_number"_s));
        const HttpResult d = m_client->del(
            "/subscribe/customers/super_new?reason=%ED%95%B4%EC%A7%80&extra%5Brequester%5D=admin");
        QCOMPARE(d.status, 200);
        QCOMPARE(d.object(), k);
        QCOMPARE(m_client->get("/subscribe/customers/super_new").status, 404);
        QCOMPARE(m_client->del("/subscribe/customers/super_new").status, 404);
    }

    void paymentsPaging()
    {
        HttpResult r = m_client->get("/subscribe/customers/customer_1234/payments");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"total"_s).toInt(), 45);
        QCOMPARE(r.object().value(u"previous"_s).toInt(), 0);
        QCOMPARE(r.object().value(u"next"_s).toInt(), 2);
        const QJsonArray first = r.object().value(u"list"_s).toArray();
        QCOMPARE(first.size(), 20);
        QCOMPARE(first.at(0)[u"imp_uid"_s].toString(), u"imp_100000000045"_s);
        QVERIFY(first.at(0)[u"started_at"_s].toInteger()
                > first.at(1)[u"started_at"_s].toInteger());
        r = m_client->get("/subscribe/customers/customer_1234/payments?page=3");
        QCOMPARE(r.object().value(u"list"_s).toArray().size(), 5);
        QCOMPARE(r.object().value(u"previous"_s).toInt(), 2);
        QCOMPARE(r.object().value(u"next"_s).toInt(), 0);
        r = m_client->get("/subscribe/customers/sbx_cust_0007/payments");
        QCOMPARE(r.object().value(u"total"_s).toInt(), 0);
        QCOMPARE(r.object().value(u"next"_s).toInt(), 0);
        r = m_client->get("/subscribe/customers/customer_1234/payments?page=abc");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.message(), u"page 는 정수여야 합니다."_s);
        r = m_client->get("/subscribe/customers/nobody/payments");
        QCOMPARE(r.status, 404);
    }

    void schedulesStrict_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QString>("message");
        QTest::newRow("no from") << QByteArray("to=1750000000") << u"from 파라미터는 필수입니다."_s;
        QTest::newRow("no to") << QByteArray("from=1750000000") << u"to 파라미터는 필수입니다."_s;
        QTest::newRow("from text")
            << QByteArray("from=yesterday&to=1750000000") << u"from 는 정수여야 합니다."_s;
        QTest::newRow("to decimal") << QByteArray("from=1&to=2.5") << u"to 는 정수여야 합니다."_s;
        QTest::newRow("reversed") << QByteArray("from=1750000000&to=1740000000")
                                  << u"to 는 from 보다 큰 시각이어야 합니다."_s;
        QTest::newRow("too long")
            << QByteArray("from=1740000000&to=1750000000")
            << u"결제예약 목록은 최대 3개월 단위로 조회가 가능합니다. (from ~ to 기간 초과)"_s;
        QTest::newRow("status enum")
            << QByteArray("from=1749000000&to=1750000000&schedule-status=done")
            << u"schedule-status 는 scheduled, executed, revoked 중 하나여야 합니다."_s;
    }
    void schedulesStrict()
    {
        QFETCH(QByteArray, query);
        QFETCH(QString, message);
        const HttpResult r = m_client->get("/subscribe/customers/customer_1234/schedules?" + query);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.message(), message);
    }

    void schedulesShapes()
    {
        const qint64 day = 86400;
        const QByteArray path
            = schedulesPath("customer_1234", m_start - 80 * day, m_start + 10 * day);
        QVERIFY(m_client->get(path).response().isArray()); // the spec's shape by default
        m_server->setSchedulesAsPlainArray(false);
        HttpResult r = m_client->get(path);
        QCOMPARE(r.status, 200);
        const QJsonArray list = r.object().value(u"list"_s).toArray();
        QCOMPARE(r.object().value(u"total"_s).toInt(), 3); // months -2, -1 and 0
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0)[u"schedule_status"_s].toString(), u"scheduled"_s);
        QCOMPARE(list.at(1)[u"schedule_status"_s].toString(), u"executed"_s);
        QCOMPARE(list.at(2)[u"schedule_status"_s].toString(), u"revoked"_s);
        QVERIFY(list.at(0)[u"schedule_at"_s].toInteger()
                > list.at(1)[u"schedule_at"_s].toInteger());
        r = m_client->get(path + "&schedule-status=executed");
        QCOMPARE(r.object().value(u"total"_s).toInt(), 1);
        QCOMPARE(r.object().value(u"list"_s).toArray().at(0)[u"payment_status"_s].toString(),
                 u"paid"_s);
        // [from, to): a schedule exactly at `to` is excluded.
        const qint64 at = list.at(0)[u"schedule_at"_s].toInteger();
        r = m_client->get(schedulesPath("customer_1234", at - day, at));
        QCOMPARE(r.object().value(u"total"_s).toInt(), 0);
        r = m_client->get(schedulesPath("customer_1234", at, at + 1));
        QCOMPARE(r.object().value(u"total"_s).toInt(), 1);

        m_server->setSchedulesAsPlainArray(true);
        r = m_client->get(path);
        QVERIFY(r.response().isArray());
        QCOMPARE(r.array().size(), 3);
        const HttpResult opt
            = m_client->control("POST", "/__sandbox/options", R"({"schedulesAsPlainArray":false})");
        QCOMPARE(opt.status, 200);
        QCOMPARE(m_server->options().schedulesAsPlainArray, false);
        QVERIFY(m_client->get(path).response().isObject());
        r = m_client->get(schedulesPath("nobody", m_start, m_start + day));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"total"_s).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TstSandboxBilling)
#include "tst_sandbox_billing.moc"
