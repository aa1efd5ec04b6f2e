// The operator's stories on a customer's Schedules tab: cancel the selected schedules, cancel
// every schedule of the customer, change a time, retry a failed schedule (paid, declined) and
// reschedule one, on the built-in sandbox, in English and Korean where the words matter.
#include "tests/ui/schedules/ScheduleActionsTestSupport.h"

using namespace portone;
using namespace portone::test;
using namespace Qt::StringLiterals;

namespace {

const QString kCustomer = u"customer_1234"_s;
// Seeded every 30 days around the sandbox's start: _06 in an hour, _07 … _09 in 1 to 3 months;
// _02 failed four months ago ("카드 한도초과"), _04 was revoked two months ago.
QString seeded(int index)
{
    return u"sched_customer_1234_%1"_s.arg(index, 2, 10, QChar(u'0'));
}

} // namespace

class TestScheduleActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cancelSelectedCancelsOnlyThose_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("accept");
        QTest::newRow("en") << u"en"_s << u"Cancel 2 scheduled payment(s)"_s
                            << u"Cancel 2 payment(s)"_s;
        QTest::newRow("ko") << u"ko"_s << u"결제 예약 2건 취소"_s << u"2건 취소"_s;
    }

    void cancelSelectedCancelsOnlyThose()
    {
        QFETCH(QString, language);
        QFETCH(QString, title);
        QFETCH(QString, accept);
        const auto translation = translatedInto(language);
        SchedulesScreen s;
        s.open(kCustomer, 0, 100);
        s.select({ seeded(7), seeded(8) });
        // Declined: nothing is sent.
        const int before = s.f.server().requestCount();
        s.click(u"cancelSelectedSchedulesButton"_s);
        QCOMPARE(s.f.prompts.asked.size(), 1);
        QCOMPARE(s.f.server().requestCount(), before);
        const ConfirmationRequest asked = s.f.prompts.asked.first();
        QCOMPARE(asked.title, title);
        QCOMPARE(asked.acceptText, accept);
        for (const QString &named : { seeded(7), seeded(8), kCustomer })
            QVERIFY2(asked.text.contains(named), qPrintable(asked.text));
        QVERIFY(!asked.text.contains(seeded(6)));
        QVERIFY(asked.text.contains(language == u"ko"_s ? u"19,800원"_s : u"₩19,800"_s));

        s.f.prompts.answers << true;
        s.click(u"cancelSelectedSchedulesButton"_s);
        QTRY_VERIFY(s.result()->isVisible());
        s.waitIdle();
        QCOMPARE(s.onServer(seeded(7)).scheduleStatus, u"revoked"_s);
        QCOMPARE(s.onServer(seeded(8)).scheduleStatus, u"revoked"_s);
        QCOMPARE(s.onServer(seeded(6)).scheduleStatus, u"scheduled"_s);
        QCOMPARE(s.onServer(seeded(9)).scheduleStatus, u"scheduled"_s);
        // The rows show it without a reload.
        const QString revoked = ScheduleTableModel::statusText(u"revoked"_s);
        QCOMPARE(s.cell(seeded(7), ScheduleTableModel::StatusColumn), revoked);
        QCOMPARE(s.cell(seeded(8), ScheduleTableModel::StatusColumn), revoked);
        QVERIFY(s.cell(seeded(6), ScheduleTableModel::StatusColumn) != revoked);
        const AuditEntry audit = s.lastAudit();
        QCOMPARE(audit.action, AuditAction::SchedulesCancelled);
        QCOMPARE(audit.targets, QStringList({ seeded(7), seeded(8) }));
        QCOMPARE(audit.outcome, u"ok"_s);
        // Cancelled rows cannot be cancelled again.
        QVERIFY(!s.button(u"cancelSelectedSchedulesButton"_s)->isEnabled());
    }

    // The API cancels every schedule of the customer when merchant_uid is left out: the
    // operator types the count of what was found, in every window, not only the rows shown.
    void cancelAllNeedsTheTypedCount()
    {
        const auto translation = translatedInto(u"en"_s);
        SchedulesScreen s;
        s.open(kCustomer, 0, 40); // shows _06 and _07 only
        QCOMPARE(s.table()->model()->rowCount(), 2);
        s.f.prompts.typedAnswers << TypedConfirmation { u"고객 해지 요청"_s, {} };
        s.f.prompts.typedTexts << u"2"_s; // the rows shown, not what was found
        s.click(u"cancelAllSchedulesButton"_s);
        QTRY_COMPARE(s.f.prompts.typedAsked.size(), 1);
        s.waitIdle();
        const TypedConfirmationRequest asked = s.f.prompts.typedAsked.first();
        QCOMPARE(asked.expectedText, u"6"_s); // months 0 … 6 but the revoked month 4
        QVERIFY(asked.title.contains(kCustomer));
        QVERIFY(asked.text.contains(u"6 scheduled payment(s) were found"_s));
        QVERIFY(asked.text.contains(seeded(12)));
        QCOMPARE(s.onServer(seeded(12)).scheduleStatus, u"scheduled"_s); // nothing sent

        s.f.prompts.typedAnswers << TypedConfirmation { u"고객 해지 요청"_s, {} };
        s.click(u"cancelAllSchedulesButton"_s);
        QTRY_VERIFY(s.result()->isVisible());
        s.waitIdle();
        QVERIFY(s.result()->text().contains(u"Cancelled 6"_s));
        for (int month : { 6, 7, 9, 11, 12 })
            QCOMPARE(s.onServer(seeded(month)).scheduleStatus, u"revoked"_s);
        QCOMPARE(s.onServer(seeded(5)).scheduleStatus, u"executed"_s); // the past is left
        QCOMPARE(s.cell(seeded(6), ScheduleTableModel::StatusColumn), u"Revoked"_s);
        const AuditEntry audit = s.lastAudit();
        QCOMPARE(audit.action, AuditAction::AllSchedulesCancelled);
        QCOMPARE(audit.targets.first(), kCustomer);
        QCOMPARE(audit.reason, u"고객 해지 요청"_s);
        QCOMPARE(audit.outcome, u"ok"_s);
    }

    void changeTimeMovesOneScheduledPayment()
    {
        const auto translation = translatedInto(u"en"_s);
        SchedulesScreen s;
        s.open(kCustomer, 0, 100);
        s.select({ seeded(7) });
        QVERIFY(!s.button(u"retryScheduleButton"_s)->isEnabled()); // not failed
        // A time in the past is refused next to the picker; nothing is sent.
        s.timeEdit()->setDateTime(QDateTime::currentDateTime().addSecs(-3600));
        const int before = s.f.server().requestCount();
        s.click(u"changeScheduleTimeButton"_s);
        QCOMPARE(s.f.server().requestCount(), before);
        QVERIFY(s.f.prompts.asked.isEmpty());
        auto *message = s.find<QLabel>(u"schedule_atMessageLabel"_s);
        QVERIFY(message->isVisible());
        QVERIFY(message->text().startsWith(u"Choose a time in the future"_s));

        const QDateTime moved = QDateTime::currentDateTime().addDays(10);
        s.timeEdit()->setDateTime(moved);
        s.f.prompts.answers << true;
        s.click(u"changeScheduleTimeButton"_s);
        QTRY_VERIFY(s.result()->isVisible());
        s.waitIdle();
        const QString text = s.f.prompts.asked.constLast().text;
        QVERIFY(text.contains(seeded(7)));
        const qint64 sent
            = QDateTime(moved.date(), QTime(moved.time().hour(), moved.time().minute()))
                  .toSecsSinceEpoch();
        QVERIFY2(text.contains(QString::number(sent)), qPrintable(text));
        QCOMPARE(s.onServer(seeded(7)).scheduleAt.toSecsSinceEpoch(), sent);
        QCOMPARE(s.table()
                     ->model()
                     ->index(s.row(seeded(7)), ScheduleTableModel::ScheduledAtColumn)
                     .data(ScheduleTableModel::SortRole)
                     .toLongLong(),
                 sent);
        QCOMPARE(s.lastAudit().action, AuditAction::ScheduleTimeChanged);
        QCOMPARE(s.lastAudit().targets, QStringList({ seeded(7) }));
    }

    void retryOfAFailedSchedulePays()
    {
        const auto translation = translatedInto(u"en"_s);
        SchedulesScreen s;
        s.open(kCustomer, -200, 0);
        s.select({ seeded(2) });
        QCOMPARE(s.cell(seeded(2), ScheduleTableModel::FailReasonColumn), u"카드 한도초과"_s);
        QVERIFY(!s.button(u"cancelSelectedSchedulesButton"_s)->isEnabled());
        QVERIFY(!s.button(u"changeScheduleTimeButton"_s)->isEnabled());
        s.f.prompts.answers << true;
        s.click(u"retryScheduleButton"_s);
        QTRY_VERIFY(s.result()->isVisible());
        s.waitIdle();
        const ConfirmationRequest asked = s.f.prompts.asked.constLast();
        QVERIFY(asked.text.contains(u"카드 한도초과"_s));
        QCOMPARE(asked.acceptText, u"Charge ₩9,900 now"_s);
        QVERIFY2(s.result()->text().startsWith(u"Paid: ₩9,900 was charged"_s),
                 qPrintable(s.result()->text()));
        QTRY_COMPARE(s.cell(seeded(2), ScheduleTableModel::PaymentStatusColumn), u"Paid"_s);
        QCOMPARE(s.lastAudit().action, AuditAction::ScheduleRetried);
        QCOMPARE(s.lastAudit().outcome, u"ok"_s);
        QVERIFY(!s.button(u"retryScheduleButton"_s)->isEnabled()); // paid now
    }

    void retryOfADeclinedCardShowsTheReason_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("declined");
        QTest::newRow("en") << u"en"_s << u"Declined by the card company"_s;
        QTest::newRow("ko") << u"ko"_s << u"카드사가 승인을 거절했습니다"_s;
    }

    // The declined customer's schedule ran when the sandbox clock reached it, and failed; a
    // retry is declined again, and the reason is PortOne's, verbatim.
    void retryOfADeclinedCardShowsTheReason()
    {
        QFETCH(QString, language);
        QFETCH(QString, declined);
        const auto translation = translatedInto(language);
        SchedulesScreen s;
        const QString customer = sandbox::SandboxServer::declinedCustomerUid();
        s.f.server().addScheduleSeries(customer, u"monthly"_s,
                                       QDateTime::currentDateTime().addSecs(-7200), 1,
                                       std::chrono::hours(1));
        s.open(customer, -1, 1);
        s.select({ u"monthly_0001"_s });
        QCOMPARE(s.cell(u"monthly_0001"_s, ScheduleTableModel::FailReasonColumn),
                 sandbox::SandboxServer::declineReason());
        s.f.prompts.answers << true;
        s.click(u"retryScheduleButton"_s);
        QTRY_VERIFY(s.result()->isVisible());
        s.waitIdle();
        QVERIFY2(s.result()->text().contains(declined), qPrintable(s.result()->text()));
        QVERIFY(s.result()->text().contains(sandbox::SandboxServer::declineReason()));
        QCOMPARE(s.lastAudit().action, AuditAction::ScheduleRetried);
        QCOMPARE(s.lastAudit().outcome, u"failed"_s);
        QVERIFY(s.lastAudit().detail.contains(sandbox::SandboxServer::declineReason()));
    }

    void rescheduleARevokedOne()
    {
        const auto translation = translatedInto(u"en"_s);
        SchedulesScreen s;
        s.open(kCustomer, -200, 0);
        s.select({ seeded(4) });
        QCOMPARE(s.cell(seeded(4), ScheduleTableModel::StatusColumn), u"Revoked"_s);
        const QDateTime at = QDateTime::currentDateTime().addDays(3);
        s.timeEdit()->setDateTime(at);
        s.f.prompts.answers << true;
        s.click(u"rescheduleButton"_s);
        QTRY_VERIFY(s.result()->isVisible());
        s.waitIdle();
        const Schedule after = s.onServer(seeded(4));
        QCOMPARE(after.scheduleStatus, u"scheduled"_s);
        QVERIFY(qAbs(after.scheduleAt.secsTo(at)) < 60);
        QCOMPARE(s.cell(seeded(4), ScheduleTableModel::StatusColumn), u"Scheduled"_s);
        QCOMPARE(s.lastAudit().action, AuditAction::ScheduleRescheduled);
        // Scheduled again: it can be cancelled or moved now, no longer retried.
        s.select({ seeded(4) });
        QVERIFY(s.button(u"cancelSelectedSchedulesButton"_s)->isEnabled());
        QVERIFY(!s.button(u"rescheduleButton"_s)->isEnabled());
    }

    // Mixed selections: only what every selected row allows.
    void theSelectionDecidesTheActions()
    {
        const auto translation = translatedInto(u"en"_s);
        SchedulesScreen s;
        s.open(kCustomer, -200, 100);
        s.select({ seeded(6), seeded(7) });
        QVERIFY(s.button(u"cancelSelectedSchedulesButton"_s)->isEnabled());
        QVERIFY(!s.button(u"changeScheduleTimeButton"_s)->isEnabled()); // one at a time
        s.select({ seeded(5), seeded(7) }); // executed and scheduled
        QVERIFY(!s.button(u"cancelSelectedSchedulesButton"_s)->isEnabled());
        QVERIFY(s.find<QLabel>(u"scheduleActionHintLabel"_s)->text().contains(u"Only"_s));
        s.select({ seeded(5) }); // paid
        QVERIFY(!s.button(u"retryScheduleButton"_s)->isEnabled());
        QVERIFY(!s.button(u"rescheduleButton"_s)->isEnabled());
        QVERIFY(s.button(u"cancelAllSchedulesButton"_s)->isEnabled());
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ko") << u"ko"_s;
        QTest::newRow("en") << u"en"_s;
    }

    // The README's pictures: the tab with two rows selected and its actions, and the real
    // confirmation dialog of "Cancel selected" (declined: nothing is sent).
    void screenshots()
    {
        QFETCH(QString, language);
        const auto translation = translatedInto(language);
        SchedulesScreen s;
        s.tab.resize(1180, 660);
        s.open(kCustomer, -140, 100);
        s.select({ seeded(7), seeded(8) });
        s.shot(u"schedule-actions-"_s + language);
        s.f.session.setPrompts(nullptr); // the real dialog, inspected and closed below
        NextDialog confirmation([&s, language](QDialog *dialog) {
            s.shot(u"schedule-cancel-confirmation-"_s + language, dialog);
        });
        const int before = s.f.server().requestCount();
        s.click(u"cancelSelectedSchedulesButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!confirmation.texts.isEmpty(), 10000);
        const QString asked = confirmation.texts;
        QVERIFY2(asked.contains(seeded(7)) && asked.contains(seeded(8)), qPrintable(asked));
        QCOMPARE(s.f.server().requestCount(), before);
    }
};

QTEST_MAIN(TestScheduleActions)
#include "tst_schedule_actions.moc"
