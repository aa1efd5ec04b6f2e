// The token lifecycle against the real sandbox: lazy fetch and reuse, proactive refresh, clock
// skew, single flight, 401 replay, and no replay of state-changing requests.
#include "tests/core/ClientFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace portone;
using namespace portone::test;
using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(portone::ApiError::Kind)

namespace {

BillingKeyRegistration registration(const QString &uid)
{
    BillingKeyRegistration reg;
    reg.customerUid = uid;
    reg.channelKey = u"channel-key-sbx-nice"_s;
    reg.cardNumber = u"4111111111111111"_s;
    reg.expiry = u"2030-12"_s;
    reg.birth = u"900101"_s;
    reg.pwd2Digit = u"12"_s;
    return reg;
}

} // namespace

class TestTokenManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Short timeouts keep the timeout cases fast; tests that load the machine (100 requests
    // at once, under ASan beside other suites) restart with a generous one.
    void init() { QVERIFY(restart(std::chrono::milliseconds(300))); }
    void cleanup() { f.reset(); }

    void lazyFetchAndReuse()
    {
        QCOMPARE(f->tokens->state().status, TokenState::Status::NoToken);
        QCOMPARE(f->server->tokenRequestCount(), 0);
        QSignalSpy states(f->tokens, &TokenManager::stateChanged);
        const QString first = token();
        const QString second = token();
        QCOMPARE(first, second);
        QCOMPARE(f->server->tokenRequestCount(), 1);
        QCOMPARE(f->tokens->state().status, TokenState::Status::Valid);
        QCOMPARE(f->tokens->state().expiresAt.toSecsSinceEpoch(),
                 m_serverNow.addSecs(1800).toSecsSinceEpoch());
        QCOMPARE(states.count(), 2); // Refreshing, then Valid

        // The token and the secret never reach a trace.
        for (const RequestTrace &trace : std::as_const(f->traces)) {
            for (const auto &[name, value] : trace.parameters) {
                QVERIFY(!value.contains(first));
                QVERIFY(!value.contains(sandbox::SandboxServer::defaultAccount().impSecret));
            }
        }
    }

    void proactiveRefreshFollowsTheExtensionRule()
    {
        const QString original = token();
        advance(1800 - 90); // 90 s left: inside the 120 s margin, before PortOne's last minute
        QCOMPARE(token(), original);
        QCOMPARE(f->server->tokenRequestCount(), 2); // asked once, got the same expiry back
        QCOMPARE(token(), original);
        QCOMPARE(f->server->tokenRequestCount(), 2); // no asking again until the last minute
        advance(40); // 50 s left: PortOne extends by 5 minutes
        QCOMPARE(token(), original);
        QCOMPARE(f->server->tokenRequestCount(), 3);
        QCOMPARE(f->tokens->state().expiresAt.toSecsSinceEpoch(),
                 f->clock.now().addSecs(50 + 300).toSecsSinceEpoch());
        advance(60);
        QCOMPARE(token(), original);
        QCOMPARE(f->server->tokenRequestCount(), 3);
    }

    void expiredTokenIsReplaced()
    {
        const QString original = token();
        advance(1800 + 5);
        QVERIFY(token() != original);
        QCOMPARE(f->server->tokenRequestCount(), 2);
    }

    void clockSkew_data()
    {
        QTest::addColumn<int>("skewSecs");
        QTest::newRow("desktop 5 h behind") << -5 * 3600;
        QTest::newRow("desktop 3 h ahead") << 3 * 3600;
        QTest::newRow("desktop 40 min ahead") << 40 * 60;
    }
    void clockSkew()
    {
        QFETCH(int, skewSecs);
        f->clock.set(m_serverNow.addSecs(skewSecs));
        const QString original = token();
        QCOMPARE(f->tokens->state().expiresAt.toSecsSinceEpoch(),
                 f->clock.now().addSecs(1800).toSecsSinceEpoch());
        advance(600);
        QCOMPARE(token(), original);
        QCOMPARE(f->server->tokenRequestCount(), 1);
        Capture<QList<StandardCode>> banks;
        f->client->getBankCodes(&f->context, banks.callback());
        QVERIFY(banks.wait());
        QVERIFY2(banks.result().ok(), why(banks).constData());
    }

    void singleFlight()
    {
        QVERIFY(restart(std::chrono::seconds(30)));
        QList<std::shared_ptr<Capture<QList<StandardCode>>>> captures;
        for (int i = 0; i < 100; ++i) {
            captures.append(std::make_shared<Capture<QList<StandardCode>>>());
            f->client->getBankCodes(&f->context, captures.last()->callback());
        }
        for (const auto &capture : captures) {
            QVERIFY(capture->wait(20000));
            QVERIFY2(capture->result().ok(), why(*capture).constData());
            QCOMPARE(capture->calls(), 1);
        }
        qInfo("getToken requests for 100 concurrent calls: %d", f->server->tokenRequestCount());
        QCOMPARE(f->server->tokenRequestCount(), 1);
    }

    // 1,000 token requests one after the other while the token lives (the clock moves 1 s per
    // call, 1,000 s in all, never into the refresh margin), every 50th through a real API call:
    // one getToken, and the sandbox received nothing else but the 20 API calls.
    void sequentialCallsShareOneToken()
    {
        QVERIFY(restart(std::chrono::seconds(30)));
        const int calls = 1000;
        const int apiCallEvery = 50;
        QString first;
        for (int i = 0; i < calls; ++i) {
            if (i % apiCallEvery == apiCallEvery - 1) {
                Capture<QList<StandardCode>> banks;
                f->client->getBankCodes(&f->context, banks.callback());
                QVERIFY(banks.wait());
                QVERIFY2(banks.result().ok(), why(banks).constData());
            } else {
                const QString current = token();
                QVERIFY(!current.isEmpty());
                if (first.isEmpty())
                    first = current;
                QCOMPARE(current, first);
            }
            advance(1);
        }
        qInfo("getToken requests for %d sequential calls: %d", calls,
              f->server->tokenRequestCount());
        QCOMPARE(f->server->tokenRequestCount(), 1);
        QCOMPARE(f->server->requestCount(), 1 + calls / apiCallEvery);
    }

    // The profile is switched (or the app closes) while a getToken is on its way: the
    // manager goes quietly, and nobody is called back.
    void destroyedWhileFetching()
    {
        int calls = 0;
        f->tokens->acquire(&f->context, [&calls](const Result<AccessToken> &) { ++calls; });
        QTRY_COMPARE(f->tokens->state().status, TokenState::Status::Refreshing);
        f->connection.close(); // the token manager goes
        QTest::qWait(100);
        QCOMPARE(calls, 0);
    }

    void replayOnceAfter401()
    {
        token();
        f->server->expireAllTokens();
        const int before = f->server->requestCount();
        Capture<Payment> got;
        f->client->getPayment(u"imp_200000000001"_s, false, &f->context, got.callback());
        QVERIFY(got.wait());
        QVERIFY2(got.result().ok(), why(got).constData());
        QCOMPARE(f->server->tokenRequestCount(), 2);
        QCOMPARE(f->server->requestCount() - before, 3); // 401, getToken, replay
        QCOMPARE(got.calls(), 1);
    }

    void replayIsSafeForStateChangingCalls()
    {
        token();
        f->server->expireAllTokens();
        Capture<BillingKey> saved;
        f->client->registerBillingKey(registration(u"desk_replay_01"_s), &f->context,
                                      saved.callback());
        QVERIFY(saved.wait());
        QVERIFY2(saved.result().ok(), why(saved).constData());
    }

    void second401IsAuth()
    {
        token();
        f->server->expireAllTokens();
        // Every new token is expired as soon as it is issued.
        QObject::connect(f->tokens, &TokenManager::requestFinished, &f->context,
                         [this](const RequestTrace &) { f->server->expireAllTokens(); });
        Capture<Payment> got;
        f->client->getPayment(u"imp_200000000001"_s, false, &f->context, got.callback());
        QVERIFY(got.wait());
        QCOMPARE(got.error().kind, Kind::Auth);
        QCOMPARE(got.error().httpStatus, 401);
        QCOMPARE(f->server->tokenRequestCount(), 2);
        QCOMPARE(got.calls(), 1);
    }

    void wrongCredentials()
    {
        f = std::make_unique<ClientFixture>([this] { return m_serverNow; });
        f->credentials = ApiCredentials { u"wrong"_s, u"wrong-secret"_s };
        QVERIFY(f->start());
        Capture<QList<PgChannel>> got;
        f->client->getPgChannels(&f->context, got.callback());
        QVERIFY(got.wait());
        QCOMPARE(got.error().kind, Kind::Auth);
        QCOMPARE(got.error().message, u"imp_key, imp_secret 정보가 올바르지 않습니다."_s);
        QCOMPARE(f->tokens->state().status, TokenState::Status::Failed);
        QCOMPARE(f->tokens->state().reason, u"imp_key, imp_secret 정보가 올바르지 않습니다."_s);
    }

    void invalidateAndReset()
    {
        const QString original = token();
        f->tokens->invalidate(u"some-older-token"_s);
        QCOMPARE(token(), original);
        QCOMPARE(f->server->tokenRequestCount(), 1);
        f->tokens->reset();
        QCOMPARE(f->tokens->state().status, TokenState::Status::NoToken);
        token();
        QCOMPARE(f->server->tokenRequestCount(), 2);
        f->tokens->invalidate(original);
        QCOMPARE(f->tokens->state().status, TokenState::Status::NoToken);
    }

    void noReplayOfStateChangingFailures_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<bool>("remove");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("save 500") << 0 << false << Kind::Server;
        QTest::newRow("save dropped") << 1 << false << Kind::Network;
        QTest::newRow("save timeout") << 2 << false << Kind::Timeout;
        QTest::newRow("save malformed") << 3 << false << Kind::Parse;
        QTest::newRow("delete 500") << 0 << true << Kind::Server;
        QTest::newRow("delete dropped") << 1 << true << Kind::Network;
        QTest::newRow("delete timeout") << 2 << true << Kind::Timeout;
    }
    void noReplayOfStateChangingFailures()
    {
        QFETCH(int, fault);
        QFETCH(bool, remove);
        QFETCH(Kind, kind);
        token();
        sandbox::SandboxFaults faults;
        faults.serverError = fault == 0;
        faults.dropConnection = fault == 1;
        faults.hang = fault == 2;
        faults.malformedJson = fault == 3;
        f->server->setFaults(faults);
        const int before = f->server->requestCount();
        Capture<BillingKey> got;
        if (remove)
            f->client->deleteBillingKey(u"customer_5678"_s, {}, {}, &f->context, got.callback());
        else
            f->client->registerBillingKey(registration(u"desk_nr_01"_s), &f->context,
                                          got.callback());
        QVERIFY(got.wait());
        QCOMPARE(got.error().kind, kind);
        QVERIFY(got.error().outcomeUnknown);
        QTest::qWait(200);
        QCOMPARE(f->server->requestCount() - before, 1);
        QCOMPARE(got.calls(), 1);
        QCOMPARE(f->traces.last().outcome, RequestTrace::Outcome::Unknown);
        QVERIFY(got.error().explanation().contains(u"not resent"_s));
    }

    void cancelAfterSendIsUnknown()
    {
        token();
        sandbox::SandboxFaults faults;
        faults.hang = true;
        f->server->setFaults(faults);
        Capture<BillingKey> got;
        CallHandle handle = f->client->registerBillingKey(registration(u"desk_cancel_01"_s),
                                                          &f->context, got.callback());
        QTRY_COMPARE(f->server->requestCount(), 2);
        handle.cancel();
        QVERIFY(got.wait());
        QCOMPARE(got.error().kind, Kind::Cancelled);
        QVERIFY(got.error().outcomeUnknown);
        QCOMPARE(got.calls(), 1);
    }

    void readOnlyTimeout()
    {
        token();
        sandbox::SandboxFaults faults;
        faults.hang = true;
        f->server->setFaults(faults);
        Capture<Payment> got;
        f->client->getPayment(u"imp_200000000001"_s, false, &f->context, got.callback());
        QVERIFY(got.wait());
        QCOMPARE(got.error().kind, Kind::Timeout);
        QVERIFY(!got.error().outcomeUnknown);
    }

private:
    bool restart(std::chrono::milliseconds timeout)
    {
        m_serverNow = QDateTime::currentDateTimeUtc();
        f = std::make_unique<ClientFixture>([this] { return m_serverNow; });
        f->clock.set(m_serverNow);
        ClientSettings settings;
        settings.timeout = timeout;
        settings.pgTimeout = timeout; // customer_save waits on a PG: its own timeout
        return f->start(settings);
    }
    QString token()
    {
        Capture<AccessToken> got;
        f->tokens->acquire(&f->context, got.callback());
        if (!got.wait() || !got.result().ok())
            return {};
        return got.value().token;
    }
    void advance(qint64 seconds)
    {
        m_serverNow = m_serverNow.addSecs(seconds);
        f->clock.advance(seconds);
    }

    QDateTime m_serverNow;
    std::unique_ptr<ClientFixture> f;
};

QTEST_GUILESS_MAIN(TestTokenManager)
#include "tst_token_manager.moc"
