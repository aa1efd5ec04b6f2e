// POST /certifications/otp/request, POST /certifications/otp/confirm/{imp_uid},
// GET and DELETE /certifications/{imp_uid}.
#include "sandbox/SandboxState.h"

#include <QCryptographicHash>
#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace portone::sandbox {

namespace {

using Method = QHttpServerRequest::Method;

QString digitsOnly(const QString &text)
{
    QString out;
    for (const QChar ch : text) {
        if (ch.isDigit())
            out.append(ch);
    }
    return out;
}

// YYMMDD + the 7th resident-number digit → YYYY-MM-DD, or empty when not a real date.
QString birthday(const QString &yymmdd, int genderDigit)
{
    int century = 1900;
    if (genderDigit == 3 || genderDigit == 4 || genderDigit == 7 || genderDigit == 8)
        century = 2000;
    else if (genderDigit == 9 || genderDigit == 0)
        century = 1800;
    const QDate date(century + yymmdd.left(2).toInt(), yymmdd.mid(2, 2).toInt(),
                     yymmdd.mid(4, 2).toInt());
    return date.isValid() ? date.toString(u"yyyy-MM-dd"_s) : QString();
}

QString base64Hash(const QString &text, QCryptographicHash::Algorithm algorithm)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), algorithm).toBase64());
}

HttpReply requestOtp(SandboxState &s, const RouteRequest &r)
{
    ParamChecker check(r.params);
    const QString name = check.required(u"name"_s);
    const QString phone = digitsOnly(check.required(u"phone"_s));
    const QString birth = digitsOnly(check.required(u"birth"_s));
    const QString genderText = check.required(u"gender_digit"_s);
    const QString carrier = check.oneOf(u"carrier"_s, { u"SKT"_s, u"KT"_s, u"LGT"_s }, true);
    const bool mvno = check.boolean(u"is_mvno"_s, false);
    const QString company = check.optional(u"company"_s);
    const QString merchantUid = check.optional(u"merchant_uid"_s);
    check.optional(u"pg"_s);
    const QString channelKey = check.required(u"channel_key"_s);
    const QString method
        = check.oneOf(u"verification_method"_s, { u"SMS"_s, u"APP"_s }, false, u"SMS"_s);
    if (!check.ok())
        return envelope::badRequest(check.error());
    if (r.params.has(u"bypass"_s)) {
        const QJsonValue bypass = r.params.raw(u"bypass"_s);
        if (!bypass.isString() || !QJsonDocument::fromJson(bypass.toString().toUtf8()).isObject())
            return envelope::badRequest(u"bypass 는 JSON 객체 형식의 문자열이어야 합니다."_s);
    }
    static const QRegularExpression oneDigit(u"^[0-9]$"_s);
    if (!oneDigit.match(genderText).hasMatch())
        return envelope::badRequest(
            u"gender_digit 는 주민등록번호 뒷자리 첫 숫자(0~9) 1자리여야 합니다."_s);
    if (phone.size() < 10 || phone.size() > 11 || !phone.startsWith(u"01"_s))
        return envelope::badRequest(u"phone 은 올바른 휴대폰번호가 아닙니다."_s);
    const int genderDigit = genderText.toInt();
    const QString day = birth.size() == 6 ? birthday(birth, genderDigit) : QString();
    if (day.isEmpty())
        return envelope::badRequest(u"birth 는 YYMMDD 형식의 6자리 생년월일이어야 합니다."_s);
    const Channel *channel = s.data.channel(channelKey);
    if (!channel || channel->type != u"certification"_s)
        return envelope::badRequest(
            u"본인인증 채널을 찾을 수 없습니다. (channel_key: %1)"_s.arg(channelKey));
    const bool app = method == u"APP"_s;
    if (app && channel->pgProvider != u"kcp_v2"_s)
        return envelope::badRequest(u"verification_method APP 은 kcp_v2 채널에서만 지원됩니다."_s);

    const QString impUid = u"imv_%1"_s.arg(s.data.nextCertificationSerial++, 12, 10, QChar(u'0'));
    Certification c;
    c.appMode = app;
    if (!app)
        c.otp = u"%1"_s.arg(QRandomGenerator::global()->bounded(1000000), 6, 10, QChar(u'0'));
    const bool foreigner = genderDigit >= 5 && genderDigit <= 8;
    const QString ci = base64Hash(name + phone + day, QCryptographicHash::Sha512);
    const QString di
        = base64Hash(name + day + company + u"sandbox-merchant"_s, QCryptographicHash::Sha384);
    c.annotation = QJsonObject {
        { u"imp_uid"_s, impUid },
        { u"merchant_uid"_s, merchantUid.isEmpty() ? QJsonValue() : QJsonValue(merchantUid) },
        { u"pg_tid"_s, u"%1-%2"_s.arg(channel->pgProvider.toUpper(), impUid.mid(4)) },
        { u"pg_provider"_s, channel->pgProvider },
        { u"name"_s, name },
        { u"gender"_s, genderDigit % 2 == 1 ? u"male"_s : u"female"_s },
        { u"birthday"_s, day },
        { u"foreigner"_s, foreigner },
        { u"foreigner_v2"_s, foreigner },
        { u"phone"_s, phone },
        { u"carrier"_s, mvno ? carrier + u"_MVNO"_s : carrier },
        { u"certified"_s, false },
        { u"certified_at"_s, 0 },
        { u"unique_key"_s, ci },
        { u"unique_in_site"_s, di },
        { u"origin"_s, QJsonValue() }
    };
    s.data.certifications.insert(impUid, c);
    if (!app)
        Q_EMIT s.q->otpIssued(impUid, c.otp);
    return envelope::success(QJsonObject { { u"imp_uid"_s, impUid } });
}

// What GET shows: a pending request answers certified:false without the personal data.
QJsonObject visibleAnnotation(const Certification &c)
{
    if (c.confirmed)
        return c.annotation;
    QJsonObject pending = c.annotation;
    for (const QString &key : { u"name"_s, u"gender"_s, u"birthday"_s, u"phone"_s, u"carrier"_s,
                                u"unique_key"_s, u"unique_in_site"_s })
        pending.insert(key, QJsonValue());
    return pending;
}

HttpReply confirmOtp(SandboxState &s, const RouteRequest &r)
{
    auto it = s.data.certifications.find(r.args.at(0));
    if (it == s.data.certifications.end())
        return envelope::notFound(u"imp_uid 에 해당하는 본인인증 요청건이 존재하지 않습니다."_s);
    if (it->confirmed)
        return envelope::badRequest(u"이미 인증처리가 완료된 건입니다."_s);
    ParamChecker check(r.params);
    const QString otp = check.optional(u"otp"_s);
    if (!it->appMode) {
        if (otp.isEmpty())
            return envelope::badRequest(u"otp 파라미터는 필수입니다. (SMS로 전송된 인증번호)"_s);
        if (otp != it->otp)
            return envelope::badRequest(u"인증번호가 일치하지 않습니다. 다시 확인해주세요."_s);
    }
    it->confirmed = true;
    it->annotation.insert(u"certified"_s, true);
    it->annotation.insert(u"certified_at"_s, r.now);
    return envelope::success(it->annotation);
}

} // namespace

void registerCertificationRoutes(SandboxState &state)
{
    state.addRoute(Method::Post, u"/certifications/otp/request"_s, requestOtp);
    state.addRoute(Method::Post, u"/certifications/otp/confirm/{}"_s, confirmOtp);
    state.addRoute(Method::Get, u"/certifications/{}"_s,
                   [](SandboxState &s, const RouteRequest &r) {
                       const auto it = s.data.certifications.constFind(r.args.at(0));
                       if (it == s.data.certifications.constEnd())
                           return envelope::notFound(u"본인인증결과를 찾을 수 없습니다."_s);
                       return envelope::success(visibleAnnotation(*it));
                   });
    state.addRoute(Method::Delete, u"/certifications/{}"_s,
                   [](SandboxState &s, const RouteRequest &r) {
                       const auto it = s.data.certifications.constFind(r.args.at(0));
                       if (it == s.data.certifications.constEnd())
                           return envelope::notFound(u"본인인증결과를 찾을 수 없습니다."_s);
                       const QJsonObject deleted = visibleAnnotation(*it);
                       s.data.certifications.erase(it);
                       return envelope::success(deleted);
                   });
}

} // namespace portone::sandbox
