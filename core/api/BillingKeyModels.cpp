#include "core/api/BillingKeyModels.h"

#include "core/api/JsonRead.h"

#include <QJsonArray>

namespace portone {

namespace {

using json::text;

BillingCustomer customerFromJson(const QJsonObject &object)
{
    BillingCustomer customer;
    customer.customerUid = text(object, QLatin1String("customer_uid"));
    customer.customerId = text(object, QLatin1String("customer_id"));
    customer.customerName = text(object, QLatin1String("customer_name"));
    customer.customerTel = text(object, QLatin1String("customer_tel"));
    customer.customerEmail = text(object, QLatin1String("customer_email"));
    customer.customerAddr = text(object, QLatin1String("customer_addr"));
    customer.customerPostcode = text(object, QLatin1String("customer_postcode"));
    return customer;
}

FailedChannel failedChannelFromJson(const QJsonObject &object)
{
    FailedChannel channel;
    channel.type = text(object, QLatin1String("type"));
    channel.message = text(object, QLatin1String("message"));
    channel.pgProvider = text(object, QLatin1String("pg_provider"));
    channel.pgId = text(object, QLatin1String("pg_id"));
    return channel;
}

} // namespace

CardType cardTypeFromJson(const QJsonValue &value)
{
    const std::optional<qint64> code
        = json::integer(QJsonObject { { QStringLiteral("v"), value } }, QLatin1String("v"));
    if (!code)
        return CardType::Unknown;
    switch (*code) {
    case 0:
        return CardType::Credit;
    case 1:
        return CardType::Check;
    case 2:
        return CardType::Gift;
    default:
        return CardType::Unknown;
    }
}

BillingCard BillingCard::fromJson(const QJsonObject &object)
{
    BillingCard card;
    card.pgProvider = text(object, QLatin1String("pg_provider"));
    card.pgId = text(object, QLatin1String("pg_id"));
    card.cardName = text(object, QLatin1String("card_name"));
    card.cardCode = text(object, QLatin1String("card_code"));
    card.cardIssuerCode = text(object, QLatin1String("card_issuer_code"));
    card.cardIssuerName = text(object, QLatin1String("card_issuer_name"));
    card.cardPublisherCode = text(object, QLatin1String("card_publisher_code"));
    card.cardPublisherName = text(object, QLatin1String("card_publisher_name"));
    card.cardNumber = text(object, QLatin1String("card_number"));
    if (const auto code = json::integer(object, QLatin1String("card_type")))
        card.cardTypeCode = int(*code);
    card.cardType = cardTypeFromJson(object.value(QLatin1String("card_type")));
    card.inserted = json::time(object, QLatin1String("inserted"));
    card.updated = json::time(object, QLatin1String("updated"));
    if (!card.updated.isValid())
        card.updated = json::time(object, QLatin1String("update")); // as the spec spells it once
    return card;
}

const BillingCustomer &BillingKey::customer() const
{
    if (const auto *normal = std::get_if<NormalBillingKey>(&shape))
        return normal->customer;
    return std::get<SuperBillingKey>(shape).customer;
}

BillingKey BillingKey::fromJson(const QJsonObject &object)
{
    BillingKey key;
    key.raw = object;
    const bool super = object.contains(QLatin1String("channelGroupId"))
        || object.contains(QLatin1String("succeededChannels"))
        || object.contains(QLatin1String("failedChannels"));
    if (super) {
        SuperBillingKey superKey;
        superKey.customer = customerFromJson(object);
        superKey.channelGroupId = text(object, QLatin1String("channelGroupId"));
        for (const QJsonValue &item : object.value(QLatin1String("succeededChannels")).toArray())
            superKey.succeededChannels.append(BillingCard::fromJson(item.toObject()));
        for (const QJsonValue &item : object.value(QLatin1String("failedChannels")).toArray())
            superKey.failedChannels.append(failedChannelFromJson(item.toObject()));
        key.shape = std::move(superKey);
    } else {
        NormalBillingKey normal;
        normal.customer = customerFromJson(object);
        normal.card = BillingCard::fromJson(object);
        normal.sandbox = json::flag(object, QLatin1String("sandbox")).value_or(false);
        key.shape = std::move(normal);
    }
    return key;
}

} // namespace portone
