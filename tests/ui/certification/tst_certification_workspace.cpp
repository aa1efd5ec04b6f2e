#include "core/api/PortOneClient.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/certification/CertificationResultPanel.h"
#include "ui/certification/CertificationWorkspace.h"
#include "ui/common/ChannelPicker.h"
#include "ui/common/ErrorPanel.h"
#include "ui/common/ResultView.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace portone;
using namespace portone::test;
using namespace Qt::StringLiterals;
using Step = CertificationWorkspace::Step;

namespace {

// Types like a keyboard does; Hangul arrives as key events carrying the text (as after an IME).
void type(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80)
            QTest::keyClick(widget, ch.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

// With PORTONE_SHOTS_DIR set, saves what the operator sees (for looking at the layout).
void shot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PORTONE_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(50); // let deferred layout run, as it does on screen
    widget->grab().save(dir + u"/certification-"_s + name + u".png"_s);
}

// The certification workspace on the sandbox, shown, with its channel list loaded.
struct Screen
{
    Screen()
        : workspace(f.session)
    {
        workspace.resize(900, 800);
        workspace.show();
    }
    template<typename T = QWidget> T *find(const QString &name, const QString &within = {})
    {
        QWidget *scope = within.isEmpty() ? &workspace : workspace.findChild<QWidget *>(within);
        return scope ? scope->findChild<T *>(name) : nullptr;
    }
    QLineEdit *edit(const QString &name) { return find<QLineEdit>(name); }
    void click(const QString &name)
    {
        auto *button = find<QPushButton>(name);
        QVERIFY2(button, qPrintable(name));
        QTest::mouseClick(button, Qt::LeftButton);
    }
    ErrorPanel *flowErrors() { return find<ErrorPanel>(u"errorPanel"_s, u"otpFlowPage"_s); }
    ErrorPanel *lookupErrors()
    {
        return find<ErrorPanel>(u"errorPanel"_s, u"certificationLookupPanel"_s);
    }
    ResultView *flowResult() { return find<ResultView>({}, u"otpResultPanel"_s); }
    ResultView *lookupResult() { return find<ResultView>({}, u"lookupResultPanel"_s); }
    QString message(const QString &field)
    {
        auto *label = find<QLabel>(field + u"MessageLabel"_s);
        return label && label->isVisible() ? label->text() : QString();
    }
    bool waitForChannels()
    {
        auto *picker = find<ChannelPicker>(u"channelComboBox"_s);
        return QTest::qWaitFor([picker] { return picker->count() > 0; }, 5000);
    }
    void fill(const QString &birth = u"900101"_s, const QString &gender = u"1"_s)
    {
        type(edit(u"nameLineEdit"_s), u"홍길동"_s);
        QTest::keyClicks(edit(u"phoneLineEdit"_s), u"010-1234-5678"_s);
        QTest::keyClicks(edit(u"birthLineEdit"_s), birth);
        QTest::keyClicks(edit(u"genderDigitLineEdit"_s), gender);
    }
    QString impUid() { return edit(u"impUidLineEdit"_s)->text(); }

    SandboxSessionFixture f;
    CertificationWorkspace workspace;
};

// The stored CI of a certification, fetched directly (the UI never copies it).
QString storedCi(DeskSession &session, const QString &impUid)
{
    QString ci;
    QObject context;
    session.client()->getCertification(impUid, &context, [&ci](Result<Certification> result) {
        ci = result.ok() ? result.value().uniqueKey : u"error"_s;
    });
    if (!QTest::qWaitFor([&ci] { return !ci.isEmpty(); }, 5000))
        return {};
    return ci;
}

} // namespace

class TestCertificationWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void otpFlowFromRequestToResult();
    void anyLengthOfDigitsIsSentAsTheCode();
    void invalidInputShowsMessagesAndSendsNothing();
    void appModeConfirmsWithoutOtp();
    void requestAgainAndCancelKeepTheForm();
    void lookUpAndDeleteCertification();
    void doubleClickOnRequestSendsOnce();
    void serverErrorOnRequestShowsPanel();
    void cancelDuringSlowRequest();
};

void TestCertificationWorkspace::otpFlowFromRequestToResult()
{
    Screen s;
    QVERIFY(s.waitForChannels());
    const QString merchantUid = s.edit(u"merchantUidLineEdit"_s)->text();
    QVERIFY(merchantUid.startsWith(u"desk_cert_"_s));
    QCOMPARE(s.workspace.step(), Step::Request);
    QVERIFY(s.find<QLabel>(u"stepIndicatorLabel"_s)->text().contains(u"<b><u>1 Request</u></b>"_s));

    s.fill();
    shot(&s.workspace, u"1-request"_s);
    s.click(u"requestOtpButton"_s);
    QTRY_COMPARE(s.workspace.step(), Step::Confirm);
    const QString impUid = s.impUid();
    shot(&s.workspace, u"2-confirm"_s);
    QVERIFY2(impUid.startsWith(u"imv_"_s), qPrintable(impUid));
    QVERIFY(s.find(u"otpLineEdit"_s)->isVisible());
    QVERIFY(s.find<QLabel>(u"countdownLabel"_s)->text().contains(u"left"_s));
    QVERIFY(s.find<QLabel>(u"confirmInstructionLabel"_s)->text().contains(u"3 minutes"_s));

    // A wrong code: PortOne's message, still on step 2, the field ready for another try.
    const QString otp = s.f.server().otpFor(impUid);
    QCOMPARE(otp.size(), 6);
    QString wrong = otp;
    wrong[0] = otp[0] == u'1' ? u'2' : u'1';
    QTest::keyClicks(s.edit(u"otpLineEdit"_s), wrong);
    s.click(u"confirmOtpButton"_s);
    QTRY_VERIFY(s.flowErrors()->isVisible());
    QCOMPARE(s.flowErrors()->messageText(), u"인증번호가 일치하지 않습니다. 다시 확인해주세요."_s);
    QVERIFY(s.flowErrors()->statusText().contains(u"HTTP 400"_s));
    shot(&s.workspace, u"2-wrong-code"_s);
    QCOMPARE(s.workspace.step(), Step::Confirm);
    QVERIFY(s.edit(u"otpLineEdit"_s)->text().isEmpty());
    QVERIFY(s.find<QPushButton>(u"confirmOtpButton"_s)->isEnabled());

    // The right code, submitted with Enter.
    QTest::keyClicks(s.edit(u"otpLineEdit"_s), otp);
    QSignalSpy revealed(&s.workspace, &CertificationWorkspace::personalDataRevealed);
    s.workspace.submit();
    QTRY_COMPARE(s.workspace.step(), Step::Result);
    QVERIFY(!s.flowErrors()->isVisible());
    ResultView *view = s.flowResult();
    QCOMPARE(view->value(u"Name"_s), u"홍길동"_s);
    QCOMPARE(view->value(u"Gender"_s), u"Male"_s);
    QCOMPARE(view->value(u"Birthday"_s), u"1990-01-01"_s);
    QCOMPARE(view->value(u"Phone"_s), u"01012345678"_s);
    QCOMPARE(view->value(u"Carrier"_s), u"SKT"_s);
    QCOMPARE(view->value(u"Certified"_s), u"Yes"_s);
    QCOMPARE(view->value(u"Foreigner"_s), u"No"_s);
    QCOMPARE(view->value(u"imp_uid"_s), impUid);
    QCOMPARE(view->value(u"merchant_uid (order number)"_s), merchantUid);
    QCOMPARE(view->value(u"PG provider (pg_provider)"_s), u"danal"_s);

    // CI/DI masked until revealed, and never in the raw JSON.
    const QString ci = storedCi(s.f.session, impUid);
    QVERIFY(ci.size() > 20);
    QVERIFY(!view->value(CertificationResultPanel::ciLabel()).contains(ci));
    QVERIFY(view->value(CertificationResultPanel::ciLabel()).contains(u"hidden"_s));
    QVERIFY(view->value(CertificationResultPanel::diLabel()).contains(u"hidden"_s));
    QVERIFY(!view->rawText().contains(ci));
    shot(&s.workspace, u"3-result-masked"_s);
    QVERIFY(!s.find<QWidget>(u"copyButton_"_s + CertificationResultPanel::ciLabel()));
    QCOMPARE(revealed.count(), 0);
    // Revealing asks a reason first: declined, nothing is shown or recorded.
    QTest::mouseClick(s.find<QPushButton>(u"revealCiDiButton"_s, u"otpResultPanel"_s),
                      Qt::LeftButton);
    QCOMPARE(s.f.prompts.reasonAsked.size(), 1);
    QVERIFY(s.f.prompts.reasonAsked.constFirst().text.contains(impUid));
    QVERIFY(view->value(CertificationResultPanel::ciLabel()).contains(u"hidden"_s));
    QCOMPARE(revealed.count(), 0);
    const int auditBefore = int(s.f.session.auditLog().entries().size());
    s.f.prompts.reasonAnswers << u"고객 본인 확인 요청"_s;
    QTest::mouseClick(s.find<QPushButton>(u"revealCiDiButton"_s, u"otpResultPanel"_s),
                      Qt::LeftButton);
    QCOMPARE(view->value(CertificationResultPanel::ciLabel()), ci);
    const QList<AuditEntry> audit = s.f.session.auditLog().entries();
    QCOMPARE(audit.size(), auditBefore + 1);
    QCOMPARE(audit.constLast().action, AuditAction::PersonalDataRevealed);
    QCOMPARE(audit.constLast().reason, u"고객 본인 확인 요청"_s);
    QCOMPARE(audit.constLast().targets, QStringList { impUid });
    QVERIFY(!view->value(CertificationResultPanel::diLabel()).contains(u"hidden"_s));
    QCOMPARE(revealed.count(), 2);
    shot(&s.workspace, u"3-result-revealed"_s);
    QCOMPARE(revealed.at(0).at(0).toString(), impUid);
    QCOMPARE(revealed.at(0).at(1).toString(), u"unique_key"_s);
    QCOMPARE(revealed.at(1).at(1).toString(), u"unique_in_site"_s);
    QVERIFY(!s.find<QWidget>(u"copyButton_"_s + CertificationResultPanel::ciLabel()));

    // The flow is finished: personal fields cleared, choices kept, a new merchant_uid.
    // And Undo does not bring them back.
    for (const QString &name :
         { u"nameLineEdit"_s, u"phoneLineEdit"_s, u"birthLineEdit"_s, u"genderDigitLineEdit"_s }) {
        QVERIFY2(s.edit(name)->text().isEmpty(), qPrintable(name));
        QVERIFY2(!s.edit(name)->isUndoAvailable(), qPrintable(name));
        s.edit(name)->undo();
        QVERIFY2(s.edit(name)->text().isEmpty(), qPrintable(name));
    }
    QCOMPARE(s.find<ChannelPicker>(u"channelComboBox"_s)->channelKey(),
             u"channel-key-sbx-cert-danal"_s);
    QVERIFY(s.edit(u"merchantUidLineEdit"_s)->text() != merchantUid);
    s.click(u"startOverButton"_s);
    QCOMPARE(s.workspace.step(), Step::Request);
    QVERIFY(s.flowResult()->value(u"Name"_s).isEmpty());
}

// The spec gives the code no length: a 4-digit code goes to PortOne (which judges it), and only
// a code that is not digits is stopped in the field.
void TestCertificationWorkspace::anyLengthOfDigitsIsSentAsTheCode()
{
    Screen s;
    QVERIFY(s.waitForChannels());
    s.fill();
    s.click(u"requestOtpButton"_s);
    QTRY_COMPARE(s.workspace.step(), Step::Confirm);
    QVERIFY(s.find<QLabel>(u"confirmInstructionLabel"_s)->text().contains(u"text message"_s));

    int before = s.f.server().requestCount();
    QTest::keyClicks(s.edit(u"otpLineEdit"_s), u"12a4"_s);
    QVERIFY(!s.message(u"otp"_s).isEmpty()); // said as it is typed
    s.click(u"confirmOtpButton"_s);
    QTest::qWait(100);
    QCOMPARE(s.f.server().requestCount(), before);

    s.edit(u"otpLineEdit"_s)->clear();
    QTest::keyClicks(s.edit(u"otpLineEdit"_s), u"1234"_s);
    QVERIFY(s.message(u"otp"_s).isEmpty());
    s.click(u"confirmOtpButton"_s);
    QTRY_VERIFY(s.flowErrors()->isVisible());
    QCOMPARE(s.f.server().requestCount(), before + 1);
    QCOMPARE(s.flowErrors()->messageText(), u"인증번호가 일치하지 않습니다. 다시 확인해주세요."_s);
    QCOMPARE(s.workspace.step(), Step::Confirm);
}

void TestCertificationWorkspace::invalidInputShowsMessagesAndSendsNothing()
{
    Screen s;
    QVERIFY(s.waitForChannels());
    s.fill(u"991332"_s, u"9"_s);
    // Live: the messages appear as the operator types.
    QVERIFY(!s.message(u"birth"_s).isEmpty());
    QVERIFY(!s.message(u"gender_digit"_s).isEmpty());
    QTest::keyClicks(s.find<QPlainTextEdit>(u"bypassPlainTextEdit"_s), u"{\"a\": "_s);
    QVERIFY(!s.message(u"bypass"_s).isEmpty());

    const int before = s.f.server().requestCount();
    s.click(u"requestOtpButton"_s);
    s.workspace.submit();
    QTest::qWait(200);
    QCOMPARE(s.f.server().requestCount(), before);
    QCOMPARE(s.workspace.step(), Step::Request);
    QVERIFY(!s.message(u"birth"_s).isEmpty());
    QVERIFY(!s.message(u"gender_digit"_s).isEmpty());
    QVERIFY(!s.message(u"bypass"_s).isEmpty());
    QVERIFY(s.message(u"name"_s).isEmpty());
    QVERIFY(s.message(u"phone"_s).isEmpty());
    shot(&s.workspace, u"1-invalid"_s);
    // Nothing typed is lost.
    QCOMPARE(s.edit(u"nameLineEdit"_s)->text(), u"홍길동"_s);
    QCOMPARE(s.edit(u"phoneLineEdit"_s)->text(), u"010-1234-5678"_s);
    QCOMPARE(s.edit(u"birthLineEdit"_s)->text(), u"991332"_s);
    QCOMPARE(s.edit(u"genderDigitLineEdit"_s)->text(), u"9"_s);
    QCOMPARE(s.find<QPlainTextEdit>(u"bypassPlainTextEdit"_s)->toPlainText(), u"{\"a\": "_s);

    // Fixing a field clears its message as the operator types.
    QLineEdit *gender = s.edit(u"genderDigitLineEdit"_s);
    gender->selectAll();
    QTest::keyClicks(gender, u"2"_s);
    QVERIFY(s.message(u"gender_digit"_s).isEmpty());
    QVERIFY(!s.find<QLabel>(u"genderDigitHelpLabel"_s)->text().isEmpty());
}

void TestCertificationWorkspace::appModeConfirmsWithoutOtp()
{
    Screen s;
    QVERIFY(s.waitForChannels());
    auto *picker = s.find<ChannelPicker>(u"channelComboBox"_s);
    picker->setCurrentIndex(picker->findData(u"channel-key-sbx-cert-kcpv2"_s));
    auto *method = s.find<QComboBox>(u"verificationMethodComboBox"_s);
    method->setCurrentIndex(method->findData(u"APP"_s));
    s.fill(u"050505"_s, u"4"_s);
    s.click(u"requestOtpButton"_s);
    QTRY_COMPARE(s.workspace.step(), Step::Confirm);
    QVERIFY(!s.find(u"otpLineEdit"_s)->isVisible());
    shot(&s.workspace, u"2-app-mode"_s);
    QVERIFY(s.f.server().otpFor(s.impUid()).isEmpty());
    s.click(u"confirmOtpButton"_s);
    QTRY_COMPARE(s.workspace.step(), Step::Result);
    QCOMPARE(s.flowResult()->value(u"Certified"_s), u"Yes"_s);
    QCOMPARE(s.flowResult()->value(u"Gender"_s), u"Female"_s);
    QCOMPARE(s.flowResult()->value(u"Birthday"_s), u"2005-05-05"_s);
    QCOMPARE(s.flowResult()->value(u"PG provider (pg_provider)"_s), u"kcp_v2"_s);
}

void TestCertificationWorkspace::requestAgainAndCancelKeepTheForm()
{
    Screen s;
    QVERIFY(s.waitForChannels());
    s.fill();
    const QString firstMerchantUid = s.edit(u"merchantUidLineEdit"_s)->text();
    s.click(u"requestOtpButton"_s);
    QTRY_COMPARE(s.workspace.step(), Step::Confirm);
    const QString firstImpUid = s.impUid();

    s.click(u"requestAgainButton"_s);
    QTRY_VERIFY(s.impUid() != firstImpUid);
    QCOMPARE(s.workspace.step(), Step::Confirm);
    QVERIFY(s.edit(u"merchantUidLineEdit"_s)->text() != firstMerchantUid);
    QCOMPARE(s.f.server().otpFor(s.impUid()).size(), 6);

    s.click(u"cancelCertificationButton"_s);
    QCOMPARE(s.workspace.step(), Step::Request);
    QCOMPARE(s.edit(u"nameLineEdit"_s)->text(), u"홍길동"_s);
    QCOMPARE(s.edit(u"phoneLineEdit"_s)->text(), u"010-1234-5678"_s);
    QCOMPARE(s.edit(u"birthLineEdit"_s)->text(), u"900101"_s);
    QCOMPARE(s.edit(u"genderDigitLineEdit"_s)->text(), u"1"_s);
}

void TestCertificationWorkspace::lookUpAndDeleteCertification()
{
    Screen s;
    QVERIFY(s.waitForChannels());
    s.find<QTabWidget>(u"certificationSectionsTabWidget"_s)->setCurrentIndex(1);
    const QString impUid = u"imv_900000000001"_s;
    QTest::keyClicks(s.edit(u"lookupImpUidLineEdit"_s), impUid);
    s.workspace.submit(); // Enter in the lookup section looks up
    QTRY_COMPARE(s.lookupResult()->value(u"Name"_s), u"홍길동"_s);
    QCOMPARE(s.lookupResult()->value(u"merchant_uid (order number)"_s), u"cert_seed_0001"_s);
    QVERIFY(s.lookupResult()->value(u"Certified at"_s) != u"—"_s);
    QVERIFY(s.lookupResult()->value(CertificationResultPanel::ciLabel()).contains(u"hidden"_s));
    shot(&s.workspace, u"4-lookup"_s);

    // "No": nothing is sent.
    const int before = s.f.server().requestCount();
    s.click(u"deleteCertificationButton"_s);
    QCOMPARE(s.f.prompts.reasonAsked.size(), 1);
    const ReasonRequest question = s.f.prompts.reasonAsked.constFirst();
    QVERIFY(question.text.contains(impUid));
    QVERIFY(question.text.contains(u"permanently"_s));
    QTest::qWait(100);
    QCOMPARE(s.f.server().requestCount(), before);

    // A reason given: deleted; a second click while it runs sends nothing more.
    s.f.prompts.reasonAnswers << u"customer asked for erasure"_s << u"again"_s;
    s.f.server().setFaults({ .latencyMs = 200 });
    s.click(u"deleteCertificationButton"_s);
    QVERIFY(s.workspace.isBusy());
    QVERIFY(!s.find<QPushButton>(u"deleteCertificationButton"_s)->isEnabled());
    s.click(u"deleteCertificationButton"_s);
    QTRY_VERIFY(!s.workspace.isBusy());
    QCOMPARE(s.f.prompts.reasonAsked.size(), 2);
    const AuditEntry deletion = s.f.session.auditLog().entries().constLast();
    QCOMPARE(deletion.action, AuditAction::CertificationDeleted);
    QCOMPARE(deletion.reason, u"customer asked for erasure"_s);
    QCOMPARE(deletion.outcome, u"ok"_s);
    QCOMPARE(s.f.server().requestCount(), before + 1);
    s.f.server().setFaults({});
    const auto *status = s.find<QLabel>(u"lookupStatusLabel"_s);
    QVERIFY2(status->text().contains(u"deleted"_s), qPrintable(status->text()));

    s.click(u"lookUpCertificationButton"_s);
    QTRY_VERIFY(s.lookupErrors()->isVisible());
    QVERIFY(s.lookupErrors()->statusText().contains(u"HTTP 404"_s));
    QCOMPARE(s.lookupErrors()->messageText(), u"본인인증결과를 찾을 수 없습니다."_s);
    QVERIFY(s.lookupResult()->value(u"Name"_s).isEmpty());
    shot(&s.workspace, u"4-lookup-404"_s);
}

void TestCertificationWorkspace::doubleClickOnRequestSendsOnce()
{
    Screen s;
    QVERIFY(s.waitForChannels());
    s.fill();
    s.f.server().setFaults({ .latencyMs = 300 });
    const int before = s.f.server().requestCount();
    auto *button = s.find<QPushButton>(u"requestOtpButton"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    s.workspace.submit();
    QTRY_COMPARE(s.workspace.step(), Step::Confirm);
    QTest::qWait(400);
    QCOMPARE(s.f.server().requestCount(), before + 1);
}

void TestCertificationWorkspace::serverErrorOnRequestShowsPanel()
{
    Screen s;
    QVERIFY(s.waitForChannels());
    s.fill();
    s.f.server().setFaults({ .serverError = true });
    s.click(u"requestOtpButton"_s);
    QTRY_VERIFY(s.flowErrors()->isVisible());
    QVERIFY(s.flowErrors()->statusText().contains(u"HTTP 500"_s));
    QVERIFY2(s.flowErrors()->explanationText().contains(u"outcome is unknown"_s),
             qPrintable(s.flowErrors()->explanationText()));
    QCOMPARE(s.workspace.step(), Step::Request);
    shot(&s.workspace, u"1-server-error"_s);
    QVERIFY(!s.workspace.isBusy());
    QVERIFY(s.find<QPushButton>(u"requestOtpButton"_s)->isEnabled());
    QCOMPARE(s.edit(u"nameLineEdit"_s)->text(), u"홍길동"_s);

    // Still usable: once the server is back, the same form goes through.
    s.f.server().setFaults({});
    s.click(u"requestOtpButton"_s);
    QTRY_COMPARE(s.workspace.step(), Step::Confirm);
    QVERIFY(!s.flowErrors()->isVisible());
}

void TestCertificationWorkspace::cancelDuringSlowRequest()
{
    Screen s;
    QVERIFY(s.waitForChannels());
    s.fill();
    s.f.server().setFaults({ .latencyMs = 3000 });
    s.click(u"requestOtpButton"_s);
    QVERIFY(s.workspace.isBusy());
    QVERIFY(s.find(u"requestProgress"_s, u"otpFlowPage"_s)->isVisible());
    // Sent: cancelling it now leaves its outcome unknown, which the error panel says.
    QTRY_VERIFY(!s.f.session.client()->stateChangesInFlight().isEmpty());
    s.workspace.cancelRunningRequest(); // Esc
    QTRY_VERIFY(!s.workspace.isBusy());
    QVERIFY(s.flowErrors()->isVisible());
    QVERIFY2(s.flowErrors()->explanationText().contains(u"cancelled"_s),
             qPrintable(s.flowErrors()->explanationText()));
    QCOMPARE(s.workspace.step(), Step::Request);
    QVERIFY(s.find<QPushButton>(u"requestOtpButton"_s)->isEnabled());
    QCOMPARE(s.edit(u"birthLineEdit"_s)->text(), u"900101"_s);

    // The progress bar's own Cancel button does the same.
    s.click(u"requestOtpButton"_s);
    QVERIFY(s.workspace.isBusy());
    QTest::mouseClick(s.find<QPushButton>(u"cancelRequestButton"_s, u"otpFlowPage"_s),
                      Qt::LeftButton);
    QTRY_VERIFY(!s.workspace.isBusy());
}

QTEST_MAIN(TestCertificationWorkspace)
#include "tst_certification_workspace.moc"
