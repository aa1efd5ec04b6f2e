// Scheduling payments when the answer is not a plain success: a double click, an answer that
// never comes (the look-up by merchant_uid settles it), a refusal, and a read-only profile.
#include "tests/ui/billingkeys/schedule/ScheduleTestSupport.h"
#include "ui/common/ErrorPanel.h"

using namespace portone;
using portone::test::child;
using namespace Qt::StringLiterals;

class TestSchedulePaymentOutcomes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void doubleClickSendsOnce();
    void unknownOutcomeOffersTheLookUp_data();
    void unknownOutcomeOffersTheLookUp();
    void refusalShowsPortOnesMessage();
    void readOnlyProfileCannotSchedule();
};

void TestSchedulePaymentOutcomes::doubleClickSendsOnce()
{
    const auto translation = test::translatedInto(u"en"_s);
    test::ScheduleScreen s;
    s.open(u"customer_1234"_s);
    s.fill(0, u"3000"_s, u"plan"_s);
    s.f.server().setFaults({ .latencyMs = 200, .onlyMethod = u"POST"_s });
    s.f.prompts.answers = { true, true };
    QPushButton *send = s.button(u"sendScheduleButton"_s);
    QTest::mouseClick(send, Qt::LeftButton);
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(!send->isEnabled());
    s.form->send(); // Enter while it runs: guarded in code too
    QTRY_VERIFY(s.idle() && s.result()->isVisible());
    QCOMPARE(s.f.prompts.asked.size(), 1);
    QCOMPARE(s.sent(u"schedule"_s), 1);
}

void TestSchedulePaymentOutcomes::unknownOutcomeOffersTheLookUp_data()
{
    test::addLanguages();
}

void TestSchedulePaymentOutcomes::unknownOutcomeOffersTheLookUp()
{
    QFETCH(QString, language);
    const auto translation = test::translatedInto(language);
    test::ScheduleScreen s;
    s.f.session.setRequestTimeout(std::chrono::milliseconds(300));
    QCOMPARE(s.f.session.startSandbox(), QString()); // the timeout applies from here
    s.start();
    s.open(u"customer_1234"_s);
    s.fill(0, u"3000"_s, u"plan"_s);
    s.click(u"addScheduleRowButton"_s);
    s.fill(1, u"3000"_s, u"plan"_s);
    const QString first = s.rows()->merchantUidEdit(0)->text();
    s.f.server().setFaults({ .hang = true, .onlyMethod = u"POST"_s });
    s.f.prompts.answers = { true };
    s.click(u"sendScheduleButton"_s);
    auto *notice = child<QLabel>(*s.form, "outcomeNoticeLabel");
    QTRY_VERIFY_WITH_TIMEOUT(s.idle() && notice->isVisible(), 5000);
    QVERIFY2(notice->text().contains(u"customer_1234"_s), qPrintable(notice->text()));
    QVERIFY(
        notice->text().contains(language == u"ko" ? u"결과 알 수 없음"_s : u"Outcome unknown"_s));
    QCOMPARE(s.f.session.auditLog().entries().constLast().outcome, u"unknown"_s);
    // Kept as typed: the same merchant_uids, never sent again by itself.
    QCOMPARE(s.rows()->merchantUidEdit(0)->text(), first);
    QTest::qWait(400);
    QCOMPARE(s.sent(u"schedule"_s), 1);

    // The look-up by merchant_uid settles it: the sandbox never applied the faulted request.
    s.f.server().setFaults({});
    s.click(u"lookUpSchedulesButton"_s);
    QTRY_VERIFY(s.idle() && !notice->isVisible());
    QCOMPARE(s.sent(u"getScheduleByMid"_s), 2);
    QVERIFY2(s.result()->text().contains(language == u"ko" ? u"예약되지 않았습니다"_s
                                                           : u"nothing was scheduled"_s),
             qPrintable(s.result()->text()));
    QCOMPARE(s.sent(u"schedule"_s), 1);
    s.shot(u"schedule-form-unknown-"_s + language);
}

void TestSchedulePaymentOutcomes::refusalShowsPortOnesMessage()
{
    const auto translation = test::translatedInto(u"en"_s);
    test::ScheduleScreen s;
    s.open(u"customer_1234"_s);
    s.fill(0, u"3000"_s, u"plan"_s);
    // A merchant_uid PortOne already has: refused, nothing scheduled.
    s.type(s.rows()->merchantUidEdit(0), u"sched_customer_1234_01"_s);
    s.f.prompts.answers = { true };
    s.click(u"sendScheduleButton"_s);
    auto *panel = child<ErrorPanel>(*s.form, "scheduleErrorPanel");
    QTRY_VERIFY(s.idle() && panel->isVisible());
    QVERIFY(!panel->messageText().isEmpty());
    QVERIFY(!s.result()->isVisible());
    QCOMPARE(s.rows()->merchantUidEdit(0)->text(), u"sched_customer_1234_01"_s);
    QCOMPARE(s.f.session.auditLog().entries().constLast().outcome, u"failed"_s);
}

void TestSchedulePaymentOutcomes::readOnlyProfileCannotSchedule()
{
    const auto translation = test::translatedInto(u"en"_s);
    test::ScheduleScreen s;
    const BillingKey key = s.fetch(u"customer_1234"_s);
    QVERIFY(s.f.openReadOnlyProfile());
    s.panel.showKey(key);
    QPushButton *open = s.button(u"schedulePaymentsButton"_s, &s.panel);
    QVERIFY(open->isVisible() && !open->isEnabled());
    QVERIFY(child<QLabel>(s.panel, "readOnlyNoticeLabel")->isVisible());
    QTest::mouseClick(open, Qt::LeftButton);
    QVERIFY(!s.panel.findChild<ScheduleForm *>());
    QVERIFY(s.f.prompts.asked.isEmpty());
}

QTEST_MAIN(TestSchedulePaymentOutcomes)
#include "tst_schedule_payment_outcomes.moc"
