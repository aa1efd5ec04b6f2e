// Refunds whose answer does not come as expected: an unknown outcome (its look-up, and a retry
// with the same checksum), a double click, and leaving the profile while one is on the wire.
#include "tests/ui/payments/RefundTestSupport.h"
#include "ui/payments/CancelHistoryTable.h"

using namespace portone;
using namespace Qt::StringLiterals;

class TestPaymentRefundOutcomes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unknownOutcomeOffersTheLookUpAndARetrySendsTheSameChecksum_data();
    void unknownOutcomeOffersTheLookUpAndARetrySendsTheSameChecksum();
    void doubleClickRefundsOnce();
    void leavingTheProfileMidRefundNamesIt_data();
    void leavingTheProfileMidRefundNamesIt();
};

void TestPaymentRefundOutcomes::unknownOutcomeOffersTheLookUpAndARetrySendsTheSameChecksum_data()
{
    QTest::addColumn<bool>("drop");
    QTest::newRow("500") << false;
    QTest::newRow("dropped connection") << true;
}

void TestPaymentRefundOutcomes::unknownOutcomeOffersTheLookUpAndARetrySendsTheSameChecksum()
{
    QFETCH(bool, drop);
    const auto translation = test::translatedInto(u"en"_s);
    test::RefundScreen s;
    const QString imp = u"imp_200000000003"_s; // 35,000원 by bank transfer
    s.lookUp(imp);
    s.openRefund();
    s.fillPartial(u"5,000"_s, u"배송 지연"_s);
    s.f.server().setFaults(
        { .serverError = !drop, .dropConnection = drop, .onlyMethod = u"POST"_s });
    s.f.prompts.answers = { true };
    s.click(u"sendRefundButton"_s);
    auto *notice = s.find<QLabel>(u"outcomeNoticeLabel"_s);
    QTRY_VERIFY(s.idle() && notice->isVisible());
    QVERIFY2(notice->text().contains(u"Outcome unknown"_s) && notice->text().contains(imp),
             qPrintable(notice->text()));
    QVERIFY2(!notice->text().contains(u".)"_s), qPrintable(notice->text()));
    auto *lookUp = s.find<QPushButton>(u"lookUpRefundedPaymentButton"_s);
    QCOMPARE(lookUp->text(), u"Look up %1"_s.arg(imp));
    QVERIFY(s.formOpen()); // kept for a retry
    QCOMPARE(s.f.session.auditLog().entries().constLast().outcome, u"unknown"_s);

    // A retry from the form sends the checksum of the first attempt.
    s.f.prompts.answers = { true };
    s.click(u"sendRefundButton"_s);
    QTRY_VERIFY(s.idle() && s.refundRequests().size() == 2);
    const QList<HistoryRecord> sent = s.refundRequests();
    QCOMPARE(sent.at(0).body->value(u"checksum"_s).toDouble(), 35000.0);
    QCOMPARE(sent.at(1).body->value(u"checksum"_s).toDouble(), 35000.0);
    QCOMPARE(sent.at(1).body->value(u"amount"_s).toDouble(), 5000.0);
    QCOMPARE(s.f.prompts.asked.size(), 2); // asked again: never resent by itself

    // The look-up settles it: the sandbox never applied a faulted request.
    s.f.server().setFaults({});
    QTest::mouseClick(lookUp, Qt::LeftButton);
    QTRY_VERIFY(s.idle() && !notice->isVisible());
    QCOMPARE(s.result()->text(),
             u"The refund of ₩5,000 was not made: the refundable balance is still ₩35,000."_s);
    QVERIFY(!s.formOpen());
    QVERIFY(s.refunds()->isHidden());
    QCOMPARE(s.refundRequests().size(), 2);
}

void TestPaymentRefundOutcomes::doubleClickRefundsOnce()
{
    const auto translation = test::translatedInto(u"en"_s);
    test::RefundScreen s;
    const QString imp = u"imp_200000000008"_s; // 42,000원 by card
    s.lookUp(imp);
    s.openRefund();
    s.fillPartial(u"1,000"_s, u"포장 훼손"_s);
    s.f.server().setFaults({ .latencyMs = 200, .onlyMethod = u"POST"_s });
    s.f.prompts.answers = { true, true };
    auto *send = s.find<QPushButton>(u"sendRefundButton"_s);
    QTest::mouseClick(send, Qt::LeftButton);
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(!send->isEnabled());
    s.workspace.submit(); // Enter while it runs: guarded in code too
    QTRY_VERIFY(s.idle() && s.refunds()->rowCount() == 1);
    QCOMPARE(s.f.prompts.asked.size(), 1);
    QCOMPARE(s.refundRequests().size(), 1);
    QCOMPARE(s.refunds()->item(0, CancelHistoryTable::AmountColumn)->text(), u"₩1,000"_s);
}

void TestPaymentRefundOutcomes::leavingTheProfileMidRefundNamesIt_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("named");
    QTest::newRow("en") << u"en"_s
                        << u"A partial refund of 3,000 (imp_uid imp_200000000001) is waiting for "
                           "PortOne's answer"_s;
    QTest::newRow("ko") << u"ko"_s << u"3,000원 부분 환불(imp_uid imp_200000000001)"_s;
}

void TestPaymentRefundOutcomes::leavingTheProfileMidRefundNamesIt()
{
    QFETCH(QString, language);
    QFETCH(QString, named);
    const auto translation = test::translatedInto(language);
    test::RefundScreen s;
    const QString imp = u"imp_200000000001"_s;
    s.lookUp(imp);
    s.openRefund();
    s.fillPartial(u"3,000"_s, u"교환 불가"_s);
    s.f.server().setFaults({ .latencyMs = 600, .onlyMethod = u"POST"_s });
    s.f.prompts.answers = { true };
    s.click(u"sendRefundButton"_s);
    QTRY_VERIFY(!s.f.session.connection().stateChangesInFlight().isEmpty());

    s.f.prompts.answers = { false }; // wait for the answer
    QVERIFY(!s.f.session.confirmLeavingCallsInFlight(&s.workspace));
    const QString asked = s.f.prompts.asked.constLast().text;
    QVERIFY2(asked.contains(named), qPrintable(asked));
    QTRY_VERIFY_WITH_TIMEOUT(s.idle() && s.refunds()->rowCount() == 1, 5000);

    // Going on without the answer: recorded as unknown, and the notice stays on the page.
    s.openRefund();
    s.fillPartial(u"1,000"_s, u"교환 불가"_s);
    s.f.prompts.answers = { true };
    s.click(u"sendRefundButton"_s);
    QTRY_VERIFY(!s.f.session.connection().stateChangesInFlight().isEmpty());
    s.f.prompts.answers = { true }; // go on
    QVERIFY(s.f.session.confirmLeavingCallsInFlight(&s.workspace));
    QCOMPARE(s.f.session.startSandbox(), QString()); // the profile is opened anew
    QVERIFY(s.idle());
    QVERIFY(s.find<QLabel>(u"outcomeNoticeLabel"_s)->isVisible());
    const AuditEntry audit = s.f.session.auditLog().entries().constLast();
    QCOMPARE(audit.action, AuditAction::PaymentRefunded);
    QCOMPARE(audit.outcome, u"unknown"_s);
    QCOMPARE(audit.targets, QStringList { imp });
    s.f.server().setFaults({});
}

QTEST_MAIN(TestPaymentRefundOutcomes)
#include "tst_payment_refund_outcomes.moc"
