#include "core/util/Redaction.h"

#include <QJsonDocument>
#include <QTest>

using namespace portone;
using namespace portone::redaction;

namespace {

const QString CardCanary = QStringLiteral("4111111111111111");
const QString SecretCanary = QStringLiteral("CANARY-SECRET-9f3a");
const QString PasswordCanary = QStringLiteral("CANARY-PW-77c1");
const QString OtpCanary = QStringLiteral("913377");
const QString BirthCanary = QStringLiteral("880412");
const QString TokenCanary = QStringLiteral("CANARY-TOKEN-1e2d");
const QString ExpiryCanary = QStringLiteral("2031-07");
const QString CiCanary = QStringLiteral("CANARY-CI-aa11bb22cc33");

const QStringList &canaries()
{
    static const QStringList all { CardCanary,
                                   SecretCanary,
                                   PasswordCanary,
                                   OtpCanary,
                                   BirthCanary,
                                   TokenCanary,
                                   ExpiryCanary,
                                   CiCanary,
                                   QStringLiteral("411111111111"),
                                   QStringLiteral("1234-5678") };
    return all;
}

void verifyNoCanary(const QString &text)
{
    for (const QString &canary : canaries())
        QVERIFY2(!text.contains(canary),
                 qPrintable(QStringLiteral("leaked %1 in %2").arg(canary, text)));
}

QString toText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sensitiveFields_data();
    void sensitiveFields();
    void personalFields_data();
    void personalFields();
    void cardNumber_data();
    void cardNumber();
    void maskValue_data();
    void maskValue();
    void placeholderHidesLength();
    void nestedObject();
    void pairs();
    void query();
    void url();
};

void TestRedaction::sensitiveFields_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("sensitive");
    for (const char *n :
         { "imp_secret", "access_token", "token", "card_number", "expiry", "pwd_2digit", "cvc",
           "birth", "benepia_password", "otp", "Authorization", "X-ImpTokenHeader",
           "x-imptokenheader", "IMP_SECRET", "card_number[]", "extra[otp]", "refund_account" })
        QTest::newRow(n) << QString::fromLatin1(n) << true;
    for (const char *n : { "customer_uid", "imp_uid", "merchant_uid", "amount", "channel_key",
                           "birthday", "Tier", "Content-Type", "expired_at", "customer_uid[]" })
        QTest::newRow(n) << QString::fromLatin1(n) << false;
}

void TestRedaction::sensitiveFields()
{
    QFETCH(QString, name);
    QFETCH(bool, sensitive);
    QCOMPARE(isSensitiveField(name), sensitive);
}

void TestRedaction::personalFields_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("personal");
    for (const char *n :
         { "unique_key", "unique_in_site", "name", "phone", "birthday", "customer_name",
           "customer_tel", "customer_email", "customer_addr", "customer_postcode", "buyer_name",
           "buyer_email", "buyer_tel", "buyer_addr", "buyer_postcode", "gender_digit" })
        QTest::newRow(n) << QString::fromLatin1(n) << true;
    for (const char *n : { "imp_uid", "customer_uid", "carrier", "certified", "pg_provider" })
        QTest::newRow(n) << QString::fromLatin1(n) << false;
}

void TestRedaction::personalFields()
{
    QFETCH(QString, name);
    QFETCH(bool, personal);
    QCOMPARE(isPersonalField(name), personal);
}

void TestRedaction::cardNumber_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << CardCanary << QStringLiteral("**** 1111");
    QTest::newRow("dashes") << QStringLiteral("5555-5555-5555-4444") << QStringLiteral("**** 4444");
    QTest::newRow("spaces") << QStringLiteral("3782 822463 10005") << QStringLiteral("**** 0005");
    QTest::newRow("already masked")
        << QStringLiteral("536112******1234") << QStringLiteral("**** 1234");
    QTest::newRow("masked tail") << QStringLiteral("4092-0230-****-5***")
                                 << QStringLiteral("**** 5***");
    QTest::newRow("too short") << QStringLiteral("1234567") << QStringLiteral("****");
    QTest::newRow("empty") << QString() << QStringLiteral("****");
}

void TestRedaction::cardNumber()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(maskCardNumber(input), expected);
}

void TestRedaction::maskValue_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("secret") << QStringLiteral("imp_secret") << SecretCanary << placeholder();
    QTest::newRow("token") << QStringLiteral("access_token") << TokenCanary << placeholder();
    QTest::newRow("authorization") << QStringLiteral("Authorization")
                                   << (QStringLiteral("Bearer ") + TokenCanary) << placeholder();
    QTest::newRow("otp") << QStringLiteral("otp") << OtpCanary << placeholder();
    QTest::newRow("birth") << QStringLiteral("birth") << BirthCanary << placeholder();
    QTest::newRow("expiry") << QStringLiteral("expiry") << ExpiryCanary << placeholder();
    QTest::newRow("card") << QStringLiteral("card_number") << CardCanary
                          << QStringLiteral("**** 1111");
    QTest::newRow("refund account")
        << QStringLiteral("refund_account") << QStringLiteral("110-4873-925561")
        << QStringLiteral("**** 5561");
    QTest::newRow("short refund account")
        << QStringLiteral("refund_account") << QStringLiteral("1234567") << QStringLiteral("****");
    QTest::newRow("refund holder")
        << QStringLiteral("refund_holder") << QStringLiteral("정예준") << QStringLiteral("정*준");
    QTest::newRow("refund tel") << QStringLiteral("refund_tel") << QStringLiteral("010-9876-5432")
                                << QStringLiteral("010-****-5432");
    QTest::newRow("name 3") << QStringLiteral("name") << QStringLiteral("홍길동")
                            << QStringLiteral("홍*동");
    QTest::newRow("name 2") << QStringLiteral("buyer_name") << QStringLiteral("김철")
                            << QStringLiteral("김*");
    QTest::newRow("name 4") << QStringLiteral("customer_name") << QStringLiteral("남궁민수")
                            << QStringLiteral("남**수");
    QTest::newRow("phone") << QStringLiteral("phone") << QStringLiteral("010-1234-5678")
                           << QStringLiteral("010-****-5678");
    QTest::newRow("phone digits") << QStringLiteral("customer_tel") << QStringLiteral("01012345678")
                                  << QStringLiteral("010****5678");
    QTest::newRow("email") << QStringLiteral("buyer_email") << QStringLiteral("hong@example.com")
                           << QStringLiteral("h***@example.com");
    QTest::newRow("gender digit") << QStringLiteral("gender_digit") << QStringLiteral("3")
                                  << QStringLiteral("*");
    QTest::newRow("birthday") << QStringLiteral("birthday") << QStringLiteral("1990-01-31")
                              << QStringLiteral("****-**-**");
    QTest::newRow("ci") << QStringLiteral("unique_key") << CiCanary << placeholder();
    QTest::newRow("addr") << QStringLiteral("customer_addr")
                          << QStringLiteral("서울특별시 강남구 테헤란로 1")
                          << QStringLiteral("서울특별시 ***");
    QTest::newRow("ordinary") << QStringLiteral("customer_uid") << QStringLiteral("cust_1")
                              << QStringLiteral("cust_1");
    QTest::newRow("empty stays empty") << QStringLiteral("imp_secret") << QString() << QString();
}

void TestRedaction::maskValue()
{
    QFETCH(QString, field);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(redaction::maskValue(field, input), expected);
}

void TestRedaction::placeholderHidesLength()
{
    QCOMPARE(redaction::maskValue(u"imp_secret", QStringLiteral("a")),
             redaction::maskValue(u"imp_secret", QString(200, u'a')));
}

void TestRedaction::nestedObject()
{
    const QJsonObject input {
        { QStringLiteral("imp_secret"), SecretCanary },
        { QStringLiteral("customer_uid"), QStringLiteral("cust_1") },
        { QStringLiteral("custom_data"),
          QStringLiteral("{\"card_number\":\"%1\"}").arg(CardCanary) },
        { QStringLiteral("response"),
          QJsonObject {
              { QStringLiteral("access_token"), TokenCanary },
              { QStringLiteral("card_number"), CardCanary },
              { QStringLiteral("unique_key"), CiCanary },
              { QStringLiteral("list"),
                QJsonArray { QJsonObject { { QStringLiteral("cvc"), QStringLiteral("123") },
                                           { QStringLiteral("otp"), OtpCanary },
                                           { QStringLiteral("birth"), BirthCanary.toInt() } },
                             QJsonArray { QJsonObject {
                                 { QStringLiteral("benepia_password"), PasswordCanary } } } } },
              { QStringLiteral("expiry"), QJsonObject { { QStringLiteral("x"), ExpiryCanary } } },
          } },
    };
    const QJsonObject out = redactObject(input);
    const QString text = toText(out);
    verifyNoCanary(text);
    QVERIFY(!text.contains(QStringLiteral("\"123\"")));
    QCOMPARE(out.value(QStringLiteral("customer_uid")).toString(), QStringLiteral("cust_1"));
    const QJsonObject response = out.value(QStringLiteral("response")).toObject();
    QCOMPARE(response.value(QStringLiteral("card_number")).toString(), QStringLiteral("**** 1111"));
    QCOMPARE(response.value(QStringLiteral("access_token")).toString(), placeholder());
    // Arrays at top level too.
    verifyNoCanary(QString::fromUtf8(
        QJsonDocument(redactArray(QJsonArray { input })).toJson(QJsonDocument::Compact)));
}

void TestRedaction::pairs()
{
    const Pairs input {
        { QStringLiteral("imp_key"), QStringLiteral("public-key") },
        { QStringLiteral("imp_secret"), SecretCanary },
        { QStringLiteral("card_number"), CardCanary },
        { QStringLiteral("expiry"), ExpiryCanary },
        { QStringLiteral("birth"), BirthCanary },
        { QStringLiteral("pwd_2digit"), QStringLiteral("12") },
        { QStringLiteral("benepia_password"), PasswordCanary },
        { QStringLiteral("otp"), OtpCanary },
        { QStringLiteral("Authorization"), TokenCanary },
        { QStringLiteral("X-ImpTokenHeader"), TokenCanary },
        { QStringLiteral("bypass"),
          QStringLiteral("{\"kcp\": {\"otp\": \"%1\", \"site\": \"x\"}}").arg(OtpCanary) },
        { QStringLiteral("custom_data"),
          QStringLiteral("[{\"imp_secret\": \"%1\"}]").arg(SecretCanary) },
        { QStringLiteral("customer_uid[]"), QStringLiteral("cust_1") },
    };
    const Pairs out = redactPairs(input);
    QCOMPARE(out.size(), input.size());
    QString all;
    for (const auto &[key, value] : out)
        all += key + u'=' + value + u'&';
    verifyNoCanary(all);
    QCOMPARE(out.at(0).second, QStringLiteral("public-key"));
    QCOMPARE(out.at(2).second, QStringLiteral("**** 1111"));
    QCOMPARE(out.at(5).second, placeholder());
    QCOMPARE(out.last().second, QStringLiteral("cust_1"));
    QVERIFY(out.at(10).second.contains(QStringLiteral("\"site\":\"x\""))); // JSON kept, masked
}

void TestRedaction::query()
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("imp_secret"), SecretCanary);
    q.addQueryItem(QStringLiteral("otp"), OtpCanary);
    q.addQueryItem(QStringLiteral("customer_uid%5B%5D"), QStringLiteral("a"));
    q.addQueryItem(QStringLiteral("card_number"), CardCanary);
    const QUrlQuery out = redactQuery(q);
    verifyNoCanary(out.toString(QUrl::FullyDecoded));
    verifyNoCanary(out.toString(QUrl::FullyEncoded));
    QCOMPARE(out.queryItemValue(QStringLiteral("customer_uid[]"), QUrl::FullyDecoded),
             QStringLiteral("a"));
    QCOMPARE(out.queryItemValue(QStringLiteral("card_number"), QUrl::FullyDecoded),
             QStringLiteral("**** 1111"));
}

void TestRedaction::url()
{
    QUrl url(QStringLiteral("https://user:%1@api.iamport.kr/users/getToken?imp_key=k&imp_secret=%2"
                            "&access_token=%3")
                 .arg(PasswordCanary, SecretCanary, TokenCanary));
    const QUrl out = redactUrl(url);
    verifyNoCanary(out.toString());
    verifyNoCanary(out.toString(QUrl::FullyEncoded));
    QCOMPARE(out.host(), QStringLiteral("api.iamport.kr"));
    QCOMPARE(out.path(), QStringLiteral("/users/getToken"));
    QCOMPARE(QUrlQuery(out).queryItemValue(QStringLiteral("imp_key")), QStringLiteral("k"));
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
