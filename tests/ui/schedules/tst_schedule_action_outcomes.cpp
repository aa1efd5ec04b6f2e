// What can go wrong around a schedule action: a read-only profile, a double click, an answer
// lost on the way (outcome unknown, settled by the look-up) and a refusal.
#include "tests/ui/schedules/ScheduleActionsTestSupport.h"

using namespace portone;
using namespace portone::test;
using namespace Qt::StringLiterals;

namespace {

const QString kCustomer = u"customer_1234"_s;
const QString kNextMonth = u"sched_customer_1234_07"_s;
const QString kInTwoMonths = u"sched_customer_1234_08"_s;

const QStringList kActionButtons { u"cancelSelectedSchedulesButton"_s,
                                   u"changeScheduleTimeButton"_s, u"retryScheduleButton"_s,
                                   u"rescheduleButton"_s, u"cancelAllSchedulesButton"_s };

} // namespace

class TestScheduleActionOutcomes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readOnlyProfileDisablesEveryAction()
    {
        const auto translation = translatedInto(u"en"_s);
        SchedulesScreen s;
        QVERIFY(s.f.openReadOnlyProfile());
        s.open(kCustomer, -200, 100);
        QVERIFY(s.find<QLabel>(u"readOnlyNoticeLabel"_s)->isVisible());
        for (const QStringList &selection :
             { QStringList { kNextMonth }, QStringList { u"sched_customer_1234_02"_s } }) {
            s.select(selection);
            for (const QString &name : kActionButtons)
                QVERIFY2(!s.button(name)->isEnabled(), qPrintable(name));
        }
        const int before = s.f.backend.requestCount();
        for (const QString &name : kActionButtons)
            QTest::mouseClick(s.button(name), Qt::LeftButton);
        s.tab.findChild<ScheduleActions *>()->cancelSelected(); // even when called directly
        QCOMPARE(s.f.backend.requestCount(), before);
        QVERIFY(s.f.prompts.asked.isEmpty());
    }

    void aDoubleClickSendsOnce()
    {
        const auto translation = translatedInto(u"en"_s);
        SchedulesScreen s;
        s.open(kCustomer, 0, 100);
        s.select({ kNextMonth });
        s.f.server().setFaults({ .latencyMs = 300, .onlyMethod = u"POST"_s });
        s.f.prompts.answers << true << true;
        const int before = s.f.server().requestCount();
        QTest::mouseDClick(s.button(u"cancelSelectedSchedulesButton"_s), Qt::LeftButton);
        QTest::mouseClick(s.button(u"cancelSelectedSchedulesButton"_s), Qt::LeftButton);
        QTRY_VERIFY(s.result()->isVisible());
        s.waitIdle();
        s.f.server().setFaults({});
        QCOMPARE(s.f.server().requestCount(), before + 1);
        QCOMPARE(s.f.prompts.asked.size(), 1);
        QCOMPARE(s.lastAudit().action, AuditAction::SchedulesCancelled);
        int cancelled = 0;
        for (const AuditEntry &entry : s.f.session.auditLog().entries())
            cancelled += entry.action == AuditAction::SchedulesCancelled ? 1 : 0;
        QCOMPARE(cancelled, 1);
    }

    // The answer is lost after sending: nothing is sent again, the notice offers the look-up,
    // which shows what PortOne did and refreshes the rows.
    void aLostAnswerOffersTheLookUp()
    {
        const auto translation = translatedInto(u"en"_s);
        SchedulesScreen s;
        s.open(kCustomer, 0, 100);
        s.select({ kNextMonth, kInTwoMonths });
        s.f.server().setFaults({ .serverError = true, .onlyMethod = u"POST"_s });
        s.f.prompts.answers << true;
        const int before = s.f.server().requestCount();
        s.click(u"cancelSelectedSchedulesButton"_s);
        QTRY_VERIFY(s.notice()->isVisible());
        s.waitIdle();
        s.f.server().setFaults({});
        QCOMPARE(s.f.server().requestCount(), before + 1); // never retried
        QVERIFY(s.notice()->label()->text().contains(kNextMonth));
        QVERIFY(s.notice()->label()->text().contains(kInTwoMonths));
        QCOMPARE(s.lastAudit().outcome, u"unknown"_s);
        // Until it is looked up, those rows offer no action.
        QVERIFY(!s.button(u"cancelSelectedSchedulesButton"_s)->isEnabled());

        s.click(u"lookUpSchedulesButton"_s);
        QTRY_VERIFY(!s.notice()->isVisible());
        s.waitIdle();
        QVERIFY(s.result()->text().contains(kNextMonth));
        QVERIFY(s.result()->text().contains(kInTwoMonths));
        // The sandbox's 500 applied nothing: both are still scheduled and can be cancelled.
        QCOMPARE(s.cell(kNextMonth, ScheduleTableModel::StatusColumn), u"Scheduled"_s);
        s.select({ kNextMonth });
        QVERIFY(s.button(u"cancelSelectedSchedulesButton"_s)->isEnabled());
    }

    // A retry whose answer is lost: the look-up by merchant_uid says whether it was charged.
    void aLostRetryIsSettledByTheLookUp()
    {
        const auto translation = translatedInto(u"en"_s);
        SchedulesScreen s;
        s.open(kCustomer, -200, 0);
        const QString failed = u"sched_customer_1234_02"_s;
        s.select({ failed });
        s.f.server().setFaults({ .dropConnection = true, .onlyMethod = u"POST"_s });
        s.f.prompts.answers << true;
        s.click(u"retryScheduleButton"_s);
        QTRY_VERIFY(s.notice()->isVisible());
        s.waitIdle();
        s.f.server().setFaults({});
        QVERIFY(!s.button(u"retryScheduleButton"_s)->isEnabled()); // not before the look-up
        QCOMPARE(s.lastAudit().action, AuditAction::ScheduleRetried);
        QCOMPARE(s.lastAudit().outcome, u"unknown"_s);
        s.click(u"lookUpSchedulesButton"_s);
        QTRY_VERIFY(!s.notice()->isVisible());
        s.waitIdle();
        const Schedule now = s.onServer(failed);
        QCOMPARE(s.cell(failed, ScheduleTableModel::PaymentStatusColumn),
                 now.paymentStatus == u"paid"_s ? u"Paid"_s : u"Failed"_s);
    }

    // PortOne refuses (the schedule was cancelled elsewhere meanwhile): its words in the error
    // panel, no outcome notice, an audit entry that failed.
    void aRefusalIsShownAsIs()
    {
        const auto translation = translatedInto(u"en"_s);
        SchedulesScreen s;
        s.open(kCustomer, 0, 100);
        Capture<QList<Schedule>> elsewhere;
        s.f.session.client()->unschedulePayments(kCustomer, { kNextMonth }, &s.tab,
                                                 elsewhere.callback());
        QVERIFY(elsewhere.wait() && elsewhere.result().ok());
        s.select({ kNextMonth }); // the row still says scheduled
        s.timeEdit()->setDateTime(QDateTime::currentDateTime().addDays(5));
        s.f.prompts.answers << true;
        s.click(u"changeScheduleTimeButton"_s);
        QTRY_VERIFY(s.errorPanel()->isVisible());
        s.waitIdle();
        QVERIFY(s.errorPanel()->statusText().contains(u"400"_s));
        QVERIFY(s.errorPanel()->messageText().contains(u"예약시각을 변경할 수 없습니다"_s));
        QVERIFY(!s.notice()->isVisible());
        QCOMPARE(s.lastAudit().action, AuditAction::ScheduleTimeChanged);
        QCOMPARE(s.lastAudit().outcome, u"failed"_s);
    }
};

QTEST_MAIN(TestScheduleActionOutcomes)
#include "tst_schedule_action_outcomes.moc"
