#pragma once

#include "core/api/ApiError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>
#include <variant>

namespace portone {

// POST /subscribe/customers/{customer_uid} (customer_save).
struct BillingKeyRegistration
{
    QString customerUid; // path, maxLength 80
    QString channelKey; // maxLength 55; either this or pg
    QString pg; // deprecated, maxLength 80
    QString cardNumber; // sensitive
    QString expiry; // YYYY-MM, sensitive
    QString birth; // 6 or 10 digits, sensitive, optional
    QString pwd2Digit; // sensitive, optional
    QString cvc; // sensitive, optional
    QString customerId;
    QString customerName; // maxLength 20
    QString customerTel; // maxLength 20
    QString customerEmail; // maxLength 200
    QString customerAddr; // maxLength 200
    QString customerPostcode; // maxLength 8
    QString channelGroupId; // maxLength 55; issues a super billing key
};

// card_type: 0 credit, 1 check; other values tolerated and kept.
enum class CardType
{
    Unknown,
    Credit,
    Check,
    Gift
};
CardType cardTypeFromJson(const QJsonValue &value);

// The card part shared by CustomerAnnotation and SucceededChannelAnnotation.
struct BillingCard
{
    QString pgProvider;
    QString pgId;
    QString cardName;
    QString cardCode;
    QString cardIssuerCode;
    QString cardIssuerName;
    QString cardPublisherCode;
    QString cardPublisherName;
    QString cardNumber; // already masked by PortOne
    std::optional<int> cardTypeCode;
    CardType cardType = CardType::Unknown;
    QDateTime inserted;
    QDateTime updated;

    static BillingCard fromJson(const QJsonObject &object);
};

struct BillingCustomer
{
    QString customerUid;
    QString customerId;
    QString customerName;
    QString customerTel;
    QString customerEmail;
    QString customerAddr;
    QString customerPostcode;
};

// CustomerAnnotation: a normal billing key.
struct NormalBillingKey
{
    BillingCustomer customer;
    BillingCard card;
    bool sandbox = false;
};

struct FailedChannel
{
    QString type; // INVALID_REQUEST, PG_PROVIDER, DB_FAILED, or unknown
    QString message;
    QString pgProvider;
    QString pgId;
};

// SuperBillingKeyAnnotation.
struct SuperBillingKey
{
    BillingCustomer customer;
    QString channelGroupId;
    QList<BillingCard> succeededChannels;
    QList<FailedChannel> failedChannels;
};

struct BillingKey
{
    std::variant<NormalBillingKey, SuperBillingKey> shape;
    QJsonObject raw;

    bool isSuper() const { return shape.index() == 1; }
    const BillingCustomer &customer() const;
    QString customerUid() const { return customer().customerUid; }

    // Decides the shape from the fields present (channelGroupId / succeededChannels).
    static BillingKey fromJson(const QJsonObject &object);
};

// GET /subscribe/customers?customer_uid[]=... : 200, 207 or 404.
struct BillingKeyBatch
{
    QList<BillingKey> found;
    QStringList missing; // requested ids that were not in the answer
    QStringList failed; // a 207 with a code other than 0: ids PortOne did not look up
    std::optional<ApiError> failure; // that code and message, when failed is not empty
    int httpStatus = 200;
};

} // namespace portone
