// The whole-request validators: every failing field, keyed by its API parameter name.
#include "core/validation/InputRules.h"
#include "tests/validation/FieldNames.h"

#include <QTest>

using namespace portone;
using portone::test::fieldNames;

Q_DECLARE_METATYPE(BillingKeyRegistration)
Q_DECLARE_METATYPE(OtpRequest)
Q_DECLARE_METATYPE(BenepiaPaymentRequest)
Q_DECLARE_METATYPE(ScheduleQuery)

namespace {

BillingKeyRegistration validRegistration()
{
    BillingKeyRegistration r;
    r.customerUid = QStringLiteral("cust_0001");
    r.channelKey = QStringLiteral("channel-key-1234");
    r.cardNumber = QStringLiteral("4111-1111-1111-1111");
    r.expiry = QStringLiteral("2029-12");
    return r;
}

OtpRequest validOtp()
{
    OtpRequest r;
    r.name = QStringLiteral("홍길동");
    r.phone = QStringLiteral("010-1234-5678");
    r.birth = QStringLiteral("900131");
    r.genderDigit = QStringLiteral("1");
    r.channelKey = QStringLiteral("channel-key-kcp");
    return r;
}

BenepiaPaymentRequest validBenepia()
{
    BenepiaPaymentRequest r;
    r.account = { QStringLiteral("user1"), QStringLiteral("pw"), QStringLiteral("ck") };
    r.merchantUid = QStringLiteral("order-1");
    r.amount = 1000;
    r.name = QStringLiteral("포인트 결제");
    return r;
}

ScheduleQuery validSchedule()
{
    ScheduleQuery q;
    q.customerUid = QStringLiteral("cust_0001");
    q.from = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    q.to = QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);
    return q;
}

} // namespace

class TestRequestRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void billingKey_data();
    void billingKey();
    void otpRequest_data();
    void otpRequest();
    void benepia_data();
    void benepia();
    void schedule_data();
    void schedule();
    void otpConfirm_data();
    void otpConfirm();
};

void TestRequestRules::billingKey_data()
{
    QTest::addColumn<BillingKeyRegistration>("registration");
    QTest::addColumn<QStringList>("fields");
    const auto with = [](auto change) {
        BillingKeyRegistration r = validRegistration();
        change(r);
        return r;
    };
    using R = BillingKeyRegistration;
    QTest::newRow("valid") << validRegistration() << QStringList();
    QTest::newRow("pg instead of channel_key")
        << with([](R &r) { r.channelKey.clear(), r.pg = QStringLiteral("nice.iamport00m"); })
        << QStringList();
    QTest::newRow("neither channel_key nor pg") << with([](R &r) { r.channelKey.clear(); })
                                                << QStringList { QStringLiteral("channel_key") };
    QTest::newRow("everything missing")
        << BillingKeyRegistration()
        << QStringList { QStringLiteral("card_number"), QStringLiteral("channel_key"),
                         QStringLiteral("customer_uid"), QStringLiteral("expiry") };
    QTest::newRow("customer_uid 80")
        << with([](R &r) { r.customerUid = QString(80, u'c'); }) << QStringList();
    QTest::newRow("customer_uid 81") << with([](R &r) { r.customerUid = QString(81, u'c'); })
                                     << QStringList { QStringLiteral("customer_uid") };
    QTest::newRow("channel_key 56") << with([](R &r) { r.channelKey = QString(56, u'k'); })
                                    << QStringList { QStringLiteral("channel_key") };
    QTest::newRow("pg 81") << with([](R &r) { r.pg = QString(81, u'p'); })
                           << QStringList { QStringLiteral("pg") };
    QTest::newRow("optional card fields valid") << with([](R &r) {
        r.birth = QStringLiteral("900131"), r.pwd2Digit = QStringLiteral("12"),
        r.cvc = QStringLiteral("123");
    }) << QStringList();
    QTest::newRow("optional card fields invalid")
        << with([](R &r) {
               r.birth = QStringLiteral("901399"), r.pwd2Digit = QStringLiteral("1"),
               r.cvc = QStringLiteral("1");
           })
        << QStringList { QStringLiteral("birth"), QStringLiteral("cvc"),
                         QStringLiteral("pwd_2digit") };
    QTest::newRow("customer fields too long") << with([](R &r) {
        r.customerName = QString(21, u'n'), r.customerTel = QString(21, u'1'),
        r.customerEmail = QString(201, u'e'), r.customerAddr = QString(201, u'a'),
        r.customerPostcode = QString(9, u'0'), r.channelGroupId = QString(56, u'g');
    }) << QStringList { QStringLiteral("channel_group_id"),  QStringLiteral("customer_addr"),
                        QStringLiteral("customer_email"),    QStringLiteral("customer_name"),
                        QStringLiteral("customer_postcode"), QStringLiteral("customer_tel") };
    QTest::newRow("customer fields at limit") << with([](R &r) {
        r.customerName = QString(20, u'n'), r.customerTel = QString(20, u'1'),
        r.customerEmail = QString(200, u'e'), r.customerAddr = QString(200, u'a'),
        r.customerPostcode = QString(8, u'0'), r.channelGroupId = QString(55, u'g');
    }) << QStringList();
    QTest::newRow("bad card and expiry")
        << with([](R &r) { r.cardNumber = QStringLiteral("4111111111111112"), r.expiry.clear(); })
        << QStringList { QStringLiteral("card_number"), QStringLiteral("expiry") };
}

void TestRequestRules::billingKey()
{
    QFETCH(BillingKeyRegistration, registration);
    QFETCH(QStringList, fields);
    QCOMPARE(fieldNames(rules::validate(registration)), fields);
}

void TestRequestRules::otpRequest_data()
{
    QTest::addColumn<OtpRequest>("request");
    QTest::addColumn<QStringList>("fields");
    OtpRequest bad;
    bad.bypass = QStringLiteral("[1]");
    OtpRequest withBypass = validOtp();
    withBypass.bypass = QStringLiteral("{\"kcp_v2\": {}}");
    QTest::newRow("valid") << validOtp() << QStringList();
    QTest::newRow("valid with bypass") << withBypass << QStringList();
    QTest::newRow("all wrong") << bad << QStringList { QStringLiteral("birth"),
                                                       QStringLiteral("bypass"),
                                                       QStringLiteral("channel_key"),
                                                       QStringLiteral("gender_digit"),
                                                       QStringLiteral("name"),
                                                       QStringLiteral("phone") };
}

void TestRequestRules::otpRequest()
{
    QFETCH(OtpRequest, request);
    QFETCH(QStringList, fields);
    QCOMPARE(fieldNames(rules::validate(request)), fields);
}

void TestRequestRules::benepia_data()
{
    QTest::addColumn<BenepiaPaymentRequest>("request");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("valid") << validBenepia() << QStringList();
    QTest::newRow("empty") << BenepiaPaymentRequest()
                           << QStringList { QStringLiteral("amount"),
                                            QStringLiteral("benepia_password"),
                                            QStringLiteral("benepia_user"),
                                            QStringLiteral("channel_key"),
                                            QStringLiteral("merchant_uid"),
                                            QStringLiteral("name") };
    BenepiaPaymentRequest atLimit = validBenepia();
    atLimit.merchantUid = QString(40, u'm');
    atLimit.name = QString(40, u'가');
    atLimit.buyerName = QString(16, u'b');
    atLimit.buyerEmail = QString(64, u'e');
    atLimit.buyerTel = QString(16, u'1');
    atLimit.buyerAddr = QString(128, u'a');
    atLimit.buyerPostcode = QString(8, u'0');
    QTest::newRow("at limits") << atLimit << QStringList();
    BenepiaPaymentRequest over = atLimit;
    for (QString *s : { &over.merchantUid, &over.name, &over.buyerName, &over.buyerEmail,
                        &over.buyerTel, &over.buyerAddr, &over.buyerPostcode })
        s->append(u'x');
    over.amount = -1;
    QTest::newRow("over limits")
        << over << QStringList { QStringLiteral("amount"),         QStringLiteral("buyer_addr"),
                                 QStringLiteral("buyer_email"),    QStringLiteral("buyer_name"),
                                 QStringLiteral("buyer_postcode"), QStringLiteral("buyer_tel"),
                                 QStringLiteral("merchant_uid"),   QStringLiteral("name") };
}

void TestRequestRules::benepia()
{
    QFETCH(BenepiaPaymentRequest, request);
    QFETCH(QStringList, fields);
    QCOMPARE(fieldNames(rules::validate(request)), fields);
    // The account check alone reports the account fields only.
    const QStringList accountFields = fieldNames(rules::validate(request.account));
    for (const QString &f : accountFields)
        QVERIFY(fields.contains(f));
}

void TestRequestRules::schedule_data()
{
    QTest::addColumn<ScheduleQuery>("query");
    QTest::addColumn<QStringList>("fields");
    const auto with = [](auto change) {
        ScheduleQuery q = validSchedule();
        change(q);
        return q;
    };
    using Q = ScheduleQuery;
    QTest::newRow("valid") << validSchedule() << QStringList();
    QTest::newRow("exactly 3 months")
        << with([](Q &q) { q.to = q.from.addMonths(3); }) << QStringList();
    QTest::newRow("3 months + 1 s") << with([](Q &q) { q.to = q.from.addMonths(3).addSecs(1); })
                                    << QStringList { QStringLiteral("to") };
    QTest::newRow("to before from")
        << with([](Q &q) { q.to = q.from.addSecs(-1); }) << QStringList { QStringLiteral("to") };
    QTest::newRow("to equals from")
        << with([](Q &q) { q.to = q.from; }) << QStringList { QStringLiteral("to") };
    ScheduleQuery empty;
    empty.page = 0;
    QTest::newRow("missing all") << empty
                                 << QStringList { QStringLiteral("customer_uid"),
                                                  QStringLiteral("from"), QStringLiteral("page"),
                                                  QStringLiteral("to") };
    QTest::newRow("page 0") << with([](Q &q) { q.page = 0; })
                            << QStringList { QStringLiteral("page") };
}

void TestRequestRules::schedule()
{
    QFETCH(ScheduleQuery, query);
    QFETCH(QStringList, fields);
    QCOMPARE(fieldNames(rules::validate(query)), fields);
}

void TestRequestRules::otpConfirm_data()
{
    QTest::addColumn<QString>("impUid");
    QTest::addColumn<QString>("otp");
    QTest::addColumn<bool>("appMode");
    QTest::addColumn<QStringList>("fields");
    const QString uid = QStringLiteral("imp_123");
    QTest::newRow("sms ok") << uid << QStringLiteral("123456") << false << QStringList();
    // The spec gives the code no length: 4 digits are sent; a letter or nothing is not.
    QTest::newRow("sms 4 digits") << uid << QStringLiteral("1234") << false << QStringList();
    QTest::newRow("sms bad otp") << uid << QStringLiteral("12a45") << false
                                 << QStringList { QStringLiteral("otp") };
    QTest::newRow("sms no otp") << uid << QString() << false
                                << QStringList { QStringLiteral("otp") };
    QTest::newRow("app mode, no otp") << uid << QString() << true << QStringList();
    QTest::newRow("no imp_uid") << QString() << QStringLiteral("123456") << false
                                << QStringList { QStringLiteral("imp_uid") };
}

void TestRequestRules::otpConfirm()
{
    QFETCH(QString, impUid);
    QFETCH(QString, otp);
    QFETCH(bool, appMode);
    QFETCH(QStringList, fields);
    QCOMPARE(fieldNames(rules::validateOtpConfirm(impUid, otp, appMode)), fields);
}

QTEST_GUILESS_MAIN(TestRequestRules)
#include "tst_requestrules.moc"
