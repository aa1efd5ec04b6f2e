// portone-sandbox: the PortOne V1 sandbox as a standalone local server (127.0.0.1 only).
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;
using portone::sandbox::SandboxServer;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"portone-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTONE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Local, spec-strict emulator of the PortOne V1 REST API for PortOne Desk."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(
        u"port"_s, u"TCP port on 127.0.0.1 (default: any free port)."_s, u"N"_s, u"0"_s);
    parser.addOption(portOption);
    const QCommandLineOption seedKeysOption(
        u"seed-billing-keys"_s,
        u"Also seed N billing keys bench_cust_000001... (for the bulk look-up benchmark)."_s,
        u"N"_s, u"0"_s);
    parser.addOption(seedKeysOption);
    const QCommandLineOption seedPaymentsOption(
        u"seed-payments"_s,
        u"Also seed N payments bench_pay_0000001... over the last year (for the payment-search "
        "benchmark)."_s,
        u"N"_s, u"0"_s);
    parser.addOption(seedPaymentsOption);
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    QTextStream err(stderr);
    if (!ok || port > 65535) {
        err << "portone-sandbox: --port must be a number between 0 and 65535\n";
        return 2;
    }
    const int seedKeys = parser.value(seedKeysOption).toInt(&ok);
    if (!ok || seedKeys < 0 || seedKeys > 1'000'000) {
        err << "portone-sandbox: --seed-billing-keys must be a number between 0 and 1000000\n";
        return 2;
    }

    const int seedPayments = parser.value(seedPaymentsOption).toInt(&ok);
    if (!ok || seedPayments < 0 || seedPayments > 1'000'000) {
        err << "portone-sandbox: --seed-payments must be a number between 0 and 1000000\n";
        return 2;
    }

    SandboxServer server;
    server.seedBenchmarkBillingKeys(seedKeys);
    server.seedBenchmarkPayments(seedPayments);
    if (server.listen(static_cast<quint16>(port)) == 0) {
        err << "portone-sandbox: cannot listen on 127.0.0.1:" << port << "\n";
        return 1;
    }

    QTextStream out(stdout);
    const auto account = SandboxServer::defaultAccount();
    out << "PortOne V1 sandbox listening on " << server.baseUrl().toString() << "\n"
        << "  imp_key:    " << account.impKey << "\n"
        << "  imp_secret: " << account.impSecret << "\n"
        << "  certification channel_key: " << SandboxServer::certificationChannelKey()
        << " (danal, SMS), " << SandboxServer::certificationAppChannelKey()
        << " (kcp_v2, SMS/APP)\n"
        << "  billing channel_key: " << SandboxServer::billingChannelKey()
        << ", channel_group_id: " << SandboxServer::channelGroupId() << "\n"
        << "  benepia channel_key: " << SandboxServer::benepiaChannelKey()
        << ", accounts: benepia_test/benepia1234 (50000P), benepia_empty/benepia1234 (0P)\n"
        << "  tier: " << SandboxServer::tierCode() << "\n"
        << "  customer_uid: customer_1234 (45 payments, schedules), sbx_cust_0001..sbx_cust_0300, "
           "super_customer_0001, "
        << SandboxServer::declinedCustomerUid() << " (every charge declined)\n";
    if (seedKeys > 0)
        out << "  benchmark customer_uid: bench_cust_000001..bench_cust_"
            << QString::number(seedKeys).rightJustified(6, u'0') << "\n";
    if (seedPayments > 0)
        out << "  benchmark merchant_uid: bench_pay_0000001..bench_pay_"
            << QString::number(seedPayments).rightJustified(7, u'0') << "\n";
    out << "  imp_uid: imp_200000000001..imp_200000000010 (009: PAYCO, 010: paid vbank), "
           "imv_900000000001 (certification)\n"
        << "  merchant_uid: order_20240101_0001..0007, order_retry_0001, order_sandbox_0001, "
           "order_spread_0001..0120\n"
        << "  sandbox control: GET /__sandbox/stats, GET /__sandbox/otp/{imp_uid}, "
           "POST /__sandbox/faults, POST /__sandbox/expire-tokens, POST /__sandbox/options\n"
        << "  control token: " << server.controlToken() << " (header "
        << SandboxServer::controlTokenHeader() << "; valid for this run only)\n"
        << Qt::flush;

    QObject::connect(&server, &SandboxServer::otpIssued, &app,
                     [&out](const QString &impUid, const QString &otp) {
                         out << "OTP for " << impUid << ": " << otp << "\n" << Qt::flush;
                     });
    return app.exec();
}
