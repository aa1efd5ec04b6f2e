// POST /benepia/point and POST /benepia/payment.
#include "sandbox/SandboxState.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace portone::sandbox {

namespace {

using Method = QHttpServerRequest::Method;

// The Benepia channel must be a kcp channel of the sandbox.
const Channel *benepiaChannel(const SandboxData &data, const QString &channelKey)
{
    const Channel *c = data.channel(channelKey);
    return c && c->pgProvider == u"kcp"_s ? c : nullptr;
}

HttpReply point(SandboxState &s, const RouteRequest &r)
{
    ParamChecker check(r.params);
    const QString user = check.required(u"benepia_user"_s);
    const QString password = check.required(u"benepia_password"_s);
    const QString channelKey = check.required(u"channel_key"_s);
    if (!check.ok())
        return envelope::badRequest(check.error());
    if (!benepiaChannel(s.data, channelKey))
        return envelope::badRequest(
            u"베네피아 포인트를 지원하지 않는 채널입니다. (channel_key: %1)"_s.arg(channelKey));
    const auto it = s.data.benepiaAccounts.constFind(user);
    if (it == s.data.benepiaAccounts.constEnd() || it->password != password)
        return envelope::failure(
            500, u"베네피아 포인트 조회 실패: 아이디 또는 비밀번호가 일치하지 않습니다."_s);
    return envelope::success(QJsonObject { { u"point"_s, it->points } });
}

HttpReply pay(SandboxState &s, const RouteRequest &r)
{
    ParamChecker check(r.params);
    const QString user = check.required(u"benepia_user"_s);
    const QString password = check.required(u"benepia_password"_s);
    const QString memberCode = check.optional(u"benepia_member_code"_s);
    const QString merchantUid = check.required(u"merchant_uid"_s, 40);
    const auto amount = check.number(u"amount"_s, true);
    const QString name = check.required(u"name"_s, 40);
    PaymentInput in;
    in.buyerName = check.optional(u"buyer_name"_s, 16);
    in.buyerEmail = check.optional(u"buyer_email"_s, 64);
    in.buyerTel = check.optional(u"buyer_tel"_s, 16);
    check.optional(u"buyer_addr"_s, 128);
    check.optional(u"buyer_postcode"_s, 8);
    const QString channelKey = check.required(u"channel_key"_s);
    in.customData = check.optional(u"custom_data"_s);
    if (check.ok() && *amount <= 0)
        check.fail(u"amount 는 0보다 커야 합니다."_s);
    if (!check.ok())
        return envelope::badRequest(check.error());
    const Channel *channel = benepiaChannel(s.data, channelKey);
    if (!channel)
        return envelope::badRequest(
            u"베네피아 포인트를 지원하지 않는 채널입니다. (channel_key: %1)"_s.arg(channelKey));
    auto account = s.data.benepiaAccounts.find(user);
    if (account == s.data.benepiaAccounts.end() || account->password != password)
        return envelope::failure(
            500, u"베네피아 포인트 결제 실패: 아이디 또는 비밀번호가 일치하지 않습니다."_s);
    for (const QJsonObject &p : std::as_const(s.data.payments)) {
        const QString status = p.value(u"status"_s).toString();
        if (p.value(u"merchant_uid"_s).toString() == merchantUid
            && (status == u"paid"_s || status == u"cancelled"_s))
            return envelope::failure(
                500,
                u"베네피아 포인트 결제 실패: 이미 결제된 merchant_uid 입니다. (%1)"_s.arg(
                    merchantUid));
    }
    const bool test = memberCode.isEmpty();
    if (!test && account->points < *amount)
        return envelope::failure(
            500,
            u"베네피아 포인트 결제 실패: 포인트 잔액이 부족합니다. (잔액 %1P)"_s.arg(
                account->points));
    if (!test)
        account->points -= static_cast<qint64>(*amount);

    in.impUid = u"imp_%1"_s.arg(s.data.nextPaymentSerial++, 12, 10, QChar(u'0'));
    in.merchantUid = merchantUid;
    in.name = name;
    in.payMethod = u"point"_s;
    in.status = u"paid"_s;
    in.pgProvider = channel->pgProvider;
    in.pgId = channel->pgId;
    in.channel = u"api"_s;
    in.amount = *amount;
    in.sandbox = test || channel->sandbox;
    in.startedAt = r.now;
    const QJsonObject payment = paymentAnnotation(in);
    s.data.payments.append(payment);
    return envelope::success(payment);
}

} // namespace

void registerBenepiaRoutes(SandboxState &state)
{
    state.addRoute(Method::Post, u"/benepia/point"_s, point);
    state.addRoute(Method::Post, u"/benepia/payment"_s, pay);
}

} // namespace portone::sandbox
