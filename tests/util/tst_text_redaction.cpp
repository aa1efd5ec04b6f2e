// Server text on its way to the history and the audit log: personal numbers, CI/DI, e-mail
// addresses, named sensitive values and whatever the request itself sent are masked; ids,
// amounts and ordinary words stay.
#include "core/util/TextRedaction.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portone;

class TestTextRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redactText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("stored");
        QTest::newRow("card number") << u"카드번호 5372841693051001 는 유효하지 않습니다."_s
                                     << u"카드번호 **** 1001 는 유효하지 않습니다."_s;
        QTest::newRow("grouped card number")
            << u"card 5372-8416-9305-1001, try again"_s << u"card **** 1001, try again"_s;
        QTest::newRow("card number grouped by spaces")
            << u"(5372 8416 9305 1001)"_s << u"(**** 1001)"_s;
        QTest::newRow("phone") << u"010-7391-4682 로 발송 실패"_s
                               << u"010-****-4682 로 발송 실패"_s;
        QTest::newRow("phone digits") << u"phone 01073914682."_s << u"phone 010****4682."_s;
        QTest::newRow("birth YYMMDD")
            << u"생년월일(770412)이 다릅니다"_s << u"생년월일(******)이 다릅니다"_s;
        QTest::newRow("birth with the gender digit")
            << u"770412-2 불일치"_s << u"******-* 불일치"_s;
        QTest::newRow("birth and gender digit joined") << u"7704122"_s << u"*******"_s;
        QTest::newRow("birthday") << u"1977-04-12 생"_s << u"****-**-** 생"_s;
        QTest::newRow("expiry") << u"유효기간 2037-11 만료"_s << u"유효기간 ****-** 만료"_s;
        QTest::newRow("leap day") << u"880229"_s << u"******"_s;
        QTest::newRow("e-mail") << u"sent to canary.buyer@example.com"_s
                                << u"sent to c***@example.com"_s;
        QTest::newRow("CI") << u"CI: "_s + u"Ab3+/"_s.repeated(18) + u"== mismatch"_s
                            << u"CI: [redacted] mismatch"_s;
        QTest::newRow("hex token") << u"token 3f786850e387550fdab836ed7e6dc881de23001b expired"_s
                                   << u"token [redacted] expired"_s;
        QTest::newRow("named short values")
            << u"cvc=815, pwd_2digit: 47; \"otp\":\"123456\""_s
            << u"cvc=[redacted], pwd_2digit: [redacted]; \"otp\":\"[redacted]\""_s;
        QTest::newRow("named personal value")
            << u"name=홍길동 not found"_s << u"name=홍*동 not found"_s;
        QTest::newRow("json body")
            << uR"({"message":"cvc=815 오류","card_number":"5372841693051001","amount":1500})"_s
            << uR"({"amount":1500,"card_number":"**** 1001","message":"cvc=[redacted] 오류"})"_s;
        // Kept: ids joined to letters or '_', amounts, codes, times, plain words.
        QTest::newRow("ids") << u"imp_200000000001 order_20240101_0001 bench_cust_000001"_s
                             << u"imp_200000000001 order_20240101_0001 bench_cust_000001"_s;
        QTest::newRow("amount and code")
            << u"금액 150000원, F112, 50,000P"_s << u"금액 150000원, F112, 50,000P"_s;
        QTest::newRow("ordinary message")
            << u"존재하지 않는 결제정보입니다. (GET /subscribe/customers/customer_1234)"_s
            << u"존재하지 않는 결제정보입니다. (GET /subscribe/customers/customer_1234)"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void redactText()
    {
        QFETCH(QString, text);
        QFETCH(QString, stored);
        QCOMPARE(redaction::redactText(text), stored);
    }

    // What the request sent comes back in the message: masked wherever it appears, whatever
    // its form; short values only where they stand alone.
    void redactEchoes()
    {
        const redaction::Pairs sent {
            { u"name"_s, u"김카나리"_s },
            { u"phone"_s, u"010-7391-4682"_s },
            { u"card_number"_s, u"5372-8416-9305-1001"_s },
            { u"cvc"_s, u"815"_s },
            { u"benepia_password"_s, u"CNRYbnpPw8812"_s },
            { u"customer_uid"_s, u"cust_01"_s },
            { u"gender_digit"_s, u"2"_s },
        };
        const QString message = u"김카나리님(01073914682) 카드 5372841693051001 CVC 815 오류, "
                                "비밀번호 CNRYbnpPw8812 불일치: cust_01 (8150원, 2건)"_s;
        QCOMPARE(redaction::redactEchoes(message, sent),
                 u"김**리님(010****4682) 카드 **** 1001 CVC [redacted] 오류, "
                 "비밀번호 [redacted] 불일치: cust_01 (8150원, 2건)"_s);
        QCOMPARE(redaction::redactEchoes(u"no echo"_s, sent), u"no echo"_s);
    }
};

QTEST_APPLESS_MAIN(TestTextRedaction)
#include "tst_text_redaction.moc"
