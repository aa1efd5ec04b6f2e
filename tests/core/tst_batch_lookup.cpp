// BillingKeyBatchLookup against the in-process sandbox: every id answered exactly once, in
// ceil(n / BatchSize) requests, progress monotonic, cancel and failures reported.
#include "core/api/BillingKeyBatchLookup.h"
#include "tests/core/ClientFixture.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portone;

namespace {
// 230 seeded keys and 20 unknown ones, interleaved.
QStringList mixedIds(int total, int unknownEvery)
{
    QStringList ids;
    int known = 0;
    for (int i = 1; i <= total; ++i) {
        if (i % unknownEvery == 0)
            ids << u"unknown_%1"_s.arg(i);
        else
            ids << u"sbx_cust_%1"_s.arg(++known, 4, 10, QChar(u'0'));
    }
    return ids;
}

struct Recorder
{
    explicit Recorder(BillingKeyBatchLookup &lookup)
    {
        QObject::connect(&lookup, &BillingKeyBatchLookup::batchFinished, &context,
                         [this](const QList<BillingKey> &keys, const QStringList &absent) {
                             for (const BillingKey &key : keys)
                                 found << key.customerUid();
                             missing << absent;
                         });
        QObject::connect(&lookup, &BillingKeyBatchLookup::batchFailed, &context,
                         [this](const QStringList &ids, const ApiError &error) {
                             failed << ids;
                             lastError = error;
                         });
        QObject::connect(&lookup, &BillingKeyBatchLookup::progressChanged, &context,
                         [this](int done, int) { progress << done; });
        QObject::connect(&lookup, &BillingKeyBatchLookup::finished, &context,
                         [this](bool wasCancelled) {
                             ++finishedCount;
                             cancelled = wasCancelled;
                         });
    }
    QObject context;
    QStringList found, missing, failed;
    QList<int> progress;
    ApiError lastError;
    int finishedCount = 0;
    bool cancelled = false;
};

int batchesFor(int ids)
{
    return (ids + BillingKeyBatchLookup::BatchSize - 1) / BillingKeyBatchLookup::BatchSize;
}
} // namespace

class TestBatchLookup : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ClientFixture> f;

    void warmUpToken()
    {
        BillingKeyBatchLookup lookup(f->client);
        Recorder r(lookup);
        lookup.start({ u"customer_1234"_s });
        QTRY_COMPARE(r.finishedCount, 1);
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<test::ClientFixture>();
        QVERIFY(f->start());
        warmUpToken();
    }
    void cleanup() { f.reset(); }

    void constantsKeepTheUrlShort()
    {
        // 80-character ids, percent-encoded name "customer_uid%5B%5D=" and "&": under ~6 KB.
        QVERIFY(BillingKeyBatchLookup::BatchSize * (80 + 20) <= 6000);
        QVERIFY(BillingKeyBatchLookup::BatchSize >= 20);
        QVERIFY(BillingKeyBatchLookup::MaxInFlight >= 2);
        QVERIFY(BillingKeyBatchLookup::MaxInFlight <= 6);
    }

    void everyIdAnsweredExactlyOnce()
    {
        const QStringList ids = mixedIds(250, 12); // 20 unknown
        QCOMPARE(ids.filter(u"unknown_"_s).size(), 20);
        BillingKeyBatchLookup lookup(f->client);
        Recorder r(lookup);
        const int before = f->server->requestCount();
        lookup.start(ids);
        QVERIFY(lookup.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(r.finishedCount, 1, 20000);
        QVERIFY(!r.cancelled);
        QVERIFY(!lookup.isRunning());
        QCOMPARE(r.found.size(), 230);
        QCOMPARE(r.missing.size(), 20);
        QVERIFY(r.failed.isEmpty());
        QCOMPARE(lookup.foundCount(), 230);
        QCOMPARE(lookup.missingCount(), 20);
        QCOMPARE(lookup.failedCount(), 0);
        QCOMPARE(lookup.done(), 250);
        QCOMPARE(lookup.total(), 250);
        QStringList all = r.found + r.missing;
        QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), 250);
        all.sort();
        QStringList expected = ids;
        expected.sort();
        QCOMPARE(all, expected);
        for (const QString &id : std::as_const(r.missing))
            QVERIFY2(id.startsWith(u"unknown_"_s), qPrintable(id));
        QVERIFY(!r.progress.isEmpty());
        for (qsizetype i = 1; i < r.progress.size(); ++i)
            QVERIFY(r.progress.at(i) > r.progress.at(i - 1));
        QCOMPARE(r.progress.last(), 250);
        QCOMPARE(lookup.requestsSent(), batchesFor(250));
        QCOMPARE(f->server->requestCount() - before, batchesFor(250));
    }

    void longIdsCloseABatchEarly()
    {
        // Ids that triple in size when percent-encoded keep the URL under the budget.
        QStringList ids;
        for (int i = 0; i < 60; ++i)
            ids << QString(76, QChar(u'/')) + u"%1"_s.arg(i, 4, 10, QChar(u'0'));
        BillingKeyBatchLookup lookup(f->client);
        Recorder r(lookup);
        lookup.start(ids);
        QTRY_COMPARE_WITH_TIMEOUT(r.finishedCount, 1, 20000);
        QCOMPARE(r.missing.size(), 60);
        QVERIFY(lookup.requestsSent() > batchesFor(60));
    }

    void cancelStopsEarly()
    {
        f->server->setFaults({ .latencyMs = 300, .serverError = false });
        const QStringList ids = mixedIds(1000, 10);
        BillingKeyBatchLookup lookup(f->client);
        Recorder r(lookup);
        lookup.start(ids);
        QTRY_VERIFY(!r.progress.isEmpty());
        lookup.cancel();
        QCOMPARE(r.finishedCount, 1);
        QVERIFY(r.cancelled);
        QVERIFY(!lookup.isRunning());
        const int doneAtCancel = lookup.done();
        QVERIFY(doneAtCancel < 1000);
        QTest::qWait(800); // no late answers are reported
        QCOMPARE(lookup.done(), doneAtCancel);
        QCOMPARE(r.finishedCount, 1);
        QVERIFY(lookup.requestsSent() < batchesFor(1000));
    }

    void serverErrorFailsTheBatch()
    {
        f->server->setFaults({ .serverError = true });
        const QStringList ids = mixedIds(120, 12);
        BillingKeyBatchLookup lookup(f->client);
        Recorder r(lookup);
        lookup.start(ids);
        QTRY_COMPARE_WITH_TIMEOUT(r.finishedCount, 1, 20000);
        QCOMPARE(r.failed.size(), 120);
        QVERIFY(r.found.isEmpty());
        QVERIFY(r.missing.isEmpty());
        QCOMPARE(r.lastError.httpStatus, 500);
        QCOMPARE(lookup.failedCount(), 120);
        QCOMPARE(lookup.done(), 120);
        QStringList failed = r.failed;
        failed.sort();
        QStringList expected = ids;
        expected.sort();
        QCOMPARE(failed, expected);
    }

    // A 207 whose code is not 0 (another server's reading of the spec): the keys that came are
    // found, the rest failed with PortOne's message, none reported missing (issue 15, item 4).
    void partialAnswerWithCodeKeepsTheKeysFound()
    {
        f->server->setOptions({ .partialLookupsWithCode = true });
        BillingKeyBatchLookup lookup(f->client);
        Recorder r(lookup);
        lookup.start({ u"customer_1234"_s, u"nope_1"_s, u"super_customer_0001"_s });
        QTRY_COMPARE(r.finishedCount, 1);
        QCOMPARE(r.found.size(), 2);
        QCOMPARE(r.failed, QStringList { u"nope_1"_s });
        QVERIFY(r.missing.isEmpty());
        QCOMPARE(r.lastError.httpStatus, 207);
        QCOMPARE(r.lastError.code, 1);
        QVERIFY(r.lastError.message.contains(u"nope_1"_s));
        QCOMPARE(lookup.failedCount(), 1);
        QCOMPARE(lookup.done(), 3);
    }

    // 429 with Retry-After: the look-up pauses, says how long, and resumes by itself with the
    // refused batches; every id is answered once (issue 15, item 1).
    void tooManyRequestsPausesAndResumes()
    {
        f->server->setFaults({ .tooManyRequests = 2 });
        const QStringList ids = mixedIds(120, 12);
        BillingKeyBatchLookup lookup(f->client);
        Recorder r(lookup);
        QSignalSpy paused(&lookup, &BillingKeyBatchLookup::paused);
        QSignalSpy resumed(&lookup, &BillingKeyBatchLookup::resumed);
        lookup.start(ids);
        QTRY_COMPARE(paused.size(), 1);
        QCOMPARE(paused.first().first().toInt(), 1); // the sandbox's Retry-After: 1
        QTRY_COMPARE_WITH_TIMEOUT(r.finishedCount, 1, 10000);
        QCOMPARE(resumed.size(), 1);
        QVERIFY(r.failed.isEmpty());
        QCOMPARE(r.found.size() + r.missing.size(), 120);
        QCOMPARE(lookup.done(), 120);
        QCOMPARE(lookup.requestsSent(), batchesFor(120) + 2);
    }

    // A server that keeps refusing: after MaxThrottledRetries the batch fails with the 429.
    void endlessTooManyRequestsFailsTheBatch()
    {
        f->server->setFaults({ .tooManyRequests = 1000 });
        BillingKeyBatchLookup lookup(f->client);
        Recorder r(lookup);
        lookup.start({ u"customer_1234"_s });
        QTRY_COMPARE_WITH_TIMEOUT(r.finishedCount, 1, 15000);
        QCOMPARE(r.failed, QStringList { u"customer_1234"_s });
        QCOMPARE(r.lastError.httpStatus, 429);
        QCOMPARE(r.lastError.retryAfterSeconds, 1);
        QCOMPARE(lookup.requestsSent(), BillingKeyBatchLookup::MaxThrottledRetries + 1);
    }

    void invalidIdsFailWithoutSinkingTheBatch()
    {
        BillingKeyBatchLookup lookup(f->client);
        Recorder r(lookup);
        lookup.start({ u"customer_1234"_s, u"bad\u0001id"_s, u"customer_5678"_s });
        QTRY_COMPARE(r.finishedCount, 1);
        QCOMPARE(r.found.size(), 2);
        QCOMPARE(r.failed, QStringList { u"bad\u0001id"_s });
        QCOMPARE(r.lastError.kind, ApiError::Kind::Validation);
        QCOMPARE(lookup.requestsSent(), 1);
    }
};

QTEST_MAIN(TestBatchLookup)
#include "tst_batch_lookup.moc"
