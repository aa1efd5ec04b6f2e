// The no-keychain path. CTest runs this suite with DBUS_SESSION_BUS_ADDRESS pointing at a bus
// that does not exist, so QtKeychain finds no Secret Service and fails fast (error 7).
// The timeout guard is tested through SecretStore's JobStarter seam: a job that is never started
// never answers, exactly like a job waiting on a locked keyring.
#include "core/profiles/KeychainCredentialSource.h"
#include "core/profiles/ProfileStore.h"
#include "core/profiles/SecretStore.h"
#include "tests/support/Capture.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <qt6keychain/keychain.h>

using namespace portone;
using namespace std::chrono_literals;

namespace {

const QString Canary = QStringLiteral("CANARY-SECRET-9f3a");

bool treeContains(const QString &root, const QByteArray &needle)
{
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}

} // namespace

class TestNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeFailsFastWithClearError();
    void readAndHasFail();
    void sessionOnlySecret();
    void nothingOnDisk();
    void retriedOnce();
    void queuedInOrder();
    void timeoutGuard();
    void destroyedContextIsNotCalled();

private:
    QTemporaryDir m_home;
    std::unique_ptr<SecretStore> m_store;
};

void TestNoKeychain::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Anything a backend might write lands in this throwaway HOME, which is searched below.
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_DATA_HOME", (m_home.path() + QStringLiteral("/.local/share")).toUtf8());
    qputenv("XDG_CONFIG_HOME", (m_home.path() + QStringLiteral("/.config")).toUtf8());
    qunsetenv("DISPLAY");
    if (!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"/nonexistent/"))
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    m_store = std::make_unique<SecretStore>(QStringLiteral("PortOne Desk NoKeychain Test"));
    m_store->setTimeout(5s);
}

void TestNoKeychain::writeFailsFastWithClearError()
{
    std::optional<SecretOutcome> outcome;
    QElapsedTimer elapsed;
    elapsed.start();
    m_store->writeSecret(QStringLiteral("p1"), Canary, this,
                         [&](SecretOutcome o) { outcome.emplace(std::move(o)); });
    QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 10000));
    QVERIFY(elapsed.elapsed() < 3000);
    QVERIFY(outcome->has_value());
    const SecretError &error = **outcome;
    QCOMPARE(error.kind, SecretError::Kind::NoKeychain);
    QCOMPARE(error.keychainCode, int(QKeychain::OtherError));
    QVERIFY(error.message.contains(QStringLiteral("session only")));
    QVERIFY(!error.detail.isEmpty()); // QtKeychain's own text
    QVERIFY(!error.text().contains(Canary));
}

void TestNoKeychain::readAndHasFail()
{
    std::optional<SecretResult<QString>> read;
    m_store->readSecret(QStringLiteral("p1"), this,
                        [&](SecretResult<QString> r) { read.emplace(std::move(r)); });
    QVERIFY(QTest::qWaitFor([&] { return read.has_value(); }, 10000));
    QVERIFY(!read->ok());
    QCOMPARE(read->error().kind, SecretError::Kind::NoKeychain);

    std::optional<SecretResult<bool>> has;
    m_store->hasSecret(QStringLiteral("p1"), this,
                       [&](SecretResult<bool> r) { has.emplace(std::move(r)); });
    QVERIFY(QTest::qWaitFor([&] { return has.has_value(); }, 10000));
    QVERIFY(!has->ok()); // unknown, not "false"
}

void TestNoKeychain::sessionOnlySecret()
{
    QSettings settings(m_home.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
    ProfileStore profiles(settings, m_store.get());
    Profile p;
    p.name = QStringLiteral("No keychain");
    p.impKey = QStringLiteral("imp_key_nk");
    QVERIFY(profiles.add(p).isEmpty());

    m_store->setSessionOnlySecret(p.id, Canary);
    QVERIFY(m_store->hasSessionOnlySecret(p.id));

    std::optional<SecretResult<QString>> read;
    m_store->readSecret(p.id, this, [&](SecretResult<QString> r) { read.emplace(std::move(r)); });
    QVERIFY(QTest::qWaitFor([&] { return read.has_value(); }, 5000));
    QVERIFY(read->ok());
    QCOMPARE(read->value(), Canary);

    KeychainCredentialSource source(profiles, p.id, *m_store);
    test::Capture<ApiCredentials> creds;
    source.fetchCredentials(this, creds.callback());
    QVERIFY(creds.wait());
    QVERIFY(creds.result().ok());
    QCOMPARE(creds.value().impKey, QStringLiteral("imp_key_nk"));
    QCOMPARE(creds.value().impSecret, Canary);

    // Removing the profile forgets the session secret even though the keychain is absent.
    std::optional<SecretOutcome> removed;
    QVERIFY(profiles.remove(p.id, this, [&](SecretOutcome o) { removed.emplace(std::move(o)); }));
    QVERIFY(!m_store->hasSessionOnlySecret(p.id));
    QVERIFY(QTest::qWaitFor([&] { return removed.has_value(); }, 10000));

    test::Capture<ApiCredentials> after;
    source.fetchCredentials(this, after.callback());
    QVERIFY(after.wait());
    QVERIFY(!after.result().ok());
    QCOMPARE(after.error().kind, ApiError::Kind::Auth);
}

void TestNoKeychain::nothingOnDisk()
{
    QSettings settings(m_home.filePath(QStringLiteral("disk.ini")), QSettings::IniFormat);
    ProfileStore profiles(settings, m_store.get());
    Profile p;
    p.name = QStringLiteral("Disk check");
    p.impKey = QStringLiteral("imp_key_disk");
    QVERIFY(profiles.add(p).isEmpty());
    m_store->setSessionOnlySecret(p.id, Canary);
    std::optional<SecretOutcome> outcome;
    m_store->writeSecret(p.id, Canary, this,
                         [&](SecretOutcome o) { outcome.emplace(std::move(o)); });
    QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 10000));
    settings.sync();
    QVERIFY(QFile::exists(settings.fileName()));
    QVERIFY(!treeContains(m_home.path(), Canary.toUtf8()));
    const QByteArray utf16(reinterpret_cast<const char *>(Canary.utf16()), Canary.size() * 2);
    QVERIFY(!treeContains(m_home.path(), utf16));
}

void TestNoKeychain::retriedOnce()
{
    SecretStore store(QStringLiteral("PortOne Desk Retry Test"));
    store.setRetryDelay(10ms);
    int jobs = 0;
    store.setJobStarter([&](QKeychain::Job *job) {
        ++jobs;
        job->start();
    });
    std::optional<SecretResult<QString>> read;
    store.readSecret(QStringLiteral("x"), this,
                     [&](const SecretResult<QString> &r) { read.emplace(r); });
    QVERIFY(QTest::qWaitFor([&] { return read.has_value(); }, 10000));
    QCOMPARE(jobs, 2); // first OtherError retried once, then reported
    QVERIFY(!read->ok());
}

void TestNoKeychain::queuedInOrder()
{
    SecretStore store(QStringLiteral("PortOne Desk Order Test"));
    store.setRetryDelay(1ms);
    QStringList started; // job classes in the order they were started
    store.setJobStarter([&](QKeychain::Job *job) {
        started << QString::fromLatin1(job->metaObject()->className()).section(u':', -1);
        job->start();
    });
    QList<int> order;
    const QString id = QStringLiteral("same");
    store.writeSecret(id, QStringLiteral("a"), this, [&](const SecretOutcome &) { order << 1; });
    store.deleteSecret(id, this, [&](const SecretOutcome &) { order << 2; });
    store.writeSecret(id, QStringLiteral("b"), this, [&](const SecretOutcome &) { order << 3; });
    store.readSecret(id, this, [&](const SecretResult<QString> &) { order << 4; });
    QVERIFY(QTest::qWaitFor([&] { return order.size() == 4; }, 15000));
    QCOMPARE(order, (QList<int> { 1, 2, 3, 4 }));
    // Each call ran (and was retried once) before the next one started.
    const QString w = QStringLiteral("WritePasswordJob"), d = QStringLiteral("DeletePasswordJob"),
                  r = QStringLiteral("ReadPasswordJob");
    QCOMPARE(started, (QStringList { w, w, d, d, w, w, r, r }));
}

void TestNoKeychain::timeoutGuard()
{
    SecretStore store(QStringLiteral("PortOne Desk Timeout Test"));
    store.setTimeout(50ms);
    QList<QPointer<QKeychain::Job>> held;
    store.setJobStarter([&](QKeychain::Job *job) { held << job; }); // never answers
    int calls = 0;
    std::optional<SecretResult<QString>> read;
    QElapsedTimer elapsed;
    elapsed.start();
    store.readSecret(QStringLiteral("locked"), this, [&](const SecretResult<QString> &r) {
        ++calls;
        read.emplace(r);
    });
    QVERIFY(QTest::qWaitFor([&] { return read.has_value(); }, 5000));
    QVERIFY(elapsed.elapsed() < 2000);
    QVERIFY(!read->ok());
    QCOMPARE(read->error().kind, SecretError::Kind::Unavailable);
    QVERIFY(read->error().message.contains(QStringLiteral("did not answer")));
    QCOMPARE(store.pendingOperations(), 0);

    // The next call on the same key is not blocked by the hung one.
    std::optional<SecretOutcome> second;
    store.writeSecret(QStringLiteral("locked"), QStringLiteral("v"), this,
                      [&](const SecretOutcome &o) { second.emplace(o); });
    QVERIFY(QTest::qWaitFor([&] { return second.has_value(); }, 5000));
    QCOMPARE((*second)->kind, SecretError::Kind::Unavailable);

    // The late answer is ignored and the job cleans itself up (autoDelete).
    QCOMPARE(held.size(), 2);
    for (const auto &job : held) {
        QVERIFY(job);
        job->start();
    }
    QTRY_VERIFY_WITH_TIMEOUT(held.at(0).isNull() && held.at(1).isNull(), 10000);
    QTest::qWait(50);
    QCOMPARE(calls, 1);
}

void TestNoKeychain::destroyedContextIsNotCalled()
{
    auto *context = new QObject;
    bool called = false;
    m_store->readSecret(QStringLiteral("ctx"), context,
                        [&](const SecretResult<QString> &) { called = true; });
    delete context;
    QTest::qWait(1500); // longer than a failing job plus its retry
    QVERIFY(!called);
    QCOMPARE(m_store->pendingOperations(), 0);
}

QTEST_GUILESS_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
