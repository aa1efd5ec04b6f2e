#include "core/util/KoreanAmount.h"

#include <QTest>
#include <limits>

using namespace portone;
using namespace Qt::StringLiterals;

class TestKoreanAmount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void words_data()
    {
        QTest::addColumn<qint64>("won");
        QTest::addColumn<QString>("words");
        QTest::newRow("0") << qint64(0) << u"영 원"_s;
        QTest::newRow("1") << qint64(1) << u"일 원"_s;
        QTest::newRow("10") << qint64(10) << u"십 원"_s;
        QTest::newRow("11") << qint64(11) << u"십일 원"_s;
        QTest::newRow("105") << qint64(105) << u"백오 원"_s;
        QTest::newRow("1,000") << qint64(1000) << u"천 원"_s;
        QTest::newRow("9,900") << qint64(9900) << u"구천구백 원"_s;
        QTest::newRow("10,000") << qint64(10000) << u"만 원"_s;
        QTest::newRow("12,000") << qint64(12000) << u"만 이천 원"_s;
        QTest::newRow("10,001") << qint64(10001) << u"만 일 원"_s;
        QTest::newRow("50,000") << qint64(50000) << u"오만 원"_s;
        QTest::newRow("110,000") << qint64(110000) << u"십일만 원"_s;
        QTest::newRow("1,234,567") << qint64(1234567) << u"백이십삼만 사천오백육십칠 원"_s;
        QTest::newRow("100,000,000") << qint64(100000000) << u"일억 원"_s;
        QTest::newRow("100,010,000") << qint64(100010000) << u"일억 만 원"_s;
        QTest::newRow("123,456,789")
            << qint64(123456789) << u"일억 이천삼백사십오만 육천칠백팔십구 원"_s;
        QTest::newRow("1,000,000,000,000") << qint64(1000000000000) << u"일조 원"_s;
        // The largest amount the forms take (15 digits, below the 2^53 a double keeps exactly).
        QTest::newRow("999,999,999,999,999")
            << qint64(999999999999999)
            << u"구백구십구조 구천구백구십구억 구천구백구십구만 구천구백구십구 원"_s;
        QTest::newRow("2^53 - 1") << qint64(9007199254740991)
                                  << u"구천칠조 천구백구십이억 오천사백칠십사만 구백구십일 원"_s;
        QTest::newRow("qint64 max")
            << std::numeric_limits<qint64>::max()
            << u"구백이십이경 삼천삼백칠십이조 삼백육십팔억 오천사백칠십칠만 오천팔백칠 원"_s;
        QTest::newRow("negative") << qint64(-5) << QString();
    }

    void words()
    {
        QFETCH(qint64, won);
        QFETCH(QString, words);
        QCOMPARE(koreanAmountWords(won), words);
    }
};

QTEST_APPLESS_MAIN(TestKoreanAmount)
#include "tst_korean_amount.moc"
