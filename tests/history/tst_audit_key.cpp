// The audit log's HMAC key in the real keychain (gnome-keyring under the test command): made on
// first use, found again by a second log on the same folder, and the log keyed with it. CTest
// also runs this suite as tst_audit_key_nokeychain, with D-Bus pointed at a bus that does not
// exist: there the log is still written, unkeyed, and verify() says why.
#include "core/history/AuditAnchor.h"
#include "core/history/AuditKey.h"
#include "core/history/AuditLog.h"
#include "core/profiles/SecretStore.h"
#include "tests/history/AuditTestSupport.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace portone;
using namespace Qt::StringLiterals;

class TestAuditKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_noKeychain = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"/nonexistent/");
        m_secrets = std::make_unique<SecretStore>(
            u"PortOne Desk audit key test %1"_s.arg(QCoreApplication::applicationPid()));
    }

    void keyMadeOnFirstUseAndFoundAgain()
    {
        if (m_noKeychain)
            QSKIP("runs in tst_audit_key, with the keychain");
        const QString path = m_dir.filePath(u"audit.jsonl"_s);
        AuditLog first(path, u"tester"_s);
        QVERIFY(first.record(test::auditEntryFor(1))); // before the key: unkeyed
        keyAuditLog(*m_secrets, m_dir.path(), first);
        QCOMPARE(first.keyState(), AuditLog::KeyState::Pending); // never waits on the keychain
        QTRY_VERIFY_WITH_TIMEOUT(first.keyState() != AuditLog::KeyState::Pending, 15000);
        QCOMPARE(first.keyState(), AuditLog::KeyState::Keyed);
        // Made just now: the existing end of the log is anchored and signed at once.
        const auto anchor = AuditAnchor::read(first.anchorPath());
        QVERIFY(anchor);
        QCOMPARE(anchor->sequence, 1);
        QVERIFY(!anchor->mac.isEmpty());
        QVERIFY(first.record(test::auditEntryFor(2)));
        QVERIFY(!first.entries().constLast().hmac.isEmpty());

        // A second window on the same folder reads the same key from the keychain.
        AuditLog second(path, u"tester"_s);
        keyAuditLog(*m_secrets, m_dir.path(), second);
        QTRY_VERIFY_WITH_TIMEOUT(second.keyState() != AuditLog::KeyState::Pending, 15000);
        QCOMPARE(second.keyState(), AuditLog::KeyState::Keyed);
        QVERIFY(second.record(test::auditEntryFor(3)));
        const AuditLog::Verification v = second.verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QVERIFY(v.keyed);
        QCOMPARE(v.keyedEntries, 2);
        QCOMPARE(v.unkeyedEntries, 1);
        QCOMPARE(v.anchorSequence, 3);

        // Another folder has its own key: this folder's log does not verify with it.
        QTemporaryDir elsewhere;
        QVERIFY(auditKeyName(elsewhere.path()) != auditKeyName(m_dir.path()));
        AuditLog stranger(path, u"tester"_s);
        keyAuditLog(*m_secrets, elsewhere.path(), stranger);
        QTRY_VERIFY_WITH_TIMEOUT(stranger.keyState() == AuditLog::KeyState::Keyed, 15000);
        QCOMPARE(stranger.verify().kind, AuditLog::Problem::HmacMismatch);
    }

    void withoutKeychainTheLogIsWrittenUnkeyed()
    {
        if (!m_noKeychain)
            QSKIP("runs in tst_audit_key_nokeychain, without a keychain");
        const QString path = m_dir.filePath(u"unkeyed.jsonl"_s);
        AuditLog log(path, u"tester"_s);
        keyAuditLog(*m_secrets, m_dir.path(), log);
        QTRY_VERIFY_WITH_TIMEOUT(log.keyState() != AuditLog::KeyState::Pending, 15000);
        QCOMPARE(log.keyState(), AuditLog::KeyState::Unavailable);
        QVERIFY(!log.keyUnavailableReason().isEmpty());
        QVERIFY(log.record(test::auditEntryFor(1)));
        QVERIFY(log.record(test::auditEntryFor(2)));
        const AuditLog::Verification v = log.verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QVERIFY(!v.keyed);
        QCOMPARE(v.unkeyedReason, log.keyUnavailableReason());
        QCOMPARE(v.unkeyedEntries, 2);
        QCOMPARE(v.anchorSequence, 2); // the unsigned anchor still tells a removed tail
    }

private:
    QTemporaryDir m_dir;
    bool m_noKeychain = false;
    std::unique_ptr<SecretStore> m_secrets;
};

QTEST_GUILESS_MAIN(TestAuditKey)
#include "tst_audit_key.moc"
