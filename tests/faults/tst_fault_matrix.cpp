// The fault matrix: every endpoint of SCOPE.md × every way the network or the server can fail,
// through the sandbox's fault injection and, for the answers it cannot give, FaultServer.
// Each case checks the error PortOneClient reports (kind, HTTP status, code, message verbatim),
// how many times the server received the call (a state-changing call at most once, a 401
// replayed once), and that outcomeUnknown is set exactly when a sent call's answer was lost.
#include "core/auth/CredentialSource.h"
#include "core/auth/TokenManager.h"
#include "core/util/Clock.h"
#include "sandbox/SandboxServer.h"
#include "tests/faults/FaultEndpoints.h"
#include "tests/faults/FaultServer.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace portone;
using namespace portone::test;
using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

namespace {

enum class Fault
{
    Expired401, // the token expired mid-session: one refresh, one replay, success
    Twice401, // 401 again after the refresh: Auth
    Server500,
    MultiStatus207,
    ApiCode200, // 200 with code != 0
    Gateway403, // a non-envelope JSON body
    HtmlBadGateway502, // a non-envelope, non-JSON body
    Created201,
    Timeout, // the server never answers
    Refused, // nothing listens
    DroppedBeforeAnswer,
    DroppedMidBody, // headers and half the Content-Length, then closed
    MalformedJson,
    SlowBelowTimeout,
    SlowAboveTimeout,
    Tls, // a self-signed certificate
};

struct Expected
{
    bool ok = false;
    Kind kind = Kind::Network;
    int status = 0;
    std::optional<int> code;
    QString message;
    bool outcomeUnknown = false;
    int received = 1; // how many times the server received the call
    int receivedAtMost = 1; // more for look-ups that Qt's HTTP layer may resend on its own
};

const QString serverErrorMessage
    = u"일시적인 서버 오류가 발생했습니다. 잠시 후 다시 시도해주세요."_s;
const QString cardRefusedMessage = sandbox::SandboxServer::apiCodeErrorMessage();
const QByteArray badGatewayHtml = "<html><body><h1>502 Bad Gateway</h1></body></html>\n";

Expected success(int received = 1)
{
    Expected e;
    e.ok = true;
    e.received = received;
    e.receivedAtMost = received;
    return e;
}

Expected failure(Kind kind, int status, std::optional<int> code, const QString &message,
                 bool outcomeUnknown, int received = 1)
{
    Expected e;
    e.kind = kind;
    e.status = status;
    e.code = code;
    e.message = message;
    e.outcomeUnknown = outcomeUnknown;
    e.received = received;
    e.receivedAtMost = received;
    return e;
}

// Qt's HTTP layer resends a request once when the connection closes before the whole answer;
// OneShotBody stops that for state-changing calls. A look-up twice is harmless.
Expected resendableLookup(Expected e, bool changesState)
{
    if (!changesState)
        e.receivedAtMost = 2;
    return e;
}

Expected expectedFor(Fault fault, const FaultEndpoint &endpoint)
{
    const bool changes = endpoint.changesState;
    switch (fault) {
    case Fault::Expired401:
        return success(2);
    case Fault::Twice401: // getToken carries no token: it is never replayed
        return failure(Kind::Auth, 401, -1, u"Unauthorized"_s, false,
                       endpoint.faultsTheToken ? 1 : 2);
    case Fault::Server500:
        return failure(Kind::Server, 500, 1, serverErrorMessage, changes);
    case Fault::MultiStatus207:
    case Fault::Created201:
    case Fault::SlowBelowTimeout:
        return success();
    case Fault::ApiCode200:
        return failure(Kind::ApiCode, 200, 1, cardRefusedMessage, false);
    case Fault::Gateway403:
        return failure(Kind::Auth, 403, std::nullopt, u"Forbidden resource"_s, false);
    case Fault::HtmlBadGateway502:
        return failure(Kind::Server, 502, std::nullopt, QString::fromUtf8(badGatewayHtml).trimmed(),
                       changes);
    case Fault::Timeout:
    case Fault::SlowAboveTimeout:
        return failure(Kind::Timeout, 0, std::nullopt, {}, changes);
    case Fault::Refused:
        return failure(Kind::Network, 0, std::nullopt, {}, false, 0);
    case Fault::DroppedBeforeAnswer:
        return resendableLookup(failure(Kind::Network, 0, std::nullopt, {}, changes), changes);
    case Fault::DroppedMidBody: // multi-lookups: the sandbox's 207 for a partly missing list
        return resendableLookup(
            failure(Kind::Network, endpoint.multiLookup ? 207 : 200, std::nullopt, {}, changes),
            changes);
    case Fault::MalformedJson:
        return failure(Kind::Parse, 200, std::nullopt, {}, changes);
    case Fault::Tls:
        return failure(Kind::Tls, 0, std::nullopt, {}, false, 0);
    }
    return {};
}

bool usesFaultServer(Fault fault)
{
    return fault == Fault::Twice401 || fault == Fault::ApiCode200
        || fault == Fault::HtmlBadGateway502 || fault == Fault::Created201
        || fault == Fault::DroppedMidBody || fault == Fault::Tls || fault == Fault::MultiStatus207;
}

// One client (with its token manager) on a base URL.
struct ClientUnderTest
{
    ClientUnderTest(QNetworkAccessManager *network, CredentialSource *credentials,
                    const Clock *clock, const ClientSettings &settings)
        : tokens(network, credentials, clock, settings)
        , client(network, &tokens, settings)
    { }
    TokenManager tokens;
    PortOneClient client;
};

} // namespace

Q_DECLARE_METATYPE(Fault)

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matrix_data();
    void matrix();
    void cleanupTestCase();

private:
    QTemporaryDir m_certificateDir;
    QSslCertificate m_certificate;
    QSslKey m_key;
    int m_cases = 0;
};

void TestFaultMatrix::initTestCase()
{
    QVERIFY(m_certificateDir.isValid());
    QString problem;
    QVERIFY2(makeSelfSignedCertificate(m_certificateDir.path(), &m_certificate, &m_key, &problem),
             qPrintable(problem));
}

void TestFaultMatrix::matrix_data()
{
    QTest::addColumn<int>("endpointIndex");
    QTest::addColumn<Fault>("fault");
    const QList<std::pair<Fault, const char *>> faults {
        { Fault::Expired401, "401 mid-session" },
        { Fault::Twice401, "401 twice" },
        { Fault::Server500, "500" },
        { Fault::MultiStatus207, "207" },
        { Fault::ApiCode200, "200 code!=0" },
        { Fault::Gateway403, "non-envelope 403" },
        { Fault::HtmlBadGateway502, "html 502" },
        { Fault::Created201, "201" },
        { Fault::Timeout, "timeout" },
        { Fault::Refused, "refused" },
        { Fault::DroppedBeforeAnswer, "dropped before answer" },
        { Fault::DroppedMidBody, "dropped mid-body" },
        { Fault::MalformedJson, "malformed json" },
        { Fault::SlowBelowTimeout, "slow below timeout" },
        { Fault::SlowAboveTimeout, "slow above timeout" },
        { Fault::Tls, "tls self-signed" },
    };
    const QList<FaultEndpoint> endpoints = faultEndpoints();
    for (qsizetype e = 0; e < endpoints.size(); ++e) {
        for (const auto &[fault, faultName] : faults) {
            if (endpoints.at(e).faultsTheToken && fault == Fault::Expired401)
                continue; // a token request carries no token to expire
            QTest::addRow("%s × %s", qPrintable(endpoints.at(e).name), faultName)
                << int(e) << fault;
        }
    }
}

void TestFaultMatrix::matrix()
{
    QFETCH(int, endpointIndex);
    QFETCH(Fault, fault);
    const FaultEndpoint endpoint = faultEndpoints().at(endpointIndex);
    const Expected expected = expectedFor(fault, endpoint);
    ++m_cases;

    sandbox::SandboxServer server;
    QVERIFY(server.listen() != 0);
    QNetworkAccessManager network;
    ManualClock clock;
    FixedCredentialSource credentials(
        ApiCredentials { sandbox::SandboxServer::defaultAccount().impKey,
                         sandbox::SandboxServer::defaultAccount().impSecret });
    FaultServer fake(server.baseUrl());
    if (fault == Fault::Tls)
        fake.useTls(m_certificate, m_key);
    fake.faultTokenRequests(endpoint.faultsTheToken);
    QVERIFY(fake.start());

    ClientSettings settings;
    settings.timeout = std::chrono::milliseconds(2000);
    settings.baseUrl = server.baseUrl();
    if (fault == Fault::Timeout || fault == Fault::SlowAboveTimeout)
        settings.timeout = std::chrono::milliseconds(100);
    settings.pgTimeout = settings.timeout; // registration and payment: the same bound here
    if (usesFaultServer(fault))
        settings.baseUrl = fake.baseUrl();
    if (fault == Fault::Refused) {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        settings.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(closed.serverPort()));
    }
    ClientUnderTest direct(&network, &credentials, &clock, [&] {
        ClientSettings s;
        s.baseUrl = server.baseUrl();
        return s;
    }());
    ClientUnderTest tested(&network, &credentials, &clock, settings);
    QList<RequestTrace> traces;
    QObject::connect(&tested.client, &PortOneClient::requestFinished, &tested.client,
                     [&traces](const RequestTrace &trace) { traces << trace; });

    CallInputs inputs;
    inputs.unique = QString::number(m_cases);
    if (endpoint.needsOtpRequest) {
        QVERIFY(requestOtpFor(
            direct.client, u"fault_otp_"_s + inputs.unique,
            [&server](const QString &impUid) { return server.otpFor(impUid); }, &inputs));
    }
    QObject context;
    if (!usesFaultServer(fault) && fault != Fault::Refused && !endpoint.faultsTheToken) {
        // A token first, so that the fault hits the call itself.
        std::optional<Result<QList<StandardCode>>> warm;
        tested.client.getBankCodes(&context, [&warm](auto result) { warm.emplace(result); });
        QVERIFY(waitFor([&warm] { return warm.has_value(); }));
        QVERIFY(warm->ok());
    }
    const int sandboxBefore = server.requestCount() - server.tokenRequestCount();
    const int tokensBefore = server.tokenRequestCount();

    sandbox::SandboxFaults faults;
    switch (fault) {
    case Fault::Expired401:
        server.expireAllTokens();
        break;
    case Fault::Twice401:
        fake.answerCanned(401, R"({"code":-1,"message":"Unauthorized","response":null})");
        break;
    case Fault::Server500:
        faults.serverError = true;
        break;
    case Fault::MultiStatus207:
        // Multi-lookups: the sandbox's own 207 for a partly missing list; others: a 207 status.
        fake.answerRelayed(FaultServer::Mode::RelayWithStatus, 207);
        break;
    case Fault::ApiCode200:
        fake.answerCanned(
            200,
            u"{\"code\":1,\"message\":\"%1\",\"response\":null}"_s.arg(cardRefusedMessage)
                .toUtf8());
        break;
    case Fault::Gateway403:
        faults.gatewayForbidden = true;
        break;
    case Fault::HtmlBadGateway502:
        fake.answerCanned(502, badGatewayHtml, "text/html");
        break;
    case Fault::Created201:
        fake.answerRelayed(FaultServer::Mode::RelayWithStatus, 201);
        break;
    case Fault::Timeout:
        faults.hang = true;
        break;
    case Fault::DroppedBeforeAnswer:
        faults.dropConnection = true;
        break;
    case Fault::DroppedMidBody:
        fake.answerRelayed(FaultServer::Mode::RelayHalfBody);
        break;
    case Fault::MalformedJson:
        faults.malformedJson = true;
        break;
    case Fault::SlowBelowTimeout:
        faults.latencyMs = 80;
        break;
    case Fault::SlowAboveTimeout:
        faults.latencyMs = 300;
        break;
    case Fault::Refused:
    case Fault::Tls:
        break;
    }
    server.setFaults(faults);

    std::optional<CallOutcome> got;
    int calls = 0;
    endpoint.call(tested.client, inputs, &context, [&](const CallOutcome &outcome) {
        ++calls;
        got.emplace(outcome);
    });
    QVERIFY(waitFor([&got] { return got.has_value(); }));
    // Anything late (a second callback, a resend) would show now.
    waitFor([] { return false; }, fault == Fault::SlowAboveTimeout ? 250 : 10);
    QCOMPARE(calls, 1);
    // Headers and body leave in one write: a POST costs no more than a GET (issue 15, item 8).
    QCOMPARE(fake.splitRequestCount(), 0);

    const ApiError &error = got->error;
    const QByteArray why = error.summary().toUtf8() + " [" + ApiError::kindName(error.kind).toUtf8()
        + "] " + error.detail.toUtf8();
    QVERIFY2(got->ok == expected.ok, why.constData());
    if (expected.ok) {
        if (endpoint.multiLookup)
            QCOMPARE(got->missing, QStringList { endpoint.missingId });
    } else {
        QVERIFY2(error.kind == expected.kind, why.constData());
        QCOMPARE(error.httpStatus, expected.status);
        QCOMPARE(error.code, expected.code);
        QCOMPARE(error.message, expected.message);
        QCOMPARE(error.outcomeUnknown, expected.outcomeUnknown);
        QVERIFY(!error.explanation().isEmpty());
        QCOMPARE(error.explanation().contains(u"outcome is unknown"_s), expected.outcomeUnknown);
        // "Could not be reached" only when nothing was sent and nothing came back.
        QCOMPARE(error.explanation().contains(u"could not be reached"_s),
                 expected.kind == Kind::Network && expected.status == 0
                     && !expected.outcomeUnknown);
        if (fault == Fault::DroppedBeforeAnswer && endpoint.changesState)
            QVERIFY2(error.detail.contains(u"not sent again"_s), qPrintable(error.detail));
    }

    int received = usesFaultServer(fault)
        ? fake.requestCount()
        : server.requestCount() - server.tokenRequestCount() - sandboxBefore;
    if (endpoint.faultsTheToken && !usesFaultServer(fault))
        received = server.tokenRequestCount() - tokensBefore;
    QVERIFY2(received >= expected.received && received <= expected.receivedAtMost,
             qPrintable(u"received %1 times"_s.arg(received)));
    if (fault == Fault::Expired401)
        QCOMPARE(server.tokenRequestCount(), tokensBefore + 1);
    if (fault == Fault::Twice401 && !endpoint.faultsTheToken)
        QCOMPARE(fake.tokenRequestCount(), 2);
    // The request history agrees with the result.
    if (!traces.isEmpty() && fault != Fault::Refused && fault != Fault::Tls) {
        const RequestTrace &trace = traces.constLast();
        QCOMPARE(trace.outcome == RequestTrace::Outcome::Unknown, expected.outcomeUnknown);
        QCOMPARE(trace.outcome == RequestTrace::Outcome::Ok, expected.ok);
    }
}

void TestFaultMatrix::cleanupTestCase()
{
    qInfo("fault matrix: %d cases (%lld endpoints × faults)", m_cases,
          static_cast<long long>(faultEndpoints().size()));
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_fault_matrix.moc"
