#include "core/api/JsonRead.h"

#include <cmath>

namespace portone::json {

namespace {

// A JSON number as a whole number; NaN and values beyond qint64 (1e308 is valid JSON) give
// nothing instead of an undefined conversion.
std::optional<qint64> wholeNumber(double value)
{
    constexpr double limit = 9223372036854775808.0; // 2^63
    if (!std::isfinite(value) || value >= limit || value < -limit)
        return std::nullopt;
    return qint64(value);
}

} // namespace

QString text(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d == std::floor(d) && std::abs(d) < 1e15 ? QString::number(qint64(d))
                                                        : QString::number(d, 'g', 15);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

std::optional<qint64> integer(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return wholeNumber(value.toDouble());
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return parsed;
        const double asDouble = value.toString().trimmed().toDouble(&ok);
        if (ok)
            return wholeNumber(asDouble);
    }
    if (value.isBool())
        return value.toBool() ? 1 : 0;
    return std::nullopt;
}

double number(const QJsonObject &object, QLatin1String key, double fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double parsed = value.toString().trimmed().toDouble(&ok);
        if (ok)
            return parsed;
    }
    return fallback;
}

std::optional<bool> flag(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    if (value.isString()) {
        const QString s = value.toString().trimmed().toLower();
        if (s == QLatin1String("true") || s == QLatin1String("1") || s == QLatin1String("y"))
            return true;
        if (s == QLatin1String("false") || s == QLatin1String("0") || s == QLatin1String("n"))
            return false;
    }
    return std::nullopt;
}

QDateTime time(const QJsonObject &object, QLatin1String key)
{
    const std::optional<qint64> seconds = integer(object, key);
    if (!seconds || *seconds <= 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC);
}

} // namespace portone::json
