#include "core/api/TraceMasking.h"

#include "core/util/Redaction.h"
#include "core/util/TextRedaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace portone::tracemask {

namespace {

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &item : value.toArray())
            parts << valueText(item);
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(redaction::redactObject(value.toObject()))
                                     .toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

// The strings a body holds, with the names they were sent under (nested objects and arrays
// too), as sent.
void collectStrings(const QString &name, const QJsonValue &value, redaction::Pairs *out)
{
    if (value.isString()) {
        out->append({ name, value.toString() });
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectStrings(name, item, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectStrings(it.key(), it.value(), out);
    }
}

} // namespace

QList<std::pair<QString, QString>> parameters(const ApiRequest &request)
{
    redaction::Pairs pairs = request.query;
    if (request.body) {
        for (auto it = request.body->begin(); it != request.body->end(); ++it)
            pairs.append({ it.key(), valueText(it.value()) });
    }
    return redaction::redactPairs(pairs);
}

QList<std::pair<QString, QString>> query(const ApiRequest &request)
{
    return redaction::redactPairs(request.query);
}

std::optional<QJsonObject> body(const ApiRequest &request)
{
    if (!request.body)
        return std::nullopt;
    return redaction::redactObject(*request.body);
}

QString serverText(const ApiRequest &request, const QString &text)
{
    if (text.isEmpty())
        return text;
    redaction::Pairs sent = request.query;
    if (request.body)
        collectStrings(QString(), *request.body, &sent);
    return redaction::redactEchoes(text, sent);
}

} // namespace portone::tracemask
