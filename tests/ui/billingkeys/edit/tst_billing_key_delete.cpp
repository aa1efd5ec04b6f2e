#include "tests/ui/billingkeys/edit/DeletionTestSupport.h"

using namespace portone;
using namespace portone::test;

// Deleting billing keys as an operator would, against the in-process sandbox.
class TestBillingKeyDelete : public QObject
{
    Q_OBJECT

    using Run = test::DeletionRun;

private Q_SLOTS:
    void listsScheduledPaymentsAndDeclinedDeletesNothing()
    {
        Run r;
        r.f.prompts.typedAnswers = { TypedConfirmation { QStringLiteral("card replaced"), {} } };
        r.f.prompts.typedTexts = { QStringLiteral("customer_12") }; // typed wrong
        r.deletion.start({ QStringLiteral("customer_1234") });
        QVERIFY(r.deletion.isBusy());
        QTRY_COMPARE(r.finished.size(), 1);
        QCOMPARE(r.f.prompts.typedAsked.size(), 1);
        const TypedConfirmationRequest asked = r.f.prompts.typedAsked.first();
        QCOMPARE(asked.expectedText, QStringLiteral("customer_1234"));
        QVERIFY(asked.title.contains(QStringLiteral("Delete")));
        QVERIFY(asked.text.contains(QStringLiteral("customer_1234")));
        QVERIFY2(asked.text.contains(QStringLiteral("scheduled ")), qPrintable(asked.text));
        QVERIFY(!asked.text.contains(QStringLiteral("No scheduled payments")));
        QVERIFY(!asked.askRequester); // not a Naver Pay key
        // The schedule check asked for scheduled ones only, from now on.
        QVERIFY(r.operations(QStringLiteral("findSchedulesByCustomer")) >= 1);
        for (const RequestTrace &trace : std::as_const(r.traces)) {
            if (trace.operation != u"findSchedulesByCustomer")
                continue;
            bool scheduledOnly = false;
            for (const auto &[name, value] : trace.parameters)
                scheduledOnly
                    = scheduledOnly || (name == u"schedule-status" && value == u"scheduled");
            QVERIFY(scheduledOnly);
        }
        QCOMPARE(r.operations(QStringLiteral("customer_delete")), 0);
        QVERIFY(r.deleted().isEmpty());
        QCOMPARE(r.notDeleted(), QStringList { QStringLiteral("customer_1234") });
        QVERIFY(r.exists(QStringLiteral("customer_1234")));

        // Declined outright.
        r.finished.clear();
        r.deletion.start({ QStringLiteral("customer_1234") });
        QTRY_COMPARE(r.finished.size(), 1);
        QCOMPARE(r.operations(QStringLiteral("customer_delete")), 0);
        QVERIFY(r.exists(QStringLiteral("customer_1234")));
    }

    // Every page of the spec's plain array is read before the confirmation (issue 15, item 5).
    void listsEveryPageOfScheduledPayments()
    {
        Run r;
        r.f.server().addScheduleSeries(QStringLiteral("customer_1234"), QStringLiteral("many"),
                                       QDateTime::currentDateTime().addDays(1), 45,
                                       std::chrono::hours(24));
        r.deletion.start({ QStringLiteral("customer_1234") });
        QTRY_COMPARE(r.finished.size(), 1);
        QCOMPARE(r.f.prompts.typedAsked.size(), 1);
        const QString text = r.f.prompts.typedAsked.first().text;
        QVERIFY2(text.contains(QStringLiteral("(merchant_uid many_0001)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("(merchant_uid many_0045)")), qPrintable(text));
        QVERIFY(r.operations(QStringLiteral("findSchedulesByCustomer")) >= 3);
        QCOMPARE(r.operations(QStringLiteral("customer_delete")), 0); // not confirmed
    }

    void rightTextDeletesAndRechecksGone()
    {
        Run r;
        r.f.prompts.typedAnswers = { TypedConfirmation { QStringLiteral("card replaced"), {} } };
        QSignalSpy progress(&r.deletion, &BillingKeyDeletion::progress);
        r.deletion.start({ QStringLiteral("customer_1234") });
        QTRY_COMPARE(r.finished.size(), 1);
        QCOMPARE(r.deleted(), QStringList { QStringLiteral("customer_1234") });
        QVERIFY(r.notDeleted().isEmpty());
        QVERIFY2(r.summary().contains(QStringLiteral("gone (404)")), qPrintable(r.summary()));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(r.operations(QStringLiteral("customer_delete")), 1);
        // The reason was sent; the delete was followed by a look-up answering 404.
        int deleteAt = -1;
        for (int i = 0; i < r.traces.size(); ++i) {
            if (r.traces.at(i).operation == u"customer_delete") {
                deleteAt = i;
                QVERIFY(r.traces.at(i).parameters.contains(
                    std::pair { QStringLiteral("reason"), QStringLiteral("card replaced") }));
            }
        }
        QVERIFY(deleteAt >= 0 && deleteAt + 1 < r.traces.size());
        QCOMPARE(r.traces.at(deleteAt + 1).operation, QStringLiteral("customer_view"));
        QCOMPARE(r.traces.at(deleteAt + 1).httpStatus, 404);
        QVERIFY(!r.exists(QStringLiteral("customer_1234")));
    }

    // A Naver Pay key: the confirmation asks who requested the deletion, and the answer goes
    // out as extra[requester]. Other keys are never asked.
    void naverPayKeyAsksForTheRequester()
    {
        Run r;
        r.f.prompts.typedAnswers = { TypedConfirmation { QStringLiteral("customer asked"),
                                                         QStringLiteral("customer") } };
        r.deletion.start({ QStringLiteral("customer_naver_01") });
        QTRY_COMPARE(r.finished.size(), 1);
        QCOMPARE(r.f.prompts.typedAsked.size(), 1);
        QVERIFY(r.f.prompts.typedAsked.first().askRequester);
        QCOMPARE(r.deleted(), QStringList { QStringLiteral("customer_naver_01") });
        bool sent = false;
        for (const RequestTrace &trace : std::as_const(r.traces)) {
            if (trace.operation == u"customer_delete")
                sent = trace.parameters.contains(
                    std::pair { QStringLiteral("extra[requester]"), QStringLiteral("customer") });
        }
        QVERIFY(sent);

        Run other;
        other.f.prompts.typedAnswers = { TypedConfirmation { QStringLiteral("x"), {} } };
        other.deletion.start({ QStringLiteral("customer_5678") });
        QTRY_COMPARE(other.finished.size(), 1);
        QVERIFY(!other.f.prompts.typedAsked.first().askRequester);
    }

    void severalKeysAskForTheirCount()
    {
        Run r;
        const QStringList uids { QStringLiteral("sbx_cust_0001"), QStringLiteral("sbx_cust_0002") };
        r.f.prompts.typedAnswers = { TypedConfirmation { QStringLiteral("closing"), {} } };
        r.f.prompts.typedTexts = { QStringLiteral("sbx_cust_0001") }; // not the count
        r.deletion.start(uids);
        QTRY_COMPARE(r.finished.size(), 1);
        QCOMPARE(r.f.prompts.typedAsked.first().expectedText, QStringLiteral("2"));
        QVERIFY(r.f.prompts.typedAsked.first().text.contains(QStringLiteral("sbx_cust_0002")));
        // Both keys have scheduled payments in the sandbox: each one is listed.
        QVERIFY(
            r.f.prompts.typedAsked.first().text.contains(QStringLiteral("sched_sbx_cust_0001_")));
        QVERIFY(
            r.f.prompts.typedAsked.first().text.contains(QStringLiteral("sched_sbx_cust_0002_")));
        QCOMPARE(r.operations(QStringLiteral("customer_delete")), 0);

        r.finished.clear();
        r.f.prompts.typedAnswers = { TypedConfirmation { QStringLiteral("closing"), {} } };
        r.f.prompts.typedTexts = { QStringLiteral("2") };
        r.deletion.start(uids);
        QTRY_COMPARE(r.finished.size(), 1);
        QCOMPARE(r.deleted(), uids);
        QCOMPARE(r.operations(QStringLiteral("customer_delete")), 2);
        QVERIFY(!r.exists(QStringLiteral("sbx_cust_0001")));
        QVERIFY(!r.exists(QStringLiteral("sbx_cust_0002")));
    }

    void serverErrorOnTheFirstDeleteStopsTheRun()
    {
        Run r;
        const QStringList uids { QStringLiteral("sbx_cust_0011"), QStringLiteral("sbx_cust_0012") };
        r.f.prompts.typedAnswers = { TypedConfirmation { QStringLiteral("closing"), {} } };
        QObject::connect(&r.deletion, &BillingKeyDeletion::progress, &r.parent,
                         [&r](int, int, const QString &message) {
                             if (message.startsWith(QStringLiteral("Deleting"))) {
                                 sandbox::SandboxFaults faults;
                                 faults.serverError = true;
                                 r.f.server().setFaults(faults);
                             }
                         });
        r.deletion.start(uids);
        QTRY_COMPARE(r.finished.size(), 1);
        r.f.server().setFaults({});
        QVERIFY(
            r.f.prompts.typedAsked.first().text.contains(QStringLiteral("No scheduled payments")));
        QVERIFY(r.deleted().isEmpty());
        QCOMPARE(r.notDeleted(), uids);
        QCOMPARE(r.operations(QStringLiteral("customer_delete")), 1); // never retried, stopped
        QVERIFY2(r.summary().contains(QStringLiteral("Outcome unknown")), qPrintable(r.summary()));
        QVERIFY(r.summary().contains(QStringLiteral("Not deleted: sbx_cust_0011, sbx_cust_0012")));
        QVERIFY(!r.deletion.isBusy());
        QVERIFY(r.exists(QStringLiteral("sbx_cust_0012")));
    }
};

QTEST_MAIN(TestBillingKeyDelete)
#include "tst_billing_key_delete.moc"
