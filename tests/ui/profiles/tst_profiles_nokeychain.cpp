// The profiles dialog without a keychain: CTest runs this suite with D-Bus pointed at a bus
// that does not exist, so QtKeychain finds no Secret Service. The dialog says so plainly and
// offers "Keep for this session only", which makes Test connection work for this run.
#include "tests/ui/UiTestSupport.h"
#include "tests/ui/profiles/ProfilesDialogDriver.h"
#include "ui/profiles/KeychainBanner.h"
#include "ui/profiles/ProfilesDialog.h"

#include <QFile>

using namespace portone;
using namespace portone::test;

class TestProfilesNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keepForThisSessionOnly();
};

void TestProfilesNoKeychain::initTestCase()
{
    if (!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"/nonexistent/"))
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
}

void TestProfilesNoKeychain::keepForThisSessionOnly()
{
    SandboxSessionFixture f;
    ProfilesDialog dialog(f.session);
    dialog.show();
    ProfilesDialogDriver ui { dialog };
    auto *banner = dialog.findChild<KeychainBanner *>(QStringLiteral("keychainBannerFrame"));
    QVERIFY(banner);
    QVERIFY(banner->isHidden());

    ui.fillNew(QStringLiteral("No keychain"), SandboxImpKey, SandboxSecret,
               f.server().baseUrl().toString());
    ui.click("saveProfileButton");
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isHidden(), 15000);
    QVERIFY(banner->text().contains(QStringLiteral("The system keychain is not available.")));
    QVERIFY(banner->text().contains(QStringLiteral("this session only")));
    QVERIFY(ui.status().contains(QStringLiteral("without its secret")));
    // The non-secret fields are saved; the typed secret is still in the field, nowhere else.
    const auto saved = f.session.profiles().findByName(QStringLiteral("No keychain"));
    QVERIFY(saved);
    QCOMPARE(ui.edit("impSecretLineEdit")->text(), SandboxSecret);
    QVERIFY(!f.session.secrets().hasSessionOnlySecret(saved->id));
    ui.shoot(QStringLiteral("profiles-no-keychain"));

    auto *keep = ui.get<QPushButton>("keepForSessionButton");
    QVERIFY(keep->isEnabled());
    QTest::mouseClick(keep, Qt::LeftButton);
    QVERIFY(f.session.secrets().hasSessionOnlySecret(saved->id));
    QCOMPARE(ui.edit("impSecretLineEdit")->text(), QString());
    QVERIFY(ui.secretStatus().contains(QStringLiteral("this session only")));
    QVERIFY(banner->text().contains(QStringLiteral("kept for this session only")));
    QVERIFY(keep->isHidden());

    ui.click("testConnectionButton"); // the field is empty: the session-only secret is used
    QTRY_VERIFY_WITH_TIMEOUT(ui.channels()->rowCount() >= 1, 15000);

    QFile file(f.dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains(SandboxImpKey.toUtf8()));
    QVERIFY(!bytes.contains(SandboxSecret.toUtf8()));
    ui.shoot(QStringLiteral("profiles-session-only"));
}

QTEST_MAIN(TestProfilesNoKeychain)
#include "tst_profiles_nokeychain.moc"
