#include "core/api/PortOneClient.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/benepia/BenepiaWorkspace.h"
#include "ui/common/ChannelPicker.h"
#include "ui/common/ErrorPanel.h"
#include "ui/common/ResultView.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <algorithm>

using namespace portone;
using namespace Qt::StringLiterals;

namespace {

const QString Password = u"benepia1234"_s; // also the canary that must never be stored
const QString BenepiaChannel = u"channel-key-sbx-benepia"_s;
const QString WrongPasswordMessage
    = u"베네피아 포인트 조회 실패: 아이디 또는 비밀번호가 일치하지 않습니다."_s;

// The Benepia workspace on a sandbox session, driven the way an operator would.
struct BenepiaScreen
{
    BenepiaScreen()
        : workspace(f.session)
    {
        workspace.resize(1100, 760);
        workspace.show();
    }

    template<typename T> T *find(const QString &name)
    {
        T *widget = workspace.findChild<T *>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }
    QLineEdit *edit(const QString &name) { return find<QLineEdit>(name); }
    void type(const QString &name, const QString &text)
    {
        QLineEdit *line = edit(name);
        line->setFocus();
        line->selectAll();
        if (text.isEmpty()) {
            QTest::keyClick(line, Qt::Key_Delete);
        } else if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c < u'\x80'; })) {
            QTest::keyClicks(line, text);
        } else {
            // Korean text arrives as committed text, as from an input method.
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, text);
            QApplication::sendEvent(line, &press);
        }
    }
    void click(const QString &name) { QTest::mouseClick(find<QPushButton>(name), Qt::LeftButton); }
    // PORTONE_SHOT_DIR=/tmp/shots: saves what the operator sees, to look at by eye.
    void shot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("PORTONE_SHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(50); // let pending layout requests settle
        workspace.grab().save(dir + u"/benepia-"_s + name + u".png"_s);
    }
    ErrorPanel *checkErrors() { return find<ErrorPanel>(u"pointCheckErrorPanel"_s); }
    ErrorPanel *payErrors() { return find<ErrorPanel>(u"paymentErrorPanel"_s); }
    ResultView *result() { return find<ResultView>(u"paymentResultView"_s); }
    QString merchantUid() { return edit(u"merchantUidLineEdit"_s)->text(); }
    // The message under a field of the point check ("check") or the payment ("pay") form.
    QString fieldMessage(const QString &form, const QString &field)
    {
        const QString scope = form == u"check" ? u"pointCheckPanel"_s : u"paymentForm"_s;
        const auto *label = find<QWidget>(scope)->findChild<QLabel *>(field + u"MessageLabel"_s);
        return label->isHidden() ? QString() : label->text();
    }

    // Both forms' channel lists, which load side by side once the page has painted.
    bool channelListsLoaded()
    {
        return find<ChannelPicker>(u"checkChannelComboBox"_s)->channelKey() == BenepiaChannel
            && find<ChannelPicker>(u"payChannelComboBox"_s)->channelKey() == BenepiaChannel;
    }
    void checkPoints(const QString &user, const QString &password)
    {
        find<QTabWidget>(u"benepiaTabWidget"_s)->setCurrentIndex(0);
        type(u"checkUserLineEdit"_s, user);
        type(u"checkPasswordLineEdit"_s, password);
        click(u"checkPointsButton"_s);
    }
    void fillPayment(const QString &user, const QString &amount, const QString &orderName)
    {
        find<QTabWidget>(u"benepiaTabWidget"_s)->setCurrentIndex(1);
        type(u"payUserLineEdit"_s, user);
        type(u"payPasswordLineEdit"_s, Password);
        type(u"amountLineEdit"_s, amount);
        type(u"orderNameLineEdit"_s, orderName);
    }
    // Pays with the sandbox holding its answer to every POST back for latencyMs: the
    // merchant_uid of the payment on the wire, or empty if it was never sent.
    QString payWithTheAnswerHeldBack(const QString &amount, const QString &orderName, int latencyMs)
    {
        fillPayment(u"benepia_test"_s, amount, orderName);
        const QString sent = merchantUid();
        f.server().setFaults({ .latencyMs = latencyMs, .onlyMethod = u"POST"_s });
        f.prompts.answers = { true };
        click(u"payButton"_s);
        const bool onTheWire = QTest::qWaitFor(
            [this] { return !f.session.connection().stateChangesInFlight().isEmpty(); });
        return onTheWire ? sent : QString();
    }

    test::SandboxSessionFixture f;
    BenepiaWorkspace workspace;
};

} // namespace

class TestBenepiaWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pointCheckShowsBalanceAndClearsPassword();
    void wrongPasswordShowsSandboxMessage();
    void missingPasswordIsRefusedNextToField();
    void enterSubmitsAndEscapeCancels();
    void emptyMemberCodeWarnsAndConfirmationSaysTestPayment();
    void declinedConfirmationSendsNothing();
    void confirmedPaymentShowsResultAndRenewsMerchantUid();
    void reusedMerchantUidIsRefused();
    void retryAfterUnknownOutcomeKeepsMerchantUid_data();
    void retryAfterUnknownOutcomeKeepsMerchantUid();
    void amountOverKnownBalanceIsRefused();
    void doubleClickPaysOnce();
    void leavingTheProfileMidPaymentAsksWaitOrGoOn();
    void afterGoingOnTheLookUpAsksTheNewProfile();
    void passwordIsNeverKept();
};

void TestBenepiaWorkspace::pointCheckShowsBalanceAndClearsPassword()
{
    BenepiaScreen s;
    QTRY_VERIFY(s.channelListsLoaded()); // the Benepia channel is preselected
    QCOMPARE(s.edit(u"checkPasswordLineEdit"_s)->echoMode(), QLineEdit::Password);
    s.checkPoints(u"benepia_test"_s, Password);
    auto *balance = s.find<QLabel>(u"balanceLabel"_s);
    QTRY_COMPARE(balance->text(), u"50,000 P"_s);
    QVERIFY(balance->isVisible());
    QVERIFY(s.find<QLabel>(u"balanceDetailsLabel"_s)->text().contains(u"benepia_test"_s));
    QCOMPARE(s.edit(u"checkPasswordLineEdit"_s)->text(), QString());
    QCOMPARE(s.edit(u"checkUserLineEdit"_s)->text(), u"benepia_test"_s);
    QVERIFY(s.checkErrors()->isHidden());
    s.shot(u"point-balance"_s);
    QVERIFY(!s.workspace.isBusy());
}

void TestBenepiaWorkspace::wrongPasswordShowsSandboxMessage()
{
    BenepiaScreen s;
    QTRY_VERIFY(s.channelListsLoaded());
    s.checkPoints(u"benepia_test"_s, u"not-the-password"_s);
    QTRY_VERIFY(s.checkErrors()->isVisible());
    QCOMPARE(s.checkErrors()->messageText(), WrongPasswordMessage);
    QVERIFY(s.checkErrors()->statusText().contains(u"500"_s));
    s.shot(u"point-error"_s);
    QCOMPARE(s.edit(u"checkPasswordLineEdit"_s)->text(), QString());
    QCOMPARE(s.edit(u"checkUserLineEdit"_s)->text(), u"benepia_test"_s); // nothing typed lost
    QVERIFY(s.find<QLabel>(u"balanceLabel"_s)->isHidden());
    QVERIFY(s.find<QPushButton>(u"checkPointsButton"_s)->isEnabled());
}

void TestBenepiaWorkspace::missingPasswordIsRefusedNextToField()
{
    BenepiaScreen s;
    QTRY_VERIFY(s.channelListsLoaded());
    const int before = s.f.server().requestCount();
    s.checkPoints(u"benepia_test"_s, QString());
    QVERIFY(!s.fieldMessage(u"check"_s, u"benepia_password"_s).isEmpty());
    QVERIFY(!s.workspace.isBusy());
    QTest::qWait(100);
    QCOMPARE(s.f.server().requestCount(), before);
}

void TestBenepiaWorkspace::enterSubmitsAndEscapeCancels()
{
    BenepiaScreen s;
    QTRY_VERIFY(s.channelListsLoaded());
    s.type(u"checkUserLineEdit"_s, u"benepia_test"_s);
    s.type(u"checkPasswordLineEdit"_s, Password);
    QTest::keyClick(s.edit(u"checkPasswordLineEdit"_s), Qt::Key_Return);
    QTRY_COMPARE(s.find<QLabel>(u"balanceLabel"_s)->text(), u"50,000 P"_s);

    s.f.server().setFaults(sandbox::SandboxFaults { .latencyMs = 3000 });
    s.type(u"checkPasswordLineEdit"_s, Password);
    QTest::keyClick(s.edit(u"checkPasswordLineEdit"_s), Qt::Key_Enter);
    QVERIFY(s.workspace.isBusy());
    QTest::keyClick(s.edit(u"checkUserLineEdit"_s), Qt::Key_Escape);
    QTRY_VERIFY(!s.workspace.isBusy());
    // A cancelled look-up is a short notice on the progress line, not an error.
    const auto *notice
        = s.find<QWidget>(u"pointCheckRequestProgress"_s)->findChild<QLabel *>(u"progressLabel"_s);
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->text(), u"Cancelled: Asking Benepia for the balance of benepia_test"_s);
    s.shot(u"point-check-cancelled"_s);
    QVERIFY(!s.checkErrors()->isVisible());
    QCOMPARE(s.find<QLabel>(u"balanceDetailsLabel"_s)->text(), QString()); // not "failed"
    QCOMPARE(s.edit(u"checkPasswordLineEdit"_s)->text(), QString());
}

void TestBenepiaWorkspace::emptyMemberCodeWarnsAndConfirmationSaysTestPayment()
{
    BenepiaScreen s;
    QTRY_VERIFY(s.channelListsLoaded());
    s.fillPayment(u"benepia_test"_s, u"12000"_s, u"복지몰 상품권"_s);
    auto *warning = s.find<QLabel>(u"testPaymentWarningLabel"_s);
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(u"TEST payment"_s));
    s.shot(u"payment-form"_s);
    s.click(u"payButton"_s);
    QCOMPARE(s.f.prompts.asked.size(), 1);
    const ConfirmationRequest asked = s.f.prompts.asked.first();
    QVERIFY2(asked.text.contains(u"test payment"_s, Qt::CaseInsensitive), qPrintable(asked.text));
    QVERIFY(asked.text.contains(u"12,000 P"_s));
    QVERIFY(asked.text.contains(u"benepia_test"_s));
    QVERIFY(asked.text.contains(u"복지몰 상품권"_s));
    QVERIFY(asked.acceptText.contains(u"12,000"_s));
    QVERIFY(!asked.text.contains(Password));

    s.type(u"memberCodeLineEdit"_s, u"MEMBER01"_s);
    QVERIFY(warning->isHidden());
    s.click(u"payButton"_s);
    QCOMPARE(s.f.prompts.asked.size(), 2);
    QVERIFY(!s.f.prompts.asked.last().text.contains(u"test payment"_s, Qt::CaseInsensitive));
}

void TestBenepiaWorkspace::declinedConfirmationSendsNothing()
{
    BenepiaScreen s;
    QTRY_VERIFY(s.channelListsLoaded());
    s.fillPayment(u"benepia_test"_s, u"5000"_s, u"점심 식권"_s);
    const QString merchantUid = s.merchantUid();
    const int before = s.f.server().requestCount();
    s.f.prompts.answers = { false };
    s.click(u"payButton"_s);
    QCOMPARE(s.f.prompts.asked.size(), 1);
    QTest::qWait(200);
    QCOMPARE(s.f.server().requestCount(), before);
    QCOMPARE(s.merchantUid(), merchantUid);
    QVERIFY(!s.result()->isVisible());
    QVERIFY(s.find<QPushButton>(u"payButton"_s)->isEnabled());
    QVERIFY(!s.workspace.isBusy());
}

void TestBenepiaWorkspace::confirmedPaymentShowsResultAndRenewsMerchantUid()
{
    BenepiaScreen s;
    QTRY_VERIFY(s.channelListsLoaded());
    const QString merchantUid = s.merchantUid();
    QVERIFY(merchantUid.startsWith(u"desk_bnp_"_s));
    s.fillPayment(u"benepia_test"_s, u"5000"_s, u"점심 식권"_s);
    s.f.prompts.answers = { true };
    s.click(u"payButton"_s);
    QTRY_VERIFY(s.result()->isVisible());
    QVERIFY(s.result()->value(u"imp_uid"_s).startsWith(u"imp_"_s));
    QCOMPARE(s.result()->value(u"merchant_uid"_s), merchantUid);
    QCOMPARE(s.result()->value(u"Amount"_s), u"5,000 P"_s);
    QCOMPARE(s.result()->value(u"Test payment"_s), u"Yes"_s);
    QVERIFY(s.result()->value(u"Status"_s).contains(u"paid"_s));
    QVERIFY(s.result()->findChild<QToolButton *>(u"copyButton_imp_uid"_s));
    s.shot(u"payment-result"_s);
    QVERIFY(s.payErrors()->isHidden());
    QVERIFY(s.merchantUid() != merchantUid); // the next payment is a new order
    QVERIFY(s.merchantUid().startsWith(u"desk_bnp_"_s));
    QCOMPARE(s.edit(u"payPasswordLineEdit"_s)->text(), QString());
}

void TestBenepiaWorkspace::reusedMerchantUidIsRefused()
{
    BenepiaScreen s;
    QTRY_VERIFY(s.channelListsLoaded());
    s.fillPayment(u"benepia_test"_s, u"1000"_s, u"중복 주문"_s);
    s.type(u"merchantUidLineEdit"_s, u"order_20240101_0001"_s); // already paid
    s.f.prompts.answers = { true };
    s.click(u"payButton"_s);
    QTRY_VERIFY(s.payErrors()->isVisible());
    QVERIFY2(s.payErrors()->messageText().contains(u"이미 결제된 merchant_uid"_s),
             qPrintable(s.payErrors()->messageText()));
    QCOMPARE(s.merchantUid(), u"order_20240101_0001"_s);
    QVERIFY(!s.result()->isVisible());
}

void TestBenepiaWorkspace::retryAfterUnknownOutcomeKeepsMerchantUid_data()
{
    QTest::addColumn<bool>("drop");
    QTest::newRow("500 from the server") << false;
    QTest::newRow("connection dropped") << true;
}

void TestBenepiaWorkspace::retryAfterUnknownOutcomeKeepsMerchantUid()
{
    QFETCH(bool, drop);
    BenepiaScreen s;
    QTRY_VERIFY(s.channelListsLoaded()); // the token is fetched before the fault
    s.fillPayment(u"benepia_test"_s, u"3000"_s, u"재시도 주문"_s);
    const QString merchantUid = s.merchantUid();
    sandbox::SandboxFaults faults;
    faults.serverError = !drop;
    faults.dropConnection = drop;
    s.f.server().setFaults(faults);
    s.f.prompts.answers = { true };
    s.click(u"payButton"_s);
    auto *notice = s.find<QLabel>(u"outcomeNoticeLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 20000);
    QVERIFY(notice->text().contains(u"Outcome unknown"_s));
    QVERIFY(notice->text().contains(merchantUid));
    s.shot(drop ? u"outcome-unknown-dropped"_s : u"outcome-unknown"_s);
    QVERIFY(s.payErrors()->isVisible());
    QCOMPARE(s.merchantUid(), merchantUid);
    QCOMPARE(s.f.prompts.asked.size(), 1); // never retried on its own

    s.f.server().setFaults({});
    s.click(u"lookUpPaymentButton"_s);
    QTRY_VERIFY(notice->text().contains(u"No payment with merchant_uid"_s));
    QCOMPARE(s.merchantUid(), merchantUid);

    s.type(u"payPasswordLineEdit"_s, Password);
    s.f.prompts.answers = { true };
    s.click(u"payButton"_s);
    QTRY_VERIFY(s.result()->isVisible());
    QCOMPARE(s.result()->value(u"merchant_uid"_s), merchantUid);
    QVERIFY(s.find<QWidget>(u"outcomeNoticeFrame"_s)->isHidden());
    QVERIFY(s.merchantUid() != merchantUid);
}

void TestBenepiaWorkspace::amountOverKnownBalanceIsRefused()
{
    BenepiaScreen s;
    QTRY_VERIFY(s.channelListsLoaded());
    s.checkPoints(u"benepia_test"_s, Password);
    QTRY_COMPARE(s.find<QLabel>(u"balanceLabel"_s)->text(), u"50,000 P"_s);

    s.fillPayment(u"benepia_test"_s, u"60000"_s, u"한도 초과 주문"_s);
    const QString message = s.fieldMessage(u"pay"_s, u"amount"_s);
    QVERIFY2(message.contains(u"50,000"_s), qPrintable(message));
    QVERIFY(s.find<QLabel>(u"balanceHintLabel"_s)->text().contains(u"50,000"_s));
    s.shot(u"amount-over-balance"_s);
    const int before = s.f.server().requestCount();
    s.f.prompts.answers = { true };
    s.click(u"payButton"_s);
    QVERIFY(s.f.prompts.asked.isEmpty());
    QTest::qWait(100);
    QCOMPARE(s.f.server().requestCount(), before);
    QCOMPARE(s.edit(u"amountLineEdit"_s)->text(), u"60,000"_s); // kept, with separators

    s.type(u"amountLineEdit"_s, u"40,000"_s);
    QCOMPARE(s.fieldMessage(u"pay"_s, u"amount"_s), QString());
    s.type(u"payUserLineEdit"_s, u"someone_else"_s); // no known balance for this user
    s.type(u"amountLineEdit"_s, u"60000"_s);
    QCOMPARE(s.fieldMessage(u"pay"_s, u"amount"_s), QString());
    s.type(u"amountLineEdit"_s, u"0"_s);
    QVERIFY(!s.fieldMessage(u"pay"_s, u"amount"_s).isEmpty());
}

void TestBenepiaWorkspace::doubleClickPaysOnce()
{
    BenepiaScreen s;
    QTRY_VERIFY(s.channelListsLoaded());
    s.fillPayment(u"benepia_test"_s, u"2000"_s, u"한 번만"_s);
    s.f.server().setFaults(sandbox::SandboxFaults { .latencyMs = 400 });
    const int before = s.f.server().requestCount();
    s.f.prompts.answers = { true, true };
    auto *pay = s.find<QPushButton>(u"payButton"_s);
    QTest::mouseClick(pay, Qt::LeftButton);
    QTest::mouseClick(pay, Qt::LeftButton);
    QVERIFY(!pay->isEnabled());
    s.workspace.submit(); // Enter while it runs: guarded in code too
    QTRY_VERIFY(s.result()->isVisible());
    QCOMPARE(s.f.prompts.asked.size(), 1);
    QCOMPARE(s.f.server().requestCount(), before + 1);
    QTRY_VERIFY(pay->isEnabled());
}

// Leaving the profile while a payment is on the wire names the call and asks: waiting lets the
// answer arrive on this page; going on answers the call as an unknown outcome, recorded in the
// history and the audit log, with the look-up notice, and the form usable (issue 12, part).
void TestBenepiaWorkspace::leavingTheProfileMidPaymentAsksWaitOrGoOn()
{
    BenepiaScreen s;
    QTRY_VERIFY(s.channelListsLoaded());
    const QString first = s.payWithTheAnswerHeldBack(u"1200"_s, u"전환 중 결제"_s, 1500);
    QVERIFY(!first.isEmpty());

    s.f.prompts.answers = { false }; // wait
    QVERIFY(!s.f.session.confirmLeavingCallsInFlight(&s.workspace));
    const QString asked = s.f.prompts.asked.constLast().text;
    QVERIFY2(asked.contains(u"A Benepia payment of 1,200 P (merchant_uid %1) is waiting for "
                            "PortOne's answer"_s.arg(first)),
             qPrintable(asked));
    QTRY_VERIFY_WITH_TIMEOUT(s.result()->isVisible(), 5000);
    QCOMPARE(s.result()->value(u"merchant_uid"_s), first);

    s.type(u"payPasswordLineEdit"_s, Password);
    const QString second = s.merchantUid();
    s.f.prompts.answers = { true };
    s.click(u"payButton"_s);
    QTRY_VERIFY(!s.f.session.client()->stateChangesInFlight().isEmpty());
    s.f.prompts.answers = { true }; // go on
    QVERIFY(s.f.session.confirmLeavingCallsInFlight(&s.workspace));
    QCOMPARE(s.f.session.startSandbox(), QString()); // the profile is opened anew
    QVERIFY(!s.workspace.isBusy());
    QVERIFY(s.find<QPushButton>(u"payButton"_s)->isEnabled());
    auto *notice = s.find<QLabel>(u"outcomeNoticeLabel"_s);
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(second));
    s.shot(u"gone-on-outcome-unknown"_s);
    const AuditEntry audit = s.f.session.auditLog().entries().constLast();
    QCOMPARE(audit.action, AuditAction::BenepiaPaid);
    QCOMPARE(audit.outcome, u"unknown"_s);
    QVERIFY(audit.targets.contains(second));
    const HistoryRecord history = s.f.session.history().load().constLast();
    QCOMPARE(history.operation, u"payBenepiaPoint"_s);
    QCOMPARE(history.outcome, RequestTrace::Outcome::Unknown);
    s.f.server().setFaults({});
}

// Gone on to another account with a payment unanswered: the notice's look-up is sent with
// the account open when it is clicked (the connection's client of that moment), never with the
// client of the account that was left.
void TestBenepiaWorkspace::afterGoingOnTheLookUpAsksTheNewProfile()
{
    BenepiaScreen s;
    Profile second;
    second.name = u"Second account"_s;
    second.impKey = sandbox::SandboxServer::defaultAccount().impKey;
    second.baseUrl = s.f.backend.baseUrl();
    QVERIFY(s.f.session.profiles().add(second).isEmpty());
    s.f.session.secrets().setSessionOnlySecret(second.id,
                                               sandbox::SandboxServer::defaultAccount().impSecret);
    QTRY_VERIFY(s.channelListsLoaded());
    const QString merchantUid = s.payWithTheAnswerHeldBack(u"1300"_s, u"전환 후 조회"_s, 3000);
    QVERIFY(!merchantUid.isEmpty());
    s.f.prompts.answers = { true }; // go on
    QVERIFY(s.f.session.confirmLeavingCallsInFlight(&s.workspace));
    QVERIFY(s.f.session.activateProfile(second.id));
    auto *notice = s.find<QLabel>(u"outcomeNoticeLabel"_s);
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(merchantUid));

    const int before = s.f.backend.requestCount();
    s.click(u"lookUpPaymentButton"_s);
    QTRY_VERIFY(!s.workspace.isBusy());
    QTRY_VERIFY(s.f.backend.requestCount() > before);
    const QList<HistoryRecord> history = s.f.session.history().load();
    const auto lookup = std::find_if(history.crbegin(), history.crend(), [](const auto &record) {
        return record.operation == u"getPaymentByMerchantUid"_s;
    });
    QVERIFY(lookup != history.crend());
    QVERIFY(lookup->path.contains(merchantUid));
    QCOMPARE(lookup->profileName, second.name);
    QCOMPARE(lookup->origin, s.f.backend.baseUrl().toString(QUrl::StripTrailingSlash));
}

void TestBenepiaWorkspace::passwordIsNeverKept()
{
    BenepiaScreen s;
    QList<RequestTrace> traces;
    QObject::connect(s.f.session.client(), &PortOneClient::requestFinished, &s.workspace,
                     [&traces](const RequestTrace &trace) { traces << trace; });
    QTRY_VERIFY(s.channelListsLoaded());
    s.checkPoints(u"benepia_test"_s, Password);
    QTRY_COMPARE(s.find<QLabel>(u"balanceLabel"_s)->text(), u"50,000 P"_s);
    s.fillPayment(u"benepia_test"_s, u"1000"_s, u"카나리아"_s);
    s.f.prompts.answers = { true };
    s.click(u"payButton"_s);
    QTRY_VERIFY(s.result()->isVisible());

    for (QToolButton *copy : s.result()->findChildren<QToolButton *>()) {
        QTest::mouseClick(copy, Qt::LeftButton);
        QVERIFY(!QApplication::clipboard()->text().contains(Password));
    }
    QVERIFY(!s.result()->rawText().contains(Password));
    QVERIFY(!traces.isEmpty());
    for (const RequestTrace &trace : std::as_const(traces)) {
        for (const auto &[name, value] : trace.parameters)
            QVERIFY2(!value.contains(Password), qPrintable(name));
    }
    for (QLineEdit *edit : s.workspace.findChildren<QLineEdit *>())
        QVERIFY2(!edit->text().contains(Password), qPrintable(edit->objectName()));
    s.f.settings.sync();
    QFile file(s.f.dir.filePath(u"settings.ini"_s));
    if (file.open(QIODevice::ReadOnly)) // absent: nothing was written at all
        QVERIFY(!file.readAll().contains(Password.toUtf8()));
}

QTEST_MAIN(TestBenepiaWorkspace)
#include "tst_benepia_workspace.moc"
