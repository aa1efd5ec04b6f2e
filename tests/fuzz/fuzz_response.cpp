// libFuzzer harness: any HTTP answer (status, flags and body from the input) through
// mapReply into the envelope or an ApiError, then the envelope's "response" through every
// result type's parser (objectAs / listOf with each T::fromJson, the tolerant JSON readers).
// The body is also parsed as if it were the "response" itself, so the model parsers see
// arbitrary JSON even when no envelope surrounds it.
#include "core/api/BillingKeyModels.h"
#include "core/api/CertificationModels.h"
#include "core/api/ClientSupport.h"
#include "core/api/JsonRead.h"
#include "core/api/PaymentModels.h"
#include "core/api/ReferenceModels.h"
#include "core/api/ResponseMapping.h"
#include "core/api/SubscriptionModels.h"

#include <QJsonDocument>
#include <array>
#include <cstddef>
#include <cstdint>

using namespace portone;

namespace {

constexpr std::array<int, 12> Statuses { 0, 200, 201, 207, 400, 401, 403, 404, 409, 500, 502, 504 };

void touch(const ApiError &error)
{
    volatile qsizetype sink = error.summary().size() + error.explanation().size();
    static_cast<void>(sink);
}

template<typename T> void parseAs(const RawResponse &raw)
{
    if (const Result<T> one = client::objectAs<T>(raw); !one.ok())
        touch(one.error());
    if (const Result<QList<T>> many = client::listOf<T>(raw); !many.ok())
        touch(many.error());
}

void readFields(const QJsonValue &value)
{
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    for (const QString &key : object.keys()) {
        const QByteArray latin1 = key.toLatin1();
        const QLatin1String name(latin1);
        static_cast<void>(json::text(object, name));
        static_cast<void>(json::integer(object, name));
        static_cast<void>(json::number(object, name));
        static_cast<void>(json::flag(object, name));
        static_cast<void>(json::time(object, name));
    }
}

void parseEverything(const RawResponse &raw)
{
    parseAs<Payment>(raw);
    parseAs<Schedule>(raw);
    parseAs<ChargeResult>(raw);
    parseAs<BillingKey>(raw);
    parseAs<BillingCard>(raw);
    parseAs<Certification>(raw);
    parseAs<PgChannel>(raw);
    readFields(raw.response);
    const QStringList requested { QStringLiteral("a"), QStringLiteral("b") };
    static_cast<void>(client::missingIds(requested, { QStringLiteral("b") }));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t header = data[0];
    ReplySnapshot reply;
    reply.httpStatus = Statuses.at(header % Statuses.size());
    reply.error
        = reply.httpStatus == 0 ? QNetworkReply::RemoteHostClosedError : QNetworkReply::NoError;
    reply.body = QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const bool changesState = (header & 0x40) != 0;
    const bool multiLookup = (header & 0x80) != 0;

    const Result<RawResponse> mapped = mapReply(reply, changesState, multiLookup);
    if (mapped.ok())
        parseEverything(mapped.value());
    else
        touch(mapped.error());

    const QJsonDocument document = QJsonDocument::fromJson(reply.body);
    RawResponse bare { 200, 0, QString(), QJsonValue() };
    if (document.isObject())
        bare.response = document.object();
    else if (document.isArray())
        bare.response = document.array();
    parseEverything(bare);
    return 0;
}
