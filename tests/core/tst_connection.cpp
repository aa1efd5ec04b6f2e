// The Connection: one object for a window's life, whatever profile is open in it. Real
// sandboxes on loopback, two of them standing in for two merchant accounts.

#include "core/connection/Connection.h"
#include "tests/core/ClientFixture.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace portone;
using namespace portone::test;
using namespace Qt::StringLiterals;

namespace {

// A second account on a sandbox of its own.
Profile profileOn(const sandbox::SandboxServer &server, const QString &name)
{
    Profile profile;
    profile.id = name.toLower();
    profile.name = name;
    profile.impKey = sandbox::SandboxServer::defaultAccount().impKey;
    profile.baseUrl = server.baseUrl();
    return profile;
}

std::unique_ptr<CredentialSource> defaultAccount()
{
    const auto account = sandbox::SandboxServer::defaultAccount();
    return std::make_unique<FixedCredentialSource>(
        ApiCredentials { account.impKey, account.impSecret });
}

QString originOf(const sandbox::SandboxServer &server)
{
    return server.baseUrl().toString(QUrl::StripTrailingSlash);
}

} // namespace

class TestConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<ClientFixture>();
        QVERIFY(f->start());
        other = std::make_unique<sandbox::SandboxServer>();
        QVERIFY(other->listen() != 0);
    }
    void cleanup()
    {
        f.reset();
        other.reset();
    }

    // Subscribed once, a listener hears the requests of every profile opened afterwards; the
    // client and token manager inside are replaced, the Connection is not.
    void identityIsStableAcrossOpen()
    {
        QSignalSpy opened(&f->connection, &Connection::profileChanged);
        QPointer<PortOneClient> firstClient = f->connection.client();
        Capture<QList<PgChannel>> got;
        f->connection.client()->getPgChannels(&f->context, got.callback());
        QVERIFY(got.wait());
        QCOMPARE(f->traces.constLast().origin, originOf(*f->server));

        const Profile second = profileOn(*other, u"Second"_s);
        f->connection.open(second, defaultAccount(), clientSettings(second));
        QCOMPARE(opened.count(), 1);
        QVERIFY(f->connection.isOpen());
        QCOMPARE(f->connection.profile().name, u"Second"_s);
        QVERIFY(!firstClient); // the first profile's client is gone
        got.reset();
        f->connection.client()->getPgChannels(&f->context, got.callback());
        QVERIFY(got.wait());
        QVERIFY2(got.result().ok(), why(got).constData());
        QCOMPARE(f->traces.constLast().origin, originOf(*other));
        QCOMPARE(other->requestCount(), 2); // its own getToken, then the channels

        f->connection.close();
        QCOMPARE(opened.count(), 2);
        QVERIFY(!f->connection.isOpen());
        QVERIFY(!f->connection.client());
        QVERIFY(!f->connection.tokens());
        QCOMPARE(f->connection.profile().name, QString());
        QCOMPARE(f->connection.tokenState().status, TokenState::Status::NoToken);
        f->connection.close(); // closing twice says nothing more
        QCOMPARE(opened.count(), 2);
    }

    // One signal for both kinds of request: the getToken of the token manager and the call of
    // the client, once each; the token's state changes come through as well.
    void oneTracePerClientAndTokenRequest()
    {
        QSignalSpy states(&f->connection, &Connection::tokenStateChanged);
        Capture<QList<PgChannel>> got;
        f->connection.client()->getPgChannels(&f->context, got.callback());
        QVERIFY(got.wait());
        QCOMPARE(f->traces.size(), 2);
        QCOMPARE(f->traces.at(0).path, u"/users/getToken"_s);
        QCOMPARE(f->traces.at(1).path, u"/users/pg"_s);
        QCOMPARE(f->server->requestCount(), 2);
        QCOMPARE(states.count(), 2);
        QCOMPARE(states.at(0).at(0).value<TokenState>().status, TokenState::Status::Refreshing);
        QCOMPARE(states.at(1).at(0).value<TokenState>().status, TokenState::Status::Valid);
        QCOMPARE(f->connection.tokenState().status, TokenState::Status::Valid);

        got.reset();
        f->connection.client()->getPgChannels(&f->context, got.callback());
        QVERIFY(got.wait());
        QCOMPARE(f->traces.size(), 3); // the token is cached: the call alone
    }

    // A registration on the wire when another profile is opened: it is listed, then answered as
    // an unknown outcome while the first profile is still the open one (so that its history
    // line and audit entry name that profile), and the next call goes to the new account.
    void openingAnotherProfileAnswersCallsInFlight()
    {
        Capture<AccessToken> token;
        f->connection.tokens()->acquire(&f->context, token.callback());
        QVERIFY(token.wait());
        f->server->setFaults({ .latencyMs = 3000, .onlyMethod = u"POST"_s });
        QList<QString> tracedUnder;
        QObject::connect(&f->connection, &Connection::requestFinished, &f->context,
                         [this, &tracedUnder](const RequestTrace &) {
                             tracedUnder << f->connection.profile().name;
                         });
        QString answeredUnder;
        Capture<BillingKey> registered;
        f->connection.client()->registerBillingKey(
            sandboxRegistration(u"conn_cust_1"_s), &f->context,
            [this, &answeredUnder, done = registered.callback()](Result<BillingKey> result) {
                answeredUnder = f->connection.profile().name;
                done(std::move(result));
            });
        QTRY_COMPARE(f->connection.stateChangesInFlight().size(), 1);

        const Profile second = profileOn(*other, u"Second"_s);
        f->connection.open(second, defaultAccount(), clientSettings(second));
        QVERIFY(registered.has()); // answered at once, not after the server's delay
        QCOMPARE(registered.calls(), 1);
        QVERIFY(registered.error().outcomeUnknown);
        QCOMPARE(answeredUnder, u"Sandbox"_s);
        QCOMPARE(tracedUnder, QList<QString> { u"Sandbox"_s });
        QCOMPARE(f->traces.constLast().outcome, RequestTrace::Outcome::Unknown);
        QVERIFY(f->connection.stateChangesInFlight().isEmpty());

        Capture<QList<PgChannel>> got;
        f->connection.client()->getPgChannels(&f->context, got.callback());
        QVERIFY(got.wait());
        QCOMPARE(f->traces.constLast().origin, originOf(*other));
        QTest::qWait(100);
        QCOMPARE(registered.calls(), 1); // the late answer of the first server reaches nobody
        f->server->setFaults({});
    }

private:
    std::unique_ptr<ClientFixture> f;
    std::unique_ptr<sandbox::SandboxServer> other;
};

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
