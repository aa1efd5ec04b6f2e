// Refunds from the Payments page against the sandbox: partial refunds one after another, a
// stale checksum refused, a virtual-account refund checked in the form, the refunds of a
// payment in its detail, a read-only profile.
#include "tests/ui/payments/RefundTestSupport.h"
#include "ui/common/LocaleFormat.h"
#include "ui/payments/CancelHistoryTable.h"

#include <QDirIterator>
#include <QFile>

using namespace portone;
using namespace Qt::StringLiterals;

namespace {

QString won(double amount)
{
    return formatAmount(amount, u"KRW"_s);
}

} // namespace

class TestPaymentRefunds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void partialRefundsThenAStaleChecksum_data();
    void partialRefundsThenAStaleChecksum();
    void vbankRefundWithoutAccountIsRefusedInTheForm_data();
    void vbankRefundWithoutAccountIsRefusedInTheForm();
    void cancelledPaymentShowsItsRefunds();
    void readOnlyProfileCannotRefund();
};

void TestPaymentRefunds::partialRefundsThenAStaleChecksum_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("done");
    QTest::addColumn<QString>("staleExplanation");
    QTest::addColumn<QString>("refusalStatus");
    QTest::newRow("en") << u"en"_s
                        << u"Refunded ₩3,000 on imp_200000000001; ₩6,900 remains refundable."_s
                        << u"someone else may have refunded this payment meanwhile"_s
                        << u"HTTP 200 · code 1"_s;
    QTest::newRow("ko") << u"ko"_s
                        << u"imp_200000000001에서 3,000원을 환불했습니다. 환불 가능한 잔액은 "
                           "6,900원입니다."_s
                        << u"그사이 다른 사람이 이 결제를 환불했을 수 있습니다"_s
                        << u"HTTP 200 · 코드 1"_s;
}

void TestPaymentRefunds::partialRefundsThenAStaleChecksum()
{
    QFETCH(QString, language);
    QFETCH(QString, done);
    QFETCH(QString, staleExplanation);
    QFETCH(QString, refusalStatus);
    const auto translation = test::translatedInto(language);
    test::RefundScreen s;
    const QString imp = u"imp_200000000001"_s; // 9,900원 by card, bought by 이서연
    s.lookUp(imp);
    QVERIFY(s.refunds()->isHidden());

    // The first partial refund: the balance is shown and prefilled.
    s.openRefund();
    QVERIFY(s.find<QLabel>(u"refundSummaryLabel"_s)->text().contains(won(9900)));
    QCOMPARE(s.find<QLineEdit>(u"refundAmountLineEdit"_s)->text(), u"9,900"_s);
    s.fillPartial(u"3000"_s, u"사이즈 교환"_s);
    s.f.prompts.answers = { true };
    s.click(u"sendRefundButton"_s);
    QTRY_VERIFY(s.idle() && s.refunds()->isVisible());
    const QString asked = s.f.prompts.asked.constLast().text;
    for (const QString &named : { u"이서연"_s, won(9900), won(3000), won(6900), imp })
        QVERIFY2(asked.contains(named), qPrintable(asked));
    QCOMPARE(s.result()->text(), done);
    QVERIFY(!s.formOpen());
    QCOMPARE(s.refunds()->rowCount(), 1);
    QCOMPARE(s.refunds()->item(0, CancelHistoryTable::AmountColumn)->text(), won(3000));
    QCOMPARE(s.refunds()->item(0, CancelHistoryTable::ReasonColumn)->text(), u"사이즈 교환"_s);
    AuditEntry audit = s.f.session.auditLog().entries().constLast();
    QCOMPARE(audit.action, AuditAction::PaymentRefunded);
    QCOMPARE(auditActionId(audit.action), u"payment.refund"_s);
    QCOMPARE(audit.outcome, u"ok"_s);
    QCOMPARE(audit.targets, QStringList { imp });
    QCOMPARE(audit.reason, u"사이즈 교환"_s);
    QVERIFY2(audit.detail.contains(u"amount 3000 · checksum 9900"_s), qPrintable(audit.detail));

    // The second: the new balance is prefilled, and is the checksum sent.
    s.openRefund();
    QCOMPARE(s.find<QLineEdit>(u"refundAmountLineEdit"_s)->text(), u"6,900"_s);
    s.fillPartial(u"2,000"_s, u"부분 반품"_s);
    s.f.prompts.answers = { true };
    s.click(u"sendRefundButton"_s);
    QTRY_VERIFY(s.idle() && s.refunds()->rowCount() == 2);
    s.shot(u"refund-detail-"_s + language);
    const QList<HistoryRecord> sent = s.refundRequests();
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(1).body->value(u"checksum"_s).toDouble(), 6900.0);
    QCOMPARE(sent.at(1).body->value(u"amount"_s).toDouble(), 2000.0);

    // The third was based on 4,900, but someone else refunded 1,000 meanwhile: refused.
    s.openRefund();
    s.refundElsewhere(imp, 1000, 4900);
    s.fillPartial(u"1,000"_s, u"중복 환불 시도"_s);
    s.f.prompts.answers = { true };
    s.click(u"sendRefundButton"_s);
    QTRY_VERIFY(s.idle() && s.refunds()->rowCount() == 3); // looked up again: the other refund
    QVERIFY(s.refundErrors()->isVisible());
    QCOMPARE(s.refundErrors()->statusText(), refusalStatus);
    QCOMPARE(s.refundErrors()->messageText(),
             u"[checksum 검증실패] 요청하신 취소가능잔액(4900원)이 포트원에 기록된 "
             "취소가능잔액(3900원)과 일치하지 않습니다."_s);
    QVERIFY2(s.result()->text().contains(staleExplanation), qPrintable(s.result()->text()));
    QCOMPARE(s.refunds()->item(2, CancelHistoryTable::ReasonColumn)->text(),
             u"다른 상담원의 환불"_s);
    audit = s.f.session.auditLog().entries().constLast();
    QCOMPARE(audit.action, AuditAction::PaymentRefunded);
    QCOMPARE(audit.outcome, u"failed"_s);
    QVERIFY2(audit.detail.contains(u"checksum 4900"_s), qPrintable(audit.detail));
}

void TestPaymentRefunds::vbankRefundWithoutAccountIsRefusedInTheForm_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("ko") << u"ko"_s;
}

void TestPaymentRefunds::vbankRefundWithoutAccountIsRefusedInTheForm()
{
    QFETCH(QString, language);
    const auto translation = test::translatedInto(language);
    test::RefundScreen s;
    const QString imp = u"imp_200000000010"_s; // a paid virtual account, 70,000원
    s.lookUp(imp);
    if (language == u"en"_s) {
        QCOMPARE(s.detail()->value(u"Virtual account bank"_s), u"KB국민은행 (004)"_s);
        QCOMPARE(s.detail()->value(u"Buyer address"_s),
                 u"(03925) 서울특별시 마포구 월드컵북로 396"_s);
        QCOMPARE(s.detail()->value(u"Custom data"_s), u"coupon: WINTER10\ngift_wrap: true"_s);
        QCOMPARE(s.detail()->value(u"Refundable balance"_s), u"₩70,000"_s);
        QCOMPARE(s.detail()->value(u"Cash receipt issued"_s), u"No"_s);
    }
    s.openRefund();
    auto *banks = s.find<QComboBox>(u"refundBankComboBox"_s);
    QTRY_VERIFY(s.idle() && banks->count() > 0); // GET /banks
    QCOMPARE(s.find<QLineEdit>(u"refundHolderLineEdit"_s)->text(), u"정예준"_s);

    // Without the account: refused next to the fields, nothing asked, nothing sent.
    s.type(u"refundReasonLineEdit"_s, u"단순 변심"_s);
    const int requests = s.f.server().requestCount();
    s.f.prompts.answers = { true };
    s.click(u"sendRefundButton"_s);
    QVERIFY(!s.fieldMessage(u"refund_account"_s).isEmpty());
    QVERIFY(!s.fieldMessage(u"refund_bank"_s).isEmpty());
    QVERIFY(s.f.prompts.asked.isEmpty());
    QCOMPARE(s.f.server().requestCount(), requests);
    QVERIFY(s.refundRequests().isEmpty());
    QVERIFY(s.formOpen());

    banks->setCurrentIndex(banks->findData(u"004"_s));
    s.type(u"refundAccountLineEdit"_s, u"110-4873-925561"_s);
    s.type(u"refundTelLineEdit"_s, u"010-9876-5432"_s);
    s.shot(u"refund-form-"_s + language);
    s.click(u"sendRefundButton"_s);
    QTRY_VERIFY(s.idle() && s.refunds()->rowCount() == 1);
    const QString asked = s.f.prompts.asked.constLast().text;
    QVERIFY2(asked.contains(u"****5561"_s) && !asked.contains(u"4873"_s), qPrintable(asked));
    QVERIFY(asked.contains(u"KB국민은행"_s));
    QVERIFY(s.fieldMessage(u"refund_account"_s).isEmpty());
    QCOMPARE(s.f.session.auditLog().entries().constLast().outcome, u"ok"_s);

    // The account number reaches neither the history nor the audit log (last 4 digits at most).
    const QList<HistoryRecord> sent = s.refundRequests();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().body->value(u"refund_account"_s).toString(), u"**** 5561"_s);
    QDirIterator files(s.f.dir.path(), QDir::Files, QDirIterator::Subdirectories);
    int read = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        for (const char *canary : { "1104873925561", "4873-925561", "4873925561", "925561" })
            QVERIFY2(!content.contains(canary), qPrintable(file.fileName()));
        ++read;
    }
    QVERIFY(read >= 2); // the history and the audit log at least
}

void TestPaymentRefunds::cancelledPaymentShowsItsRefunds()
{
    const auto translation = test::translatedInto(u"en"_s);
    test::RefundScreen s;
    s.lookUp(u"imp_200000000004"_s); // cancelled in full when it was seeded
    QVERIFY(s.refunds()->isVisible());
    QCOMPARE(s.refunds()->rowCount(), 1);
    QCOMPARE(s.refunds()->item(0, CancelHistoryTable::AmountColumn)->text(), u"₩89,000"_s);
    QCOMPARE(s.refunds()->item(0, CancelHistoryTable::ReasonColumn)->text(),
             u"고객 요청에 의한 취소"_s);
    QVERIFY(!s.refunds()->item(0, CancelHistoryTable::TimeColumn)->text().isEmpty());
    QCOMPARE(s.find<QLabel>(u"cancelHistoryLabel"_s)->text(), u"<b>Refunds</b> (1)"_s);
    QCOMPARE(s.detail()->value(u"Refunded amount"_s), u"₩89,000"_s);
    auto *refund = s.find<QPushButton>(u"refundButton"_s);
    QVERIFY(refund->isVisible() && !refund->isEnabled());
    QCOMPARE(refund->toolTip(), u"Only a paid payment can be refunded; this one is Cancelled."_s);
}

void TestPaymentRefunds::readOnlyProfileCannotRefund()
{
    const auto translation = test::translatedInto(u"en"_s);
    test::RefundScreen s;
    QVERIFY(s.f.openReadOnlyProfile());
    s.lookUp(u"imp_200000000001"_s);
    auto *refund = s.find<QPushButton>(u"refundButton"_s);
    QVERIFY(refund->isVisible() && !refund->isEnabled());
    QCOMPARE(refund->toolTip(),
             u"This profile is read-only (look-ups only): refunds are disabled."_s);
    QTest::mouseClick(refund, Qt::LeftButton);
    QVERIFY(!s.formOpen());
    QVERIFY(s.f.prompts.asked.isEmpty());
}

QTEST_MAIN(TestPaymentRefunds)
#include "tst_payment_refunds.moc"
