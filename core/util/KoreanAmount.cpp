#include "core/util/KoreanAmount.h"

#include <QStringList>
#include <array>

using namespace Qt::StringLiterals;

namespace portone {

namespace {

// 1 to 9999 in words, without the "일" before 십, 백 and 천.
QString fourDigits(int value)
{
    static const std::array<QString, 10> digits { QString(), u"일"_s, u"이"_s, u"삼"_s, u"사"_s,
                                                  u"오"_s,   u"육"_s, u"칠"_s, u"팔"_s, u"구"_s };
    static const std::array<QString, 4> places { u"천"_s, u"백"_s, u"십"_s, QString() };
    QString words;
    int divisor = 1000;
    for (const QString &place : places) {
        const int digit = (value / divisor) % 10;
        divisor /= 10;
        if (digit == 0)
            continue;
        if (digit > 1 || place.isEmpty())
            words += digits.at(size_t(digit));
        words += place;
    }
    return words;
}

} // namespace

QString koreanAmountWords(qint64 won)
{
    if (won < 0)
        return {};
    if (won == 0)
        return u"영 원"_s;
    static const std::array<QString, 5> groupNames { QString(), u"만"_s, u"억"_s, u"조"_s,
                                                     u"경"_s };
    QStringList groups; // lowest first
    for (size_t group = 0; won > 0 && group < groupNames.size(); ++group) {
        const int value = int(won % 10000);
        won /= 10000;
        if (value == 0)
            continue;
        const QString &name = groupNames.at(group);
        // 10,000 is "만", but 100,000,000 is "일억".
        const QString number = value == 1 && name == u"만"_s ? QString() : fourDigits(value);
        groups.prepend(number + name);
    }
    return groups.join(u' ') + u" 원"_s;
}

} // namespace portone
