// Certification (본인인증) and Benepia endpoints of PortOneClient.
#include "core/api/ApiTransport.h"
#include "core/api/ClientSupport.h"
#include "core/api/JsonRead.h"
#include "core/api/PortOneClient.h"
#include "core/validation/InputRules.h"

#include <QJsonArray>

namespace portone {

using namespace client;

CallHandle PortOneClient::requestOtp(const OtpRequest &otp, QObject *context,
                                     Done<OtpRequestResult> done)
{
    if (FieldErrors errors = rules::validate(otp); !errors.isEmpty()) {
        m_transport->refuse<OtpRequestResult>(validationError(errors), context, std::move(done));
        return {};
    }
    ApiRequest r = request(
        "requestOTP", "POST",
        { QStringLiteral("certifications"), QStringLiteral("otp"), QStringLiteral("request") });
    QJsonObject body { { QStringLiteral("name"), otp.name },
                       { QStringLiteral("phone"), otp.phone },
                       { QStringLiteral("birth"), otp.birth },
                       { QStringLiteral("gender_digit"), otp.genderDigit },
                       { QStringLiteral("carrier"), carrierCode(otp.carrier) },
                       { QStringLiteral("is_mvno"), otp.isMvno } };
    putText(body, "company", otp.company);
    putText(body, "merchant_uid", otp.merchantUid);
    putText(body, "pg", otp.pg);
    putText(body, "channel_key", otp.channelKey);
    if (otp.verificationMethod)
        body.insert(QStringLiteral("verification_method"),
                    verificationMethodCode(*otp.verificationMethod));
    putText(body, "bypass", otp.bypass);
    r.body = body;
    r.changesState = true;
    r.summary = tr("An OTP request (a text message to the customer)");
    auto parse = [](const RawResponse &raw) -> Result<OtpRequestResult> {
        Result<QJsonObject> object = responseObject(raw);
        if (!object.ok())
            return object.error();
        const QString impUid = json::text(object.value(), QLatin1String("imp_uid"));
        if (impUid.isEmpty())
            return parseError(QStringLiteral("requestOTP answered without imp_uid."));
        return OtpRequestResult { impUid };
    };
    return m_transport->send<OtpRequestResult>(std::move(r), context, parse, std::move(done));
}

CallHandle PortOneClient::confirmOtp(const QString &impUid, const QString &otp, QObject *context,
                                     Done<Certification> done)
{
    if (FieldErrors errors = rules::validateOtpConfirm(impUid, otp, otp.isEmpty());
        !errors.isEmpty()) {
        m_transport->refuse<Certification>(validationError(errors), context, std::move(done));
        return {};
    }
    ApiRequest r = request("confirmOTP", "POST",
                           { QStringLiteral("certifications"), QStringLiteral("otp"),
                             QStringLiteral("confirm"), impUid });
    QJsonObject body;
    putText(body, "otp", otp); // APP mode: no otp parameter at all
    r.body = body;
    r.changesState = true;
    r.summary = tr("An OTP confirmation of imp_uid %1").arg(impUid);
    return m_transport->send<Certification>(std::move(r), context, &objectAs<Certification>,
                                            std::move(done));
}

CallHandle PortOneClient::getCertification(const QString &impUid, QObject *context,
                                           Done<Certification> done)
{
    if (FieldErrors errors = checkPathId("imp_uid", impUid); !errors.isEmpty()) {
        m_transport->refuse<Certification>(validationError(errors), context, std::move(done));
        return {};
    }
    return m_transport->send<Certification>(
        request("getCertification", "GET", { QStringLiteral("certifications"), impUid }), context,
        &objectAs<Certification>, std::move(done));
}

CallHandle PortOneClient::deleteCertification(const QString &impUid, QObject *context,
                                              Done<Certification> done)
{
    if (FieldErrors errors = checkPathId("imp_uid", impUid); !errors.isEmpty()) {
        m_transport->refuse<Certification>(validationError(errors), context, std::move(done));
        return {};
    }
    ApiRequest r
        = request("deleteCertification", "DELETE", { QStringLiteral("certifications"), impUid });
    r.changesState = true;
    r.summary = tr("The deletion of certification %1").arg(impUid);
    return m_transport->send<Certification>(std::move(r), context, &objectAs<Certification>,
                                            std::move(done));
}

// --- Benepia ---------------------------------------------------------------------------------

namespace {

QJsonObject benepiaAccount(const BenepiaCredentials &account)
{
    return QJsonObject { { QStringLiteral("benepia_user"), account.user },
                         { QStringLiteral("benepia_password"), account.password },
                         { QStringLiteral("channel_key"), account.channelKey } };
}

} // namespace

CallHandle PortOneClient::getBenepiaPoints(const BenepiaCredentials &account, QObject *context,
                                           Done<BenepiaPoints> done)
{
    if (FieldErrors errors = rules::validate(account); !errors.isEmpty()) {
        m_transport->refuse<BenepiaPoints>(validationError(errors), context, std::move(done));
        return {};
    }
    ApiRequest r = request("queryBenepiaPoint", "POST",
                           { QStringLiteral("benepia"), QStringLiteral("point") });
    r.body = benepiaAccount(account);
    auto parse = [](const RawResponse &raw) -> Result<BenepiaPoints> {
        Result<QJsonObject> object = responseObject(raw);
        if (!object.ok())
            return object.error();
        const auto point = json::integer(object.value(), QLatin1String("point"));
        if (!point)
            return parseError(QStringLiteral("queryBenepiaPoint answered without point."));
        return BenepiaPoints { *point };
    };
    return m_transport->send<BenepiaPoints>(std::move(r), context, parse, std::move(done));
}

// Not retried automatically: after an unknown outcome the operator repeats it with the same
// merchant_uid, which PortOne refuses to charge twice.
CallHandle PortOneClient::payWithBenepia(const BenepiaPaymentRequest &payment, QObject *context,
                                         Done<Payment> done)
{
    if (FieldErrors errors = rules::validate(payment); !errors.isEmpty()) {
        m_transport->refuse<Payment>(validationError(errors), context, std::move(done));
        return {};
    }
    ApiRequest r = request("payBenepiaPoint", "POST",
                           { QStringLiteral("benepia"), QStringLiteral("payment") });
    QJsonObject body = benepiaAccount(payment.account);
    putText(body, "benepia_member_code", payment.memberCode);
    body.insert(QStringLiteral("merchant_uid"), payment.merchantUid);
    body.insert(QStringLiteral("amount"), payment.amount);
    body.insert(QStringLiteral("name"), payment.name);
    putText(body, "buyer_name", payment.buyerName);
    putText(body, "buyer_email", payment.buyerEmail);
    putText(body, "buyer_tel", payment.buyerTel);
    putText(body, "buyer_addr", payment.buyerAddr);
    putText(body, "buyer_postcode", payment.buyerPostcode);
    if (!payment.noticeUrls.isEmpty())
        body.insert(QStringLiteral("notice_url"), QJsonArray::fromStringList(payment.noticeUrls));
    putText(body, "custom_data", payment.customData);
    r.body = body;
    r.changesState = true;
    r.summary = tr("A Benepia payment of %L1 P (merchant_uid %2)")
                    .arg(payment.amount)
                    .arg(payment.merchantUid);
    r.waitsOnPg = true;
    return m_transport->send<Payment>(std::move(r), context, &objectAs<Payment>, std::move(done));
}

} // namespace portone
