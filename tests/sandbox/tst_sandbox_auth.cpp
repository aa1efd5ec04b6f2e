// Token issue, reuse, last-minute extension, expiry, header forms, Tier, routing basics.
#include "SandboxTestClient.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portone::sandbox;
using namespace portone::sandbox::testing;

class TstSandboxAuth : public QObject
{
    Q_OBJECT

private:
    QDateTime m_now = QDateTime::fromSecsSinceEpoch(1'750'000'000, Qt::UTC);
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;

    QByteArray credentialsForm() const
    {
        const auto a = SandboxServer::defaultAccount();
        return "imp_key=" + QUrl::toPercentEncoding(a.impKey)
            + "&imp_secret=" + QUrl::toPercentEncoding(a.impSecret);
    }
    HttpResult askToken()
    {
        return m_client->send("POST", "/users/getToken", credentialsForm(),
                              "application/x-www-form-urlencoded");
    }

private Q_SLOTS:
    void init()
    {
        m_now = QDateTime::fromSecsSinceEpoch(1'750'000'000, Qt::UTC);
        m_server = std::make_unique<SandboxServer>([this] { return m_now; });
        QVERIFY(m_server->listen() != 0);
        m_client = std::make_unique<SandboxTestClient>(*m_server);
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void listensOnLoopback()
    {
        QCOMPARE(m_server->baseUrl().host(), u"127.0.0.1"_s);
        QCOMPARE(m_server->baseUrl().port(), int(m_server->port()));
    }

    void tokenFromJsonAndForm()
    {
        const auto a = SandboxServer::defaultAccount();
        const HttpResult json
            = m_client->send("POST", "/users/getToken",
                             SandboxTestClient::json(
                                 { { u"imp_key"_s, a.impKey }, { u"imp_secret"_s, a.impSecret } }),
                             "application/json");
        QCOMPARE(json.status, 200);
        QCOMPARE(json.code(), 0);
        QCOMPARE(json.response().toObject().value(u"now"_s).toInteger(), 1'750'000'000);
        QCOMPARE(json.object().value(u"expired_at"_s).toInteger(), 1'750'000'000 + 1800);
        QCOMPARE(json.object().value(u"access_token"_s).toString().size(), 40);
        const HttpResult form = askToken();
        QCOMPARE(form.status, 200);
        QCOMPARE(form.object().value(u"access_token"_s), json.object().value(u"access_token"_s));
        QCOMPARE(m_server->tokenRequestCount(), 2);
    }

    void wrongCredentials_data()
    {
        QTest::addColumn<QByteArray>("form");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong secret") << QByteArray("imp_key=sandbox_imp_key_0001&imp_secret=nope")
                                      << 401 << u"imp_key, imp_secret 정보가 올바르지 않습니다."_s;
        QTest::newRow("missing key")
            << QByteArray("imp_secret=x") << 400 << u"imp_key 파라미터는 필수입니다."_s;
        QTest::newRow("missing secret")
            << QByteArray("imp_key=x") << 400 << u"imp_secret 파라미터는 필수입니다."_s;
    }
    void wrongCredentials()
    {
        QFETCH(QByteArray, form);
        QFETCH(int, status);
        QFETCH(QString, message);
        const HttpResult r
            = m_client->send("POST", "/users/getToken", form, "application/x-www-form-urlencoded");
        QCOMPARE(r.status, status);
        QVERIFY(r.code() != 0);
        QCOMPARE(r.message(), message);
        QVERIFY(r.response().isNull());
    }

    void extraAccountIsStrict()
    {
        m_server->addAccount({ u"extra_key"_s, u"extra_secret"_s });
        const auto token = [this](const QByteArray &form) {
            return m_client->send("POST", "/users/getToken", form,
                                  "application/x-www-form-urlencoded");
        };
        QCOMPARE(token("imp_key=extra_key&imp_secret=extra_secret").status, 200);
        QCOMPARE(token("imp_key=sandbox_imp_key_0001&imp_secret=sandbox_imp_secret_0001_do_not_"
                       "use_in_production")
                     .status,
                 200);
        // Each key only with its own secret.
        QCOMPARE(token("imp_key=extra_key&imp_secret=sandbox_imp_secret_0001_do_not_use_in_"
                       "production")
                     .status,
                 401);
        QCOMPARE(token("imp_key=sandbox_imp_key_0001&imp_secret=extra_secret").status, 401);
        QCOMPARE(token("imp_key=extra_key&imp_secret=extra_secre").status, 401);
    }

    void tokenReusedThenExtendedThenExpired()
    {
        const HttpResult first = askToken();
        const QString token = first.object().value(u"access_token"_s).toString();
        const qint64 expiry = first.object().value(u"expired_at"_s).toInteger();
        m_now = m_now.addSecs(10 * 60);
        HttpResult again = askToken();
        QCOMPARE(again.object().value(u"access_token"_s).toString(), token);
        QCOMPARE(again.object().value(u"expired_at"_s).toInteger(), expiry);
        QCOMPARE(again.object().value(u"now"_s).toInteger(), 1'750'000'000 + 600);
        // Within the last minute: same token, 5 more minutes.
        m_now = QDateTime::fromSecsSinceEpoch(expiry - 30, Qt::UTC);
        again = askToken();
        QCOMPARE(again.object().value(u"access_token"_s).toString(), token);
        QCOMPARE(again.object().value(u"expired_at"_s).toInteger(), expiry + 300);
        QCOMPARE(m_client->send("GET", "/cards", {}, {}, { { "Authorization", token.toLatin1() } })
                     .status,
                 200);
        // After expiry: 401 for the old token, a new one on request.
        m_now = QDateTime::fromSecsSinceEpoch(expiry + 300, Qt::UTC);
        const HttpResult expired
            = m_client->send("GET", "/cards", {}, {}, { { "Authorization", token.toLatin1() } });
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.code(), -1);
        QCOMPARE(expired.message(), u"Unauthorized"_s);
        const HttpResult fresh = askToken();
        QVERIFY(fresh.object().value(u"access_token"_s).toString() != token);
        QCOMPARE(fresh.object().value(u"expired_at"_s).toInteger(), expiry + 300 + 1800);
    }

    void headerForms_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("prefix");
        QTest::newRow("raw Authorization") << QByteArray("Authorization") << QByteArray();
        QTest::newRow("Bearer") << QByteArray("Authorization") << QByteArray("Bearer ");
        QTest::newRow("X-ImpTokenHeader") << QByteArray("X-ImpTokenHeader") << QByteArray();
    }
    void headerForms()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, prefix);
        const QByteArray token = m_client->token().toLatin1();
        const HttpResult ok
            = m_client->send("GET", "/banks", {}, {}, { { header, prefix + token } });
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.code(), 0);
        const HttpResult bad
            = m_client->send("GET", "/banks", {}, {}, { { header, prefix + "deadbeef" } });
        QCOMPARE(bad.status, 401);
        QCOMPARE(bad.code(), -1);
    }

    void missingTokenIs401()
    {
        const HttpResult r = m_client->send("GET", "/payments/imp_200000000001");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.body, QByteArray(R"({"code":-1,"message":"Unauthorized","response":null})"));
    }

    void expireOnDemand()
    {
        m_client->token();
        QCOMPARE(m_client->get("/cards").status, 200);
        m_server->expireAllTokens();
        QCOMPARE(m_client->get("/cards").status, 401);
        m_client->forgetToken();
        QCOMPARE(m_client->get("/cards").status, 200);
        const HttpResult r = m_client->control("POST", "/__sandbox/expire-tokens");
        QCOMPARE(r.status, 200);
        QCOMPARE(m_client->get("/cards").status, 401);
    }

    void tierHeader()
    {
        Headers h = m_client->auth();
        h.append(qMakePair(QByteArray("Tier"), QByteArray("ABC")));
        QCOMPARE(m_client->send("GET", "/cards", {}, {}, h).status, 200);
        h.last().second = "XYZ";
        const HttpResult r = m_client->send("GET", "/cards", {}, {}, h);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.message(), u"등록되지 않은 하위 상점(Tier) 코드입니다: XYZ"_s);
        const HttpResult tier = m_client->get("/tiers/ABC");
        QCOMPARE(tier.object().value(u"tier_name"_s).toString(), u"하위상점 에이비씨"_s);
        QCOMPARE(m_client->get("/tiers/XYZ").status, 404);
    }

    void unknownPathsAndMethods()
    {
        HttpResult r = m_client->get("/nothing/here");
        QCOMPARE(r.status, 404);
        QVERIFY(r.message().startsWith(u"요청하신 API를 찾을 수 없습니다."_s));
        r = m_client->send("PUT", "/cards", {}, {}, m_client->auth());
        QCOMPARE(r.status, 404);
        QCOMPARE(m_client->get("/cards/").status, 404);
    }

    void badBodies()
    {
        HttpResult r = m_client->send("POST", "/users/getToken", "{not json", "application/json");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.message(), u"요청 본문이 올바른 JSON 객체 형식이 아닙니다."_s);
        r = m_client->send("POST", "/users/getToken", "x", "text/plain");
        QCOMPARE(r.status, 400);
    }

    void stats()
    {
        m_client->token();
        m_client->get("/cards");
        m_client->get("/banks");
        const HttpResult r = m_client->control("GET", "/__sandbox/stats");
        QCOMPARE(r.object().value(u"tokenRequests"_s).toInt(), 1);
        QCOMPARE(r.object().value(u"requests"_s).toInt(), 3);
        QCOMPARE(m_server->requestCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TstSandboxAuth)
#include "tst_sandbox_auth.moc"
