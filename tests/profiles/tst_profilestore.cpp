// ProfileStore on a temporary QSettings file. CTest points D-Bus at a missing bus, so the
// SecretStore used here never reaches a real keyring; the keychain itself is covered by
// tst_secretstore and tst_nokeychain.
#include "core/api/PortOneClient.h"
#include "core/profiles/ProfileStore.h"
#include "core/profiles/SecretStore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace portone;

Q_DECLARE_METATYPE(Profile)

namespace {

const QString Canary = QStringLiteral("CANARY-SECRET-9f3a");

Profile sample(const QString &name)
{
    Profile p;
    p.name = name;
    p.impKey = QStringLiteral("imp_key_") + name;
    return p;
}

QStringList fieldNames(const FieldErrors &errors)
{
    QStringList names;
    for (const FieldError &e : errors)
        names << e.field;
    names.sort();
    names.removeDuplicates();
    return names;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void validateProfile_data();
    void validateProfile();
    void addAndReload();
    void uniqueNames_data();
    void uniqueNames();
    void editAndRename();
    void removeDeletesSecret();
    void sandboxNeverPersisted();
    void secretNeverInSettings();
    void timeoutsStoredAndApplied();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_store;
};

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("PortOne Desk ProfileStore Test"));
    m_secrets->setRetryDelay(std::chrono::milliseconds(10));
    m_store = std::make_unique<ProfileStore>(*m_settings, m_secrets.get());
}

void TestProfileStore::cleanup()
{
    m_store.reset();
    m_secrets.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestProfileStore::validateProfile_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<QStringList>("fields");
    const auto with = [](auto change) {
        Profile p = sample(QStringLiteral("Shop"));
        change(p);
        return p;
    };
    QTest::newRow("valid") << sample(QStringLiteral("Shop")) << QStringList();
    QTest::newRow("no name") << with([](Profile &p) { p.name = QStringLiteral("  "); })
                             << QStringList { QStringLiteral("name") };
    QTest::newRow("no imp_key") << with([](Profile &p) { p.impKey.clear(); })
                                << QStringList { QStringLiteral("imp_key") };
    QTest::newRow("http refused") << with([](Profile &p) {
        p.baseUrl = QUrl(QStringLiteral("http://api.iamport.kr"));
    }) << QStringList { QStringLiteral("base_url") };
    QTest::newRow("http loopback ok")
        << with([](Profile &p) { p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080")); })
        << QStringList();
    QTest::newRow("http localhost ok")
        << with([](Profile &p) { p.baseUrl = QUrl(QStringLiteral("http://localhost:9")); })
        << QStringList();
    QTest::newRow("http ::1 ok") << with([](Profile &p) {
        p.baseUrl = QUrl(QStringLiteral("http://[::1]:9"));
    }) << QStringList();
    QTest::newRow("ftp refused") << with([](Profile &p) {
        p.baseUrl = QUrl(QStringLiteral("ftp://127.0.0.1"));
    }) << QStringList { QStringLiteral("base_url") };
    QTest::newRow("no host") << with([](Profile &p) {
        p.baseUrl = QUrl(QStringLiteral("https://"));
    }) << QStringList { QStringLiteral("base_url") };
    QTest::newRow("live http loopback refused") << with([](Profile &p) {
        p.live = true;
        p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    }) << QStringList { QStringLiteral("base_url") };
    QTest::newRow("live https ok") << with([](Profile &p) { p.live = true; }) << QStringList();
    QTest::newRow("timeouts at bounds") << with([](Profile &p) {
        p.lookupTimeoutSeconds = Profile::MinTimeoutSeconds;
        p.pgTimeoutSeconds = Profile::MaxPgTimeoutSeconds;
    }) << QStringList();
    QTest::newRow("timeouts out of bounds") << with([](Profile &p) {
        p.lookupTimeoutSeconds = Profile::MaxLookupTimeoutSeconds + 1;
        p.pgTimeoutSeconds = Profile::MinTimeoutSeconds - 1;
    }) << QStringList { QStringLiteral("lookup_timeout"), QStringLiteral("pg_timeout") };
    QTest::newRow("tier ok") << with([](Profile &p) { p.tierCode = QStringLiteral("A01"); })
                             << QStringList();
    QTest::newRow("tier lower") << with([](Profile &p) { p.tierCode = QStringLiteral("a01"); })
                                << QStringList { QStringLiteral("tier_code") };
}

void TestProfileStore::validateProfile()
{
    QFETCH(Profile, profile);
    QFETCH(QStringList, fields);
    QCOMPARE(fieldNames(validate(profile)), fields);
}

void TestProfileStore::addAndReload()
{
    QSignalSpy changed(m_store.get(), &ProfileStore::profilesChanged);
    Profile p = sample(QStringLiteral("Main shop"));
    p.tierCode = QStringLiteral("T01");
    p.live = true;
    p.certificationChannelKey = QStringLiteral("ck-cert");
    p.billingChannelKey = QStringLiteral("ck-bill");
    p.benepiaChannelKey = QStringLiteral("ck-bene");
    p.baseUrl = QUrl(QStringLiteral("https://example.test/v1"));
    QVERIFY(m_store->add(p).isEmpty());
    QVERIFY(!p.id.isEmpty());
    QVERIFY(!p.id.contains(u'{'));
    QCOMPARE(changed.size(), 1);

    // A second store on the same file sees everything.
    QSettings again(m_settings->fileName(), QSettings::IniFormat);
    ProfileStore reloaded(again, nullptr);
    const auto found = reloaded.findById(p.id);
    QVERIFY(found);
    QCOMPARE(found->name, p.name);
    QCOMPARE(found->impKey, p.impKey);
    QCOMPARE(found->tierCode, p.tierCode);
    QCOMPARE(found->live, true);
    QCOMPARE(found->certificationChannelKey, p.certificationChannelKey);
    QCOMPARE(found->billingChannelKey, p.billingChannelKey);
    QCOMPARE(found->benepiaChannelKey, p.benepiaChannelKey);
    QCOMPARE(found->baseUrl, p.baseUrl);
    QCOMPARE(reloaded.findByName(QStringLiteral("MAIN SHOP"))->id, p.id);
    QVERIFY(!reloaded.findById(QStringLiteral("missing")));
    QVERIFY(!reloaded.findByName(QStringLiteral("missing")));
}

void TestProfileStore::uniqueNames_data()
{
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("same") << QStringLiteral("Shop") << false;
    QTest::newRow("other case") << QStringLiteral("SHOP") << false;
    QTest::newRow("spaces around") << QStringLiteral(" shop ") << false;
    QTest::newRow("different") << QStringLiteral("Shop 2") << true;
    QTest::newRow("korean") << QStringLiteral("가맹점") << true;
}

void TestProfileStore::uniqueNames()
{
    QFETCH(QString, second);
    QFETCH(bool, accepted);
    Profile first = sample(QStringLiteral("Shop"));
    QVERIFY(m_store->add(first).isEmpty());
    Profile other = sample(second);
    const FieldErrors errors = m_store->add(other);
    QCOMPARE(errors.isEmpty(), accepted);
    if (!accepted)
        QCOMPARE(fieldNames(errors), QStringList { QStringLiteral("name") });
    QCOMPARE(m_store->profiles().size(), accepted ? 2 : 1);
}

void TestProfileStore::editAndRename()
{
    Profile a = sample(QStringLiteral("Alpha"));
    Profile b = sample(QStringLiteral("Beta"));
    QVERIFY(m_store->add(a).isEmpty());
    QVERIFY(m_store->add(b).isEmpty());

    a.impKey = QStringLiteral("new_key");
    a.tierCode = QStringLiteral("ZZ9");
    QVERIFY(m_store->update(a).isEmpty());
    QCOMPARE(m_store->findById(a.id)->impKey, QStringLiteral("new_key"));
    QCOMPARE(m_store->findById(a.id)->tierCode, QStringLiteral("ZZ9"));

    a.tierCode = QStringLiteral("bad");
    QCOMPARE(fieldNames(m_store->update(a)), QStringList { QStringLiteral("tier_code") });
    QCOMPARE(m_store->findById(a.id)->tierCode, QStringLiteral("ZZ9")); // unchanged

    QCOMPARE(fieldNames(m_store->rename(a.id, QStringLiteral("beta"))),
             QStringList { QStringLiteral("name") });
    QVERIFY(m_store->rename(a.id, QStringLiteral("alpha")).isEmpty()); // own name, other case
    QVERIFY(m_store->rename(a.id, QStringLiteral("Gamma")).isEmpty());
    QCOMPARE(m_store->findById(a.id)->name, QStringLiteral("Gamma"));
    QCOMPARE(m_store->profiles().first().name, QStringLiteral("Beta")); // sorted by name
    QCOMPARE(fieldNames(m_store->rename(QStringLiteral("nope"), QStringLiteral("X"))),
             QStringList { QStringLiteral("id") });
    Profile ghost = sample(QStringLiteral("Ghost"));
    ghost.id = QStringLiteral("ghost");
    QCOMPARE(fieldNames(m_store->update(ghost)), QStringList { QStringLiteral("id") });
}

void TestProfileStore::removeDeletesSecret()
{
    Profile p = sample(QStringLiteral("Temp"));
    QVERIFY(m_store->add(p).isEmpty());
    m_secrets->setSessionOnlySecret(p.id, Canary);
    QSignalSpy changed(m_store.get(), &ProfileStore::profilesChanged);
    std::optional<SecretOutcome> outcome;
    QVERIFY(m_store->remove(p.id, this, [&](SecretOutcome o) { outcome.emplace(std::move(o)); }));
    QCOMPARE(changed.size(), 1);
    QVERIFY(!m_store->findById(p.id));
    QVERIFY(!m_secrets->hasSessionOnlySecret(p.id));
    // The keychain part is reported (here: no keychain on this test's bus).
    QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 10000));
    QVERIFY(!m_store->remove(p.id));
}

void TestProfileStore::sandboxNeverPersisted()
{
    Profile p = sample(QStringLiteral("Sandbox"));
    p.builtInSandbox = true;
    QVERIFY(!m_store->add(p).isEmpty());
    QVERIFY(m_store->profiles().isEmpty());
}

void TestProfileStore::secretNeverInSettings()
{
    Profile p = sample(QStringLiteral("Secretive"));
    QVERIFY(m_store->add(p).isEmpty());
    m_secrets->setSessionOnlySecret(p.id, Canary);
    std::optional<SecretOutcome> outcome;
    m_secrets->writeSecret(p.id, Canary, this, [&](const SecretOutcome &o) { outcome.emplace(o); });
    QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 10000));
    QVERIFY(m_store->update(p).isEmpty());
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray raw = file.readAll();
    QVERIFY(raw.contains("imp_key_Secretive"));
    QVERIFY(!raw.contains(Canary.toUtf8()));
}

void TestProfileStore::timeoutsStoredAndApplied()
{
    Profile p = sample(QStringLiteral("Slow PG"));
    QCOMPARE(p.lookupTimeoutSeconds, 15);
    QCOMPARE(p.pgTimeoutSeconds, 60);
    p.lookupTimeoutSeconds = 20;
    p.pgTimeoutSeconds = 150;
    QVERIFY(m_store->add(p).isEmpty());
    QSettings again(m_settings->fileName(), QSettings::IniFormat);
    ProfileStore reloaded(again, nullptr);
    auto found = reloaded.findById(p.id);
    QVERIFY(found);
    QCOMPARE(found->lookupTimeoutSeconds, 20);
    QCOMPARE(found->pgTimeoutSeconds, 150);

    const ClientSettings settings = clientSettings(*found);
    QCOMPARE(settings.timeout, std::chrono::milliseconds(20000));
    QCOMPARE(settings.pgTimeout, std::chrono::milliseconds(150000));
    QVERIFY(!settings.httpsOnly);
    found->live = true;
    QVERIFY(clientSettings(*found).httpsOnly);
    found->builtInSandbox = true;
    QVERIFY(!clientSettings(*found).httpsOnly);

    // An edited file with values out of bounds: the defaults.
    again.setValue(QStringLiteral("profiles/%1/lookupTimeoutSeconds").arg(p.id), 0);
    again.setValue(QStringLiteral("profiles/%1/pgTimeoutSeconds").arg(p.id), QStringLiteral("x"));
    found = reloaded.findById(p.id);
    QCOMPARE(found->lookupTimeoutSeconds, Profile::DefaultLookupTimeoutSeconds);
    QCOMPARE(found->pgTimeoutSeconds, Profile::DefaultPgTimeoutSeconds);
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
