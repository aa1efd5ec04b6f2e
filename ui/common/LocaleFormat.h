#pragma once

#include <QString>

class QDateTime;

namespace portone {

// Numbers, amounts and times in the format of the UI language's locale (QLocale(), which
// main() sets to the chosen language): "50,000원" in Korean and "₩50,000" in English for KRW,
// the amount and the ISO code for other currencies; dates with the locale's order and a
// four-digit year, times with seconds.
QString formatNumber(double value);
QString formatAmount(double amount, const QString &currency);
QString formatLocalTime(const QDateTime &time);

} // namespace portone
