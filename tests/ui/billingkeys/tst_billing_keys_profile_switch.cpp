// Leaving the profile while a billing-key call is on the wire (issue 12): a registration or a
// deletion asks "wait or go on" — waiting shows the answer on the page it was sent from, going on
// records the call as outcome unknown and offers its look-up — and a look-up in flight is simply
// cancelled. The sandbox's latency keeps the calls really in flight.
#include "BillingKeysTestSupport.h"
#include "core/api/PortOneClient.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/billingkeys/BillingKeyResultsModel.h"
#include "ui/billingkeys/detail/BillingKeyDetailPanel.h"
#include "ui/billingkeys/edit/BillingKeyRegisterForm.h"
#include "ui/common/ChannelPicker.h"
#include "ui/common/ErrorPanel.h"
#include "ui/common/RequestProgress.h"
#include "ui/common/ResultView.h"

#include <QLineEdit>
#include <QTabWidget>

using namespace Qt::StringLiterals;
using namespace portone;
using namespace portone::test;

class TestBillingKeysProfileSwitch : public QObject
{
    Q_OBJECT

private:
    // The workspace, shown, on a fresh Sandbox profile; what the operator does on it.
    struct Screen
    {
        SandboxSessionFixture f;
        BillingKeysWorkspace workspace { f.session };
        QWidget &w = workspace;

        Screen()
        {
            workspace.resize(1200, 800);
            workspace.show();
        }
        void type(const char *name, const QString &text)
        {
            auto *edit = child<QLineEdit>(w, name);
            edit->clear();
            QTest::keyClicks(edit, text);
        }
        // A fresh customer_uid with a valid card, on the Register tab.
        void fillRegistration(const QString &customerUid)
        {
            type("customerUidLineEdit", customerUid);
            type("cardNumberLineEdit", u"4111111111111111"_s);
            type("expiryLineEdit", u"2030-12"_s);
            type("birthLineEdit", u"900101"_s);
            type("pwd2DigitLineEdit", u"12"_s);
            type("cvcLineEdit", u"123"_s);
        }
        void startDeleting(const QString &customerUid, const QString &reason)
        {
            pasteIds(w, customerUid);
            clickLookUp(w);
            QTRY_COMPARE(visibleRows(w), 1);
            QTRY_VERIFY(!workspace.lookupPanel()->isLookupRunning());
            resultsTable(w)->selectRow(0);
            f.prompts.typedAnswers << TypedConfirmation { reason, {} };
            f.server().setFaults({ .latencyMs = 1500, .onlyMethod = u"DELETE"_s });
            QTest::mouseClick(child<QPushButton>(w, "deleteSelectedButton"), Qt::LeftButton);
            QTRY_VERIFY(!f.session.client()->stateChangesInFlight().isEmpty());
        }
        int unknownAudits(AuditAction action)
        {
            const QList<AuditEntry> entries = f.session.auditLog().entries();
            return int(
                std::count_if(entries.cbegin(), entries.cend(), [action](const AuditEntry &e) {
                    return e.action == action && e.outcome == u"unknown";
                }));
        }
        int unknownHistory(const QString &operation)
        {
            const QList<HistoryRecord> records = f.session.history().load();
            return int(std::count_if(records.cbegin(), records.cend(), [&](const HistoryRecord &r) {
                return r.operation == operation && r.outcome == RequestTrace::Outcome::Unknown;
            }));
        }
        // The operator switches profile and answers "go on" (the Sandbox profile is opened
        // anew): the call in flight is recorded once as unknown, in history and audit log.
        void goOnAndVerifyRecorded(AuditAction action, const QString &operation,
                                   const QString &target)
        {
            const int audits = unknownAudits(action);
            const int history = unknownHistory(operation);
            f.prompts.answers = { true };
            QVERIFY(f.session.confirmLeavingCallsInFlight(&w));
            QCOMPARE(f.session.startSandbox(), QString());
            QVERIFY(!workspace.isBusy());
            QCOMPARE(unknownAudits(action), audits + 1);
            QCOMPARE(f.session.auditLog().entries().constLast().targets, QStringList { target });
            QCOMPARE(unknownHistory(operation), history + 1);
        }
    };

private Q_SLOTS:
    void leavingMidRegistrationAsksWaitOrGoOn()
    {
        Screen s;
        child<QTabWidget>(s.w, "billingKeysTabWidget")->setCurrentIndex(1);
        QTRY_VERIFY(child<ChannelPicker>(s.w, "channelPickerComboBox")->count() > 0);
        s.fillRegistration(u"switch_wait_01"_s);
        s.f.server().setFaults({ .latencyMs = 1500, .onlyMethod = u"POST"_s });
        QTest::mouseClick(child<QPushButton>(s.w, "registerButton"), Qt::LeftButton);
        QTRY_VERIFY(!s.f.session.client()->stateChangesInFlight().isEmpty());

        s.f.prompts.answers = { false }; // wait
        QVERIFY(!s.f.session.confirmLeavingCallsInFlight(&s.w));
        const QString asked = s.f.prompts.asked.constLast().text;
        QVERIFY2(asked.contains(u"billing-key registration for customer_uid switch_wait_01"_s),
                 qPrintable(asked));
        auto *result = child<ResultView>(*s.workspace.registerForm(), "resultView");
        QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 5000);
        QCOMPARE(result->value(u"customer_uid"_s), u"switch_wait_01"_s);

        s.fillRegistration(u"switch_goon_01"_s);
        QTest::mouseClick(child<QPushButton>(s.w, "registerButton"), Qt::LeftButton);
        QTRY_VERIFY(!s.f.session.client()->stateChangesInFlight().isEmpty());
        s.goOnAndVerifyRecorded(AuditAction::BillingKeyRegistered, u"customer_save"_s,
                                u"switch_goon_01"_s);
        auto *notice = child<QLabel>(*s.workspace.registerForm(), "outcomeNoticeLabel");
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(u"switch_goon_01"_s), qPrintable(notice->text()));
        QVERIFY(child<QLineEdit>(s.w, "cardNumberLineEdit")->isEnabled());
        QVERIFY(child<QPushButton>(s.w, "registerButton")->isEnabled());

        // The notice's look-up works on the profile now active.
        s.f.server().setFaults({});
        auto *lookUp = child<QPushButton>(*s.workspace.registerForm(), "lookUpBillingKeyButton");
        QVERIFY(lookUp->isEnabled());
        QTest::mouseClick(lookUp, Qt::LeftButton);
        QTRY_VERIFY(!s.workspace.isBusy());
        QVERIFY(!child<ErrorPanel>(s.w, "registerErrorPanel")->isVisible());
    }

    void leavingMidDeletionAsksWaitOrGoOn()
    {
        Screen s;
        s.startDeleting(u"customer_5678"_s, u"card replaced"_s);
        s.f.prompts.answers = { false }; // wait
        QVERIFY(!s.f.session.confirmLeavingCallsInFlight(&s.w));
        QVERIFY2(s.f.prompts.asked.constLast().text.contains(
                     u"The deletion of billing key customer_5678"_s),
                 qPrintable(s.f.prompts.asked.constLast().text));
        QTRY_COMPARE_WITH_TIMEOUT(columnTexts(s.w, BillingKeyResultsModel::StatusColumn).value(0),
                                  u"not found or no access"_s, 5000);
        auto *summary = child<QLabel>(s.w, "deletionSummaryLabel");
        QVERIFY(summary->isVisible());
        QVERIFY2(summary->text().contains(u"Deleted 1 of 1"_s), qPrintable(summary->text()));

        s.startDeleting(u"customer_kim"_s, u"closed account"_s);
        s.goOnAndVerifyRecorded(AuditAction::BillingKeyDeleted, u"customer_delete"_s,
                                u"customer_kim"_s);
        auto *notice = child<QLabel>(s.w, "deletionOutcomeNoticeLabel");
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(u"customer_kim"_s), qPrintable(notice->text()));
        QVERIFY(!child<ErrorPanel>(s.w, "lookupErrorPanel")->isVisible());

        // One click looks the key up on the profile now active: the row says what is there.
        s.f.server().setFaults({});
        QTest::mouseClick(child<QPushButton>(s.w, "lookUpDeletedKeyButton"), Qt::LeftButton);
        QTRY_COMPARE(visibleRows(s.w), 1);
        QTRY_VERIFY(!s.workspace.isBusy());
        QCOMPARE(columnTexts(s.w, 0).value(0), u"customer_kim"_s);
        QVERIFY(!notice->isVisible());
        QVERIFY(child<QPlainTextEdit>(s.w, "customerUidsTextEdit")->isEnabled());
    }

    void aLookUpInFlightIsCancelledWithoutAnError()
    {
        Screen s;
        pasteIds(s.w, u"customer_1234"_s);
        clickLookUp(s.w);
        QTRY_COMPARE(visibleRows(s.w), 1);
        QTRY_VERIFY(!s.workspace.lookupPanel()->isLookupRunning());
        resultsTable(s.w)->selectRow(0);
        child<QTabWidget>(s.w, "billingKeyDetailTabWidget")->setCurrentIndex(2);
        s.f.server().setFaults({ .latencyMs = 3000 });
        QTest::mouseClick(child<QPushButton>(s.w, "loadSchedulesButton"), Qt::LeftButton);
        QTRY_VERIFY(s.workspace.isBusy());

        QVERIFY(s.f.session.confirmLeavingCallsInFlight(&s.w)); // nothing state-changing
        QVERIFY(s.f.prompts.asked.isEmpty());
        QCOMPARE(s.f.session.startSandbox(), QString());
        QVERIFY(!s.workspace.isBusy());
        auto *tab = child<QWidget>(s.w, "billingKeySchedulesTab");
        for (const ErrorPanel *panel : tab->findChildren<ErrorPanel *>())
            QVERIFY(!panel->isVisible());
        QVERIFY(!tab->findChild<RequestProgress *>()->isVisible());
        s.f.server().setFaults({});
    }
};

QTEST_MAIN(TestBillingKeysProfileSwitch)
#include "tst_billing_keys_profile_switch.moc"
