// bench_payment_export: exports every payment of the last year (status all) from a standalone
// portone-sandbox to a CSV file through the Search view's code path (Connection: TokenManager +
// PortOneClient, PaymentExport: PaymentSearch + PaymentCsvFile) and reports wall time, rows,
// requests, resident memory (before, highest during, after) and the longest event-loop stall.
// The same export then runs a second time: memory must not grow from one run to the next.
// Run by `packaging/portone-desk.sh bench-export` (see README); not a CTest suite.
#include "EventLoopStallMeter.h"
#include "ProcessMemory.h"
#include "core/api/PaymentExport.h"
#include "core/auth/TokenManager.h"
#include "core/connection/Connection.h"
#include "core/util/Clock.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace portone::bench {

namespace {

// The resident memory may settle a little higher after the first run (allocator slack, Qt's
// caches); more than this from the first run to the second is growth.
constexpr long SecondRunToleranceKiB = 1024;

struct ExportRun
{
    double wallMs = 0;
    qint64 rows = 0;
    int requests = 0;
    bool complete = false;
    long rssBeforeKiB = 0;
    long rssHighestKiB = 0;
    long rssAfterKiB = 0;
    double longestStallMs = 0;
    double longestBusyMs = 0;
    QString problem;
};

class ExportBenchmark : public QObject
{
public:
    ExportBenchmark(const QUrl &baseUrl, const QString &outPath, qint64 from, qint64 to)
        : m_baseUrl(baseUrl)
        , m_outPath(outPath)
    {
        const sandbox::SandboxAccount account = sandbox::SandboxServer::defaultAccount();
        ClientSettings settings;
        settings.baseUrl = baseUrl;
        Profile profile;
        profile.name = u"Benchmark"_s;
        profile.impKey = account.impKey;
        profile.baseUrl = baseUrl;
        m_connection.open(profile,
                          std::make_unique<FixedCredentialSource>(
                              ApiCredentials { account.impKey, account.impSecret }),
                          settings);
        m_criteria.from = QDateTime::fromSecsSinceEpoch(from, Qt::UTC);
        m_criteria.to = QDateTime::fromSecsSinceEpoch(to, Qt::UTC);
        m_criteria.pageSize = PaymentSearch::MaxPageSize;
    }

    void start()
    {
        m_connection.tokens()->acquire(this, [this](const Result<AccessToken> &token) {
            if (!token) {
                QTextStream(stderr) << "no access token: " << token.error().summary() << "\n";
                QCoreApplication::exit(1);
                return;
            }
            runOnce();
        });
    }

private:
    void runOnce()
    {
        m_export = std::make_unique<PaymentExport>(m_connection.client());
        ExportRun &run = m_runs.emplace_back();
        run.rssBeforeKiB = currentRssKiB();
        run.rssHighestKiB = run.rssBeforeKiB;
        connect(m_export.get(), &PaymentExport::progressChanged, this, [this] {
            m_runs.back().rssHighestKiB = std::max(m_runs.back().rssHighestKiB, currentRssKiB());
        });
        connect(m_export.get(), &PaymentExport::finished, this,
                [this](const PaymentExport::Outcome &outcome) { onFinished(outcome); });
        m_stallMeter.start();
        m_wallClock.start();
        if (!m_export->start(m_criteria, m_outPath, false)) {
            QTextStream(stderr) << "cannot write " << m_outPath << ": " << m_export->openProblem()
                                << "\n";
            QCoreApplication::exit(1);
        }
    }

    void onFinished(const PaymentExport::Outcome &outcome)
    {
        ExportRun &run = m_runs.back();
        run.wallMs = static_cast<double>(m_wallClock.nsecsElapsed()) / 1e6;
        m_stallMeter.stop();
        run.longestStallMs = m_stallMeter.longestStallMs();
        run.longestBusyMs = m_stallMeter.longestBusyMs();
        run.rows = outcome.rows;
        run.complete = outcome.complete;
        run.requests = m_export->search().requestsSent();
        if (outcome.failure)
            run.problem = outcome.failure->summary();
        else if (!outcome.writeProblem.isEmpty())
            run.problem = outcome.writeProblem;
        // The job goes before the memory is read: what stays is what a finished export leaves.
        QTimer::singleShot(0, this, [this] {
            m_export.reset();
            m_runs.back().rssAfterKiB = currentRssKiB();
            if (m_runs.size() < 2 && m_runs.back().complete) {
                runOnce();
                return;
            }
            report();
        });
    }

    void report()
    {
        const ExportRun &first = m_runs.front();
        const ExportRun &second = m_runs.back();
        const bool bothComplete
            = m_runs.size() == 2 && first.complete && second.complete && first.rows == second.rows;
        const long growth = second.rssAfterKiB - first.rssAfterKiB;
        const long secondPeakGrowth = second.rssHighestKiB - first.rssHighestKiB;
        const bool stable = growth <= SecondRunToleranceKiB;
        QTextStream out(stdout);
        out << "bench_payment_export against " << m_baseUrl.toString() << "\n"
            << "  path: Connection (TokenManager + PortOneClient) + PaymentExport (PaymentSearch, "
            << PaymentSearch::MaxInFlight << " pages in flight, at most "
            << PaymentSearch::MaxHeldPages << " held, limit " << m_criteria.pageSize
            << "; PaymentCsvFile)\n"
            << "wall_ms: " << QString::number(first.wallMs, 'f', 1) << "\n"
            << "second_run_wall_ms: " << QString::number(second.wallMs, 'f', 1) << "\n"
            << "rows: " << first.rows << "\n"
            << "requests: " << first.requests << "\n"
            << "complete: " << (bothComplete ? "yes" : "no") << "\n"
            << "rss_before_kib: " << first.rssBeforeKiB << "\n"
            << "rss_highest_first_kib: " << first.rssHighestKiB << "\n"
            << "rss_after_first_kib: " << first.rssAfterKiB << "\n"
            << "rss_highest_second_kib: " << second.rssHighestKiB << "\n"
            << "rss_after_second_kib: " << second.rssAfterKiB << "\n"
            << "rss_growth_run_kib: " << first.rssHighestKiB - first.rssBeforeKiB << "\n"
            << "rss_growth_second_run_kib: " << growth << " (after the 2nd run - after the 1st; "
            << "tolerance " << SecondRunToleranceKiB
            << "; highest during it: " << (secondPeakGrowth >= 0 ? "+" : "") << secondPeakGrowth
            << ")\n"
            << "peak_rss_kib: " << peakRssKiB() << "\n"
            << "longest_stall_ms: "
            << QString::number(std::max(first.longestStallMs, second.longestStallMs), 'f', 2)
            << "\n"
            << "longest_stall_busy_ms: "
            << QString::number(std::max(first.longestBusyMs, second.longestBusyMs), 'f', 2)
            << " (CPU time of the event-loop thread in one gap)\n"
            << "memory_stable: " << (stable ? "yes" : "no") << "\n";
        if (!first.problem.isEmpty() || !second.problem.isEmpty())
            out << "error: " << (first.problem.isEmpty() ? second.problem : first.problem) << "\n";
        out << Qt::flush;
        QCoreApplication::exit(bothComplete && stable ? 0 : 1);
    }

    QUrl m_baseUrl;
    QString m_outPath;
    PaymentSearchCriteria m_criteria;
    SystemClock m_clock;
    QNetworkAccessManager m_network;
    Connection m_connection { &m_network, &m_clock };
    std::unique_ptr<PaymentExport> m_export;
    std::vector<ExportRun> m_runs;
    EventLoopStallMeter m_stallMeter;
    QElapsedTimer m_wallClock;
};

} // namespace

} // namespace portone::bench

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Exports payments through PaymentExport (see README)."_s);
    parser.addHelpOption();
    const QCommandLineOption baseUrl(u"base-url"_s, u"The sandbox's address."_s, u"url"_s);
    const QCommandLineOption out(u"out"_s, u"The CSV file to write."_s, u"path"_s);
    const QCommandLineOption from(u"from"_s, u"First second (UNIX time)."_s, u"seconds"_s);
    const QCommandLineOption to(u"to"_s, u"Last second (UNIX time)."_s, u"seconds"_s);
    parser.addOptions({ baseUrl, out, from, to });
    parser.process(app);
    if (!parser.isSet(baseUrl) || !parser.isSet(out) || !parser.isSet(from) || !parser.isSet(to))
        parser.showHelp(2);
    portone::bench::ExportBenchmark benchmark(QUrl(parser.value(baseUrl)), parser.value(out),
                                              parser.value(from).toLongLong(),
                                              parser.value(to).toLongLong());
    QTimer::singleShot(0, &benchmark, [&benchmark] { benchmark.start(); });
    return QCoreApplication::exec();
}
