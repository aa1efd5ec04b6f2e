// Leaving the active profile while calls are on the wire (issue 12). Saving an edit of it during
// a state-changing call asks whether to wait for PortOne's answer or go on without it: waiting,
// the answer arrives and is shown; going on, the call is answered as an unknown outcome, recorded
// once in the history and the audit log, and the page says so and stays usable. A look-up is
// simply cancelled by a switch, and leaves nothing behind.

#include "core/api/PortOneClient.h"
#include "tests/ui/UiTestSupport.h"
#include "tests/ui/profiles/ProfilesDialogDriver.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/certification/CertificationWorkspace.h"
#include "ui/common/ChannelPicker.h"
#include "ui/common/ErrorPanel.h"
#include "ui/common/ResultView.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <algorithm>

using namespace portone;
using namespace Qt::StringLiterals;

namespace {

const QString ProfileName = u"본점 (sandbox backend)"_s;
constexpr int BenepiaPage = 2;
constexpr int CertificationPage = 0;
constexpr int PaymentsPage = 3;

// The main window with a saved profile active, on the fixture's second sandbox.
struct Desk
{
    Desk()
        : window(f.session, f.settings)
    {
        Profile profile;
        profile.name = ProfileName;
        profile.impKey = test::SandboxImpKey;
        profile.baseUrl = f.backend.baseUrl();
        if (!f.session.profiles().add(profile).isEmpty())
            qFatal("the profile could not be saved");
        f.session.secrets().setSessionOnlySecret(profile.id, test::SandboxSecret);
        if (!f.session.activateProfile(profile.id))
            qFatal("the profile could not be opened");
        window.resize(1280, 860);
        window.show();
        window.showWorkspaces();
        if (!QTest::qWaitForWindowExposed(&window))
            qFatal("the window was not shown");
    }

    // On the page shown (several pages have fields of the same name).
    template<typename T> T *find(const QString &name)
    {
        T *widget = window.currentWorkspace()->findChild<T *>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }
    QLineEdit *edit(const QString &name) { return find<QLineEdit>(name); }
    // Into an empty field (QTest types ASCII only).
    void type(const QString &name, const QString &text) { QTest::keyClicks(edit(name), text); }
    void click(const QString &name) { QTest::mouseClick(find<QPushButton>(name), Qt::LeftButton); }

    // Opens Profiles… (modal, as from the menu), renames the active profile, saves and closes.
    void saveAnEditOfTheActiveProfile(const QString &newName)
    {
        QTimer::singleShot(0, &window, [this, newName] {
            auto *dialog = window.findChild<ProfilesDialog *>();
            QVERIFY(dialog);
            test::ProfilesDialogDriver driver { *dialog };
            driver.select(savedName);
            driver.retype("nameLineEdit", newName);
            driver.click("saveProfileButton");
            dialog->reject();
        });
        window.openProfilesDialog();
        savedName = newName;
    }

    int unknownAuditEntries()
    {
        const QList<AuditEntry> entries = f.session.auditLog().entries();
        return int(std::count_if(entries.cbegin(), entries.cend(), [](const AuditEntry &entry) {
            return entry.outcome == u"unknown";
        }));
    }
    int unknownHistoryRecords()
    {
        const QList<HistoryRecord> records = f.session.history().load();
        return int(std::count_if(records.cbegin(), records.cend(), [](const HistoryRecord &record) {
            return record.outcome == RequestTrace::Outcome::Unknown;
        }));
    }
    AuditEntry lastAuditOf(AuditAction action)
    {
        const QList<AuditEntry> entries = f.session.auditLog().entries();
        const auto found
            = std::find_if(entries.crbegin(), entries.crend(),
                           [action](const AuditEntry &e) { return e.action == action; });
        return found == entries.crend() ? AuditEntry() : *found;
    }
    bool callOnTheWire() { return !f.session.client()->stateChangesInFlight().isEmpty(); }

    test::SandboxSessionFixture f;
    MainWindow window;
    QString savedName = ProfileName; // as in the profile list
};

} // namespace

class TestLeavingTheProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editDuringABenepiaPaymentAsksWaitOrGoOn();
    void editDuringAnOtpRequestAsksWaitOrGoOn();
    void lookUpDuringASwitchIsCancelledQuietly();
};

void TestLeavingTheProfile::editDuringABenepiaPaymentAsksWaitOrGoOn()
{
    Desk d;
    d.window.selectWorkspace(BenepiaPage);
    QTRY_COMPARE(d.find<ChannelPicker>(u"payChannelComboBox"_s)->channelKey(),
                 u"channel-key-sbx-benepia"_s);
    d.find<QTabWidget>(u"benepiaTabWidget"_s)->setCurrentIndex(1);
    d.type(u"payUserLineEdit"_s, u"benepia_test"_s);
    d.type(u"payPasswordLineEdit"_s, u"benepia1234"_s);
    d.type(u"amountLineEdit"_s, u"1200"_s);
    d.type(u"orderNameLineEdit"_s, u"Paid while the profile is edited"_s);
    const QString first = d.edit(u"merchantUidLineEdit"_s)->text();
    d.f.backend.setFaults({ .latencyMs = 1500, .onlyMethod = u"POST"_s });

    // Wait: the profile is saved, the connection stays, the answer arrives and is shown.
    d.f.prompts.answers = { true, false }; // pay; then wait for the answer
    d.click(u"payButton"_s);
    QTRY_VERIFY(d.callOnTheWire());
    d.saveAnEditOfTheActiveProfile(u"Main (edited while paying)"_s);
    QCOMPARE(d.f.prompts.asked.size(), 2);
    QVERIFY2(d.f.prompts.asked.constLast().text.contains(
                 u"A Benepia payment of 1,200 P (merchant_uid %1) is waiting"_s.arg(first)),
             qPrintable(d.f.prompts.asked.constLast().text));
    QVERIFY(d.f.session.profiles().findByName(u"Main (edited while paying)"_s));
    auto *result = d.find<ResultView>(u"paymentResultView"_s);
    QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 5000);
    QCOMPARE(result->value(u"merchant_uid"_s), first);
    QCOMPARE(d.lastAuditOf(AuditAction::BenepiaPaid).outcome, u"ok"_s);

    // Go on: the edit applies now; the payment is answered as an unknown outcome.
    d.type(u"payPasswordLineEdit"_s, u"benepia1234"_s);
    const QString second = d.edit(u"merchantUidLineEdit"_s)->text();
    QVERIFY(second != first);
    const int unknownAudit = d.unknownAuditEntries();
    const int unknownHistory = d.unknownHistoryRecords();
    d.f.prompts.answers = { true, true }; // pay; then go on without the answer
    d.click(u"payButton"_s);
    QTRY_VERIFY(d.callOnTheWire());
    d.saveAnEditOfTheActiveProfile(u"Main (edited, not waiting)"_s);
    QCOMPARE(d.f.session.activeProfile().name, u"Main (edited, not waiting)"_s);
    QCOMPARE(d.unknownAuditEntries(), unknownAudit + 1);
    const AuditEntry audit = d.lastAuditOf(AuditAction::BenepiaPaid);
    QCOMPARE(audit.outcome, u"unknown"_s);
    QVERIFY(audit.targets.contains(second));
    QCOMPARE(d.unknownHistoryRecords(), unknownHistory + 1);
    const QList<HistoryRecord> history = d.f.session.history().load();
    const auto unknown = std::find_if(history.crbegin(), history.crend(), [](const auto &record) {
        return record.outcome == RequestTrace::Outcome::Unknown;
    });
    QCOMPARE(unknown->operation, u"payBenepiaPoint"_s);

    auto *notice = d.find<QLabel>(u"outcomeNoticeLabel"_s);
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(second));
    QVERIFY(!d.window.currentWorkspace()->isBusy());
    QVERIFY(d.find<QPushButton>(u"payButton"_s)->isEnabled());
    auto *lookUp = d.find<QPushButton>(u"lookUpPaymentButton"_s);
    QVERIFY(lookUp->isVisible());
    QVERIFY(lookUp->isEnabled());
    d.f.backend.setFaults({});
    d.click(u"lookUpPaymentButton"_s);
    QTRY_VERIFY(!d.window.currentWorkspace()->isBusy());
    QVERIFY(!d.find<ErrorPanel>(u"paymentErrorPanel"_s)->isVisible());
    QVERIFY2(notice->text().contains(second) || result->isVisible(), qPrintable(notice->text()));
}

void TestLeavingTheProfile::editDuringAnOtpRequestAsksWaitOrGoOn()
{
    Desk d;
    d.window.selectWorkspace(CertificationPage);
    auto *workspace = qobject_cast<CertificationWorkspace *>(d.window.currentWorkspace());
    QVERIFY(workspace);
    QTRY_VERIFY(d.find<ChannelPicker>(u"channelComboBox"_s)->count() > 0);
    d.type(u"nameLineEdit"_s, u"Hong Gildong"_s);
    d.type(u"phoneLineEdit"_s, u"010-1234-5678"_s);
    d.type(u"birthLineEdit"_s, u"900101"_s);
    d.type(u"genderDigitLineEdit"_s, u"1"_s);
    d.f.backend.setFaults({ .latencyMs = 1500, .onlyMethod = u"POST"_s });

    // Wait: the code request is answered on the original connection and step 2 opens.
    d.f.prompts.answers = { false };
    d.click(u"requestOtpButton"_s);
    QTRY_VERIFY(d.callOnTheWire());
    d.saveAnEditOfTheActiveProfile(u"Main (edited while certifying)"_s);
    QCOMPARE(d.f.prompts.asked.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(workspace->step(), CertificationWorkspace::Step::Confirm, 5000);
    QCOMPARE(d.lastAuditOf(AuditAction::OtpRequested).outcome, u"ok"_s);

    // Go on ("Request again", a new merchant_uid): the request is an unknown outcome, shown
    // above the form, which stays usable.
    const int unknownAudit = d.unknownAuditEntries();
    const int unknownHistory = d.unknownHistoryRecords();
    d.f.prompts.answers = { true };
    d.click(u"requestAgainButton"_s);
    QTRY_VERIFY(d.callOnTheWire());
    d.saveAnEditOfTheActiveProfile(u"Main (edited, not waiting)"_s);
    QCOMPARE(d.unknownAuditEntries(), unknownAudit + 1);
    QCOMPARE(d.lastAuditOf(AuditAction::OtpRequested).outcome, u"unknown"_s);
    QCOMPARE(d.unknownHistoryRecords(), unknownHistory + 1);
    auto *errors = d.find<QWidget>(u"otpFlowPage"_s)->findChild<ErrorPanel *>(u"errorPanel"_s);
    QVERIFY(errors->isVisible());
    QVERIFY2(errors->explanationText().contains(u"outcome is unknown"_s),
             qPrintable(errors->explanationText()));
    QVERIFY(!workspace->isBusy());
    QCOMPARE(workspace->step(), CertificationWorkspace::Step::Request);
    QVERIFY(d.find<QPushButton>(u"requestOtpButton"_s)->isEnabled());
    d.f.backend.setFaults({});
}

void TestLeavingTheProfile::lookUpDuringASwitchIsCancelledQuietly()
{
    Desk d;
    d.window.selectWorkspace(PaymentsPage);
    Workspace *payments = d.window.currentWorkspace();
    d.type(u"impUidLineEdit"_s, u"imp_200000000001"_s);
    d.click(u"lookupButton"_s); // the token first: only the look-up is slowed down
    QTRY_VERIFY(d.find<QLabel>(u"outcomeLabel"_s)->text().contains(u"imp_200000000001"_s));
    d.f.backend.setFaults({ .latencyMs = 3000 });
    d.click(u"lookupButton"_s);
    QVERIFY(payments->isBusy());

    // The toolbar's switch to the Sandbox profile: nothing to ask for a look-up.
    QVERIFY(d.window.openProfile(AppSettings::SandboxProfileId));
    QVERIFY(d.f.prompts.asked.isEmpty());
    QVERIFY(d.f.session.activeProfile().builtInSandbox);
    QVERIFY(!payments->isBusy());
    QVERIFY(d.find<QPushButton>(u"lookupButton"_s)->isEnabled());
    QVERIFY(d.find<QLabel>(u"outcomeLabel"_s)->text().isEmpty());
    QTest::qWait(200);
    QVERIFY(!d.find<ErrorPanel>(u"errorPanel"_s)->isVisible());

    d.click(u"lookupButton"_s); // the new profile answers
    QTRY_VERIFY(d.find<QLabel>(u"outcomeLabel"_s)->text().contains(u"imp_200000000001"_s));
    QVERIFY(!d.find<ErrorPanel>(u"errorPanel"_s)->isVisible());
    d.f.backend.setFaults({});
}

QTEST_MAIN(TestLeavingTheProfile)
#include "tst_leaving_the_profile.moc"
