// AuditLog beyond the hash chain: the anchor outside the file (a removed tail, a replaced or
// deleted file), the HMAC key (a re-hashed chain), old unkeyed logs, and two writers on one
// folder (no fork, in one process and across two).
#include "core/history/AuditAnchor.h"
#include "core/history/AuditLog.h"
#include "tests/history/AuditTestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace portone;
using namespace portone::test;
using namespace Qt::StringLiterals;

namespace {

bool writeAnchor(qint64 sequence, const QString &hash, const QString &mac, const QString &path)
{
    return !AuditAnchor { sequence, hash, mac }.write(path).has_value();
}

const QByteArray Key = QByteArray(32, '\x5a');

using Problem = AuditLog::Problem;

} // namespace

class TestAuditAnchor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        dir = std::make_unique<QTemporaryDir>();
        path = dir->filePath(u"audit.jsonl"_s);
        AuditLog log(path, u"tester"_s);
        log.setKey(Key, true);
        QCOMPARE(recordEntries(log, 1, 5), QString());
    }
    void cleanup() { dir.reset(); }

    void keyedLogVerifies()
    {
        const AuditLog::Verification v = keyed()->verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QVERIFY(v.keyed);
        QCOMPARE(v.keyedEntries, 5);
        QCOMPARE(v.unkeyedEntries, 0);
        QCOMPARE(v.anchorSequence, 5);
        QCOMPARE(AuditAnchor::read(path + u".anchor"_s)->sequence, 5);
    }

    void removedTailIsReported()
    {
        QList<QByteArray> lines = readFileLines(path);
        lines.resize(3);
        QVERIFY(writeFileLines(path, lines));
        const AuditLog::Verification v = keyed()->verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.kind, Problem::TailMissing);
        QCOMPARE(v.entries, 3);
        QVERIFY2(v.problem.contains(u"entries 4 to 5 are missing"_s), qPrintable(v.problem));
        // Without the key the anchor still tells (an unkeyed log is protected the same way).
        QCOMPARE(AuditLog(path, u"tester"_s).verify().kind, Problem::TailMissing);
    }

    void appendingAfterARemovedTailKeepsTheGapVisible()
    {
        QList<QByteArray> lines = readFileLines(path);
        lines.resize(3);
        QVERIFY(writeFileLines(path, lines));
        const auto log = keyed();
        QVERIFY(log->record(auditEntryFor(6)));
        QCOMPARE(log->entries().constLast().sequence, 6); // continues from the anchor
        const AuditLog::Verification v = log->verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.kind, Problem::Unlinked);
        QCOMPARE(v.brokenSequence, 6);
    }

    void olderCopyOfTheFileIsReported()
    {
        QList<QByteArray> lines = readFileLines(path);
        const auto log = keyed();
        QVERIFY(log->record(auditEntryFor(6)));
        QVERIFY(writeFileLines(path, lines)); // the copy taken before entry 6
        const AuditLog::Verification v = log->verify();
        QCOMPARE(v.kind, Problem::TailMissing);
        QCOMPARE(v.entries, 5);
    }

    void anotherLogInItsPlaceIsReported()
    {
        QTemporaryDir other;
        const QString otherPath = other.filePath(u"audit.jsonl"_s);
        AuditLog forged(otherPath, u"someone"_s);
        for (int i = 1; i <= 7; ++i)
            QVERIFY(forged.record(auditEntryFor(100 + i)));
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::copy(otherPath, path));
        const AuditLog::Verification v = AuditLog(path, u"tester"_s).verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.kind, Problem::FileReplaced);
        QVERIFY2(v.problem.contains(u"replaced"_s), qPrintable(v.problem));
    }

    void deletedFileIsReported()
    {
        QVERIFY(QFile::remove(path));
        AuditLog::Verification v = keyed()->verify();
        QCOMPARE(v.kind, Problem::FileMissing);
        QVERIFY2(v.problem.contains(u"records 5 entries"_s), qPrintable(v.problem));
        // Deleting the anchor as well does not hide it once the log is keyed.
        QVERIFY(QFile::remove(path + u".anchor"_s));
        v = keyed()->verify();
        QCOMPARE(v.kind, Problem::AnchorMissing);
    }

    void rehashedChainNeedsTheKey()
    {
        // Whoever edits an entry and re-hashes the chain after it (and the anchor) without the
        // key is caught by the HMAC.
        QList<QByteArray> lines = readFileLines(path);
        QString previous;
        for (int i = 0; i < lines.size(); ++i) {
            auto entry = AuditEntry::fromJson(QJsonDocument::fromJson(lines[i]).object());
            QVERIFY(entry);
            if (i == 1)
                entry->outcome = u"failed"_s;
            entry->previousHash = previous;
            entry->hash = entry->computeHash();
            previous = entry->hash;
            lines[i] = QJsonDocument(entry->toJson()).toJson(QJsonDocument::Compact);
        }
        QVERIFY(writeFileLines(path, lines));
        QVERIFY(writeAnchor(5, previous, {}, path + u".anchor"_s));
        const AuditLog::Verification v = keyed()->verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.kind, Problem::HmacMismatch);
        QCOMPARE(v.brokenSequence, 2);
        // Without the key only the chain can be checked, and it says so.
        const AuditLog::Verification unkeyed = AuditLog(path, u"tester"_s).verify();
        QVERIFY(unkeyed.intact);
        QVERIFY(!unkeyed.keyed);
    }

    void rewrittenAnchorIsReported()
    {
        QVERIFY(writeAnchor(3, u"0"_s.repeated(64), u"1"_s.repeated(64), path + u".anchor"_s));
        QCOMPARE(keyed()->verify().kind, Problem::AnchorAltered);
        const QString thirdHash = keyed()->entries().at(2).hash;
        QVERIFY(writeAnchor(3, thirdHash, {}, path + u".anchor"_s)); // unsigned
        QCOMPARE(keyed()->verify().kind, Problem::AnchorAltered);
    }

    void legacyLogVerifiesUnkeyed()
    {
        // A log written before keying: no "hmac", no anchor.
        QList<QByteArray> lines = readFileLines(path);
        for (QByteArray &line : lines) {
            QJsonObject object = QJsonDocument::fromJson(line).object();
            object.remove(u"hmac"_s);
            line = QJsonDocument(object).toJson(QJsonDocument::Compact);
        }
        QVERIFY(writeFileLines(path, lines));
        QVERIFY(QFile::remove(path + u".anchor"_s));
        AuditLog::Verification v = AuditLog(path, u"tester"_s).verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QVERIFY(!v.keyed);
        QCOMPARE(v.unkeyedEntries, 5);
        QCOMPARE(v.anchorSequence, -1);

        // Keyed from now on: the key's creation anchors the legacy end, later entries are keyed.
        AuditLog log(path, u"tester"_s);
        log.setKey(Key, true);
        v = log.verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.keyedEntries, 0);
        QCOMPARE(v.anchorSequence, 5);
        QVERIFY(log.record(auditEntryFor(6)));
        v = log.verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.keyedEntries, 1);
        QCOMPARE(v.unkeyedEntries, 5);
    }

    void crashBeforeTheAnchorWithLargeEntries()
    {
        // Entries larger than the tail the log reads first, and a crash between an append and
        // the anchor's update: the next entry still continues from the file's last one.
        const auto log = keyed();
        AuditEntry large = auditEntryFor(6);
        large.reason = QString(100 * 1024, u'가');
        QVERIFY(log->record(large));
        QVERIFY(log->record(large));
        const QList<AuditEntry> before = log->entries();
        QVERIFY(writeAnchor(6, before.at(5).hash, AuditAnchor::macFor(6, before.at(5).hash, Key),
                            path + u".anchor"_s));
        QVERIFY(log->record(auditEntryFor(8)));
        QCOMPARE(log->entries().constLast().sequence, 8);
        const AuditLog::Verification v = log->verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.entries, 8);
    }

    void forkIsNamed()
    {
        // Entry 6 written twice on entry 5, as two writers without the lock did.
        const auto log = keyed();
        QVERIFY(log->record(auditEntryFor(6)));
        QList<QByteArray> lines = readFileLines(path);
        auto twin = AuditEntry::fromJson(QJsonDocument::fromJson(lines.last()).object());
        twin->reason = u"the other window"_s;
        twin->hash = twin->computeHash();
        twin->hmac = AuditEntry::computeHmac(twin->hash, Key);
        lines.append(QJsonDocument(twin->toJson()).toJson(QJsonDocument::Compact));
        QVERIFY(writeFileLines(path, lines));
        const AuditLog::Verification v = log->verify();
        QCOMPARE(v.kind, Problem::Fork);
        QCOMPARE(v.brokenSequence, 6);
        QCOMPARE(v.brokenLine, 7);
    }

    void twoLogsOnOneFileInterleave()
    {
        const auto first = keyed();
        const auto second = keyed();
        for (int i = 6; i <= 15; ++i)
            QVERIFY((i % 2 ? first : second)->record(auditEntryFor(i)));
        const AuditLog::Verification v = first->verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.entries, 15);
        QCOMPARE(v.anchorSequence, 15);
    }

    void twoProcessesAppendWithoutForking()
    {
        QProcess a, b;
        for (QProcess *writer : { &a, &b })
            writer->start(QStringLiteral(HISTORY_WRITER_PATH), { u"audit"_s, path, u"40"_s });
        for (QProcess *writer : { &a, &b }) {
            QVERIFY(writer->waitForFinished(60000));
            QVERIFY2(writer->exitCode() == 0, writer->readAllStandardError().constData());
        }
        const AuditLog::Verification v = AuditLog(path, u"tester"_s).verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.entries, 5 + 2 * 400);
    }

    void filesArePrivate()
    {
        const auto modeOf = [](const QString &file) {
            return int(QFile::permissions(file) & QFileDevice::Permissions(0x7077));
        };
        const int ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        QCOMPARE(modeOf(path), ownerOnly);
        QCOMPARE(modeOf(path + u".anchor"_s), ownerOnly);
        // A file left readable by others (by an older version) is narrowed on the next append.
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions(0x6644)));
        QVERIFY(QFile::setPermissions(path + u".anchor"_s, QFileDevice::Permissions(0x6644)));
        QVERIFY(keyed()->record(auditEntryFor(6)));
        QCOMPARE(modeOf(path), ownerOnly);
        QCOMPARE(modeOf(path + u".anchor"_s), ownerOnly);
    }

private:
    std::unique_ptr<AuditLog> keyed() const
    {
        auto log = std::make_unique<AuditLog>(path, u"tester"_s);
        log->setKey(Key, false);
        return log;
    }

    std::unique_ptr<QTemporaryDir> dir;
    QString path;
};

QTEST_GUILESS_MAIN(TestAuditAnchor)
#include "tst_audit_anchor.moc"
