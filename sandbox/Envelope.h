#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

namespace portone::sandbox {

// One HTTP answer: status, compact body bytes and content type.
struct HttpReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
    QByteArray retryAfter = {}; // a Retry-After header when not empty
};

// The PortOne envelope {"code":int,"message":string|null,"response":…}, written compactly.
namespace envelope {

HttpReply success(const QJsonValue &response, int status = 200, const QString &message = {});
// What success() writes before and after the response, for a large response written piece by
// piece into the answer's bytes (a page of 1000 payments).
inline constexpr QByteArrayView SuccessOpening = R"({"code":0,"message":null,"response":)";
inline constexpr char SuccessClosing = '}';
// code: -1 for authentication failures, 1 for every other failure (as the live API does).
// 207, some ids of a multi-lookup found: the records that were, with code 0 (the documented
// shape) or another code (a failure for the rest, as another server answers).
HttpReply partial(const QJsonValue &found, const QString &message, int code);
HttpReply failure(int status, const QString &message, int code = 1);
HttpReply unauthorized(const QString &message = {});
HttpReply badRequest(const QString &message);
HttpReply notFound(const QString &message);
QByteArray compact(const QJsonValue &value);

} // namespace envelope
} // namespace portone::sandbox
