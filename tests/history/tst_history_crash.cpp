// Crash safety with a real kill: a writer process appends large records and is killed with
// SIGKILL mid-stream; every record it reported complete must load intact afterwards.
#include "core/history/AuditLog.h"
#include "core/history/HistoryStore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <csignal>
#include <sys/types.h>

using namespace portone;
using namespace Qt::StringLiterals;

namespace {

constexpr int RecordBytes = 256 * 1024; // characters of filler: ~768 KB of UTF-8 per line

// Starts the writer, waits until it reported `atLeast` records, kills it with SIGKILL and
// returns the sequence numbers it reported as complete.
QList<int> runAndKill(const QString &mode, const QString &target, int atLeast, int delayMs)
{
    QProcess writer;
    writer.start(QStringLiteral(HISTORY_WRITER_PATH),
                 { mode, target, QString::number(RecordBytes) });
    if (!writer.waitForStarted(10000))
        return {};
    QByteArray output;
    QList<int> reported;
    while (reported.size() < atLeast && writer.state() == QProcess::Running) {
        writer.waitForReadyRead(100);
        output += writer.readAllStandardOutput();
        reported.clear();
        const QList<QByteArray> lines = output.split('\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) // the last part may be unfinished
            reported.append(lines.at(i).toInt());
    }
    if (delayMs > 0) // lands anywhere in the next record: serializing it, or writing it
        QThread::usleep(ulong(delayMs) * 1000);
    ::kill(pid_t(writer.processId()), SIGKILL);
    writer.waitForFinished(10000);
    output += writer.readAllStandardOutput();
    reported.clear();
    const QList<QByteArray> lines = output.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        reported.append(lines.at(i).toInt());
    return reported;
}

QString fillerFor(int sequence)
{
    return u"#%1 "_s.arg(sequence) + QString(RecordBytes, QChar(u'가' + sequence % 100));
}

} // namespace

class TestHistoryCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void historySurvivesAKill_data()
    {
        QTest::addColumn<int>("atLeast");
        QTest::addColumn<int>("delayMs");
        QTest::newRow("early") << 2 << 0;
        QTest::newRow("later") << 9 << 0;
        for (int delay : { 1, 2, 3, 5, 8, 13, 21 })
            QTest::addRow("after %d ms", delay) << 3 << delay;
    }
    void historySurvivesAKill()
    {
        QFETCH(int, atLeast);
        QFETCH(int, delayMs);
        QTemporaryDir dir;
        const QList<int> reported = runAndKill(u"history"_s, dir.path(), atLeast, delayMs);
        QVERIFY2(reported.size() >= atLeast, qPrintable(QString::number(reported.size())));

        HistoryStore store(dir.path());
        const QList<HistoryRecord> loaded = store.load();
        QVERIFY(store.skippedLines() <= 1);
        // Every reported record is there, intact; at most one more was complete but unreported.
        QVERIFY(loaded.size() >= reported.size());
        QVERIFY(loaded.size() <= reported.size() + 1);
        for (int i = 0; i < reported.size(); ++i) {
            QCOMPARE(loaded.at(i).durationMs, reported.at(i));
            QCOMPARE(loaded.at(i).message, fillerFor(reported.at(i)));
        }
        qInfo("killed after %d reported records; %d loaded, %d broken line(s)",
              int(reported.size()), int(loaded.size()), store.skippedLines());

        HistoryRecord next;
        next.time = QDateTime::currentDateTimeUtc();
        next.operation = u"customer_view"_s;
        next.method = "GET";
        next.message = u"after the crash"_s;
        const int brokenBefore = store.skippedLines();
        QVERIFY2(store.append(next), qPrintable(store.lastError()));
        const QList<HistoryRecord> after = store.load();
        QCOMPARE(after.size(), loaded.size() + 1);
        QCOMPARE(after.last().message, u"after the crash"_s);
        QCOMPARE(store.skippedLines(), brokenBefore);
    }

    void auditLogSurvivesAKill_data() { historySurvivesAKill_data(); }
    void auditLogSurvivesAKill()
    {
        QFETCH(int, atLeast);
        QFETCH(int, delayMs);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"audit.jsonl"_s);
        const QList<int> reported = runAndKill(u"audit"_s, path, atLeast, delayMs);
        QVERIFY(reported.size() >= atLeast);

        AuditLog log(path, u"tester"_s);
        AuditLog::Verification v = log.verify();
        QVERIFY2(v.intact,
                 qPrintable(v.problem)); // intact, or an interrupted tail: never tampering
        QVERIFY(v.entries >= reported.size());
        QVERIFY(v.entries <= reported.size() + 1);
        const QList<AuditEntry> entries = log.entries();
        for (int i = 0; i < reported.size(); ++i) {
            QCOMPARE(entries.at(i).sequence, reported.at(i));
            QCOMPARE(entries.at(i).reason, fillerFor(reported.at(i)));
        }
        qInfo("killed after %d reported entries; %d verified, interrupted tail: %s",
              int(reported.size()), v.entries, v.interruptedTail ? "yes" : "no");

        AuditEntry next;
        next.action = AuditAction::ProfileEdited;
        next.reason = u"after the crash"_s;
        next.outcome = u"ok"_s;
        QVERIFY2(log.record(next), qPrintable(log.lastError()));
        QCOMPARE(log.entries().last().sequence, qint64(v.entries) + 1);
        const bool hadTail = v.interruptedTail;
        v = log.verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QVERIFY(!v.interruptedTail);
        QCOMPARE(v.interruptedLines, hadTail ? 1 : 0);
        QCOMPARE(v.entries, int(entries.size()) + 1);
    }
};

QTEST_GUILESS_MAIN(TestHistoryCrash)
#include "tst_history_crash.moc"
