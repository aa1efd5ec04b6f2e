// The refund and payment-search validators: every failing field, keyed by its API parameter name.
#include "core/validation/InputRules.h"
#include "tests/validation/FieldNames.h"

#include <QTest>

using namespace portone;
using portone::test::fieldNames;

Q_DECLARE_METATYPE(PaymentCancellation)
Q_DECLARE_METATYPE(PaymentStatusQuery)

namespace {

PaymentCancellation validRefund()
{
    PaymentCancellation c;
    c.impUid = QStringLiteral("imp_200000000001");
    c.checksum = 9900;
    return c;
}

PaymentStatusQuery validSearch()
{
    PaymentStatusQuery q;
    q.from = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    q.to = q.from.addDays(90);
    return q;
}

} // namespace

class TestPaymentRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refund_data();
    void refund();
    void paymentSearch_data();
    void paymentSearch();
    void merchantPayments();
};

void TestPaymentRules::refund_data()
{
    QTest::addColumn<PaymentCancellation>("refund");
    QTest::addColumn<QStringList>("fields");
    const auto with = [](auto change) {
        PaymentCancellation c = validRefund();
        change(c);
        return c;
    };
    using C = PaymentCancellation;
    const QStringList none;
    QTest::newRow("full, amount missing") << validRefund() << none;
    QTest::newRow("full, amount 0") << with([](C &c) { c.amount = 0; }) << none;
    QTest::newRow("the whole balance") << with([](C &c) { c.amount = 9900; }) << none;
    QTest::newRow("by merchant_uid") << with([](C &c) {
        c.impUid.clear();
        c.merchantUid = QString(40, u'm');
    }) << none;
    QTest::newRow("merchant_uid of 41") << with([](C &c) {
        c.impUid.clear();
        c.merchantUid = QString(41, u'm');
    }) << QStringList { QStringLiteral("merchant_uid") };
    QTest::newRow("no id") << with([](C &c) { c.impUid.clear(); })
                           << QStringList { QStringLiteral("imp_uid") };
    QTest::newRow("no checksum") << with([](C &c) { c.checksum.reset(); })
                                 << QStringList { QStringLiteral("checksum") };
    QTest::newRow("above the balance")
        << with([](C &c) { c.amount = 9901; }) << QStringList { QStringLiteral("amount") };
    QTest::newRow("negative") << with([](C &c) {
        c.amount = -1;
        c.taxFree = -1;
        c.vatAmount = -1;
    })
                              << QStringList { QStringLiteral("amount"), QStringLiteral("tax_free"),
                                               QStringLiteral("vat_amount") };
    QTest::newRow("tax-free above the amount") << with([](C &c) {
        c.amount = 1000;
        c.taxFree = 1001;
    }) << QStringList { QStringLiteral("tax_free") };
    QTest::newRow("vbank without account")
        << with([](C &c) { c.payMethod = QStringLiteral("vbank"); })
        << QStringList { QStringLiteral("refund_account"), QStringLiteral("refund_bank"),
                         QStringLiteral("refund_holder") };
    QTest::newRow("vbank with account") << with([](C &c) {
        c.payMethod = QStringLiteral("vbank");
        c.refundHolder = QStringLiteral("홍길동");
        c.refundBank = QStringLiteral("004");
        c.refundAccount = QStringLiteral("12345678901234");
    }) << none;
    // The method unknown: the server decides.
    QTest::newRow("method unknown, no account") << validRefund() << none;
}

void TestPaymentRules::refund()
{
    QFETCH(PaymentCancellation, refund);
    QFETCH(QStringList, fields);
    QCOMPARE(fieldNames(rules::validate(refund)), fields);
}

void TestPaymentRules::paymentSearch_data()
{
    QTest::addColumn<PaymentStatusQuery>("query");
    QTest::addColumn<QStringList>("fields");
    const auto with = [](auto change) {
        PaymentStatusQuery q = validSearch();
        change(q);
        return q;
    };
    using Q = PaymentStatusQuery;
    QTest::newRow("exactly 90 days") << validSearch() << QStringList();
    QTest::newRow("no range: PortOne's default") << PaymentStatusQuery() << QStringList();
    QTest::newRow("90 days + 1 s")
        << with([](Q &q) { q.to = q.to.addSecs(1); }) << QStringList { QStringLiteral("to") };
    QTest::newRow("to before from")
        << with([](Q &q) { q.to = q.from.addSecs(-1); }) << QStringList { QStringLiteral("to") };
    QTest::newRow("limit 1000") << with([](Q &q) { q.limit = 1000; }) << QStringList();
    QTest::newRow("limit 1001") << with([](Q &q) { q.limit = 1001; })
                                << QStringList { QStringLiteral("limit") };
    QTest::newRow("limit 0, page 0") << with([](Q &q) {
        q.limit = 0;
        q.page = 0;
    }) << QStringList { QStringLiteral("limit"), QStringLiteral("page") };
}

void TestPaymentRules::paymentSearch()
{
    QFETCH(PaymentStatusQuery, query);
    QFETCH(QStringList, fields);
    QCOMPARE(fieldNames(rules::validate(query)), fields);
}

void TestPaymentRules::merchantPayments()
{
    MerchantPaymentsQuery q;
    q.merchantUid = QString(40, u'm');
    QVERIFY(rules::validate(q).isEmpty());
    q.merchantUid.append(u'm');
    q.limit = 1001;
    QCOMPARE(fieldNames(rules::validate(q)),
             QStringList({ QStringLiteral("limit"), QStringLiteral("merchant_uid") }));
    q.merchantUid.clear();
    QCOMPARE(fieldNames(rules::validate(q)).first(), QStringLiteral("limit"));
    QVERIFY(fieldNames(rules::validate(q)).contains(QStringLiteral("merchant_uid")));
}

QTEST_GUILESS_MAIN(TestPaymentRules)
#include "tst_payment_rules.moc"
