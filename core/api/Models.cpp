#include "core/api/CertificationModels.h"
#include "core/api/JsonRead.h"
#include "core/api/PaymentModels.h"
#include "core/api/ReferenceModels.h"

namespace portone {

using json::text;
using json::time;

QString carrierCode(Carrier carrier)
{
    switch (carrier) {
    case Carrier::SKT:
        return QStringLiteral("SKT");
    case Carrier::KT:
        return QStringLiteral("KT");
    case Carrier::LGT:
        return QStringLiteral("LGT");
    }
    return {};
}

QString verificationMethodCode(VerificationMethod method)
{
    switch (method) {
    case VerificationMethod::SMS:
        return QStringLiteral("SMS");
    case VerificationMethod::APP:
        return QStringLiteral("APP");
    }
    return {};
}

Certification Certification::fromJson(const QJsonObject &object)
{
    Certification c;
    c.raw = object;
    c.impUid = text(object, QLatin1String("imp_uid"));
    c.merchantUid = text(object, QLatin1String("merchant_uid"));
    c.pgTid = text(object, QLatin1String("pg_tid"));
    c.pgProvider = text(object, QLatin1String("pg_provider"));
    c.name = text(object, QLatin1String("name"));
    c.gender = text(object, QLatin1String("gender"));
    c.birthday = text(object, QLatin1String("birthday"));
    c.foreigner = json::flag(object, QLatin1String("foreigner")).value_or(false);
    c.foreignerV2 = json::flag(object, QLatin1String("foreigner_v2"));
    c.phone = text(object, QLatin1String("phone"));
    c.carrier = text(object, QLatin1String("carrier"));
    c.certified = json::flag(object, QLatin1String("certified")).value_or(false);
    c.certifiedAt = time(object, QLatin1String("certified_at"));
    c.uniqueKey = text(object, QLatin1String("unique_key"));
    c.uniqueInSite = text(object, QLatin1String("unique_in_site"));
    c.origin = text(object, QLatin1String("origin"));
    return c;
}

Schedule Schedule::fromJson(const QJsonObject &object)
{
    Schedule s;
    s.raw = object;
    s.customerUid = text(object, QLatin1String("customer_uid"));
    s.merchantUid = text(object, QLatin1String("merchant_uid"));
    s.impUid = text(object, QLatin1String("imp_uid"));
    s.pgProvider = text(object, QLatin1String("pg_provider"));
    s.pgId = text(object, QLatin1String("pg_id"));
    s.customerId = text(object, QLatin1String("customer_id"));
    s.scheduleAt = time(object, QLatin1String("schedule_at"));
    s.executedAt = time(object, QLatin1String("executed_at"));
    s.revokedAt = time(object, QLatin1String("revoked_at"));
    s.amount = json::number(object, QLatin1String("amount"));
    s.currency = text(object, QLatin1String("currency"));
    s.name = text(object, QLatin1String("name"));
    s.buyerName = text(object, QLatin1String("buyer_name"));
    s.scheduleStatus = text(object, QLatin1String("schedule_status"));
    s.paymentStatus = text(object, QLatin1String("payment_status"));
    s.failReason = text(object, QLatin1String("fail_reason"));
    return s;
}

QString scheduleStatusCode(ScheduleStatus status)
{
    switch (status) {
    case ScheduleStatus::Scheduled:
        return QStringLiteral("scheduled");
    case ScheduleStatus::Executed:
        return QStringLiteral("executed");
    case ScheduleStatus::Revoked:
        return QStringLiteral("revoked");
    }
    return {};
}

PgChannel PgChannel::fromJson(const QJsonObject &object)
{
    PgChannel channel;
    channel.pgProvider = text(object, QLatin1String("pg_provider"));
    channel.pgId = text(object, QLatin1String("pg_id"));
    channel.sandbox = json::flag(object, QLatin1String("sandbox")).value_or(false);
    channel.type = text(object, QLatin1String("type"));
    channel.channelName = text(object, QLatin1String("channel_name"));
    channel.channelKey = text(object, QLatin1String("channel_key"));
    return channel;
}

} // namespace portone
