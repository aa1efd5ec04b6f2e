// The request path's limits: an answer larger than ClientSettings::maxResponseBytes is aborted
// as soon as its Content-Length or the bytes received pass the limit (a loopback server that
// sends too much, then keeps the connection open: only an early abort ends the call before the
// timeout), and calls that wait on a card company or PG get the longer timeout (the sandbox with
// latency).
#include "tests/core/ClientFixture.h"
#include "tests/core/SubscriptionFixture.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace portone;
using namespace portone::test;
using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

namespace {

// Issues tokens on POST /users/getToken and answers every other request with `bodySize` bytes
// of JSON-looking filler, with or without Content-Length, then leaves the connection open.
class OversizedServer : public QTcpServer
{
public:
    OversizedServer(qint64 declaredSize, qint64 bodySize)
        : m_declaredSize(declaredSize)
        , m_bodySize(bodySize)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
            }
        });
    }
    QUrl baseUrl() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(serverPort())); }

private:
    void answer(QTcpSocket *socket)
    {
        QByteArray request = socket->property("request").toByteArray() + socket->readAll();
        socket->setProperty("request", request);
        const qsizetype headerEnd = request.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        if (request.startsWith("POST /users/getToken")) {
            const QByteArray body = R"({"code":0,"message":null,"response":{"access_token":)"
                                    R"("tok","now":1700000000,"expired_at":1700001800}})";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            socket->setProperty("request", QByteArray());
            return;
        }
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
        if (m_declaredSize > 0)
            head += "Content-Length: " + QByteArray::number(m_declaredSize) + "\r\n";
        socket->write(head + "\r\n");
        socket->write("{\"code\":0,\"message\":null,\"response\":\"");
        socket->write(QByteArray(m_bodySize, 'x')); // no end: the connection stays open
    }

    qint64 m_declaredSize;
    qint64 m_bodySize;
};

} // namespace

class TestClientLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tooLargeAnswerIsAborted_data()
    {
        QTest::addColumn<qint64>("declared");
        QTest::addColumn<qint64>("sent");
        QTest::addColumn<QString>("why");
        // Content-Length over the default 8 MiB: aborted at the headers, 1 KiB of it sent.
        QTest::newRow("declared") << qint64(64) * 1024 * 1024 << qint64(1024)
                                  << u"Content-Length 67108864"_s;
        // No Content-Length: aborted once the bytes received pass 8 MiB.
        QTest::newRow("received") << qint64(0) << qint64(8 * 1024 * 1024 + 1)
                                  << u"bytes received"_s;
    }
    void tooLargeAnswerIsAborted()
    {
        QFETCH(qint64, declared);
        QFETCH(qint64, sent);
        QFETCH(QString, why);
        OversizedServer server(declared, sent);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        ClientFixture f;
        ClientSettings settings;
        settings.baseUrl = server.baseUrl();
        settings.timeout = std::chrono::milliseconds(8000); // the old path waited this long
        QCOMPARE(settings.maxResponseBytes, qint64(8) * 1024 * 1024); // the default
        QVERIFY(f.start(settings));
        QElapsedTimer elapsed;
        elapsed.start();
        Capture<Payment> got;
        f.client->getPayment(u"imp_200000000001"_s, false, &f.context, got.callback());
        QVERIFY(got.wait(15000));
        QCOMPARE(got.error().kind, Kind::TooLarge);
        QCOMPARE(got.error().httpStatus, 200);
        QVERIFY2(got.error().detail.contains(u"8388608 bytes"_s), qPrintable(got.error().detail));
        QVERIFY2(got.error().detail.contains(why), qPrintable(got.error().detail));
        QVERIFY(!got.error().explanation().isEmpty());
        QVERIFY(!got.error().outcomeUnknown); // a look-up
        QVERIFY2(elapsed.elapsed() < 6000, "aborted early, not at the timeout");
        QCOMPARE(f.traces.last().outcome, RequestTrace::Outcome::Failed);
    }

    void stateChangingTooLargeIsOutcomeUnknown()
    {
        OversizedServer server(qint64(2048), qint64(16));
        QVERIFY(server.listen(QHostAddress::LocalHost));
        ClientFixture f;
        ClientSettings settings;
        settings.baseUrl = server.baseUrl();
        settings.maxResponseBytes = 1024;
        QVERIFY(f.start(settings));
        const BillingKeyRegistration reg = sandboxRegistration(u"desk_limit_01"_s);
        Capture<BillingKey> got;
        f.client->registerBillingKey(reg, &f.context, got.callback());
        QVERIFY(got.wait());
        QCOMPARE(got.error().kind, Kind::TooLarge);
        QVERIFY(got.error().outcomeUnknown); // sent: it may have been applied
        QCOMPARE(f.traces.last().outcome, RequestTrace::Outcome::Unknown);
    }

    void pgCallsGetTheLongerTimeout()
    {
        ClientFixture f;
        ClientSettings settings;
        settings.timeout = std::chrono::milliseconds(300);
        settings.pgTimeout = std::chrono::milliseconds(5000);
        QVERIFY(f.start(settings));
        Capture<Payment> paid; // the token first, and the balance a refund needs, without latency
        f.client->getPayment(u"imp_200000000003"_s, false, &f.context, paid.callback());
        QVERIFY(paid.wait() && paid.result().ok());
        sandbox::SandboxFaults faults;
        faults.latencyMs = 1000;
        f.server->setFaults(faults);

        Capture<Payment> lookup;
        f.client->getPayment(u"imp_200000000001"_s, false, &f.context, lookup.callback());
        QVERIFY(lookup.wait());
        QCOMPARE(lookup.error().kind, Kind::Timeout);
        QVERIFY(lookup.error().detail.contains(u"300 ms"_s));

        const BillingKeyRegistration reg = sandboxRegistration(u"desk_limit_02"_s);
        Capture<BillingKey> registered;
        f.client->registerBillingKey(reg, &f.context, registered.callback());
        QVERIFY(registered.wait());
        QVERIFY2(registered.result().ok(), why(registered).constData());

        BillingKeyCharge charge;
        charge.customerUid = u"desk_limit_02"_s;
        charge.order = testOrder(u"desk_limit_charge_01"_s);
        Capture<ChargeResult> charged;
        f.client->chargeBillingKey(charge, &f.context, charged.callback());
        QVERIFY(charged.wait());
        QVERIFY2(charged.result().ok(), why(charged).constData());

        PaymentCancellation refund;
        refund.impUid = paid.value().impUid;
        refund.checksum = paid.value().cancellableAmount();
        refund.reason = u"timeout"_s;
        Capture<Payment> refunded;
        f.client->cancelPayment(refund, &f.context, refunded.callback());
        QVERIFY(refunded.wait());
        QVERIFY2(refunded.result().ok(), why(refunded).constData());
    }
};

QTEST_GUILESS_MAIN(TestClientLimits)
#include "tst_client_limits.moc"
