// PaymentSearch against the in-process sandbox: a range of any length split into 90-day
// windows, every page of every window to the end (never a page past it), in order, and a
// clear end (finished, cancelled, failed with what arrived kept).
#include "core/api/PaymentSearch.h"
#include "tests/core/ClientFixture.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portone;

namespace {

constexpr qint64 Day = 24 * 60 * 60;

struct Recorder
{
    explicit Recorder(PaymentSearch &search)
    {
        QObject::connect(&search, &PaymentSearch::pageArrived, &context,
                         [this](const QList<Payment> &page) {
                             ++pages;
                             for (const Payment &payment : page)
                                 impUids << payment.impUid;
                         });
        QObject::connect(&search, &PaymentSearch::progressChanged, &context,
                         [this](int received, int) { progress << received; });
        QObject::connect(&search, &PaymentSearch::finished, &context,
                         [this](PaymentSearch::End how) {
                             ++finishedCount;
                             end = how;
                         });
    }
    QObject context;
    QStringList impUids;
    QList<int> progress;
    int pages = 0;
    int finishedCount = 0;
    std::optional<PaymentSearch::End> end;
};

QString queryValue(const RequestTrace &trace, const QString &name)
{
    for (const auto &[key, value] : trace.query)
        if (key == name)
            return value;
    return {};
}

} // namespace

class TestPaymentSearch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ClientFixture> f;

    QList<RequestTrace> searchTraces() const
    {
        QList<RequestTrace> found;
        for (const RequestTrace &trace : std::as_const(f->traces))
            if (trace.operation == u"getPaymentsByStatus"_s)
                found << trace;
        return found;
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<test::ClientFixture>();
        QVERIFY(f->start());
        f->server->seedBenchmarkPayments(300);
    }
    void cleanup() { f.reset(); }

    void rangesSplitIntoConsecutive90DayWindows()
    {
        const QDateTime from = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        const QList<PaymentSearchWindow> year = splitPaymentSearchRange(from, from.addDays(365));
        QCOMPARE(year.size(), 5);
        QCOMPARE(year.first().from, from);
        QCOMPARE(year.last().to, from.addDays(365));
        for (qsizetype i = 0; i < year.size(); ++i) {
            QVERIFY(year.at(i).to.toSecsSinceEpoch() - year.at(i).from.toSecsSinceEpoch()
                    <= 90 * Day);
            if (i > 0)
                QCOMPARE(year.at(i).from, year.at(i - 1).to.addSecs(1)); // no gap, no overlap
        }
        QCOMPARE(year.at(0).to, from.addDays(90).addSecs(-1));
        QCOMPARE(splitPaymentSearchRange(from, from.addDays(90)).size(), 2); // 90 days + 1 s
        QCOMPARE(splitPaymentSearchRange(from, from.addDays(90).addSecs(-1)).size(), 1);
        QCOMPARE(splitPaymentSearchRange(from, from).size(), 1);
        QVERIFY(splitPaymentSearchRange(from, from.addSecs(-1)).isEmpty());
        QVERIFY(splitPaymentSearchRange(QDateTime(), from).isEmpty());
    }

    void pagesThroughEveryWindowToTheEnd()
    {
        PaymentSearch search(f->client);
        Recorder r(search);
        search.start(test::lastYearOfPayments(40));
        QTRY_COMPARE(r.finishedCount, 1);
        QCOMPARE(*r.end, PaymentSearch::End::Finished);
        QCOMPARE(search.end(), PaymentSearch::End::Finished);
        QVERIFY(!search.failure());
        QCOMPARE(search.windowCount(), 5);
        QCOMPARE(search.windowsAnswered(), 5);

        // Every payment once: the 300 benchmark payments and the seeded ones.
        const QSet<QString> unique(r.impUids.begin(), r.impUids.end());
        QCOMPARE(unique.size(), r.impUids.size());
        QCOMPARE(search.received(), int(r.impUids.size()));
        QCOMPARE(search.expected(), search.received());
        QVERIFY(search.received() >= 300 + 120);
        QVERIFY(!r.progress.isEmpty());
        QCOMPARE(r.progress.last(), search.received());
        QVERIFY(std::is_sorted(r.progress.begin(), r.progress.end()));

        // Each request within 90 days, the last page of each window asked, none past it: the
        // sandbox answers a page past the end with a 400, which would have failed the search.
        const QList<RequestTrace> traces = searchTraces();
        QCOMPARE(int(traces.size()), search.requestsSent());
        QSet<QString> windowsAsked;
        for (const RequestTrace &trace : traces) {
            QCOMPARE(trace.httpStatus, 200);
            QCOMPARE(queryValue(trace, u"limit"_s), u"40"_s);
            const qint64 from = queryValue(trace, u"from"_s).toLongLong();
            const qint64 to = queryValue(trace, u"to"_s).toLongLong();
            QVERIFY(to - from < 90 * Day);
            windowsAsked << queryValue(trace, u"from"_s);
        }
        QCOMPARE(windowsAsked.size(), 5);
        QVERIFY(search.requestsSent() >= search.received() / 40);
        QVERIFY(search.requestsSent() <= search.received() / 40 + 5);
    }

    // PortOne's default sorting is newest first: the newest window is asked and handed over
    // first, so the pages arrive newest first across windows too.
    void pagesArriveNewestWindowFirst()
    {
        PaymentSearch search(f->client);
        QList<qint64> firstStarts;
        QObject context;
        connect(&search, &PaymentSearch::pageArrived, &context, [&](const QList<Payment> &page) {
            firstStarts << page.first().startedAt.toSecsSinceEpoch();
        });
        search.start(test::lastYearOfPayments(100));
        QTRY_VERIFY(!search.isRunning());
        QVERIFY(firstStarts.size() > 4);
        QVERIFY(std::is_sorted(firstStarts.rbegin(), firstStarts.rend()));

        PaymentSearchCriteria ascending = test::lastYearOfPayments(100);
        ascending.sorting = PaymentSorting::StartedAsc;
        firstStarts.clear();
        search.start(ascending);
        QTRY_VERIFY(!search.isRunning());
        QVERIFY(std::is_sorted(firstStarts.begin(), firstStarts.end()));
    }

    // A page of 1000 is read and typed on the transport's worker thread (an answer over 256 KB);
    // it must hand over the same payments, in the same order, as small pages read in place.
    void largePagesReadOffThreadMatchSmallPages()
    {
        f->server->seedBenchmarkPayments(2000);
        PaymentSearchCriteria criteria = test::lastYearOfPayments(PaymentSearch::MaxPageSize);
        criteria.from = criteria.to.addDays(-89);
        QStringList large;
        QStringList small;
        for (QStringList *into : { &large, &small }) {
            PaymentSearch search(f->client);
            Recorder r(search);
            search.start(criteria);
            QTRY_COMPARE(r.finishedCount, 1);
            QCOMPARE(*r.end, PaymentSearch::End::Finished);
            *into = r.impUids;
            criteria.pageSize = 40;
        }
        QVERIFY2(large.size() >= 450, qPrintable(QString::number(large.size()))); // > 256 KB
        QCOMPARE(large, small);
    }

    // An export asks for typed fields only: the raw JSON (about half of a page's memory) is
    // dropped where the page is typed, large or small; the Search view's detail keeps it.
    void typedOnlyPagesCarryNoRawJson()
    {
        f->server->seedBenchmarkPayments(2000);
        PaymentSearchCriteria criteria = test::lastYearOfPayments(PaymentSearch::MaxPageSize);
        criteria.from = criteria.to.addDays(-89);
        QHash<QString, Payment> withRaw;
        for (const bool keepRawJson : { true, false }) {
            for (const int pageSize : { PaymentSearch::MaxPageSize, 40 }) {
                criteria.keepRawJson = keepRawJson;
                criteria.pageSize = pageSize;
                PaymentSearch search(f->client);
                QList<Payment> arrived;
                QObject context;
                connect(&search, &PaymentSearch::pageArrived, &context,
                        [&arrived](const QList<Payment> &page) { arrived += page; });
                Recorder r(search);
                search.start(criteria);
                QTRY_COMPARE(r.finishedCount, 1);
                QVERIFY(arrived.size() >= 450);
                for (const Payment &payment : std::as_const(arrived)) {
                    QCOMPARE(payment.raw.isEmpty(), !keepRawJson);
                    if (keepRawJson) {
                        QCOMPARE(payment.raw.value(u"imp_uid"_s).toString(), payment.impUid);
                        withRaw.insert(payment.impUid, payment);
                        continue;
                    }
                    const Payment same = withRaw.value(payment.impUid);
                    QCOMPARE(payment.merchantUid, same.merchantUid);
                    QCOMPARE(payment.status, same.status);
                    QCOMPARE(payment.amount, same.amount);
                    QCOMPARE(payment.paidAt, same.paidAt);
                    QCOMPARE(payment.buyerName, same.buyerName);
                }
            }
        }
    }

    void statusFilterReachesEveryRequest()
    {
        PaymentSearch search(f->client);
        Recorder r(search);
        PaymentSearchCriteria criteria = test::lastYearOfPayments(1000);
        criteria.status = PaymentStatusFilter::Failed;
        search.start(criteria);
        QTRY_COMPARE(r.finishedCount, 1);
        QVERIFY(search.received() > 0);
        for (const RequestTrace &trace : searchTraces())
            QVERIFY(trace.path.endsWith(u"/payments/status/failed"_s));
    }

    void cancelMidwayStopsSendingAndKeepsWhatArrived()
    {
        // Every payment of the range, to compare with: the windows answered when the search is
        // cancelled may hold no more than what was handed over (the newest window of a year is
        // six days long and may fit in two pages).
        PaymentSearch whole(f->client);
        Recorder all(whole);
        whole.start(test::lastYearOfPayments(PaymentSearch::MaxPageSize));
        QTRY_COMPARE(all.finishedCount, 1);
        PaymentSearch search(f->client);
        Recorder r(search);
        QObject context;
        connect(&search, &PaymentSearch::pageArrived, &context, [&] {
            if (r.pages == 2)
                search.cancel();
        });
        search.start(test::lastYearOfPayments(10));
        QTRY_COMPARE(r.finishedCount, 1);
        QCOMPARE(*r.end, PaymentSearch::End::Cancelled);
        QCOMPARE(r.pages, 2);
        QCOMPARE(search.received(), int(r.impUids.size()));
        QVERIFY(search.received() > 0);
        QVERIFY(search.received() < whole.received());
        QVERIFY(!search.isRunning());
        const int sent = search.requestsSent();
        QVERIFY(sent < 40);
        const int requestsAtCancel = f->server->requestCount();
        QTest::qWait(50); // nothing more may go out; a late answer is not handed over
        QCOMPARE(f->server->requestCount(), requestsAtCancel);
        QCOMPARE(r.pages, 2);
        QCOMPARE(r.finishedCount, 1);
    }

    void failureMidwayEndsWithTheErrorAndKeepsWhatArrived()
    {
        PaymentSearch search(f->client);
        Recorder r(search);
        QObject context;
        connect(&search, &PaymentSearch::pageArrived, &context, [&] {
            if (r.pages == 1)
                f->server->setFaults({ .serverError = true });
        });
        search.start(test::lastYearOfPayments(10));
        QTRY_COMPARE(r.finishedCount, 1);
        QCOMPARE(*r.end, PaymentSearch::End::Failed);
        QVERIFY(search.failure());
        QCOMPARE(search.failure()->httpStatus, 500);
        QVERIFY(r.pages >= 1);
        QCOMPARE(search.received(), int(r.impUids.size()));
        QVERIFY(search.received() >= 10);
    }

    void invalidRangeFailsBeforeSending()
    {
        PaymentSearch search(f->client);
        Recorder r(search);
        PaymentSearchCriteria criteria = test::lastYearOfPayments(10);
        std::swap(criteria.from, criteria.to);
        search.start(criteria);
        QTRY_COMPARE(r.finishedCount, 1);
        QCOMPARE(*r.end, PaymentSearch::End::Failed);
        QCOMPARE(search.failure()->kind, ApiError::Kind::Validation);
        QCOMPARE(search.requestsSent(), 0);

        criteria = test::lastYearOfPayments(PaymentSearch::MaxPageSize + 1);
        search.start(criteria);
        QTRY_COMPARE(r.finishedCount, 2);
        QCOMPARE(search.failure()->fieldErrors.first().field, u"limit"_s);
        QCOMPARE(search.requestsSent(), 0);
    }

    // A range with nothing in it ends as finished with no page.
    void emptyRangeFinishesWithNothing()
    {
        PaymentSearch search(f->client);
        Recorder r(search);
        PaymentSearchCriteria criteria;
        criteria.to = QDateTime::currentDateTimeUtc().addYears(-5);
        criteria.from = criteria.to.addDays(-200);
        search.start(criteria);
        QTRY_COMPARE(r.finishedCount, 1);
        QCOMPARE(*r.end, PaymentSearch::End::Finished);
        QCOMPARE(r.pages, 0);
        QCOMPARE(search.requestsSent(), 3);
        QCOMPARE(search.expected(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPaymentSearch)
#include "tst_payment_search.moc"
