#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace portone {

enum class Carrier
{
    SKT,
    KT,
    LGT
};
enum class VerificationMethod
{
    SMS,
    APP
};

// POST /certifications/otp/request (formData parameters of requestOTP).
struct OtpRequest
{
    QString name;
    QString phone; // separators allowed; sent as typed, validated as digits
    QString birth; // YYMMDD, sensitive
    QString genderDigit; // 1-8
    Carrier carrier = Carrier::SKT;
    bool isMvno = false;
    QString company; // optional
    QString merchantUid; // optional
    QString channelKey; // required by the spec
    QString pg; // deprecated, optional
    std::optional<VerificationMethod> verificationMethod;
    QString bypass; // optional JSON string
};

struct OtpRequestResult
{
    QString impUid;
};

// CertificationAnnotation. Personal data (name, phone, birthday, unique_key = CI,
// unique_in_site = DI) is shown to the operator who asked, never logged.
struct Certification
{
    QString impUid;
    QString merchantUid;
    QString pgTid;
    QString pgProvider;
    QString name;
    QString gender; // "male", "female", or whatever the server sends
    QString birthday;
    bool foreigner = false;
    std::optional<bool> foreignerV2;
    QString phone;
    QString carrier;
    bool certified = false;
    QDateTime certifiedAt; // invalid when absent or 0
    QString uniqueKey; // CI
    QString uniqueInSite; // DI
    QString origin;
    QJsonObject raw; // the whole answer, unknown fields included

    static Certification fromJson(const QJsonObject &object);
};

QString carrierCode(Carrier carrier);
QString verificationMethodCode(VerificationMethod method);

} // namespace portone
