// The profiles dialog as an operator uses it, with the real Secret Service (the README's test
// command provides a throwaway, unlocked gnome-keyring) and the in-process sandbox.
#include "tests/ui/UiTestSupport.h"
#include "tests/ui/profiles/ProfilesDialogDriver.h"
#include "ui/common/ErrorPanel.h"
#include "ui/profiles/ProfilesDialog.h"

#include <QFile>
#include <QSignalSpy>
#include <optional>

using namespace portone;
using namespace portone::test;

namespace {

std::optional<SecretResult<bool>> hasSecret(DeskSession &session, const QString &id)
{
    std::optional<SecretResult<bool>> answer;
    session.secrets().hasSecret(id, nullptr,
                                [&answer](const SecretResult<bool> &r) { answer.emplace(r); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, KeychainWait))
        qWarning("the keychain did not answer");
    return answer;
}

} // namespace

class TestProfilesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addKeepsSecretInKeychainOnly();
    void tabOrderFollowsTheForm();
    void testConnectionListsChannels();
    void testConnectionOfUnsavedProfileUsesTypedSecret();
    void wrongSecretShowsPortOneMessage();
    void editTierAndRename();
    void invalidBaseUrlIsRefusedAndTypingKept();
    void deleteAsksThenErasesSecret();
};

void TestProfilesDialog::initTestCase()
{
    const QString problem = keychainProblem();
    if (!problem.isEmpty() && qEnvironmentVariableIsSet("PORTONE_REQUIRE_KEYCHAIN"))
        QFAIL(qPrintable(problem));
    if (!problem.isEmpty())
        QSKIP(qPrintable(problem));
}

void TestProfilesDialog::addKeepsSecretInKeychainOnly()
{
    SandboxSessionFixture f;
    ProfilesDialog dialog(f.session);
    dialog.show();
    ProfilesDialogDriver ui { dialog };
    QSignalSpy saved(&dialog, &ProfilesDialog::profileSaved);
    QCOMPARE(ui.list()->count(), 0);
    QVERIFY(ui.labelShown("emptyHintLabel"));
    QCOMPARE(ui.labelText("editorHeaderLabel"), QStringLiteral("New profile"));

    const QString id
        = ui.addSaved(f.session, QStringLiteral("Loopback sandbox"), f.server().baseUrl());
    QVERIFY(!id.isEmpty());
    QCOMPARE(ui.secretStatus(), QStringLiteral("A secret is stored in the keychain."));
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(0).toString(), id);
    QVERIFY(ui.status().contains(QStringLiteral("saved")));
    QCOMPARE(ui.edit("impSecretLineEdit")->text(), QString()); // cleared after use
    QCOMPARE(ui.list()->count(), 1);
    QVERIFY(!ui.labelShown("emptyHintLabel"));
    QVERIFY(ui.list()->currentItem()->text().startsWith(QStringLiteral("Loopback sandbox")));
    QCOMPARE(f.session.profiles().findById(id)->baseUrl, f.server().baseUrl());

    QFile file(f.dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains(SandboxImpKey.toUtf8())); // the right file
    QVERIFY(!bytes.contains(SandboxSecret.toUtf8()));
    QVERIFY(!bytes.contains("do_not_use"));

    const auto stored = hasSecret(f.session, id);
    QVERIFY(stored && stored->ok());
    QVERIFY(stored->value());
    ui.shoot(QStringLiteral("profiles-saved"));
}

void TestProfilesDialog::tabOrderFollowsTheForm()
{
    SandboxSessionFixture f;
    ProfilesDialog dialog(f.session);
    dialog.show();
    ProfilesDialogDriver ui { dialog };
    ui.showAdvanced();
    QStringList order;
    QWidget *widget = ui.list();
    do {
        if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)
            && !widget->objectName().isEmpty()
            && !widget->objectName().startsWith(u"qt_")) // a spin box's own line edit
            order << widget->objectName();
        widget = widget->nextInFocusChain();
    } while (widget != ui.list());
    const QStringList expected { QStringLiteral("profileListWidget"),
                                 QStringLiteral("addProfileButton"),
                                 QStringLiteral("nameLineEdit"),
                                 QStringLiteral("liveCheckBox"),
                                 QStringLiteral("readOnlyCheckBox"),
                                 QStringLiteral("impKeyLineEdit"),
                                 QStringLiteral("impSecretLineEdit"),
                                 QStringLiteral("tierCodeLineEdit"),
                                 QStringLiteral("certificationChannelLineEdit"),
                                 QStringLiteral("billingChannelLineEdit"),
                                 QStringLiteral("benepiaChannelLineEdit"),
                                 QStringLiteral("advancedToolButton"),
                                 QStringLiteral("baseUrlLineEdit"),
                                 QStringLiteral("lookupTimeoutSpinBox"),
                                 QStringLiteral("pgTimeoutSpinBox"),
                                 QStringLiteral("saveProfileButton"),
                                 QStringLiteral("testConnectionButton"),
                                 QStringLiteral("closeButton") };
    QCOMPARE(order.mid(0, expected.size()), expected);
    for (const QString &name : expected)
        QVERIFY2(!dialog.findChild<QWidget *>(name)->accessibleName().isEmpty(), qPrintable(name));
}

void TestProfilesDialog::testConnectionListsChannels()
{
    SandboxSessionFixture f;
    ProfilesDialog dialog(f.session);
    dialog.show();
    ProfilesDialogDriver ui { dialog };
    QVERIFY(!ui.addSaved(f.session, QStringLiteral("Channels"), f.server().baseUrl()).isEmpty());
    QCOMPARE(ui.edit("impSecretLineEdit")->text(), QString()); // so the stored secret is used
    const int tokensBefore = f.server().tokenRequestCount();

    ui.click("testConnectionButton");
    QTRY_VERIFY_WITH_TIMEOUT(ui.channels()->rowCount() >= 1, KeychainWait);
    QVERIFY(f.server().tokenRequestCount() > tokensBefore);
    bool certificationRow = false;
    for (int row = 0; row < ui.channels()->rowCount(); ++row) {
        if (ui.channels()->item(row, 2)->text() == u"Certification"
            && ui.channels()->item(row, 4)->text().contains(u"cert"))
            certificationRow = true;
    }
    QVERIFY(certificationRow);
    // Two steps, two lines: the keys, then the channel list.
    QCOMPARE(ui.labelText("connectionResultLabel"),
             QStringLiteral("imp_key and imp_secret accepted (token issued)."));
    QVERIFY(ui.labelText("channelResultLabel")
                .startsWith(QStringLiteral("Channel list (GET /users/pg): ")));
    // The main window's active profile is untouched.
    QVERIFY(f.session.activeProfile().builtInSandbox);
    ui.shoot(QStringLiteral("profiles-test-connection"));
}

void TestProfilesDialog::testConnectionOfUnsavedProfileUsesTypedSecret()
{
    SandboxSessionFixture f;
    ProfilesDialog dialog(f.session);
    dialog.show();
    ProfilesDialogDriver ui { dialog };
    ui.fillNew(QStringLiteral("Not saved"), SandboxImpKey, SandboxSecret,
               f.server().baseUrl().toString());
    ui.click("testConnectionButton");
    QTRY_VERIFY(ui.channels()->rowCount() >= 1);
    QVERIFY(f.session.profiles().profiles().isEmpty()); // testing saves nothing
    QCOMPARE(ui.edit("nameLineEdit")->text(), QStringLiteral("Not saved"));
}

void TestProfilesDialog::wrongSecretShowsPortOneMessage()
{
    SandboxSessionFixture f;
    ProfilesDialog dialog(f.session);
    dialog.show();
    ProfilesDialogDriver ui { dialog };
    ui.fillNew(QStringLiteral("Wrong"), SandboxImpKey, QStringLiteral("not-the-secret"),
               f.server().baseUrl().toString());
    ui.click("testConnectionButton");
    auto *panel = dialog.findChild<ErrorPanel *>(QStringLiteral("connectionErrorPanel"));
    QVERIFY(panel);
    QTRY_VERIFY(!panel->isHidden());
    QCOMPARE(panel->messageText(), QStringLiteral("imp_key, imp_secret 정보가 올바르지 않습니다."));
    QVERIFY(panel->statusText().contains(QStringLiteral("401")));
    QCOMPARE(ui.labelText("connectionResultLabel"),
             QStringLiteral("imp_key and imp_secret refused: no token was issued."));
    QVERIFY(!ui.labelShown("channelResultLabel"));
    QCOMPARE(ui.channels()->rowCount(), 0);
    QVERIFY(ui.get<QPushButton>("testConnectionButton")->isEnabled()); // usable again
    ui.shoot(QStringLiteral("profiles-wrong-secret"));
}

void TestProfilesDialog::editTierAndRename()
{
    SandboxSessionFixture f;
    ProfilesDialog dialog(f.session);
    dialog.show();
    ProfilesDialogDriver ui { dialog };
    const QString id = ui.addSaved(f.session, QStringLiteral("Before"), f.server().baseUrl());
    QVERIFY(!id.isEmpty());
    QSignalSpy saved(&dialog, &ProfilesDialog::profileSaved);

    ui.select(QStringLiteral("Before"));
    QTRY_COMPARE(ui.secretStatus(), QStringLiteral("A secret is stored in the keychain."));
    QCOMPARE(ui.edit("impSecretLineEdit")->text(), QString()); // never read back
    ui.retype("nameLineEdit", QStringLiteral("After"));
    ui.retype("tierCodeLineEdit", QStringLiteral("abc"));
    QCOMPARE(ui.edit("tierCodeLineEdit")->text(), QStringLiteral("ABC"));
    ui.toggle("liveCheckBox");
    QVERIFY(ui.labelShown("liveBandLabel"));
    // Live: the sandbox's plain http address is refused at once, next to the address.
    QVERIFY(ui.labelShown("base_urlMessageLabel"));
    QVERIFY(ui.labelText("base_urlMessageLabel").contains(QStringLiteral("live profile")));
    ui.click("saveProfileButton");
    QCOMPARE(f.session.profiles().findById(id)->name, QStringLiteral("Before")); // not saved
    // An https address is another server: the secret is typed again.
    ui.retype("baseUrlLineEdit", QStringLiteral("https://127.0.0.1:1"));
    QVERIFY(!ui.labelShown("base_urlMessageLabel"));
    ui.retype("impSecretLineEdit", SandboxSecret);
    ui.click("saveProfileButton");
    QTRY_COMPARE(saved.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(ui.secretStatus(),
                              QStringLiteral("A secret is stored in the keychain."), KeychainWait);

    const auto profile = f.session.profiles().findById(id);
    QVERIFY(profile);
    QCOMPARE(profile->name, QStringLiteral("After"));
    QCOMPARE(profile->tierCode, QStringLiteral("ABC"));
    QVERIFY(profile->live);
    QVERIFY(!f.session.profiles().findByName(QStringLiteral("Before")));
    QCOMPARE(ui.list()->count(), 1);
    QVERIFY(ui.list()->currentItem()->text().contains(QStringLiteral("Tier ABC")));
    QVERIFY(ui.list()->currentItem()->text().contains(QStringLiteral("LIVE")));
    const auto stored = hasSecret(f.session, id);
    QVERIFY(stored && stored->ok() && stored->value());
    ui.shoot(QStringLiteral("profiles-live"));
}

void TestProfilesDialog::invalidBaseUrlIsRefusedAndTypingKept()
{
    SandboxSessionFixture f;
    ProfilesDialog dialog(f.session);
    dialog.show();
    ProfilesDialogDriver ui { dialog };
    ui.fillNew(QStringLiteral("Plain http"), SandboxImpKey, SandboxSecret,
               QStringLiteral("http://example.com"));
    ui.click("saveProfileButton");
    QVERIFY(ui.labelShown("base_urlMessageLabel"));
    QVERIFY(ui.labelText("base_urlMessageLabel").contains(QStringLiteral("https://")));
    QVERIFY(f.session.profiles().profiles().isEmpty());
    QCOMPARE(ui.edit("nameLineEdit")->text(), QStringLiteral("Plain http"));
    QCOMPARE(ui.edit("impKeyLineEdit")->text(), SandboxImpKey);
    QCOMPARE(ui.edit("impSecretLineEdit")->text(), SandboxSecret);
    QCOMPARE(ui.edit("baseUrlLineEdit")->text(), QStringLiteral("http://example.com"));
    ui.shoot(QStringLiteral("profiles-invalid-url"));

    // Fixing the address saves it.
    ui.retype("baseUrlLineEdit", f.server().baseUrl().toString());
    QVERIFY(!ui.labelShown("base_urlMessageLabel")); // re-checked while typing
    ui.click("saveProfileButton");
    QTRY_COMPARE_WITH_TIMEOUT(ui.secretStatus(),
                              QStringLiteral("A secret is stored in the keychain."), KeychainWait);

    // The same refusal when editing a saved profile: the stored address stays.
    ui.retype("baseUrlLineEdit", QStringLiteral("http://example.com"));
    ui.click("saveProfileButton");
    QVERIFY(ui.labelShown("base_urlMessageLabel"));
    QCOMPARE(f.session.profiles().findByName(QStringLiteral("Plain http"))->baseUrl,
             f.server().baseUrl());
}

void TestProfilesDialog::deleteAsksThenErasesSecret()
{
    SandboxSessionFixture f;
    ProfilesDialog dialog(f.session);
    dialog.show();
    ProfilesDialogDriver ui { dialog };
    const QString id = ui.addSaved(f.session, QStringLiteral("To delete"), f.server().baseUrl());
    QVERIFY(!id.isEmpty());
    QSignalSpy deleted(&dialog, &ProfilesDialog::profileDeleted);

    f.prompts.answers << false;
    ui.click("deleteProfileButton");
    QCOMPARE(f.prompts.asked.size(), 1);
    QVERIFY(f.prompts.asked.at(0).text.contains(QStringLiteral("To delete")));
    QVERIFY(f.prompts.asked.at(0).text.contains(QStringLiteral("keychain")));
    QVERIFY(f.session.profiles().findById(id));
    QCOMPARE(deleted.count(), 0);

    f.prompts.answers << true;
    ui.click("deleteProfileButton");
    QCOMPARE(f.prompts.asked.size(), 2);
    QVERIFY(!f.session.profiles().findById(id));
    QCOMPARE(deleted.count(), 1);
    QCOMPARE(ui.list()->count(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(ui.status().contains(QStringLiteral("secret was erased")),
                             KeychainWait);
    const auto stored = hasSecret(f.session, id);
    QVERIFY(stored && stored->ok());
    QVERIFY(!stored->value());

    // The audit log holds the profile's life: added, then deleted, each naming the profile.
    const QList<AuditEntry> audit = f.session.auditLog().entries();
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit.at(0).action, AuditAction::ProfileAdded);
    QCOMPARE(audit.at(1).action, AuditAction::ProfileDeleted);
    for (const AuditEntry &entry : audit) {
        QCOMPARE(entry.profileId, id);
        QCOMPARE(entry.targets, QStringList { QStringLiteral("To delete") });
        QCOMPARE(entry.outcome, QStringLiteral("ok"));
    }
}

QTEST_MAIN(TestProfilesDialog)
#include "tst_profiles_dialog.moc"
