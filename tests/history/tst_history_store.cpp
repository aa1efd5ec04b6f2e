// HistoryStore: JSON Lines round trip, rotation by size, retention, broken and cut-short lines.
#include "core/history/HistoryStore.h"
#include "core/profiles/Profile.h"
#include "core/util/Clock.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace portone;
using namespace Qt::StringLiterals;

namespace {

HistoryRecord sampleRecord(int number, const QDateTime &time = QDateTime::currentDateTimeUtc())
{
    HistoryRecord r;
    r.time = time;
    r.profileId = u"3f1c9a52-profile"_s;
    r.profileName = u"내 상점 (테스트)"_s;
    r.live = number % 2 == 0;
    r.tierCode = u"ABC"_s;
    r.origin = u"https://api.iamport.kr"_s;
    r.area = u"billing_keys"_s;
    r.operation = u"customer_save"_s;
    r.method = "POST";
    r.path = u"/subscribe/customers/고객 %1"_s.arg(number);
    r.encodedPath = u"/subscribe/customers/%EA%B3%A0%EA%B0%9D%20"_s + QString::number(number);
    r.query = { { u"customer_uid[]"_s, u"고객/1"_s }, { u"customer_uid[]"_s, u"b & c"_s } };
    r.body
        = QJsonObject { { u"card_number"_s, u"**** 1111"_s },
                        { u"customer_name"_s, u"홍*동"_s },
                        { u"nested"_s, QJsonObject { { u"list"_s, QJsonArray { 1, u"둘"_s } } } } };
    r.httpStatus = 400;
    r.code = -1;
    r.message = u"카드정보 인증에 실패하였습니다. \"따옴표\"\n줄바꿈 #%1"_s.arg(number);
    r.durationMs = 123 + number;
    r.outcome = RequestTrace::Outcome::Unknown;
    r.changesState = true;
    return r;
}

void compareRecords(const HistoryRecord &a, const HistoryRecord &b)
{
    QCOMPARE(a.time, b.time);
    QCOMPARE(a.profileId, b.profileId);
    QCOMPARE(a.profileName, b.profileName);
    QCOMPARE(a.live, b.live);
    QCOMPARE(a.tierCode, b.tierCode);
    QCOMPARE(a.origin, b.origin);
    QCOMPARE(a.area, b.area);
    QCOMPARE(a.operation, b.operation);
    QCOMPARE(a.method, b.method);
    QCOMPARE(a.path, b.path);
    QCOMPARE(a.encodedPath, b.encodedPath);
    QCOMPARE(a.query, b.query);
    QCOMPARE(a.body, b.body);
    QCOMPARE(a.httpStatus, b.httpStatus);
    QCOMPARE(a.code, b.code);
    QCOMPARE(a.message, b.message);
    QCOMPARE(a.durationMs, b.durationMs);
    QCOMPARE(a.outcome, b.outcome);
    QCOMPARE(a.changesState, b.changesState);
}

QStringList filesIn(const QString &directory)
{
    return QDir(directory).entryList({ u"history-*.jsonl"_s }, QDir::Files, QDir::Name);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEveryField()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(u"history"_s));
        QSignalSpy appended(&store, &HistoryStore::recordAppended);
        const HistoryRecord first = sampleRecord(1);
        HistoryRecord second = sampleRecord(2, first.time.addSecs(1));
        second.code.reset();
        second.body.reset();
        second.query.clear();
        second.outcome = RequestTrace::Outcome::Cancelled;
        QVERIFY2(store.append(first), qPrintable(store.lastError()));
        QVERIFY2(store.append(second), qPrintable(store.lastError()));
        QCOMPARE(appended.count(), 2);

        const QList<HistoryRecord> loaded = HistoryStore(store.directory()).load();
        QCOMPARE(loaded.size(), 2);
        compareRecords(loaded.at(0), first);
        compareRecords(loaded.at(1), second);

        // One complete line per record, Korean as UTF-8.
        const QStringList files = filesIn(store.directory());
        QCOMPARE(files.size(), 1);
        const QByteArray bytes = readAll(QDir(store.directory()).filePath(files.first()));
        QCOMPARE(bytes.count('\n'), 2);
        QVERIFY(bytes.endsWith('\n'));
        QVERIFY(bytes.contains(u"내 상점"_s.toUtf8()));
    }

    void outcomeAndAreaIds()
    {
        for (auto outcome : { RequestTrace::Outcome::Ok, RequestTrace::Outcome::Failed,
                              RequestTrace::Outcome::Unknown, RequestTrace::Outcome::Cancelled })
            QCOMPARE(outcomeFromId(outcomeId(outcome)), outcome);
        QVERIFY(!outcomeFromId(u"maybe"_s));
        QCOMPARE(areaForOperation(u"getToken"_s), u"auth"_s);
        QCOMPARE(areaForOperation(u"confirmOTP"_s), u"certification"_s);
        QCOMPARE(areaForOperation(u"findSchedulesByCustomer"_s), u"billing_keys"_s);
        QCOMPARE(areaForOperation(u"payBenepiaPoint"_s), u"benepia"_s);
        QCOMPARE(areaForOperation(u"getPaymentListByImpUid"_s), u"payments"_s);
        for (const QString &refundOrSearch :
             { u"cancelPayment"_s, u"getPaymentsByStatus"_s, u"getAllPaymentsByMerchantUid"_s,
               u"balanceByImpUid"_s })
            QCOMPARE(areaForOperation(refundOrSearch), u"payments"_s);
        QCOMPARE(areaForOperation(u"GetTier"_s), u"reference"_s);
    }

    void fromTraceDropsSecrets()
    {
        RequestTrace trace;
        trace.operation = u"getToken"_s;
        trace.method = "POST";
        trace.path = u"/users/getToken"_s;
        trace.encodedPath = trace.path;
        trace.origin = u"http://127.0.0.1:8080"_s;
        trace.startedAt = QDateTime::currentDateTimeUtc();
        trace.query = { { u"token"_s, u"[redacted]"_s }, { u"page"_s, u"2"_s } };
        trace.body = QJsonObject {
            { u"imp_key"_s, u"key_1"_s },
            { u"imp_secret"_s, u"[redacted]"_s },
            { u"extra"_s,
              QJsonObject { { u"access_token"_s, u"[redacted]"_s }, { u"kept"_s, 1 } } },
        };
        Profile profile;
        profile.id = u"p1"_s;
        profile.name = u"상점"_s;
        profile.live = true;
        const HistoryRecord r = HistoryRecord::fromTrace(trace, profile);
        QCOMPARE(r.area, u"auth"_s);
        QCOMPARE(r.origin, trace.origin);
        QCOMPARE(r.profileName, profile.name);
        QVERIFY(r.live);
        QCOMPARE(r.query, (QList<std::pair<QString, QString>> { { u"page"_s, u"2"_s } }));
        QVERIFY(r.body);
        QCOMPARE(r.body->value(u"imp_key"_s).toString(), u"key_1"_s);
        QVERIFY(!r.body->contains(u"imp_secret"_s));
        QCOMPARE(r.body->value(u"extra"_s).toObject(), (QJsonObject { { u"kept"_s, 1 } }));
    }

    void rotatesBySize()
    {
        QTemporaryDir dir;
        HistoryStore::Options options;
        options.maxFileBytes = 3000;
        HistoryStore store(dir.path(), options);
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-100);
        const qint64 lineBytes
            = QJsonDocument(sampleRecord(0).toJson()).toJson(QJsonDocument::Compact).size() + 1;
        QVERIFY(lineBytes < options.maxFileBytes);
        for (int i = 0; i < 30; ++i)
            QVERIFY2(store.append(sampleRecord(i, start.addSecs(i))),
                     qPrintable(store.lastError()));
        const QStringList files = filesIn(dir.path());
        QVERIFY2(files.size() >= 30 * lineBytes / (options.maxFileBytes + lineBytes),
                 qPrintable(files.join(u' ')));
        for (const QString &name : files)
            QVERIFY(QFileInfo(dir.filePath(name)).size() < options.maxFileBytes + lineBytes);
        const QList<HistoryRecord> loaded = store.load();
        QCOMPARE(loaded.size(), 30);
        for (int i = 0; i < 30; ++i)
            QCOMPARE(loaded.at(i).durationMs, 123 + i);
        QCOMPARE(store.skippedLines(), 0);
    }

    void prunesByRetention()
    {
        QTemporaryDir dir;
        HistoryStore::Options options;
        options.maxFileBytes = 100; // one record a file
        options.retentionDays = 10;
        ManualClock clock(QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC));
        options.clock = &clock; // retention counts from the injected "now", not the computer's
        HistoryStore store(dir.path(), options);
        const QDateTime now = clock.now();
        QVERIFY(store.append(sampleRecord(1, now.addDays(-30))));
        QVERIFY(store.append(sampleRecord(2, now.addDays(-11))));
        QVERIFY(store.append(sampleRecord(3, now.addDays(-9))));
        QVERIFY(store.append(sampleRecord(4, now.addSecs(-5))));
        QCOMPARE(filesIn(dir.path()).size(), 4);
        // load() leaves out what is past retention even before pruning.
        QCOMPARE(store.load().size(), 2);

        store.prune(now);
        QCOMPARE(filesIn(dir.path()).size(), 2);
        QCOMPARE(store.load().size(), 2);

        // The clock moves: 20 days later everything is past retention.
        clock.advance(20 * 86400);
        QCOMPARE(store.load().size(), 0); // load() already leaves them out
        store.prune();
        QCOMPARE(filesIn(dir.path()).size(), 0);
        QVERIFY(store.append(sampleRecord(5, clock.now())));
        QCOMPARE(store.load().size(), 1);

        store.setRetentionDays(0);
        QCOMPARE(store.options().retentionDays, 1);
    }

    void skipsBrokenLines()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.path());
        QVERIFY(store.append(sampleRecord(1)));
        const QString path = dir.filePath(filesIn(dir.path()).first());
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write("not json at all\n{\"time\":\"yesterday\"}\n[1,2]\n\n");
        }
        QVERIFY(store.append(sampleRecord(2)));
        const QList<HistoryRecord> loaded = store.load();
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(store.skippedLines(), 3);
    }

    void appendAfterTruncatedLine()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.path());
        QVERIFY(store.append(sampleRecord(1)));
        QVERIFY(store.append(sampleRecord(2)));
        const QString path = dir.filePath(filesIn(dir.path()).first());
        const qint64 size = QFileInfo(path).size();
        QVERIFY(QFile::resize(path, size - 40)); // the second record cut short, no '\n'

        HistoryStore reopened(dir.path());
        QCOMPARE(reopened.load().size(), 1);
        QCOMPARE(reopened.skippedLines(), 1);
        QVERIFY(reopened.append(sampleRecord(3)));
        const QList<HistoryRecord> loaded = reopened.load();
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(0).durationMs, 124);
        QCOMPARE(loaded.at(1).durationMs, 126);
        QCOMPARE(reopened.skippedLines(), 1);
        const QList<QByteArray> lines = readAll(path).split('\n');
        QCOMPARE(lines.size(), 4); // record 1, the broken one, record 3, "" after the last '\n'
        QVERIFY(lines.at(2).startsWith('{'));
    }

    void refusesUnwritableFolder()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        HistoryStore store(dir.filePath(u"file/history"_s));
        QVERIFY(!store.append(sampleRecord(1)));
        QVERIFY(!store.lastError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_history_store.moc"
