// Read-only profiles in the UI: a saved profile pointed at the sandbox and marked read-only
// disables every state-changing control in every workspace, with the reason visible next to
// it; look-ups still work; the Sandbox (never read-only) enables them again.
#include "core/api/PortOneClient.h"
#include "tests/ui/UiTestSupport.h"
#include "tests/ui/billingkeys/BillingKeysTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/common/ChannelPicker.h"
#include "ui/common/ReadOnlyNotice.h"
#include "ui/common/Workspace.h"
#include "ui/profiles/ProfileEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace portone;
using namespace portone::test;
using namespace Qt::StringLiterals;

namespace {

// objectName of each state-changing control, and the workspace it is in.
const std::pair<int, const char *> StateChangingControls[] = {
    { 0, "requestOtpButton" },          { 0, "confirmOtpButton" }, { 0, "requestAgainButton" },
    { 0, "deleteCertificationButton" }, { 1, "registerButton" },   { 1, "deleteSelectedButton" },
    { 1, "deleteBillingKeyButton" },    { 2, "payButton" },
};

// The notice shown next to a control: the first ReadOnlyNotice among its ancestors' children.
ReadOnlyNotice *noticeFor(QWidget *control)
{
    for (QWidget *up = control->parentWidget(); up; up = up->parentWidget()) {
        const auto notices
            = up->findChildren<ReadOnlyNotice *>(QString(), Qt::FindDirectChildrenOnly);
        if (!notices.isEmpty())
            return notices.constFirst();
    }
    return nullptr;
}

} // namespace

class TestReadOnlyProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editorKeepsTheReadOnlyChoice();
    void everyStateChangingControlIsDisabledWithTheReason();
};

void TestReadOnlyProfile::editorKeepsTheReadOnlyChoice()
{
    ProfileEditor editor;
    auto *check = editor.findChild<QCheckBox *>(u"readOnlyCheckBox"_s);
    QVERIFY(check);
    QVERIFY(!check->isChecked());
    Profile profile;
    profile.id = u"p1"_s;
    profile.name = u"Support"_s;
    profile.readOnly = true;
    editor.loadProfile(profile);
    QVERIFY(check->isChecked());
    QVERIFY(editor.profile().readOnly);
    check->setChecked(false);
    QVERIFY(!editor.profile().readOnly);
}

void TestReadOnlyProfile::everyStateChangingControlIsDisabledWithTheReason()
{
    SandboxSessionFixture f;
    Profile support;
    support.name = u"고객지원 (read-only)"_s;
    support.impKey = sandbox::SandboxServer::defaultAccount().impKey;
    support.baseUrl = f.backend.baseUrl();
    support.readOnly = true;
    QVERIFY(f.session.profiles().add(support).isEmpty());
    f.session.secrets().setSessionOnlySecret(support.id,
                                             sandbox::SandboxServer::defaultAccount().impSecret);

    MainWindow window(f.session, f.settings);
    window.resize(1200, 800);
    window.show();
    QVERIFY(window.openProfile(support.id));
    QVERIFY(!f.session.allowsChanges());
    auto *marker = window.findChild<QLabel *>(u"profileReadOnlyLabel"_s);
    QVERIFY(marker && marker->isVisible());

    const auto check = [&](bool readOnly) {
        for (const auto &[workspace, name] : StateChangingControls) {
            window.selectWorkspace(workspace);
            auto *control
                = window.workspace(workspace)->findChild<QWidget *>(QString::fromLatin1(name));
            QVERIFY2(control, name);
            ReadOnlyNotice *notice = noticeFor(control);
            QVERIFY2(notice, name);
            QCOMPARE(!notice->isHidden(), readOnly);
            if (readOnly) {
                QVERIFY2(!control->isEnabled(), name);
                QCOMPARE(notice->text(), ReadOnlyNotice::reasonText());
            }
        }
    };
    check(true);
    // No card number or Benepia password is typed in vain: those fields are guarded too.
    const auto fieldEnabled = [&window](int workspace, const QString &name) {
        window.selectWorkspace(workspace);
        auto *field = window.workspace(workspace)->findChild<QLineEdit *>(name);
        return field && field->isEnabled();
    };
    QVERIFY(!fieldEnabled(1, u"cardNumberLineEdit"_s));
    QVERIFY(!fieldEnabled(2, u"amountLineEdit"_s));
    QCOMPARE(ReadOnlyNotice::reasonText(),
             u"Read-only profile: look-ups only. Sending, registering, deleting and paying are "
             "disabled."_s);

    // Look-ups still work; the delete buttons stay disabled with a key selected.
    window.selectWorkspace(1);
    QWidget &keys = *window.workspace(1);
    pasteIds(keys, u"customer_1234"_s);
    clickLookUp(keys);
    QTRY_COMPARE(visibleRows(keys), 1);
    resultsTable(keys)->selectRow(0);
    QTRY_VERIFY(child<QLabel>(keys, "billingKeyTitleLabel")->text().contains(u"customer_1234"_s));
    QVERIFY(!child<QPushButton>(keys, "deleteSelectedButton")->isEnabled());
    QVERIFY(!child<QPushButton>(keys, "deleteBillingKeyButton")->isEnabled());
    if (const QString dir = qEnvironmentVariable("PORTONE_SHOTS_DIR"); !dir.isEmpty()) {
        QTest::qWait(50);
        window.grab().save(dir + u"/read-only-billing-keys.png"_s);
    }

    // Enter on the Benepia payment form sends nothing. Counted once the page's two channel
    // lists have loaded (they load after its first frame; under ASan one answer came late).
    window.selectWorkspace(2);
    for (const QString &picker : { u"checkChannelComboBox"_s, u"payChannelComboBox"_s })
        QTRY_VERIFY(
            !window.workspace(2)->findChild<ChannelPicker *>(picker)->channelKey().isEmpty());
    const int before = f.backend.requestCount();
    f.prompts.answers << true;
    window.workspace(2)->findChild<QTabWidget *>(u"benepiaTabWidget"_s)->setCurrentIndex(1);
    window.workspace(2)->submit();
    QTest::qWait(200);
    QCOMPARE(f.backend.requestCount(), before);
    QVERIFY(f.prompts.asked.isEmpty());

    // The core refuses as well, even when asked directly.
    std::optional<ApiError> refused;
    QObject context;
    f.session.client()->deleteBillingKey(u"customer_1234"_s, u"test"_s, {}, &context,
                                         [&refused](const Result<BillingKey> &result) {
                                             refused = result.ok() ? ApiError {} : result.error();
                                         });
    QTRY_VERIFY(refused.has_value());
    QCOMPARE(refused->kind, ApiError::Kind::ReadOnly);

    // A normal profile: enabled again, no notice. (The Sandbox is never read-only.)
    QVERIFY(window.openProfile(u"builtin-sandbox"_s));
    QVERIFY(f.session.allowsChanges());
    QVERIFY(!marker->isVisible());
    check(false);
    window.selectWorkspace(0);
    QVERIFY(window.workspace(0)->findChild<QWidget *>(u"requestOtpButton"_s)->isEnabled());
    window.selectWorkspace(1);
    QVERIFY(window.workspace(1)->findChild<QWidget *>(u"registerButton"_s)->isEnabled());
    window.selectWorkspace(2);
    QVERIFY(window.workspace(2)->findChild<QWidget *>(u"payButton"_s)->isEnabled());
    QVERIFY(fieldEnabled(1, u"cardNumberLineEdit"_s));
    QVERIFY(fieldEnabled(2, u"amountLineEdit"_s));
}

QTEST_MAIN(TestReadOnlyProfile)
#include "tst_read_only_profile.moc"
