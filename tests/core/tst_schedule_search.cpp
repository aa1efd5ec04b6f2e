// The merchant-wide schedule listing against the sandbox over loopback: any range split into
// 3-month windows without gaps or overlaps, every window paged until a short page, pages handed
// over in order while several windows are asked at once, cancel, and a failure half-way that
// keeps the beginning of the listing.
#include "core/api/ScheduleSearch.h"
#include "tests/core/SubscriptionFixture.h"

#include <QTest>

using namespace portone;
using namespace portone::test;
using namespace Qt::StringLiterals;
using End = ScheduleSearch::End;

namespace {

// What a search handed over, page by page, and how it ended.
struct Listing
{
    explicit Listing(ScheduleSearch &search)
    {
        QObject::connect(&search, &ScheduleSearch::pageArrived, &context,
                         [this, &search](const QList<Schedule> &page) {
                             pages << page;
                             sentAtEachPage << search.requestsSent();
                         });
        QObject::connect(&search, &ScheduleSearch::finished, &context,
                         [this](End how) { end = how; });
    }
    bool wait()
    {
        return QTest::qWaitFor([this] { return end.has_value(); }, 10000);
    }
    QStringList ids() const
    {
        QStringList out;
        for (const QList<Schedule> &page : pages)
            for (const Schedule &s : page)
                out << s.merchantUid;
        return out;
    }
    QList<QDateTime> times() const
    {
        QList<QDateTime> out;
        for (const QList<Schedule> &page : pages)
            for (const Schedule &s : page)
                out << s.scheduleAt;
        return out;
    }

    QObject context;
    QList<QList<Schedule>> pages;
    QList<int> sentAtEachPage;
    std::optional<End> end;
};

qint64 queryNumber(const RequestTrace &trace, const QString &name)
{
    for (const auto &[key, value] : trace.query)
        if (key == name)
            return value.toLongLong();
    return -1;
}

} // namespace

class TestScheduleSearch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SubscriptionFixture> f;
    QDateTime first; // beyond the seeded schedules: only what a test adds is there

    // Three customers' series from `first`: 45 of customer_1234 a day apart (one window, three
    // pages of 20), 12 of sbx_cust_0042 a month apart, 6 of super_customer_0001 every 40 days.
    void seedSeveralCustomers()
    {
        f->client.server->addScheduleSeries(u"customer_1234"_s, u"daily"_s, first, 45,
                                            std::chrono::hours(24));
        f->client.server->addScheduleSeries(u"sbx_cust_0042"_s, u"monthly"_s, first.addSecs(60), 12,
                                            std::chrono::hours(24 * 30));
        f->client.server->addScheduleSeries(u"super_customer_0001"_s, u"forty"_s,
                                            first.addSecs(120), 6, std::chrono::hours(24 * 40));
    }
    ScheduleSweepRequest everyCustomer(const QDateTime &to, int limit = 20) const
    {
        ScheduleSweepRequest request;
        request.from = first;
        request.to = to;
        request.limit = limit;
        return request;
    }
    QList<RequestTrace> rangeRequests() const
    {
        QList<RequestTrace> out;
        for (const RequestTrace &trace : f->client.traces)
            if (trace.operation == u"findSchedulesByRange"_s)
                out << trace;
        return out;
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<SubscriptionFixture>();
        QVERIFY(f->start());
        first = f->now().addMonths(10);
    }
    void cleanup() { f.reset(); }

    void listsAnyRangeInThreeMonthWindows_data()
    {
        QTest::addColumn<bool>("plainArray");
        QTest::newRow("the spec's plain array") << true;
        QTest::newRow("the live API's page object") << false;
    }
    void listsAnyRangeInThreeMonthWindows()
    {
        QFETCH(bool, plainArray);
        f->client.server->setSchedulesAsPlainArray(plainArray);
        seedSeveralCustomers();
        ScheduleSearch search(f->client.client);
        Listing listing(search);
        const QDateTime to = first.addMonths(14).addDays(3);
        search.start(everyCustomer(to));
        QVERIFY(listing.wait());
        QCOMPARE(*listing.end, End::Finished);
        QVERIFY(!search.failure());

        // Every schedule once, oldest first, across customers.
        QCOMPARE(search.received(), 45 + 12 + 6);
        const QStringList ids = listing.ids();
        QCOMPARE(ids.size(), 63);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 63);
        const QList<QDateTime> times = listing.times();
        QVERIFY(std::is_sorted(times.cbegin(), times.cend()));
        QCOMPARE(listing.ids().first(), u"daily_0001"_s);
        QCOMPARE(listing.ids().last(), u"monthly_0012"_s);

        // The windows chain from `from` to `to`: none longer than 3 months, no gap, no overlap.
        QList<std::pair<qint64, qint64>> windows;
        for (const RequestTrace &trace : rangeRequests()) {
            QCOMPARE(queryNumber(trace, u"limit"_s), 20);
            if (queryNumber(trace, u"page"_s) == 1)
                windows.append({ queryNumber(trace, u"schedule_from"_s),
                                 queryNumber(trace, u"schedule_to"_s) });
        }
        std::sort(windows.begin(), windows.end());
        QCOMPARE(search.windowCount(), 5);
        QCOMPARE(search.windowsDone(), 5);
        QCOMPARE(windows.size(), 5);
        QCOMPARE(windows.first().first, first.toSecsSinceEpoch());
        QCOMPARE(windows.last().second, to.toSecsSinceEpoch());
        for (qsizetype i = 0; i < windows.size(); ++i) {
            const QDateTime start = QDateTime::fromSecsSinceEpoch(windows[i].first, Qt::UTC);
            QVERIFY(windows[i].second > windows[i].first);
            QVERIFY(QDateTime::fromSecsSinceEpoch(windows[i].second, Qt::UTC)
                    <= start.addMonths(3));
            if (i > 0)
                QCOMPARE(windows[i].first, windows[i - 1].second);
        }
        // Each window is paged until a short page: pages of 20, so n schedules take n / 20 + 1
        // requests (a window of exactly 40 ends on an empty third page).
        int expectedRequests = 0;
        for (const auto &window : windows) {
            const auto from = window.first;
            const auto until = window.second;
            const auto inWindow = [from, until](const QDateTime &t) {
                return t.toSecsSinceEpoch() >= from && t.toSecsSinceEpoch() < until;
            };
            expectedRequests += int(std::count_if(times.cbegin(), times.cend(), inWindow)) / 20 + 1;
        }
        QVERIFY(expectedRequests >= 5 + 2); // the first window has 45 + 3 + 3 schedules
        QCOMPARE(search.requestsSent(), expectedRequests);
        QCOMPARE(rangeRequests().size(), expectedRequests);
    }

    // A window of exactly two full pages ends on an empty third one; pages are asked one after
    // another in a window, and the pages are handed over in order while later windows answer
    // first.
    void followsPagesUntilAShortOneAndHandsOverInOrder()
    {
        f->client.server->addScheduleSeries(u"customer_1234"_s, u"full"_s, first, 40,
                                            std::chrono::hours(1));
        f->client.server->addScheduleSeries(u"sbx_cust_0042"_s, u"later"_s, first.addMonths(4), 5,
                                            std::chrono::hours(24 * 10));
        f->client.server->setFaults({ .latencyMs = 40 });
        ScheduleSearch search(f->client.client);
        Listing listing(search);
        search.start(everyCustomer(first.addMonths(12)));
        QVERIFY(listing.wait());
        QCOMPARE(*listing.end, End::Finished);
        QCOMPARE(search.received(), 45);
        const QList<QDateTime> times = listing.times();
        QVERIFY(std::is_sorted(times.cbegin(), times.cend()));
        QCOMPARE(listing.pages.size(), 3); // 20 and 20 of the first window, 5 of the second
        QCOMPARE(listing.pages.at(0).size(), 20);
        QCOMPARE(listing.pages.at(1).size(), 20);
        QCOMPARE(listing.pages.at(2).size(), 5);
        // Window 1: pages 1, 2 and the empty 3; windows 2 to 4: one page each.
        QCOMPARE(search.requestsSent(), 3 + 3);
        int firstWindowPages = 0;
        for (const RequestTrace &trace : rangeRequests())
            firstWindowPages += queryNumber(trace, u"schedule_from"_s) == first.toSecsSinceEpoch();
        QCOMPARE(firstWindowPages, 3);
        // Several windows were on the wire before the first page was handed over, never more
        // than the search holds.
        QVERIFY(listing.sentAtEachPage.first() >= 2);
        QVERIFY(listing.sentAtEachPage.first() <= ScheduleSearch::MaxHeldPages);
    }

    void cancelStopsAndKeepsWhatWasHandedOver()
    {
        seedSeveralCustomers();
        f->client.server->setFaults({ .latencyMs = 150 });
        ScheduleSearch search(f->client.client);
        Listing listing(search);
        QObject stopper;
        connect(&search, &ScheduleSearch::pageArrived, &stopper, [&search] { search.cancel(); });
        search.start(everyCustomer(first.addYears(2)));
        QVERIFY(listing.wait());
        QCOMPARE(*listing.end, End::Cancelled);
        QVERIFY(!search.isRunning());
        QCOMPARE(listing.pages.size(), 1);
        QCOMPARE(search.received(), 20);
        const int sent = search.requestsSent();
        QVERIFY(sent < 8 + 2); // 8 windows, the first of three pages: not all asked
        QTest::qWait(200); // the answers still on the wire add nothing
        QCOMPARE(listing.pages.size(), 1);
        QCOMPARE(search.requestsSent(), sent);
    }

    void aFailureHalfWayKeepsTheBeginning()
    {
        seedSeveralCustomers();
        ScheduleSearch search(f->client.client);
        Listing whole(search);
        search.start(everyCustomer(first.addYears(2)));
        QVERIFY(whole.wait());
        QCOMPARE(*whole.end, End::Finished);

        Listing broken(search);
        QObject breaker;
        connect(&search, &ScheduleSearch::pageArrived, &breaker,
                [this] { f->client.server->setFaults({ .serverError = true }); });
        search.start(everyCustomer(first.addYears(2)));
        QVERIFY(broken.wait());
        QCOMPARE(*broken.end, End::Failed);
        QVERIFY(search.failure());
        QCOMPARE(search.failure()->kind, ApiError::Kind::Server);
        QVERIFY(search.received() >= 20);
        QVERIFY(search.received() < whole.ids().size());
        QCOMPARE(broken.ids(), whole.ids().mid(0, broken.ids().size()));
        QCOMPARE(search.received(), broken.ids().size());
    }

    void refusesAnEmptyRangeWithoutAsking()
    {
        ScheduleSearch search(f->client.client);
        Listing listing(search);
        search.start(everyCustomer(first));
        QVERIFY(!listing.end); // answered on a later turn
        QVERIFY(listing.wait());
        QCOMPARE(*listing.end, End::Failed);
        QCOMPARE(search.failure()->kind, ApiError::Kind::Validation);
        QCOMPARE(search.requestsSent(), 0);
        QVERIFY(rangeRequests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScheduleSearch)
#include "tst_schedule_search.moc"
