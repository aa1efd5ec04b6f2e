#pragma once

#include "core/api/ApiRequest.h"
#include "core/api/JsonRead.h"
#include "core/api/PaymentModels.h"
#include "core/api/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>
#include <optional>

// Helpers shared by the PortOneClient endpoint files. Internal to core/api.
namespace portone::client {

ApiRequest request(const char *operation, const char *method, QStringList path);

ApiError validationError(FieldErrors errors);
ApiError parseError(const QString &detail);

// Adds key: value to a JSON body only when value is not empty.
void putText(QJsonObject &body, const char *key, const QString &value);
// A single id that goes into the path: non-empty, no control characters.
FieldErrors checkPathId(const char *field, const QString &value);
// A list of ids for a multi-lookup: at least one, each a valid id.
FieldErrors checkIdList(const char *field, const QStringList &values);

// from, to, page and schedule-status of a per-customer schedule look-up (either path).
void appendScheduleQuery(ApiRequest &r, const ScheduleQuery &query);

Result<QJsonObject> responseObject(const RawResponse &raw);
// A JSON array of objects. null (a multi-lookup 404) gives an empty list.
Result<QList<QJsonObject>> responseObjects(const RawResponse &raw);

// The requested ids missing from the found ones, in request order, without duplicates.
QStringList missingIds(const QStringList &requested, const QSet<QString> &found);

// A multi-lookup's requested ids that the answer does not list. With code 0 (or a 404) they
// do not exist: missing. A 207 with another code says PortOne could not look them up: failed,
// with that code and message (they may exist).
struct AbsentIds
{
    QStringList missing;
    QStringList failed;
    std::optional<ApiError> failure;
};
AbsentIds absentIds(const RawResponse &raw, QStringList notListed);

template<typename T> Result<T> objectAs(const RawResponse &raw)
{
    Result<QJsonObject> object = responseObject(raw);
    if (!object.ok())
        return object.error();
    return T::fromJson(object.value());
}

template<typename T> Result<QList<T>> listOf(const RawResponse &raw)
{
    Result<QList<QJsonObject>> objects = responseObjects(raw);
    if (!objects.ok())
        return objects.error();
    QList<T> out;
    out.reserve(objects.value().size());
    for (const QJsonObject &object : objects.value())
        out.append(T::fromJson(object));
    return out;
}

// {total, previous, next, list} or, for schedules, a plain array.
template<typename Page, typename Item> Result<Page> pageOf(const RawResponse &raw)
{
    Page page;
    QJsonArray items;
    if (raw.response.isArray()) {
        items = raw.response.toArray();
        page.total = int(items.size());
    } else if (raw.response.isObject()) {
        const QJsonObject object = raw.response.toObject();
        page.total = int(json::integer(object, QLatin1String("total")).value_or(0));
        page.previous = int(json::integer(object, QLatin1String("previous")).value_or(0));
        page.next = int(json::integer(object, QLatin1String("next")).value_or(0));
        items = object.value(QLatin1String("list")).toArray();
        if constexpr (requires { page.pagedObject; })
            page.pagedObject = true;
    } else if (!raw.response.isNull()) {
        return parseError(QStringLiteral("The \"response\" of the answer is not a page."));
    }
    for (const QJsonValue &item : items) {
        if (item.isObject())
            page.list.append(Item::fromJson(item.toObject()));
    }
    return page;
}

} // namespace portone::client
