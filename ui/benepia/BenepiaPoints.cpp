#include "ui/benepia/BenepiaPoints.h"

#include "ui/common/LocaleFormat.h"

namespace portone {

QString formatPoints(qint64 points)
{
    return formatNumber(double(points));
}

std::optional<qint64> parsePoints(const QString &text)
{
    QString digits = text.trimmed();
    if (digits.endsWith(u'P') || digits.endsWith(u'p'))
        digits.chop(1);
    digits.remove(u',');
    digits.remove(u' ');
    digits.remove(QChar(0x00a0));
    if (digits.isEmpty() || digits.size() > 15)
        return std::nullopt;
    for (const QChar c : std::as_const(digits)) {
        if (!c.isDigit() || c.unicode() > u'9')
            return std::nullopt;
    }
    return digits.toLongLong();
}

} // namespace portone
