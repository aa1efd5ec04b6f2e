#include "core/validation/InputRules.h"

#include <QTest>
#include <functional>
#include <limits>

using namespace portone;
using Rule = std::function<std::optional<QString>(const QString &)>;

namespace {

const QMap<QString, Rule> &stringRules()
{
    static const QMap<QString, Rule> rules {
        { QStringLiteral("required"), rules::required },
        { QStringLiteral("cardNumber"), rules::cardNumber },
        { QStringLiteral("cardExpiry"), rules::cardExpiry },
        { QStringLiteral("cardBirth"), rules::cardBirth },
        { QStringLiteral("pwd2Digit"), rules::pwd2Digit },
        { QStringLiteral("cvc"), rules::cvc },
        { QStringLiteral("otpBirth"), rules::otpBirth },
        { QStringLiteral("genderDigit"), rules::genderDigit },
        { QStringLiteral("phone"), rules::phone },
        { QStringLiteral("otpCode"), rules::otpCode },
        { QStringLiteral("tierCode"), rules::tierCode },
        { QStringLiteral("jsonObjectText"), rules::jsonObjectText },
        { QStringLiteral("carrier"), rules::carrier },
        { QStringLiteral("verificationMethod"), rules::verificationMethod },
        { QStringLiteral("scheduleStatus"), rules::scheduleStatus },
        { QStringLiteral("pathId"), rules::pathId },
    };
    return rules;
}

} // namespace

class TestInputRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void singleField_data();
    void singleField();
    void maxLength_data();
    void maxLength();
    void luhn_data();
    void luhn();
    void amount_data();
    void amount();
    void digitsOnly();
    void messagesAreSpecific();
};

void TestInputRules::singleField_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    const auto row = [](const char *rule, const char *value, bool valid) {
        const QString shown = QString::fromUtf8(value)
                                  .replace(u'\n', QStringLiteral("\\n"))
                                  .replace(u'\t', QStringLiteral("\\t"));
        QTest::addRow("%s '%s'", rule, qPrintable(shown))
            << QString::fromLatin1(rule) << QString::fromUtf8(value) << valid;
    };
    row("required", "x", true);
    row("required", "", false);
    row("required", "   ", false);
    // Card numbers: 13-19 digits after removing spaces and dashes, Luhn.
    row("cardNumber", "4111111111111111", true);
    row("cardNumber", "4111-1111-1111-1111", true);
    row("cardNumber", "4111 1111 1111 1111", true);
    row("cardNumber", "4222222222222", true); // 13 digits
    row("cardNumber", "6011000990139424", true);
    row("cardNumber", "4111111111111111110", true); // 19 digits, Luhn ok
    row("cardNumber", "411111111111", false); // 12 digits
    row("cardNumber", "41111111111111111113", false); // 20 digits
    row("cardNumber", "4111111111111112", false); // Luhn fails
    row("cardNumber", "4111.1111.1111.1111", false);
    row("cardNumber", "4111x111111111111", false);
    row("cardNumber", "", false);
    // Expiry.
    row("cardExpiry", "2029-12", true);
    row("cardExpiry", "2030-01", true);
    row("cardExpiry", "2029-00", false);
    row("cardExpiry", "2029-13", false);
    row("cardExpiry", "2029-1", false);
    row("cardExpiry", "29-12", false);
    row("cardExpiry", "202912", false);
    row("cardExpiry", "2029/12", false);
    row("cardExpiry", "9999-12", false);
    row("cardExpiry", "1899-12", false);
    row("cardExpiry", "", false);
    // Card birth: YYMMDD or 10-digit business number.
    row("cardBirth", "900131", true);
    row("cardBirth", "000229", true);
    row("cardBirth", "1234567890", true);
    row("cardBirth", "901331", false);
    row("cardBirth", "970229", false);
    row("cardBirth", "90013", false);
    row("cardBirth", "12345678901", false);
    row("cardBirth", "12345-6789", false);
    // pwd_2digit and cvc.
    row("pwd2Digit", "12", true);
    row("pwd2Digit", "1", false);
    row("pwd2Digit", "123", false);
    row("pwd2Digit", "1a", false);
    row("cvc", "123", true);
    row("cvc", "1234", true);
    row("cvc", "12", false);
    row("cvc", "12345", false);
    row("cvc", "12a", false);
    // OTP birth: separators - and . removed, a real date.
    row("otpBirth", "900131", true);
    row("otpBirth", "90-01-31", true);
    row("otpBirth", "90.01.31", true);
    row("otpBirth", "960229", true); // 1996 leap year
    row("otpBirth", "000229", true); // 2000 leap year
    row("otpBirth", "970229", false); // 1997/2097 not leap
    row("otpBirth", "010229", false); // 1901/2001 not leap
    row("otpBirth", "900230", false);
    row("otpBirth", "900431", false);
    row("otpBirth", "901301", false);
    row("otpBirth", "900001", false);
    row("otpBirth", "900100", false);
    row("otpBirth", "19900131", false);
    row("otpBirth", "90/01/31", false);
    row("otpBirth", "", false);
    // Gender digit 1-8.
    row("genderDigit", "1", true);
    row("genderDigit", "8", true);
    row("genderDigit", "0", false);
    row("genderDigit", "9", false);
    row("genderDigit", "12", false);
    row("genderDigit", "", false);
    // Phone: 9-11 digits starting with 0 after removing - . and spaces.
    row("phone", "01012345678", true);
    row("phone", "010-1234-5678", true);
    row("phone", "010.1234.5678", true);
    row("phone", "010 1234 5678", true);
    row("phone", "02-123-4567", true); // 9 digits
    row("phone", "0101234567", true); // 10 digits
    row("phone", "0212345", false);
    row("phone", "010123456789", false); // 12 digits
    row("phone", "11012345678", false);
    row("phone", "+82-10-1234-5678", false);
    row("phone", "010-1234-567a", false);
    // OTP code.
    // OTP code: the spec gives it no length; digits only, at most 12.
    row("otpCode", "123456", true);
    row("otpCode", "1234", true);
    row("otpCode", "12345", true);
    row("otpCode", "12345678", true);
    row("otpCode", "123456789012", true);
    row("otpCode", "1234567890123", false);
    row("otpCode", "", false);
    row("otpCode", "12345a", false);
    row("otpCode", "1234 ", false);
    // Tier code.
    row("tierCode", "AB1", true);
    row("tierCode", "A01", true);
    row("tierCode", "999", true);
    row("tierCode", "ab1", false);
    row("tierCode", "AB", false);
    row("tierCode", "ABCD", false);
    row("tierCode", "A-1", false);
    row("tierCode", "", false);
    // JSON object text (bypass).
    row("jsonObjectText", "", true);
    row("jsonObjectText", "{}", true);
    row("jsonObjectText", "{\"kcp\": {\"site\": 1}}", true);
    row("jsonObjectText", "[1, 2]", false);
    row("jsonObjectText", "\"text\"", false);
    row("jsonObjectText", "{\"a\": ", false);
    row("jsonObjectText", "not json", false);
    // Enums.
    row("carrier", "SKT", true);
    row("carrier", "KT", true);
    row("carrier", "LGT", true);
    row("carrier", "skt", false);
    row("carrier", "LG", false);
    row("verificationMethod", "SMS", true);
    row("verificationMethod", "APP", true);
    row("verificationMethod", "sms", false);
    row("scheduleStatus", "scheduled", true);
    row("scheduleStatus", "executed", true);
    row("scheduleStatus", "revoked", true);
    row("scheduleStatus", "failed", false);
    row("scheduleStatus", "Scheduled", false);
    // Path ids.
    row("pathId", "imp_123456789012", true);
    row("pathId", "주문-1", true);
    row("pathId", "", false);
    row("pathId", " ", false);
    row("pathId", "imp_1\n", false);
    row("pathId", "imp\t1", false);
    row("pathId", ".", false); // a dot segment would address another endpoint
    row("pathId", "..", false);
    row("pathId", "...", true);
}

void TestInputRules::singleField()
{
    QFETCH(QString, rule);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QVERIFY2(stringRules().contains(rule), qPrintable(rule));
    const std::optional<QString> message = stringRules().value(rule)(value);
    QCOMPARE(!message.has_value(), valid);
    if (message)
        QVERIFY(!message->isEmpty());
}

void TestInputRules::maxLength_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QString() << 8 << true;
    QTest::newRow("exactly N") << QString(80, u'a') << 80 << true;
    QTest::newRow("N+1") << QString(81, u'a') << 80 << false;
    QTest::newRow("korean N") << QString(20, u'가') << 20 << true;
    QTest::newRow("korean N+1") << QString(21, u'가') << 20 << false;
    // One emoji is 2 UTF-16 units but one character.
    QTest::newRow("surrogates counted once") << QString::fromUtf8("😀😀😀😀") << 4 << true;
}

void TestInputRules::maxLength()
{
    QFETCH(QString, value);
    QFETCH(int, limit);
    QFETCH(bool, valid);
    QCOMPARE(!rules::maxLength(value, limit).has_value(), valid);
}

void TestInputRules::luhn_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<bool>("valid");
    QTest::newRow("visa test") << QStringLiteral("4111111111111111") << true;
    QTest::newRow("mastercard test") << QStringLiteral("5555555555554444") << true;
    QTest::newRow("amex test") << QStringLiteral("378282246310005") << true;
    QTest::newRow("last digit off") << QStringLiteral("4111111111111112") << false;
    QTest::newRow("swapped digits") << QStringLiteral("4111111111111141") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("non-digits") << QStringLiteral("4111-1111") << false;
}

void TestInputRules::luhn()
{
    QFETCH(QString, digits);
    QFETCH(bool, valid);
    QCOMPARE(rules::luhnValid(digits), valid);
}

void TestInputRules::amount_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("1") << 1.0 << true;
    QTest::newRow("0.5") << 0.5 << true;
    QTest::newRow("0") << 0.0 << false;
    QTest::newRow("negative") << -100.0 << false;
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << false;
    QTest::newRow("inf") << std::numeric_limits<double>::infinity() << false;
}

void TestInputRules::amount()
{
    QFETCH(double, value);
    QFETCH(bool, valid);
    QCOMPARE(!rules::amount(value).has_value(), valid);
}

void TestInputRules::digitsOnly()
{
    QCOMPARE(rules::digitsOnly(QStringLiteral("010-1234 5678.")), QStringLiteral("01012345678"));
    QCOMPARE(rules::digitsOnly(QStringLiteral("abc")), QString());
}

void TestInputRules::messagesAreSpecific()
{
    QCOMPARE(*rules::maxLength(QString(93, u'x'), 80),
             QStringLiteral("At most 80 characters (now 93)."));
    QCOMPARE(*rules::cardNumber(QStringLiteral("1234")),
             QStringLiteral("Enter the card number: 13 to 19 digits."));
    QCOMPARE(*rules::cardNumber(QStringLiteral("4111111111111112")),
             QStringLiteral("This card number fails the check-digit test; check for a typo."));
}

QTEST_GUILESS_MAIN(TestInputRules)
#include "tst_inputrules.moc"
