#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace portone {

struct AccessToken
{
    QString token; // sensitive
    QDateTime expiresAt; // in server time
    QDateTime serverNow; // the server's "now" at issue
};

// PgSettingAnnotation from GET /users/pg.
struct PgChannel
{
    QString pgProvider;
    QString pgId;
    bool sandbox = false;
    QString type; // payment, api_payment, certification, or unknown
    QString channelName;
    QString channelKey;

    static PgChannel fromJson(const QJsonObject &object);
};

struct StandardCode
{
    QString code;
    QString name;
};

struct Tier
{
    QString tierCode;
    QString tierName;
};

// POST /benepia/point
struct BenepiaCredentials
{
    QString user;
    QString password; // sensitive
    QString channelKey;
};

struct BenepiaPoints
{
    qint64 point = 0;
};

// POST /benepia/payment
struct BenepiaPaymentRequest
{
    BenepiaCredentials account;
    QString memberCode; // empty: a test payment
    QString merchantUid;
    double amount = 0;
    QString name;
    QString buyerName;
    QString buyerEmail;
    QString buyerTel;
    QString buyerAddr;
    QString buyerPostcode;
    QStringList noticeUrls;
    QString customData;
};

} // namespace portone
