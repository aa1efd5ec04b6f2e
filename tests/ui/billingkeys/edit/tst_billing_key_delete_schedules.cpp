// A billing key's deletion finds every schedule still to run, however far ahead, lists it in
// the confirmation and offers to cancel them first (issue 13).
#include "tests/support/Capture.h"
#include "tests/ui/billingkeys/edit/DeletionTestSupport.h"

using namespace portone;
using namespace portone::test;
using namespace Qt::StringLiterals;

class TestBillingKeyDeleteSchedules : public QObject
{
    Q_OBJECT

    using Run = test::DeletionRun;

    // A payment of customerUid scheduled through the client, `months` from now.
    static void scheduleThrough(Run &r, const QString &customerUid, const QString &merchantUid,
                                int months)
    {
        ScheduleRequest request;
        request.customerUid = customerUid;
        ScheduledPayment payment;
        payment.order.merchantUid = merchantUid;
        payment.order.amount = 15000;
        payment.order.name = u"연간 구독"_s;
        payment.scheduleAt = QDateTime::currentDateTimeUtc().addMonths(months);
        request.schedules << payment;
        Capture<QList<Schedule>> got;
        r.f.session.client()->schedulePayments(request, &r.parent, got.callback());
        QVERIFY(got.wait());
        QVERIFY2(got.result().ok(),
                 qPrintable(got.result().ok() ? QString() : got.error().summary()));
    }
    static std::optional<Schedule> lookUp(Run &r, const QString &merchantUid)
    {
        Capture<Schedule> got;
        r.f.session.client()->getScheduleByMerchantUid(merchantUid, &r.parent, got.callback());
        if (!got.wait() || !got.result().ok())
            return std::nullopt;
        return got.value();
    }

private Q_SLOTS:
    void listsAndOffersToCancelAScheduleSevenMonthsAway()
    {
        Run r;
        scheduleThrough(r, u"customer_5678"_s, u"far_7_months"_s, 7);
        r.deletion.start({ u"customer_5678"_s }); // declined: nothing happens
        QTRY_COMPARE(r.finished.size(), 1);
        QCOMPARE(r.f.prompts.typedAsked.size(), 1);
        const TypedConfirmationRequest asked = r.f.prompts.typedAsked.first();
        QVERIFY2(asked.text.contains(u"(merchant_uid far_7_months)"_s), qPrintable(asked.text));
        QVERIFY2(asked.optionText.startsWith(u"Cancel these "_s), qPrintable(asked.optionText));
        const QString horizon = QDateTime::currentDateTime()
                                    .addYears(ScheduleSweepRequest::FutureHorizonYears)
                                    .toString(u"yyyy-MM-dd"_s);
        QVERIFY2(asked.text.contains(u"up to %1"_s.arg(horizon)), qPrintable(asked.text));
        // Every 3-month window up to the horizon was asked, not only the first.
        QVERIFY(r.operations(u"findSchedulesByCustomer"_s) >= 4 * 5);
        QCOMPARE(r.operations(u"unschedule"_s), 0);
        QCOMPARE(r.operations(u"customer_delete"_s), 0);
        QCOMPARE(lookUp(r, u"far_7_months"_s)->scheduleStatus, u"scheduled"_s);
        QVERIFY(r.exists(u"customer_5678"_s));
    }

    void cancelFirstCancelsThenDeletes()
    {
        Run r;
        scheduleThrough(r, u"customer_5678"_s, u"far_7_months"_s, 7);
        TypedConfirmation yes { u"card replaced"_s, {} };
        yes.optionChosen = true;
        r.f.prompts.typedAnswers = { yes };
        r.deletion.start({ u"customer_5678"_s });
        QTRY_COMPARE(r.finished.size(), 1);
        QCOMPARE(r.deleted(), QStringList { u"customer_5678"_s });
        QCOMPARE(r.operations(u"unschedule"_s), 1);
        int unscheduleAt = -1;
        int deleteAt = -1;
        for (int i = 0; i < r.traces.size(); ++i) {
            if (r.traces.at(i).operation == u"unschedule")
                unscheduleAt = i;
            if (r.traces.at(i).operation == u"customer_delete")
                deleteAt = i;
        }
        QVERIFY(unscheduleAt >= 0 && unscheduleAt < deleteAt);
        QCOMPARE(lookUp(r, u"far_7_months"_s)->scheduleStatus, u"revoked"_s);
        QVERIFY(!r.exists(u"customer_5678"_s));
        QVERIFY2(r.summary().contains(u"1 scheduled payment"_s), qPrintable(r.summary()));
        const QList<AuditEntry> audit = r.f.session.auditLog().entries();
        const auto cancelled = std::find_if(audit.cbegin(), audit.cend(), [](const auto &e) {
            return e.action == AuditAction::SchedulesCancelled;
        });
        QVERIFY(cancelled != audit.cend());
        QCOMPARE(cancelled->outcome, u"ok"_s);
        QVERIFY(cancelled->targets.contains(u"far_7_months"_s));
        QCOMPARE(cancelled->reason, u"card replaced"_s);
    }

    // The cancellation fails (its outcome unknown, or refused): the key is not deleted, and the
    // summary says why.
    void failedCancellationDeletesNothing_data()
    {
        QTest::addColumn<bool>("unknown");
        QTest::newRow("500 (unknown)") << true;
        QTest::newRow("refused") << false;
    }
    void failedCancellationDeletesNothing()
    {
        QFETCH(bool, unknown);
        Run r;
        scheduleThrough(r, u"customer_5678"_s, u"far_7_months"_s, 7);
        TypedConfirmation yes { u"card replaced"_s, {} };
        yes.optionChosen = true;
        r.f.prompts.typedAnswers = { yes };
        r.f.server().setFaults(
            { .serverError = unknown, .apiCodeError = !unknown, .onlyMethod = u"POST"_s });
        r.deletion.start({ u"customer_5678"_s });
        QTRY_COMPARE(r.finished.size(), 1);
        r.f.server().setFaults({});
        QVERIFY(r.deleted().isEmpty());
        QCOMPARE(r.operations(u"unschedule"_s), 1);
        QCOMPARE(r.operations(u"customer_delete"_s), 0);
        QVERIFY(r.exists(u"customer_5678"_s));
        QVERIFY2(r.summary().contains(unknown ? u"It is unknown whether"_s
                                              : u"could not be cancelled"_s),
                 qPrintable(r.summary()));
        QVERIFY(r.summary().contains(u"Not deleted: customer_5678"_s));
        QCOMPARE(r.f.session.auditLog().entries().constLast().outcome,
                 unknown ? u"unknown"_s : u"failed"_s);
    }
};

QTEST_MAIN(TestBillingKeyDeleteSchedules)
#include "tst_billing_key_delete_schedules.moc"
