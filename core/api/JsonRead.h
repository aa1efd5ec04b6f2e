#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <optional>

// Tolerant readers for PortOne answers: unknown fields are ignored, null and missing values
// give empty results, and numbers sent as strings (or strings sent as numbers) are accepted.
namespace portone::json {

QString text(const QJsonObject &object, QLatin1String key);
std::optional<qint64> integer(const QJsonObject &object, QLatin1String key);
double number(const QJsonObject &object, QLatin1String key, double fallback = 0);
std::optional<bool> flag(const QJsonObject &object, QLatin1String key);
// UNIX seconds as UTC; 0, null, missing or unreadable give an invalid QDateTime.
QDateTime time(const QJsonObject &object, QLatin1String key);

} // namespace portone::json
