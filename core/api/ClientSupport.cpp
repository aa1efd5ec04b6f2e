#include "core/api/ClientSupport.h"

#include "core/validation/InputRules.h"

namespace portone::client {

ApiRequest request(const char *operation, const char *method, QStringList path)
{
    ApiRequest r;
    r.operation = QString::fromLatin1(operation);
    r.method = QByteArray(method);
    r.path = std::move(path);
    return r;
}

ApiError validationError(FieldErrors errors)
{
    ApiError error;
    error.kind = ApiError::Kind::Validation;
    QStringList lines;
    for (const FieldError &field : errors)
        lines << QStringLiteral("%1: %2").arg(field.field, field.message);
    error.detail = lines.join(QLatin1Char('\n'));
    error.fieldErrors = std::move(errors);
    return error;
}

ApiError parseError(const QString &detail)
{
    ApiError error;
    error.kind = ApiError::Kind::Parse;
    error.detail = detail;
    return error;
}

void putText(QJsonObject &body, const char *key, const QString &value)
{
    if (!value.isEmpty())
        body.insert(QString::fromLatin1(key), value);
}

FieldErrors checkPathId(const char *field, const QString &value)
{
    if (const auto message = rules::pathId(value))
        return { FieldError { QString::fromLatin1(field), *message } };
    return {};
}

FieldErrors checkIdList(const char *field, const QStringList &values)
{
    const QString name = QString::fromLatin1(field);
    if (values.isEmpty())
        return { FieldError {
            name,
            rules::required(QString()).value_or(QStringLiteral("At least one id is required.")) } };
    for (const QString &value : values) {
        if (const auto message = rules::pathId(value))
            return { FieldError { name, *message } };
    }
    return {};
}

void appendScheduleQuery(ApiRequest &r, const ScheduleQuery &query)
{
    r.query.append({ QStringLiteral("from"), QString::number(query.from.toSecsSinceEpoch()) });
    r.query.append({ QStringLiteral("to"), QString::number(query.to.toSecsSinceEpoch()) });
    if (query.page > 0)
        r.query.append({ QStringLiteral("page"), QString::number(query.page) });
    if (query.status)
        r.query.append({ QStringLiteral("schedule-status"), scheduleStatusCode(*query.status) });
}

Result<QJsonObject> responseObject(const RawResponse &raw)
{
    if (!raw.response.isObject())
        return parseError(QStringLiteral("The \"response\" of the answer is not an object."));
    return raw.response.toObject();
}

Result<QList<QJsonObject>> responseObjects(const RawResponse &raw)
{
    QList<QJsonObject> out;
    if (raw.response.isNull() || raw.response.isUndefined())
        return out;
    if (!raw.response.isArray())
        return parseError(QStringLiteral("The \"response\" of the answer is not a list."));
    for (const QJsonValue &item : raw.response.toArray()) {
        if (item.isObject())
            out.append(item.toObject());
    }
    return out;
}

QStringList missingIds(const QStringList &requested, const QSet<QString> &found)
{
    QStringList missing;
    QSet<QString> seen;
    for (const QString &id : requested) {
        if (found.contains(id) || seen.contains(id))
            continue;
        seen.insert(id);
        missing.append(id);
    }
    return missing;
}

AbsentIds absentIds(const RawResponse &raw, QStringList notListed)
{
    AbsentIds absent;
    if (raw.httpStatus != 207 || raw.code == 0) { // a 404's code is -1: none exists
        absent.missing = std::move(notListed);
        return absent;
    }
    ApiError failure;
    failure.kind = ApiError::Kind::ApiCode;
    failure.httpStatus = raw.httpStatus;
    failure.code = raw.code;
    failure.message = raw.message;
    absent.failure = failure;
    absent.failed = std::move(notListed);
    return absent;
}

} // namespace portone::client
