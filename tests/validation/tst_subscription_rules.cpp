// The subscription validators (again, schedule, a schedule's new time, the range look-up,
// unschedule): every failing field, keyed by its API parameter name.
#include "core/validation/InputRules.h"
#include "tests/validation/FieldNames.h"

#include <QTest>

using namespace portone;
using portone::test::fieldNames;

Q_DECLARE_METATYPE(BillingKeyCharge)
Q_DECLARE_METATYPE(ScheduleRequest)
Q_DECLARE_METATYPE(ScheduleRangeQuery)

namespace {

const QDateTime Now(QDate(2026, 12, 5), QTime(9, 0), Qt::UTC);

BillingKeyCharge validCharge()
{
    BillingKeyCharge c;
    c.customerUid = QStringLiteral("customer_1234");
    c.order.merchantUid = QStringLiteral("desk_again_0001");
    c.order.amount = 12000;
    c.order.name = QStringLiteral("정기구독");
    return c;
}

ScheduleRequest validSchedule()
{
    ScheduleRequest r;
    r.customerUid = QStringLiteral("customer_1234");
    for (int i = 1; i <= 2; ++i) {
        ScheduledPayment row;
        row.order = validCharge().order;
        row.order.merchantUid = QStringLiteral("desk_sched_%1").arg(i);
        row.scheduleAt = Now.addMonths(i);
        r.schedules.append(row);
    }
    return r;
}

} // namespace

class TestSubscriptionRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void charge_data();
    void charge();
    void schedule_data();
    void schedule();
    void range_data();
    void range();
    void newTimeAndUnschedule();
};

void TestSubscriptionRules::charge_data()
{
    QTest::addColumn<BillingKeyCharge>("charge");
    QTest::addColumn<QStringList>("fields");
    const auto with = [](auto change) {
        BillingKeyCharge c = validCharge();
        change(c);
        return c;
    };
    using C = BillingKeyCharge;
    const QStringList none;
    QTest::newRow("valid") << validCharge() << none;
    QTest::newRow("every optional field") << with([](C &c) {
        c.order.currency = QStringLiteral("USD");
        c.order.taxFree = 12000;
        c.order.vatAmount = 0;
        c.order.buyerName = QString(16, u'가');
        c.order.buyerEmail = QString(64, u'e');
        c.order.buyerTel = QString(16, u'1');
        c.order.buyerAddr = QString(128, u'a');
        c.order.buyerPostcode = QString(8, u'0');
        c.order.amount = 50000;
        c.order.cardQuota = 2;
        c.order.productType = QStringLiteral("digital");
        c.order.productCount = 1;
        c.order.cashReceiptType = QStringLiteral("anonymous");
        c.order.bypass = QStringLiteral("{\"a\":1}");
        c.channelKey = QString(55, u'k');
    }) << none;
    QTest::newRow("merchant_uid of 40")
        << with([](C &c) { c.order.merchantUid = QString(40, u'm'); }) << none;
    QTest::newRow("merchant_uid of 41")
        << with([](C &c) { c.order.merchantUid = QString(41, u'm'); })
        << QStringList { QStringLiteral("merchant_uid") };
    QTest::newRow("merchant_uid missing") << with([](C &c) { c.order.merchantUid.clear(); })
                                          << QStringList { QStringLiteral("merchant_uid") };
    QTest::newRow("merchant_uid with a line break")
        << with([](C &c) { c.order.merchantUid = QStringLiteral("a\nb"); })
        << QStringList { QStringLiteral("merchant_uid") };
    QTest::newRow("customer_uid of 81") << with([](C &c) { c.customerUid = QString(81, u'c'); })
                                        << QStringList { QStringLiteral("customer_uid") };
    QTest::newRow("amount 0") << with([](C &c) { c.order.amount = 0; })
                              << QStringList { QStringLiteral("amount") };
    QTest::newRow("name blank") << with([](C &c) { c.order.name = QStringLiteral("  "); })
                                << QStringList { QStringLiteral("name") };
    QTest::newRow("name of 41") << with([](C &c) { c.order.name = QString(41, u'n'); })
                                << QStringList { QStringLiteral("name") };
    QTest::newRow("buyer fields too long")
        << with([](C &c) {
               c.order.buyerName = QString(17, u'가');
               c.order.buyerEmail = QString(65, u'e');
               c.order.buyerTel = QString(17, u'1');
               c.order.buyerAddr = QString(129, u'a');
               c.order.buyerPostcode = QString(9, u'0');
           })
        << QStringList { QStringLiteral("buyer_addr"), QStringLiteral("buyer_email"),
                         QStringLiteral("buyer_name"), QStringLiteral("buyer_postcode"),
                         QStringLiteral("buyer_tel") };
    QTest::newRow("tax-free above the amount") << with([](C &c) { c.order.taxFree = 12001; })
                                               << QStringList { QStringLiteral("tax_free") };
    QTest::newRow("negative VAT") << with([](C &c) { c.order.vatAmount = -1; })
                                  << QStringList { QStringLiteral("vat_amount") };
    QTest::newRow("lump sum") << with([](C &c) { c.order.cardQuota = 0; }) << none;
    QTest::newRow("one month") << with([](C &c) {
        c.order.amount = 60000;
        c.order.cardQuota = 1;
    }) << QStringList { QStringLiteral("card_quota") };
    QTest::newRow("installments under 50,000") << with([](C &c) {
        c.order.amount = 49999;
        c.order.cardQuota = 3;
    }) << QStringList { QStringLiteral("card_quota") };
    QTest::newRow("currency not a code")
        << with([](C &c) { c.order.currency = QStringLiteral("won"); })
        << QStringList { QStringLiteral("currency") };
    QTest::newRow("enums and counts")
        << with([](C &c) {
               c.order.productType = QStringLiteral("service");
               c.order.cashReceiptType = QStringLiteral("me");
               c.order.productCount = 0;
           })
        << QStringList { QStringLiteral("cash_receipt_type"), QStringLiteral("product_count"),
                         QStringLiteral("product_type") };
    QTest::newRow("bypass not JSON") << with([](C &c) { c.order.bypass = QStringLiteral("{"); })
                                     << QStringList { QStringLiteral("bypass") };
    QTest::newRow("channel_key of 56") << with([](C &c) { c.channelKey = QString(56, u'k'); })
                                       << QStringList { QStringLiteral("channel_key") };
}

void TestSubscriptionRules::charge()
{
    QFETCH(BillingKeyCharge, charge);
    QFETCH(QStringList, fields);
    QCOMPARE(fieldNames(rules::validate(charge)), fields);
}

void TestSubscriptionRules::schedule_data()
{
    QTest::addColumn<ScheduleRequest>("request");
    QTest::addColumn<QStringList>("fields");
    const auto with = [](auto change) {
        ScheduleRequest r = validSchedule();
        change(r);
        return r;
    };
    using R = ScheduleRequest;
    const QStringList none;
    QTest::newRow("valid") << validSchedule() << none;
    QTest::newRow("a second from now")
        << with([](R &r) { r.schedules[0].scheduleAt = Now.addSecs(1); }) << none;
    QTest::newRow("now") << with([](R &r) { r.schedules[0].scheduleAt = Now; })
                         << QStringList { QStringLiteral("schedules[0].schedule_at") };
    QTest::newRow("no time") << with([](R &r) { r.schedules[1].scheduleAt = {}; })
                             << QStringList { QStringLiteral("schedules[1].schedule_at") };
    QTest::newRow("a merchant_uid twice")
        << with([](R &r) { r.schedules[1].order.merchantUid = r.schedules[0].order.merchantUid; })
        << QStringList { QStringLiteral("schedules[1].merchant_uid") };
    QTest::newRow("a row's order") << with([](R &r) {
        r.schedules[1].order.amount = -5;
        r.schedules[1].order.name.clear();
    })
                                   << QStringList { QStringLiteral("schedules[1].amount"),
                                                    QStringLiteral("schedules[1].name") };
    QTest::newRow("no rows") << with([](R &r) { r.schedules.clear(); })
                             << QStringList { QStringLiteral("schedules") };
    QTest::newRow("no customer") << with([](R &r) { r.customerUid.clear(); })
                                 << QStringList { QStringLiteral("customer_uid") };
    QTest::newRow("a card with the schedule") << with([](R &r) {
        r.cardNumber = QStringLiteral("4111-1111-1111-1111");
        r.expiry = QStringLiteral("2030-12");
        r.birth = QStringLiteral("900101");
    }) << none;
    QTest::newRow("a card without its expiry") << with([](R &r) {
        r.cardNumber = QStringLiteral("4111111111111111");
        r.cvc = QStringLiteral("12");
    }) << QStringList { QStringLiteral("cvc"), QStringLiteral("expiry") };
    QTest::newRow("a negative checking amount")
        << with([](R &r) { r.checkingAmount = -1; })
        << QStringList { QStringLiteral("checking_amount") };
}

void TestSubscriptionRules::schedule()
{
    QFETCH(ScheduleRequest, request);
    QFETCH(QStringList, fields);
    QCOMPARE(fieldNames(rules::validate(request, Now)), fields);
}

void TestSubscriptionRules::range_data()
{
    QTest::addColumn<ScheduleRangeQuery>("query");
    QTest::addColumn<QStringList>("fields");
    ScheduleRangeQuery valid;
    valid.from = Now;
    valid.to = Now.addMonths(3);
    const auto with = [valid](auto change) {
        ScheduleRangeQuery q = valid;
        change(q);
        return q;
    };
    using Q = ScheduleRangeQuery;
    const QStringList none;
    QTest::newRow("3 months") << valid << none;
    QTest::newRow("3 months and a second") << with([](Q &q) { q.to = q.to.addSecs(1); })
                                           << QStringList { QStringLiteral("schedule_to") };
    QTest::newRow("backwards") << with([](Q &q) { q.to = q.from; })
                               << QStringList { QStringLiteral("schedule_to") };
    QTest::newRow("no start") << with([](Q &q) { q.from = {}; })
                              << QStringList { QStringLiteral("schedule_from") };
    QTest::newRow("1000 a page") << with([](Q &q) { q.limit = 1000; }) << none;
    QTest::newRow("1001 a page") << with([](Q &q) { q.limit = 1001; })
                                 << QStringList { QStringLiteral("limit") };
    QTest::newRow("page 0") << with([](Q &q) { q.page = 0; })
                            << QStringList { QStringLiteral("page") };
    // 30 November + 3 months is 28 February (addMonths clamps), not 2 March
    QTest::newRow("end of the month") << with([](Q &q) {
        q.from = QDateTime(QDate(2026, 11, 30), QTime(0, 0), Qt::UTC);
        q.to = QDateTime(QDate(2027, 3, 1), QTime(0, 0), Qt::UTC);
    }) << QStringList { QStringLiteral("schedule_to") };
}

void TestSubscriptionRules::range()
{
    QFETCH(ScheduleRangeQuery, query);
    QFETCH(QStringList, fields);
    QCOMPARE(fieldNames(rules::validate(query)), fields);
}

void TestSubscriptionRules::newTimeAndUnschedule()
{
    const QString mid = QStringLiteral("desk_sched_1");
    QVERIFY(rules::validate(ScheduleTimeChange { mid, Now.addSecs(1), {}, {} }, Now).isEmpty());
    QCOMPARE(fieldNames(rules::validate(ScheduleTimeChange { mid, Now, {}, {} }, Now)),
             QStringList { QStringLiteral("schedule_at") });
    QCOMPARE(fieldNames(rules::validate(ScheduleTimeChange { {}, Now.addDays(1), {}, {} }, Now)),
             QStringList { QStringLiteral("merchant_uid") });

    const QString customer = QStringLiteral("customer_1234");
    QVERIFY(rules::validateUnschedule(customer, { mid }, false).isEmpty());
    QVERIFY(rules::validateUnschedule({}, { mid }, false).isEmpty()); // across customers
    QVERIFY(rules::validateUnschedule(customer, {}, true).isEmpty());
    QCOMPARE(fieldNames(rules::validateUnschedule(customer, {}, false)),
             QStringList { QStringLiteral("merchant_uid") });
    QCOMPARE(fieldNames(rules::validateUnschedule(customer, { mid, mid }, false)),
             QStringList { QStringLiteral("merchant_uid") });
    QCOMPARE(fieldNames(rules::validateUnschedule({}, {}, true)),
             QStringList { QStringLiteral("customer_uid") });
}

QTEST_GUILESS_MAIN(TestSubscriptionRules)
#include "tst_subscription_rules.moc"
