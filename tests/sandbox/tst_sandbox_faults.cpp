// Fault injection: latency, 500, malformed JSON, dropped connection, hang, gateway 403; the
// control routes' token and the bound on held-back answers.
#include "SandboxTestClient.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portone::sandbox;
using namespace portone::sandbox::testing;

class TstSandboxFaults : public QObject
{
    Q_OBJECT

private:
    FreshSandbox m_sandbox;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_sandbox.start());
        m_sandbox.client->token();
    }
    void cleanup() { m_sandbox.stop(); }

    void offByDefault()
    {
        const SandboxFaults f = m_sandbox.server->faults();
        QCOMPARE(f.latencyMs, 0);
        QVERIFY(!f.serverError && !f.malformedJson && !f.dropConnection && !f.hang
                && !f.gatewayForbidden && !f.apiCodeError && !f.unauthorized && !f.echoRequest);
    }

    void echoRequest()
    {
        m_sandbox.server->setFaults({ .echoRequest = true });
        const HttpResult r = m_sandbox.client->postJson(
            "/subscribe/customers/echo_01",
            { { u"card_number"_s, u"4111-1111-1111-1111"_s }, { u"expiry"_s, u"2030-12"_s } });
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), 1);
        QVERIFY2(r.message().startsWith(u"입력하신 정보를 확인할 수 없습니다: "_s),
                 qPrintable(r.message()));
        QVERIFY(r.message().contains(u"4111-1111-1111-1111"_s));
        QVERIFY(r.message().contains(u"2030-12"_s));
        m_sandbox.server->setFaults({});
        QCOMPARE(m_sandbox.client->get("/subscribe/customers/echo_01").status, 404); // not applied
    }

    void latency()
    {
        m_sandbox.server->setFaults({ .latencyMs = 400 });
        QElapsedTimer timer;
        timer.start();
        const HttpResult r = m_sandbox.client->get("/cards");
        QVERIFY2(timer.elapsed() >= 380, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.code(), 0);
        // control routes are never delayed
        timer.restart();
        QCOMPARE(m_sandbox.client->control("GET", "/__sandbox/stats").status, 200);
        QVERIFY(timer.elapsed() < 300);
    }

    void clientGivesUpDuringLatency()
    {
        m_sandbox.server->setFaults({ .latencyMs = 500 });
        const HttpResult r
            = m_sandbox.client->send("GET", "/cards", {}, {}, m_sandbox.client->auth(), 100);
        QVERIFY(r.timedOut);
        QTest::qWait(600); // the deferred answer finds the socket gone
        m_sandbox.server->setFaults({});
        QCOMPARE(m_sandbox.client->get("/cards").status, 200);
    }

    void serverError()
    {
        m_sandbox.server->setFaults({ .serverError = true });
        const HttpResult r = m_sandbox.client->get("/cards");
        QCOMPARE(r.status, 500);
        QCOMPARE(r.code(), 1);
        QCOMPARE(r.message(), u"일시적인 서버 오류가 발생했습니다. 잠시 후 다시 시도해주세요."_s);
        QVERIFY(r.response().isNull());
    }

    void malformedJson()
    {
        m_sandbox.server->setFaults({ .malformedJson = true });
        const HttpResult r = m_sandbox.client->get("/cards");
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.isEmpty());
        QVERIFY(!r.jsonOk);
    }

    void dropConnection()
    {
        m_sandbox.server->setFaults({ .dropConnection = true });
        const HttpResult r = m_sandbox.client->get("/cards");
        QVERIFY(!r.timedOut);
        QCOMPARE(r.status, 0);
        QVERIFY(r.error != QNetworkReply::NoError);
    }

    void hang()
    {
        m_sandbox.server->setFaults({ .hang = true });
        const HttpResult r
            = m_sandbox.client->send("GET", "/cards", {}, {}, m_sandbox.client->auth(), 700);
        QVERIFY(r.timedOut);
        QCOMPARE(r.status, 0);
        m_sandbox.server->setFaults({});
        QCOMPARE(m_sandbox.client->get("/cards").status, 200);
    }

    void gatewayForbidden()
    {
        m_sandbox.server->setFaults({ .gatewayForbidden = true });
        const HttpResult r = m_sandbox.client->get("/cards");
        QCOMPARE(r.status, 403);
        QCOMPARE(r.body, QByteArray(R"({"statusCode":403,"message":"Forbidden resource"})"));
    }

    void apiCodeError()
    {
        m_sandbox.server->setFaults({ .apiCodeError = true });
        const HttpResult r = m_sandbox.client->get("/cards");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"code"_s).toInt(), 1);
        QCOMPARE(r.json.value(u"message"_s).toString(), SandboxServer::apiCodeErrorMessage());
        QVERIFY(r.json.value(u"response"_s).isNull());
    }

    // Every call is refused, but a new token can still be had: the client's one renewal and
    // replay meets a second 401.
    void unauthorizedSparesGetToken()
    {
        m_sandbox.server->setFaults({ .unauthorized = true });
        const HttpResult refused = m_sandbox.client->get("/cards");
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.json.value(u"code"_s).toInt(), -1);
        QCOMPARE(refused.json.value(u"message"_s).toString(), u"Unauthorized"_s);
        m_sandbox.client->forgetToken();
        QVERIFY(!m_sandbox.client->token().isEmpty());
        QCOMPARE(m_sandbox.client->get("/cards").status, 401);
        m_sandbox.server->setFaults({});
        QCOMPARE(m_sandbox.client->get("/cards").status, 200);
    }

    void onlyOneMethodFaulted()
    {
        m_sandbox.server->setFaults({ .serverError = true, .onlyMethod = u"DELETE"_s });
        QCOMPARE(m_sandbox.client->get("/subscribe/customers/customer_1234").status, 200);
        QCOMPARE(m_sandbox.client->del("/subscribe/customers/customer_1234").status, 500);
        QCOMPARE(m_sandbox.client->get("/subscribe/customers/customer_1234").status,
                 200); // not applied
        const HttpResult r = m_sandbox.client->control("POST", "/__sandbox/faults",
                                                       R"({"hang":true,"onlyMethod":"post"})");
        QCOMPARE(r.status, 200);
        QCOMPARE(m_sandbox.server->faults().onlyMethod, u"POST"_s);
        QCOMPARE(r.object().value(u"onlyMethod"_s).toString(), u"POST"_s);
        QCOMPARE(m_sandbox.client->get("/banks").status, 200);
    }

    void faultsOverHttp()
    {
        HttpResult r = m_sandbox.client->control("POST", "/__sandbox/faults",
                                                 R"({"latencyMs":150,"serverError":true})");
        QCOMPARE(r.status, 200);
        QCOMPARE(m_sandbox.server->faults().latencyMs, 150);
        QVERIFY(m_sandbox.server->faults().serverError);
        QCOMPARE(r.object().value(u"hang"_s).toBool(), false);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(m_sandbox.client->get("/banks").status, 500);
        QVERIFY(timer.elapsed() >= 140);
        r = m_sandbox.client->control("POST", "/__sandbox/faults", "{}");
        QCOMPARE(r.status, 200);
        QCOMPARE(m_sandbox.server->faults().latencyMs, 0);
        QCOMPARE(m_sandbox.client->get("/banks").status, 200);
        r = m_sandbox.client->control("POST", "/__sandbox/faults", R"({"latencyMs":"slow"})");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.message(), u"latencyMs 는 정수여야 합니다."_s);
        r = m_sandbox.client->control("GET", "/__sandbox/faults");
        QCOMPARE(r.object().value(u"latencyMs"_s).toInt(), 0);
    }

    // Without the per-run token (or with another one) every control route is refused, with
    // the envelope, and changes nothing.
    void controlRoutesNeedTheRunsToken()
    {
        const QByteArray token = m_sandbox.server->controlToken().toLatin1();
        QVERIFY2(token.size() >= 32, token.constData());
        SandboxServer other;
        QVERIFY(other.controlToken() != m_sandbox.server->controlToken());
        QByteArray wrong = token;
        wrong[0] = wrong.at(0) == 'A' ? 'B' : 'A';
        const QList<std::pair<QByteArray, QByteArray>> routes {
            { "GET", "/__sandbox/stats" },
            { "GET", "/__sandbox/faults" },
            { "POST", "/__sandbox/faults" },
            { "POST", "/__sandbox/expire-tokens" },
            { "GET", "/__sandbox/options" },
            { "POST", "/__sandbox/options" },
            { "GET", "/__sandbox/otp/imv_900000000001" },
        };
        const QByteArray header = SandboxServer::controlTokenHeader();
        for (const auto &[method, path] : routes) {
            const QByteArray body = method == "POST" ? R"({"serverError":true})" : "";
            for (const Headers &headers :
                 { Headers {}, Headers { { header, wrong } }, Headers { { header, "" } },
                   Headers { { header, other.controlToken().toLatin1() } },
                   Headers { { "Authorization", m_sandbox.client->token().toLatin1() } } }) {
                const HttpResult r
                    = m_sandbox.client->send(method, path, body, "application/json", headers);
                QVERIFY2(r.status == 403, path.constData());
                QCOMPARE(r.code(), -1);
                QVERIFY2(r.message().contains(u"X-Sandbox-Token"_s), qPrintable(r.message()));
                QVERIFY(r.response().isNull());
            }
            // Nothing changed: no fault set, the token not expired.
            QVERIFY(!m_sandbox.server->faults().serverError);
            QCOMPARE(m_sandbox.client->get("/cards").status, 200);
            QCOMPARE(m_sandbox.client->control(method, path, body).status, 200);
            m_sandbox.server->setFaults({});
            m_sandbox.client->forgetToken();
        }
    }

    // A hung request is closed unanswered after the longest delay, not held forever.
    void hangIsBounded()
    {
        m_sandbox.server->setMaxResponseDelay(std::chrono::milliseconds(300));
        m_sandbox.server->setFaults({ .hang = true });
        QElapsedTimer timer;
        timer.start();
        const HttpResult r
            = m_sandbox.client->send("GET", "/cards", {}, {}, m_sandbox.client->auth(), 10000);
        QVERIFY2(!r.timedOut, "the hung request was still open after 10 s");
        QVERIFY2(timer.elapsed() >= 250, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(r.status, 0);
        QVERIFY(r.error != QNetworkReply::NoError);
        m_sandbox.server->setFaults({});
        QCOMPARE(m_sandbox.client->get("/cards").status, 200);
    }

    void latencyIsCapped()
    {
        m_sandbox.server->setMaxResponseDelay(std::chrono::milliseconds(300));
        m_sandbox.server->setFaults({ .latencyMs = 60'000 });
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(
            m_sandbox.client->send("GET", "/cards", {}, {}, m_sandbox.client->auth(), 10000).status,
            200);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        const HttpResult r
            = m_sandbox.client->control("POST", "/__sandbox/faults", R"({"latencyMs":301})");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.message(), u"latencyMs 는 0 이상 300 이하여야 합니다."_s);
        QCOMPARE(
            m_sandbox.client->control("POST", "/__sandbox/faults", R"({"latencyMs":300})").status,
            200);
        QCOMPARE(SandboxServer().maxResponseDelay(), std::chrono::milliseconds(60'000));
    }

    void faultsDoNotRunHandlers()
    {
        m_sandbox.server->setFaults({ .serverError = true });
        QCOMPARE(m_sandbox.client->del("/subscribe/customers/customer_1234").status, 500);
        m_sandbox.server->setFaults({});
        QCOMPARE(m_sandbox.client->get("/subscribe/customers/customer_1234").status, 200);
    }
};

QTEST_GUILESS_MAIN(TstSandboxFaults)
#include "tst_sandbox_faults.moc"
