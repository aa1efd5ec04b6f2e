// AuditLog: the hash chain verifies, and fails where an entry was edited, removed or reordered.
#include "core/history/AuditLog.h"
#include "core/util/Clock.h"
#include "tests/history/AuditTestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace portone;
using namespace Qt::StringLiterals;

namespace {

AuditEntry entryFor(int number)
{
    return test::auditEntryFor(number);
}

QList<QByteArray> readLines(const QString &path)
{
    return test::readFileLines(path);
}

void writeLines(const QString &path, const QList<QByteArray> &lines)
{
    QVERIFY(test::writeFileLines(path, lines));
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        dir = std::make_unique<QTemporaryDir>();
        path = dir->filePath(u"audit.jsonl"_s);
        AuditLog log(path, u"tester"_s);
        QSignalSpy recorded(&log, &AuditLog::entryRecorded);
        QCOMPARE(test::recordEntries(log, 1, 5), QString());
        QCOMPARE(recorded.count(), 5);
        QCOMPARE(recorded.last().at(0).value<AuditEntry>().sequence, 5);
    }
    void cleanup() { dir.reset(); }

    void verifiesIntactChain()
    {
        const AuditLog log(path, u"tester"_s);
        const AuditLog::Verification v = log.verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.entries, 5);
        QVERIFY(!v.brokenSequence);
        QCOMPARE(v.brokenLine, 0);
        QVERIFY(!v.interruptedTail);

        const QList<AuditEntry> entries = log.entries();
        QCOMPARE(entries.size(), 5);
        QCOMPARE(entries.first().previousHash, QString());
        for (int i = 0; i < entries.size(); ++i) {
            const AuditEntry &e = entries.at(i);
            QCOMPARE(e.sequence, i + 1);
            QCOMPARE(e.osUser, u"tester"_s);
            QCOMPARE(e.reason, u"고객 요청 %1"_s.arg(i + 1));
            QCOMPARE(e.targets, QStringList { u"customer_%1"_s.arg(i + 1) });
            QCOMPARE(e.time.timeSpec(), Qt::UTC);
            QCOMPARE(e.hash, e.computeHash());
            QCOMPARE(e.hash.size(), 64);
            if (i > 0)
                QCOMPARE(e.previousHash, entries.at(i - 1).hash);
        }
    }

    void editedEntryBreaksTheChain()
    {
        QList<QByteArray> lines = readLines(path);
        QVERIFY(lines[2].contains(u"고객 요청 3"_s.toUtf8()));
        lines[2].replace(u"고객 요청 3"_s.toUtf8(), u"고객 요청 없음"_s.toUtf8());
        writeLines(path, lines);
        const AuditLog::Verification v = AuditLog(path, u"tester"_s).verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.brokenSequence, 3);
        QCOMPARE(v.brokenLine, 3);
        QCOMPARE(v.entries, 2);
        QVERIFY2(v.problem.contains(u"edited"_s), qPrintable(v.problem));
    }

    void editedEntryWithRecomputedHashBreaksTheNext()
    {
        // Whoever edits and re-hashes an entry still breaks the link from the next one.
        QList<QByteArray> lines = readLines(path);
        auto entry = AuditEntry::fromJson(QJsonDocument::fromJson(lines[1]).object());
        QVERIFY(entry);
        entry->outcome = u"failed"_s;
        entry->hash = entry->computeHash();
        lines[1] = QJsonDocument(entry->toJson()).toJson(QJsonDocument::Compact);
        writeLines(path, lines);
        const AuditLog::Verification v = AuditLog(path, u"tester"_s).verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.brokenSequence, 3);
        QCOMPARE(v.brokenLine, 3);
    }

    void removedEntryBreaksTheChain()
    {
        QList<QByteArray> lines = readLines(path);
        lines.removeAt(2);
        writeLines(path, lines);
        const AuditLog::Verification v = AuditLog(path, u"tester"_s).verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.brokenSequence, 4);
        QCOMPARE(v.brokenLine, 3);
        QVERIFY2(v.problem.contains(u"removed"_s), qPrintable(v.problem));
    }

    void swappedEntriesBreakTheChain()
    {
        QList<QByteArray> lines = readLines(path);
        lines.swapItemsAt(1, 2);
        writeLines(path, lines);
        const AuditLog::Verification v = AuditLog(path, u"tester"_s).verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.brokenSequence, 3);
        QCOMPARE(v.brokenLine, 2);
    }

    void garbageAtTheEndIsNotACrash()
    {
        QList<QByteArray> lines = readLines(path);
        lines[4] = "{\"sequence\": 5, \"hash\"";
        writeLines(path, lines); // terminated by '\n': a crash never leaves that
        const AuditLog::Verification v = AuditLog(path, u"tester"_s).verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.brokenLine, 5);
        QVERIFY(!v.interruptedTail);
    }

    void interruptedTailIsNotTampering()
    {
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write("{\"action\":\"billing_key.delete\",\"detail\":\"HT"); // cut short
        }
        AuditLog log(path, u"tester"_s);
        AuditLog::Verification v = log.verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QVERIFY(v.interruptedTail);
        QCOMPARE(v.entries, 5);

        // The log goes on after it, on a new line, and the chain still holds.
        QVERIFY(log.record(entryFor(6)));
        v = log.verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QVERIFY(!v.interruptedTail);
        QCOMPARE(v.interruptedLines, 1);
        QCOMPARE(v.entries, 6);
        QCOMPARE(log.entries().last().sequence, 6);
    }

    void reopenedLogContinuesTheChain()
    {
        const QString lastHash = AuditLog(path, u"tester"_s).entries().last().hash;
        AuditLog reopened(path, u"someone else"_s);
        QVERIFY(reopened.record(entryFor(6)));
        QVERIFY(reopened.record(entryFor(7)));
        const QList<AuditEntry> entries = reopened.entries();
        QCOMPARE(entries.size(), 7);
        QCOMPARE(entries.at(5).sequence, 6);
        QCOMPARE(entries.at(5).previousHash, lastHash);
        QCOMPARE(entries.at(5).osUser, u"someone else"_s);
        const AuditLog::Verification v = reopened.verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.entries, 7);
    }

    void canonicalHashIsStable()
    {
        AuditEntry e;
        e.sequence = 1;
        e.time = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
        e.osUser = u"tester"_s;
        e.profileId = u"p-1"_s;
        e.profileName = u"상점 A"_s;
        e.live = true;
        e.tierCode = u"ABC"_s;
        e.action = AuditAction::BillingKeyDeleted;
        e.targets = { u"고객 1"_s, u"customer/2"_s };
        e.reason = u"고객 요청 \"해지\""_s;
        e.outcome = u"ok"_s;
        e.detail = u"HTTP 200 · code 0"_s;
        QJsonObject canonical = e.toJson();
        canonical.remove(u"hash"_s);
        // Computed independently (Python: json.dumps(sort_keys=True, separators=(',', ':'),
        // ensure_ascii=False), then sha256).
        QCOMPARE(
            QString::fromUtf8(QJsonDocument(canonical).toJson(QJsonDocument::Compact)),
            u"{\"action\":\"billing_key.delete\",\"detail\":\"HTTP 200 · code 0\",\"live\":true,"
            "\"osUser\":\"tester\",\"outcome\":\"ok\",\"previousHash\":\"\",\"profileId\":\"p-1\","
            "\"profileName\":\"상점 A\",\"reason\":\"고객 요청 \\\"해지\\\"\",\"sequence\":1,"
            "\"targets\":[\"고객 1\",\"customer/2\"],\"tier\":\"ABC\","
            "\"time\":\"2026-01-02T03:04:05.678Z\"}"_s);
        QCOMPARE(e.computeHash(),
                 u"d6cedbb59efec47f32181ea9116bde5dd5ee1a1fbbd4165fc34e973c2f2cc372"_s);
        e.hash = e.computeHash();
        const auto parsed = AuditEntry::fromJson(e.toJson());
        QVERIFY(parsed);
        QCOMPARE(parsed->computeHash(), e.hash);
    }

    // An entry without a time takes the injected clock's "now", in UTC.
    void entryTimeComesFromTheClock()
    {
        ManualClock clock(QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC));
        AuditLog log(path, u"tester"_s);
        log.setClock(&clock);
        AuditEntry entry;
        entry.action = AuditAction::ProfileEdited;
        entry.targets = { u"clocked"_s };
        entry.outcome = u"ok"_s;
        QVERIFY2(log.record(entry), qPrintable(log.lastError()));
        clock.advance(90);
        QVERIFY2(log.record(entry), qPrintable(log.lastError()));
        const QList<AuditEntry> entries = log.entries();
        QCOMPARE(entries.at(entries.size() - 2).time,
                 QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC));
        QCOMPARE(entries.constLast().time, QDateTime(QDate(2026, 3, 4), QTime(5, 7, 37), Qt::UTC));
    }

    void actionIdsRoundTrip()
    {
        for (int i = 0; i <= int(AuditAction::SecretReplaced); ++i) {
            const auto action = AuditAction(i);
            QVERIFY(!auditActionId(action).isEmpty());
            QCOMPARE(auditActionFromId(auditActionId(action)), action);
        }
        QCOMPARE(auditActionId(AuditAction::PersonalDataRevealed), u"certification.reveal"_s);
        QVERIFY(!auditActionFromId(u"nope"_s));
        QVERIFY(!AuditLog::currentOsUser().isEmpty());
    }

private:
    std::unique_ptr<QTemporaryDir> dir;
    QString path;
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_audit_log.moc"
