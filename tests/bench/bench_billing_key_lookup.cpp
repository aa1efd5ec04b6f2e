// bench_billing_key_lookup: looks up many customer_uids against a standalone portone-sandbox
// through the workspace's code path (TokenManager + PortOneClient on one QNetworkAccessManager,
// BillingKeyBatchLookup) and reports wall time, requests, peak RSS and the longest event-loop
// stall. The same look-up then runs a second time: the resident memory before, after the first
// and after the second run shows whether anything grows per run (it must not).
// Run by `packaging/portone-desk.sh bench` (see README); not a CTest suite.
#include "EventLoopStallMeter.h"
#include "ProcessMemory.h"
#include "RoundTripProbe.h"
#include "core/api/BillingKeyBatchLookup.h"
#include "core/api/PortOneClient.h"
#include "core/auth/TokenManager.h"
#include "core/connection/Connection.h"
#include "core/util/Clock.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTextStream>
#include <QTimer>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace portone::bench {

namespace {

// Even positions exist (portone-sandbox --seed-billing-keys N/2), odd positions do not, so every
// batch mixes found and missing ids (a 207 answer). tests/bench/curl-single-lookups.sh builds
// the same list.
QStringList benchmarkCustomerUids(int count)
{
    QStringList ids;
    ids.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString prefix = i % 2 == 0 ? u"bench_cust_"_s : u"bench_missing_"_s;
        ids.append(prefix + u"%1"_s.arg(i / 2 + 1, 6, 10, QChar(u'0')));
    }
    return ids;
}

// How much the resident memory may grow from the first run to the second (allocator slack).
constexpr long RssGrowthToleranceKiB = 4096;

struct BenchmarkOptions
{
    QUrl baseUrl;
    ApiCredentials credentials;
    QByteArray sandboxToken; // portone-sandbox's control token, for /__sandbox/stats
    int count = 10'000;
    int timeoutSeconds = 600;
};

// Token first (not timed, like the curl side), then every id through BillingKeyBatchLookup
// while the stall meter runs; then the same look-up again (memory growth per run); prints the
// figures and quits the app.
class BulkLookupBenchmark : public QObject
{
public:
    explicit BulkLookupBenchmark(const BenchmarkOptions &options, QObject *parent = nullptr)
        : QObject(parent)
        , m_options(options)
        , m_ids(benchmarkCustomerUids(options.count))
    {
        ClientSettings settings;
        settings.baseUrl = options.baseUrl;
        Profile profile;
        profile.name = u"Benchmark"_s;
        profile.impKey = options.credentials.impKey;
        profile.baseUrl = options.baseUrl;
        m_connection.open(profile, std::make_unique<FixedCredentialSource>(options.credentials),
                          settings);
        m_lookup = std::make_unique<BillingKeyBatchLookup>(m_connection.client());
        connect(m_lookup.get(), &BillingKeyBatchLookup::batchFinished, this,
                [this](const QList<BillingKey> &found, const QStringList &missing) {
                    for (const BillingKey &key : found)
                        m_found.insert(key.customerUid());
                    for (const QString &uid : missing)
                        m_missing.insert(uid);
                });
        connect(m_lookup.get(), &BillingKeyBatchLookup::batchFailed, this,
                [this](const QStringList &uids, const ApiError &error) {
                    m_failed += uids.size();
                    if (m_firstFailure.isEmpty())
                        m_firstFailure = error.summary();
                });
        connect(m_lookup.get(), &BillingKeyBatchLookup::finished, this,
                [this](bool cancelled) { onLookupFinished(cancelled); });
    }

    void start()
    {
        m_connection.tokens()->acquire(this, [this](const Result<AccessToken> &token) {
            if (!token) {
                fail(u"no access token: "_s + token.error().summary());
                return;
            }
            fetchSandboxRequestCount([this](int before) {
                m_sandboxRequestsBefore = before;
                startLookup();
            });
        });
    }

private:
    void startLookup()
    {
        QTimer::singleShot(std::chrono::seconds(m_options.timeoutSeconds), this, [this] {
            m_timedOut = true;
            m_lookup->cancel();
        });
        m_rssBeforeKiB = currentRssKiB();
        m_stallMeter.start();
        m_wallClock.start();
        m_lookup->start(m_ids);
    }

    void onLookupFinished(bool cancelled)
    {
        const double wallMs = static_cast<double>(m_wallClock.nsecsElapsed()) / 1e6;
        m_cancelled = m_cancelled || cancelled;
        if (m_secondRun) {
            m_secondWallMs = wallMs;
            m_rssAfterSecondKiB = currentRssKiB();
            m_roundTrips.start(m_connection.client(), [this](const RoundTripMedians &medians) {
                m_roundTripMedians = medians;
                report(m_sandboxRequestsAfter);
                QCoreApplication::exit(m_firstRunVerified && verified() && memoryStable() ? 0 : 1);
            });
            return;
        }
        m_wallMs = wallMs;
        m_stallMeter.stop();
        m_rssAfterFirstKiB = currentRssKiB();
        m_firstRunVerified = verified();
        fetchSandboxRequestCount([this](int after) {
            m_sandboxRequestsAfter = after;
            if (!m_firstRunVerified || m_timedOut) {
                report(after);
                QCoreApplication::exit(1);
                return;
            }
            m_found.clear();
            m_missing.clear();
            m_secondRun = true;
            m_wallClock.start();
            m_lookup->start(m_ids);
        });
    }

    bool memoryStable() const
    {
        return m_rssAfterFirstKiB > 0 && m_rssAfterSecondKiB > 0
            && m_rssAfterSecondKiB - m_rssAfterFirstKiB <= RssGrowthToleranceKiB;
    }

    // GET /__sandbox/stats "requests" (every API request the sandbox served), or -1.
    void fetchSandboxRequestCount(std::function<void(int)> done)
    {
        QNetworkRequest request(m_options.baseUrl.resolved(QUrl(u"/__sandbox/stats"_s)));
        request.setRawHeader(portone::sandbox::SandboxServer::controlTokenHeader(),
                             m_options.sandboxToken);
        QNetworkReply *reply = m_network.get(request);
        connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
            reply->deleteLater();
            const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
            const QJsonValue requests = body.value(u"response"_s).toObject().value(u"requests"_s);
            done(reply->error() == QNetworkReply::NoError && requests.isDouble() ? requests.toInt()
                                                                                 : -1);
        });
    }

    bool verified() const
    {
        if (m_cancelled || m_failed > 0)
            return false;
        for (qsizetype i = 0; i < m_ids.size(); ++i) {
            const QSet<QString> &expected = i % 2 == 0 ? m_found : m_missing;
            if (!expected.contains(m_ids.at(i)))
                return false;
        }
        return m_found.size() + m_missing.size() == m_ids.size();
    }

    void report(int sandboxRequestsAfter)
    {
        const int expectedFound = static_cast<int>((m_ids.size() + 1) / 2);
        QTextStream out(stdout);
        out << "bench_billing_key_lookup against " << m_options.baseUrl.toString() << "\n"
            << "  path: TokenManager + PortOneClient (one QNetworkAccessManager) + "
               "BillingKeyBatchLookup (batch size "
            << BillingKeyBatchLookup::BatchSize << ", " << BillingKeyBatchLookup::MaxInFlight
            << " in flight)\n"
            << "customer_uids: " << m_ids.size() << " (" << expectedFound << " expected found, "
            << m_ids.size() - expectedFound << " expected missing)\n"
            << "wall_ms: " << QString::number(m_wallMs, 'f', 1) << "\n"
            << "requests: " << m_lookup->requestsSent() << "\n"
            << "sandbox_requests: "
            << (sandboxRequestsAfter >= 0 && m_sandboxRequestsBefore >= 0
                    ? QString::number(sandboxRequestsAfter - m_sandboxRequestsBefore)
                    : u"n/a"_s)
            << "\n"
            << "found: " << m_found.size() << "\n"
            << "missing: " << m_missing.size() << "\n"
            << "failed: " << m_failed << "\n"
            << "peak_rss_kib: " << peakRssKiB() << "\n"
            << "rss_before_kib: " << m_rssBeforeKiB << "\n"
            << "rss_after_first_kib: " << m_rssAfterFirstKiB << "\n"
            << "rss_after_second_kib: " << m_rssAfterSecondKiB << "\n"
            << "rss_growth_kib: " << m_rssAfterSecondKiB - m_rssAfterFirstKiB << " (tolerance "
            << RssGrowthToleranceKiB << ")\n"
            << "second_run_wall_ms: " << QString::number(m_secondWallMs, 'f', 1) << "\n"
            << "longest_stall_ms: " << QString::number(m_stallMeter.longestStallMs(), 'f', 2)
            << "\n"
            << "stall_meter_ticks: " << m_stallMeter.ticks() << "\n"
            << "median_get_ms: " << QString::number(m_roundTripMedians.getMs, 'f', 2) << "\n"
            << "median_lookup_post_ms: " << QString::number(m_roundTripMedians.lookupPostMs, 'f', 2)
            << "\n"
            << "median_changing_post_ms: "
            << QString::number(m_roundTripMedians.changingPostMs, 'f', 2) << "\n"
            << "verified: " << (m_firstRunVerified && verified() ? "yes" : "no") << "\n"
            << "memory_stable: " << (memoryStable() ? "yes" : "no") << "\n";
        if (m_timedOut)
            out << "error: timed out after " << m_options.timeoutSeconds << " s\n";
        if (!m_firstFailure.isEmpty())
            out << "first failure: " << m_firstFailure << "\n";
        if (m_found.size() < expectedFound && m_failed == 0)
            out << "hint: start the sandbox with --seed-billing-keys " << expectedFound << "\n";
        out << Qt::flush;
    }

    void fail(const QString &message)
    {
        QTextStream(stderr) << "bench_billing_key_lookup: " << message << "\n";
        QCoreApplication::exit(1);
    }

    BenchmarkOptions m_options;
    SystemClock m_clock;
    QNetworkAccessManager m_network;
    Connection m_connection { &m_network, &m_clock }; // declared after m_network: goes first
    std::unique_ptr<BillingKeyBatchLookup> m_lookup;
    RoundTripProbe m_roundTrips { u"bench_cust_000001"_s };
    RoundTripMedians m_roundTripMedians;
    EventLoopStallMeter m_stallMeter;
    QElapsedTimer m_wallClock;
    QStringList m_ids;
    QSet<QString> m_found;
    QSet<QString> m_missing;
    qsizetype m_failed = 0;
    QString m_firstFailure;
    int m_sandboxRequestsBefore = -1;
    int m_sandboxRequestsAfter = -1; // after the first run: the figures are the first run's
    double m_wallMs = 0;
    double m_secondWallMs = 0;
    long m_rssBeforeKiB = -1;
    long m_rssAfterFirstKiB = -1;
    long m_rssAfterSecondKiB = -1;
    bool m_secondRun = false;
    bool m_firstRunVerified = false;
    bool m_cancelled = false;
    bool m_timedOut = false;
};

} // namespace

} // namespace portone::bench

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_billing_key_lookup"_s);

    const auto account = portone::sandbox::SandboxServer::defaultAccount();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Looks up many customer_uids against a standalone portone-sandbox (started with "
        "--seed-billing-keys COUNT/2) through the billing-key workspace's code path."_s);
    parser.addHelpOption();
    const QCommandLineOption baseUrlOption(u"base-url"_s, u"Sandbox address."_s, u"URL"_s);
    const QCommandLineOption countOption(u"count"_s, u"How many customer_uids (half exist)."_s,
                                         u"N"_s, u"10000"_s);
    const QCommandLineOption keyOption(u"imp-key"_s, u"imp_key."_s, u"KEY"_s, account.impKey);
    const QCommandLineOption secretOption(u"imp-secret"_s, u"imp_secret."_s, u"SECRET"_s,
                                          account.impSecret);
    const QCommandLineOption timeoutOption(u"timeout"_s, u"Give up after S seconds."_s, u"S"_s,
                                           u"600"_s);
    const QCommandLineOption sandboxTokenOption(
        u"sandbox-token"_s, u"portone-sandbox's control token (printed in its banner)."_s,
        u"TOKEN"_s);
    parser.addOptions(
        { baseUrlOption, countOption, keyOption, secretOption, timeoutOption, sandboxTokenOption });
    parser.process(app);

    portone::bench::BenchmarkOptions options;
    options.baseUrl = QUrl(parser.value(baseUrlOption));
    options.credentials = { parser.value(keyOption), parser.value(secretOption) };
    options.sandboxToken = parser.value(sandboxTokenOption).toLatin1();
    bool countOk = false;
    bool timeoutOk = false;
    options.count = parser.value(countOption).toInt(&countOk);
    options.timeoutSeconds = parser.value(timeoutOption).toInt(&timeoutOk);
    if (!options.baseUrl.isValid() || options.baseUrl.scheme() != u"http"_s || !countOk
        || options.count < 1 || !timeoutOk || options.timeoutSeconds < 1) {
        QTextStream(stderr) << "usage: bench_billing_key_lookup --base-url http://127.0.0.1:PORT "
                               "[--count N] [--imp-key K --imp-secret S] [--timeout S] "
                               "[--sandbox-token T]\n";
        return 2;
    }

    portone::bench::BulkLookupBenchmark benchmark(options);
    QTimer::singleShot(0, &benchmark, [&benchmark] { benchmark.start(); });
    return QCoreApplication::exec();
}
