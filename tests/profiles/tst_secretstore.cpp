// Against the real Secret Service. Run inside a private session bus with an unlocked throwaway
// gnome-keyring (packaging/portone-desk.sh does this for ctest), e.g.:
//   HOME=$(mktemp -d) dbus-run-session -- sh -c 'printf throwaway |
//     gnome-keyring-daemon --unlock --components=secrets >/dev/null; ./tst_secretstore'
// Without a Secret Service every test is skipped with a message saying so, unless
// PORTONE_REQUIRE_KEYCHAIN is set (as the README's test command does).
#include "core/profiles/KeychainCredentialSource.h"
#include "core/profiles/ProfileStore.h"
#include "core/profiles/SecretStore.h"
#include "tests/support/Capture.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace portone;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

const QString Canary = QStringLiteral("CANARY-SECRET-9f3a");

template<typename T> struct Got
{
    std::optional<SecretResult<T>> result;
    auto callback()
    {
        return [this](SecretResult<T> r) { result.emplace(std::move(r)); };
    }
    bool wait()
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, 15000);
    }
};

struct Done
{
    std::optional<SecretOutcome> outcome;
    auto callback()
    {
        return [this](SecretOutcome o) { outcome.emplace(std::move(o)); };
    }
    bool wait()
    {
        return QTest::qWaitFor([this] { return outcome.has_value(); }, 15000);
    }
    bool ok() const { return outcome.has_value() && !outcome->has_value(); }
    QString text() const { return outcome && *outcome ? (*outcome)->text() : QString(); }
};

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void roundTrip();
    void namespacedPerProfile();
    void queuedInOrder();
    void credentialSource();
    void removingProfileDeletesSecret();

private:
    QString readOk(const QString &profileId);
    bool write(const QString &profileId, const QString &secret);
    QString secretToolSearch();

    QString m_service;
    std::unique_ptr<SecretStore> m_store;
    QTemporaryDir m_dir;
    bool m_available = false;
};

void TestSecretStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_service = QStringLiteral("PortOne Desk Test %1").arg(QCoreApplication::applicationPid());
    m_store = std::make_unique<SecretStore>(m_service);
    m_store->setTimeout(5s);
    Got<bool> probe;
    m_store->hasSecret(QStringLiteral("probe"), nullptr, probe.callback());
    QVERIFY(probe.wait());
    // The README's test command sets PORTONE_REQUIRE_KEYCHAIN: there a missing keychain is a
    // failure, not a reason to skip.
    if (!probe.result->ok() && qEnvironmentVariableIsSet("PORTONE_REQUIRE_KEYCHAIN"))
        QFAIL(qPrintable(probe.result->error().text()));
    if (!probe.result->ok())
        QSKIP(qPrintable(QStringLiteral("No usable Secret Service (%1); run this suite inside "
                                        "dbus-run-session with an unlocked gnome-keyring.")
                             .arg(probe.result->error().text())));
    QCOMPARE(probe.result->value(), false);
    m_available = true;
}

void TestSecretStore::cleanupTestCase()
{
    if (!m_available)
        return;
    for (const char *id : { "profile-a", "profile-b", "order", "cred" }) {
        Done d;
        m_store->deleteSecret(QString::fromLatin1(id), nullptr, d.callback());
        d.wait();
    }
}

QString TestSecretStore::readOk(const QString &profileId)
{
    Got<QString> got;
    m_store->readSecret(profileId, this, got.callback());
    if (!got.wait() || !got.result->ok())
        return QStringLiteral("<error: %1>")
            .arg(got.result ? got.result->error().text() : QString());
    return got.result->value();
}

bool TestSecretStore::write(const QString &profileId, const QString &secret)
{
    Done d;
    m_store->writeSecret(profileId, secret, this, d.callback());
    if (!d.wait())
        return false;
    if (!d.ok())
        qWarning("write failed: %s", qPrintable(d.text()));
    return d.ok();
}

QString TestSecretStore::secretToolSearch()
{
    QProcess p;
    p.start(
        QStringLiteral("secret-tool"),
        { QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), m_service });
    if (!p.waitForFinished(10000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

void TestSecretStore::roundTrip()
{
    const QString id = QStringLiteral("profile-a");
    QVERIFY(write(id, Canary));
    QCOMPARE(readOk(id), Canary);

    Got<bool> has;
    m_store->hasSecret(id, this, has.callback());
    QVERIFY(has.wait());
    QVERIFY(has.result->ok() && has.result->value());

    QVERIFY(write(id, QStringLiteral("second-secret")));
    QCOMPARE(readOk(id), QStringLiteral("second-secret"));

    Done del;
    m_store->deleteSecret(id, this, del.callback());
    QVERIFY(del.wait());
    QVERIFY2(del.ok(), qPrintable(del.text()));

    Got<QString> gone;
    m_store->readSecret(id, this, gone.callback());
    QVERIFY(gone.wait());
    QVERIFY(!gone.result->ok());
    QCOMPARE(gone.result->error().kind, SecretError::Kind::NotFound);
    QVERIFY(!gone.result->error().message.isEmpty());

    // Deleting again is not an error.
    Done again;
    m_store->deleteSecret(id, this, again.callback());
    QVERIFY(again.wait());
    QVERIFY(again.ok());
}

void TestSecretStore::namespacedPerProfile()
{
    QVERIFY(write(QStringLiteral("profile-a"), QStringLiteral("secret-of-a")));
    QVERIFY(write(QStringLiteral("profile-b"), QStringLiteral("secret-of-b")));
    QCOMPARE(readOk(QStringLiteral("profile-a")), QStringLiteral("secret-of-a"));
    QCOMPARE(readOk(QStringLiteral("profile-b")), QStringLiteral("secret-of-b"));
    QCOMPARE(SecretStore::keyFor(QStringLiteral("profile-a")),
             QStringLiteral("imp_secret/profile-a"));

    if (QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
        QSKIP("secret-tool is not installed; the entries were checked through QtKeychain only.");
    const QString listing = secretToolSearch();
    QVERIFY2(listing.contains(QStringLiteral("attribute.user = imp_secret/profile-a")),
             qPrintable(listing));
    QVERIFY(listing.contains(QStringLiteral("attribute.user = imp_secret/profile-b")));
    QVERIFY(listing.contains(QStringLiteral("attribute.server = ") + m_service));
}

void TestSecretStore::queuedInOrder()
{
    // Issued back to back without waiting: they must run in the order given.
    const QString id = QStringLiteral("order");
    QStringList events;
    m_store->writeSecret(id, QStringLiteral("one"), this,
                         [&](const SecretOutcome &o) { events << (o ? u"w1-fail"_s : u"w1"_s); });
    m_store->deleteSecret(id, this,
                          [&](const SecretOutcome &o) { events << (o ? u"d-fail"_s : u"d"_s); });
    m_store->writeSecret(id, QStringLiteral("three"), this,
                         [&](const SecretOutcome &o) { events << (o ? u"w3-fail"_s : u"w3"_s); });
    std::optional<QString> last;
    m_store->readSecret(id, this, [&](const SecretResult<QString> &r) {
        events << QStringLiteral("r");
        last = r.ok() ? r.value() : r.error().text();
    });
    QVERIFY(QTest::qWaitFor([&] { return events.size() == 4; }, 15000));
    QCOMPARE(events, (QStringList { u"w1"_s, u"d"_s, u"w3"_s, u"r"_s }));
    QCOMPARE(*last, QStringLiteral("three"));
    QCOMPARE(m_store->pendingOperations(), 0);
}

void TestSecretStore::credentialSource()
{
    QSettings settings(m_dir.filePath(QStringLiteral("cred.ini")), QSettings::IniFormat);
    ProfileStore profiles(settings, m_store.get());
    Profile p;
    p.id = QStringLiteral("cred");
    p.name = QStringLiteral("Credential test");
    p.impKey = QStringLiteral("imp_key_123");
    QVERIFY(profiles.add(p).isEmpty());
    QVERIFY(write(p.id, Canary));

    KeychainCredentialSource source(profiles, p.id, *m_store);
    test::Capture<ApiCredentials> got;
    source.fetchCredentials(this, got.callback());
    QVERIFY(got.wait());
    QVERIFY(got.result().ok());
    QCOMPARE(got.value().impKey, QStringLiteral("imp_key_123"));
    QCOMPARE(got.value().impSecret, Canary);

    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(Canary.toUtf8()));
}

void TestSecretStore::removingProfileDeletesSecret()
{
    QSettings settings(m_dir.filePath(QStringLiteral("remove.ini")), QSettings::IniFormat);
    ProfileStore profiles(settings, m_store.get());
    Profile p;
    p.name = QStringLiteral("To delete");
    p.impKey = QStringLiteral("imp_key_del");
    QVERIFY(profiles.add(p).isEmpty());
    QVERIFY(write(p.id, Canary));
    QCOMPARE(readOk(p.id), Canary);
    const bool hasSecretTool
        = !QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty();
    if (hasSecretTool)
        QVERIFY(secretToolSearch().contains(SecretStore::keyFor(p.id)));

    Done done;
    QVERIFY(profiles.remove(p.id, this, done.callback()));
    QVERIFY(done.wait());
    QVERIFY2(done.ok(), qPrintable(done.text()));
    QVERIFY(!profiles.findById(p.id));

    Got<bool> has;
    m_store->hasSecret(p.id, this, has.callback());
    QVERIFY(has.wait());
    QVERIFY(has.result->ok());
    QCOMPARE(has.result->value(), false);
    if (hasSecretTool)
        QVERIFY(!secretToolSearch().contains(SecretStore::keyFor(p.id)));

    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(Canary.toUtf8()));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
