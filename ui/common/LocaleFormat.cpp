#include "ui/common/LocaleFormat.h"

#include <QDateTime>
#include <QLocale>
#include <cmath>

using namespace Qt::StringLiterals;

namespace portone {

namespace {

QLocale displayLocale()
{
    QLocale locale; // the UI locale; the C locale would leave out the group separators
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale;
}

} // namespace

QString formatNumber(double value)
{
    const QLocale locale = displayLocale();
    if (std::floor(value) == value && std::abs(value) < 1e15)
        return locale.toString(qint64(value));
    return locale.toString(value, 'f', 2);
}

QString formatAmount(double amount, const QString &currency)
{
    QString number = formatNumber(amount);
    if (currency.isEmpty())
        return number;
    if (currency.compare(u"KRW", Qt::CaseInsensitive) == 0) {
        if (QLocale().language() == QLocale::Korean)
            return number + u"원"_s;
        return amount < 0 ? u"-₩"_s + formatNumber(-amount) : u"₩"_s + number;
    }
    return number + u' ' + currency.toUpper();
}

QString formatLocalTime(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("—");
    const QLocale locale;
    QString date = locale.dateFormat(QLocale::ShortFormat);
    if (!date.contains(u"yyyy"))
        date.replace(u"yy"_s, u"yyyy"_s);
    QString clock = locale.timeFormat(QLocale::ShortFormat);
    if (!clock.contains(u"ss"))
        clock.replace(u"mm"_s, u"mm:ss"_s);
    return locale.toString(time.toLocalTime(), date + u' ' + clock);
}

} // namespace portone
