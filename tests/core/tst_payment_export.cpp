// PaymentCsvFile and PaymentExport: a search streamed to a CSV file page by page (UTF-8 with a
// byte order mark, the formula guard, personal data only when asked), and a file cut short by
// Cancel or a failure named as incomplete.
#include "core/api/PaymentExport.h"
#include "core/util/Csv.h"
#include "tests/core/ClientFixture.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portone;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Payment customerPayment()
{
    Payment p;
    p.impUid = u"imp_100000000001"_s;
    p.merchantUid = u"order,with \"quotes\""_s;
    p.status = u"paid"_s;
    p.amount = 12000;
    p.name = u"=HYPERLINK(\"http://x\")"_s;
    p.buyerName = u"김민준"_s;
    p.buyerEmail = u"minjun@example.com"_s;
    p.buyerTel = u"010-9999-8888"_s;
    p.paidAt = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    return p;
}

struct ExportRecorder
{
    explicit ExportRecorder(PaymentExport &job)
    {
        QObject::connect(&job, &PaymentExport::finished, &context,
                         [this](const PaymentExport::Outcome &o) { outcome = o; });
    }
    QObject context;
    std::optional<PaymentExport::Outcome> outcome;
};

} // namespace

class TestPaymentExport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ClientFixture> f;
    std::unique_ptr<QTemporaryDir> dir;

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<test::ClientFixture>();
        QVERIFY(f->start());
        f->server->seedBenchmarkPayments(200);
        dir = std::make_unique<QTemporaryDir>();
    }
    void cleanup()
    {
        f.reset();
        dir.reset();
    }

    void fileHasBomHeaderGuardAndNoPersonalDataUnlessAsked()
    {
        const QString path = dir->filePath(u"payments.csv"_s);
        PaymentCsvFile file;
        QVERIFY(file.open(path, false));
        QCOMPARE(file.path(), dir->filePath(u"payments-incomplete.csv"_s));
        QVERIFY(file.append({ customerPayment() }));
        QVERIFY(file.append({ customerPayment() })); // a second page, no second header
        QVERIFY(file.finish(true));
        QCOMPARE(file.path(), path);
        QVERIFY(!QFile::exists(dir->filePath(u"payments-incomplete.csv"_s)));

        const QByteArray bytes = contents(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = csv::parse(bytes);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0), PaymentCsvFile::header(false));
        QVERIFY(!rows.at(0).contains(u"buyer_name"_s));
        const int nameColumn = int(rows.at(0).indexOf(u"name"_s));
        QCOMPARE(rows.at(1).at(nameColumn), u"'=HYPERLINK(\"http://x\")"_s); // formula guard
        QCOMPARE(csv::readCell(rows.at(1).at(nameColumn)), customerPayment().name);
        QCOMPARE(rows.at(1).at(1), u"order,with \"quotes\""_s);
        QCOMPARE(rows.at(1).at(int(rows.at(0).indexOf(u"amount"_s))), u"12000"_s);
        QCOMPARE(rows.at(1).at(int(rows.at(0).indexOf(u"paid_at"_s))), u"2023-11-14T22:13:20Z"_s);
        QCOMPARE(rows.at(1).at(int(rows.at(0).indexOf(u"failed_at"_s))), QString());
        QVERIFY(!bytes.contains("minjun@example.com"));
        QVERIFY(!bytes.contains(u"김민준"_s.toUtf8()));
        QVERIFY(!bytes.contains("9999-8888"));

        QVERIFY(file.open(path, true));
        QVERIFY(file.append({ customerPayment() }));
        QVERIFY(file.finish(true)); // replaces the earlier file
        const QList<QStringList> personal = csv::parse(contents(path));
        QCOMPARE(personal.size(), 2);
        QCOMPARE(personal.at(0), PaymentCsvFile::header(true));
        QVERIFY(personal.at(1).contains(u"김민준"_s));
        QVERIFY(personal.at(1).contains(u"010-9999-8888"_s));
        QVERIFY(personal.at(1).contains(u"minjun@example.com"_s));
    }

    void incompleteNames()
    {
        QCOMPARE(PaymentCsvFile::incompletePath(u"/x/결제 내역.csv"_s),
                 u"/x/결제 내역-incomplete.csv"_s);
        QCOMPARE(PaymentCsvFile::incompletePath(u"/x/out.CSV"_s), u"/x/out-incomplete.CSV"_s);
        QCOMPARE(PaymentCsvFile::incompletePath(u"/x/out"_s), u"/x/out-incomplete"_s);
    }

    void completeExportStreamsEverySearchPage()
    {
        const QString path = dir->filePath(u"year.csv"_s);
        PaymentExport job(f->client);
        ExportRecorder r(job);
        QSignalSpy progress(&job, &PaymentExport::progressChanged);
        QVERIFY(job.start(test::lastYearOfPayments(50), path, false));
        QTRY_VERIFY(r.outcome);
        QVERIFY(r.outcome->complete);
        QCOMPARE(r.outcome->end, PaymentSearch::End::Finished);
        QCOMPARE(r.outcome->path, path);
        QVERIFY(r.outcome->rows >= 320);
        QCOMPARE(r.outcome->rows, qint64(job.search().received()));
        QVERIFY(progress.size() >= int(r.outcome->rows / 50));
        const QList<QStringList> rows = csv::parse(contents(path));
        QCOMPARE(rows.size(), r.outcome->rows + 1);
        QVERIFY(!QFile::exists(PaymentCsvFile::incompletePath(path)));
    }

    void exportCancelledHalfWayIsMarkedIncomplete()
    {
        const QString path = dir->filePath(u"payments.csv"_s);
        PaymentExport job(f->client);
        ExportRecorder r(job);
        int pages = 0;
        qint64 writtenAtCancel = 0;
        QObject context;
        connect(&job, &PaymentExport::progressChanged, &context, [&](qint64 written) {
            if (++pages == 3) {
                writtenAtCancel = written;
                job.cancel();
            }
        });
        QVERIFY(job.start(test::lastYearOfPayments(20), path, false));
        QTRY_VERIFY(r.outcome);
        QVERIFY(!r.outcome->complete);
        QCOMPARE(r.outcome->end, PaymentSearch::End::Cancelled);
        QVERIFY(writtenAtCancel > 0);
        QCOMPARE(r.outcome->rows, writtenAtCancel);
        QCOMPARE(r.outcome->path, dir->filePath(u"payments-incomplete.csv"_s));
        QVERIFY(!QFile::exists(path));
        const QByteArray bytes = contents(r.outcome->path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(csv::parse(bytes).size(), writtenAtCancel + 1); // header and what arrived
    }

    void exportFailedHalfWayKeepsWhatArrivedAsIncomplete()
    {
        const QString path = dir->filePath(u"payments.csv"_s);
        PaymentExport job(f->client);
        ExportRecorder r(job);
        QObject context;
        qint64 writtenBeforeFault = 0;
        // The newest window of a year is only six days long and may hold fewer than a page.
        connect(&job, &PaymentExport::progressChanged, &context, [&](qint64 written) {
            if (written > 0 && writtenBeforeFault == 0) {
                writtenBeforeFault = written;
                f->server->setFaults({ .serverError = true });
            }
        });
        QVERIFY(job.start(test::lastYearOfPayments(20), path, true));
        QTRY_VERIFY(r.outcome);
        QVERIFY(!r.outcome->complete);
        QCOMPARE(r.outcome->end, PaymentSearch::End::Failed);
        QVERIFY(r.outcome->failure);
        QCOMPARE(r.outcome->failure->httpStatus, 500);
        QVERIFY(writtenBeforeFault > 0);
        QVERIFY(r.outcome->rows >= writtenBeforeFault);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(csv::parse(contents(r.outcome->path)).size(), r.outcome->rows + 1);
    }

    void unwritableFileSendsNothing()
    {
        PaymentExport job(f->client);
        ExportRecorder r(job);
        const int before = f->server->requestCount();
        QVERIFY(!job.start(test::lastYearOfPayments(20), dir->filePath(u"missing/folder/p.csv"_s),
                           false));
        QVERIFY(!job.openProblem().isEmpty());
        QTest::qWait(20);
        QCOMPARE(f->server->requestCount(), before);
        QVERIFY(!r.outcome);
    }
};

QTEST_GUILESS_MAIN(TestPaymentExport)
#include "tst_payment_export.moc"
