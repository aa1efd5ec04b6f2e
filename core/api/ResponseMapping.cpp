#include "core/api/ResponseMapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

namespace portone {

namespace {

using Kind = ApiError::Kind;

// Connection-level failures (Qt's codes below 100: closed, reset, timed out, ...), as opposed
// to the codes Qt derives from the HTTP status (2xx-4xx ranges of QNetworkReply::NetworkError).
bool brokeOffMidAnswer(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && error < QNetworkReply::ProxyConnectionRefusedError;
}

bool neverConnected(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError
        || error == QNetworkReply::HostNotFoundError
        || error == QNetworkReply::ProxyConnectionRefusedError
        || error == QNetworkReply::ProxyNotFoundError;
}

ApiError networkError(const ReplySnapshot &reply, bool changesState)
{
    ApiError error;
    error.kind = isSslError(reply.error) ? Kind::Tls : Kind::Network;
    error.detail = reply.errorString;
    if (reply.error == QNetworkReply::ContentReSendError) // Qt's text is "Unknown error"
        error.detail = QStringLiteral("The connection closed after the request was sent; it was "
                                      "not sent again.");
    // A TLS failure happens before the request is written; a refused connection too.
    error.outcomeUnknown
        = changesState && error.kind == Kind::Network && !neverConnected(reply.error);
    return error;
}

QString messageText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &item : value.toArray())
            parts << messageText(item);
        return parts.join(QStringLiteral("; "));
    }
    if (value.isDouble())
        return QString::number(value.toDouble());
    return {};
}

Kind kindForStatus(int status, Kind otherwise)
{
    if (status == 401 || status == 403)
        return Kind::Auth;
    if (status == 404)
        return Kind::NotFound;
    if (status >= 500)
        return Kind::Server;
    // A 4xx refuses the request before anything is applied, whoever wrote the body (PortOne, a
    // gateway or a framework in front of it): never an unknown outcome.
    if (status >= 400)
        return Kind::Refused;
    return otherwise;
}

// What an error page says, for the operator: a short body as it is, an HTML page's title.
QString serverText(const QByteArray &body)
{
    const QString text = QString::fromUtf8(body).trimmed();
    static const QRegularExpression title(QStringLiteral("<title[^>]*>([^<]*)</title>"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = title.match(text); match.hasMatch())
        return match.captured(1).simplified();
    return text.size() < 300 ? text : QString();
}

Result<RawResponse> mapReplyOutcome(const ReplySnapshot &reply, bool changesState,
                                    bool multiLookup);

bool isEnvelope(const QJsonObject &object)
{
    return object.value(QLatin1String("code")).isDouble();
}

} // namespace

bool isSslError(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::SslHandshakeFailedError
        || error == QNetworkReply::InsecureRedirectError;
}

namespace {

// IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"); Qt's RFC 2822 parser wants a numeric zone.
QDateTime httpDate(const QByteArray &value)
{
    QString text = QString::fromLatin1(value.trimmed());
    if (text.endsWith(QLatin1String(" GMT")))
        text = text.chopped(4) + QLatin1String(" +0000");
    return QDateTime::fromString(text, Qt::RFC2822Date);
}

} // namespace

std::optional<int> retryAfterSeconds(const QByteArray &retryAfter, const QByteArray &date)
{
    const QByteArray value = retryAfter.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qlonglong seconds = value.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt
                           : std::optional<int>(int(std::min<qlonglong>(seconds, 86400)));
    const QDateTime at = httpDate(value);
    const QDateTime serverNow = httpDate(date);
    if (!at.isValid() || !serverNow.isValid())
        return std::nullopt;
    return int(std::clamp<qint64>(serverNow.secsTo(at), 0, 86400));
}

Result<RawResponse> mapReply(const ReplySnapshot &reply, bool changesState, bool multiLookup)
{
    Result<RawResponse> mapped = mapReplyOutcome(reply, changesState, multiLookup);
    if (!mapped.ok() && !reply.retryAfter.isEmpty()) {
        ApiError error = mapped.error();
        error.retryAfterSeconds = retryAfterSeconds(reply.retryAfter, reply.date);
        return error;
    }
    return mapped;
}

namespace {

Result<RawResponse> mapReplyOutcome(const ReplySnapshot &reply, bool changesState, bool multiLookup)
{
    if (reply.httpStatus == 0)
        return networkError(reply, changesState);
    const bool shortBody = reply.declaredLength >= 0 && reply.body.size() < reply.declaredLength;
    if (brokeOffMidAnswer(reply.error) || shortBody) {
        // The status line and headers arrived, then the connection failed: the body is cut off
        // and must not be read as PortOne's answer (nor its cut-off text as "not JSON").
        ApiError error = networkError(reply, changesState);
        error.kind = Kind::Network;
        error.outcomeUnknown = changesState;
        error.httpStatus = reply.httpStatus;
        if (shortBody)
            error.detail = QStringLiteral("The connection closed after %1 of the %2 bytes of the "
                                          "answer.")
                               .arg(reply.body.size())
                               .arg(reply.declaredLength);
        return error;
    }

    const int status = reply.httpStatus;
    const bool success = status >= 200 && status < 300;
    ApiError error;
    error.httpStatus = status;

    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        error.kind = kindForStatus(status, Kind::Parse);
        error.detail = parseError.error != QJsonParseError::NoError
            ? QStringLiteral("The answer is not JSON: %1").arg(parseError.errorString())
            : QStringLiteral("The answer is JSON but not an object.");
        if (!success && error.kind != Kind::Parse)
            error.message = serverText(reply.body);
        error.outcomeUnknown
            = changesState && (error.kind == Kind::Server || error.kind == Kind::Parse);
        return error;
    }

    const QJsonObject object = document.object();
    if (!isEnvelope(object)) {
        // e.g. {"statusCode":403,"message":"Forbidden resource","error":"Forbidden"}
        const QJsonValue declared = object.value(QLatin1String("statusCode"));
        error.kind = success ? Kind::Parse : kindForStatus(status, Kind::Server);
        error.message = messageText(object.value(QLatin1String("message")));
        if (error.message.isEmpty())
            error.message = messageText(object.value(QLatin1String("error")));
        error.detail = declared.isDouble()
            ? QStringLiteral("Not a PortOne answer (statusCode %1).").arg(declared.toInt())
            : QStringLiteral(
                "Not a PortOne answer: the code/message/response envelope is missing.");
        error.outcomeUnknown
            = changesState && (error.kind == Kind::Server || error.kind == Kind::Parse);
        return error;
    }

    error.code = object.value(QLatin1String("code")).toInt();
    error.message = messageText(object.value(QLatin1String("message")));
    if (status == 401) {
        error.kind = Kind::Auth;
        return error;
    }
    if (status == 404) {
        if (multiLookup)
            return RawResponse { status, *error.code, error.message, QJsonValue() };
        error.kind = Kind::NotFound;
        return error;
    }
    if (status >= 500) {
        error.kind = Kind::Server;
        error.outcomeUnknown = changesState;
        return error;
    }
    if (multiLookup && status == 207)
        // Some ids looked up, the rest failed: the records that came keep their value even when
        // the code is not 0; the caller reports the others as failed with this code and message.
        return RawResponse { status, *error.code, error.message,
                             object.value(QLatin1String("response")) };
    if (*error.code != 0 || !success) {
        error.kind = Kind::ApiCode;
        return error;
    }
    return RawResponse { status, 0, error.message, object.value(QLatin1String("response")) };
}

} // namespace

} // namespace portone
