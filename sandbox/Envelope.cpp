#include "sandbox/Envelope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace portone::sandbox::envelope {

QByteArray compact(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

HttpReply success(const QJsonValue &response, int status, const QString &message)
{
    QJsonObject body { { u"code"_s, 0 },
                       { u"message"_s, message.isEmpty() ? QJsonValue() : QJsonValue(message) },
                       { u"response"_s, response } };
    return HttpReply { status, compact(body) };
}

HttpReply partial(const QJsonValue &found, const QString &message, int code)
{
    QJsonObject body { { u"code"_s, code }, { u"message"_s, message }, { u"response"_s, found } };
    return HttpReply { 207, compact(body) };
}

HttpReply failure(int status, const QString &message, int code)
{
    QJsonObject body { { u"code"_s, code },
                       { u"message"_s, message },
                       { u"response"_s, QJsonValue() } };
    return HttpReply { status, compact(body) };
}

HttpReply unauthorized(const QString &message)
{
    return failure(401, message.isEmpty() ? u"Unauthorized"_s : message, -1);
}

HttpReply badRequest(const QString &message)
{
    return failure(400, message);
}

HttpReply notFound(const QString &message)
{
    return failure(404, message);
}

} // namespace portone::sandbox::envelope
