#pragma once

#include <QString>
#include <QtGlobal>

namespace portone {

// An amount of won in Korean words, as it is read out on the telephone and written on a
// cheque: "만 이천 원" for 12,000, "일억 원" for 100,000,000. Groups of four digits (만, 억, 조,
// 경) are separated by a space; "일" is left out before 십, 백, 천 and a lone 만, and kept before
// 억, 조 and 경. 0 is "영 원"; a negative amount is empty (not an amount to charge).
QString koreanAmountWords(qint64 won);

} // namespace portone
