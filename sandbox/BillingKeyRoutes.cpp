// GET /subscribe/customers (multiple), GET/POST/DELETE /subscribe/customers/{customer_uid}.
#include "sandbox/SandboxState.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace portone::sandbox {

namespace {

using Method = QHttpServerRequest::Method;

QString notFoundMessage(const QString &uid)
{
    return u"유효하지 않은 customer_uid 입니다. 등록된 빌링키가 없습니다. (%1)"_s.arg(uid);
}

HttpReply viewOne(SandboxState &s, const RouteRequest &r)
{
    const auto it = s.data.billingKeys.constFind(r.args.at(0));
    if (it == s.data.billingKeys.constEnd())
        return envelope::notFound(notFoundMessage(r.args.at(0)));
    return envelope::success(it->toJson());
}

HttpReply viewMany(SandboxState &s, const RouteRequest &r)
{
    const QStringList uids = r.params.list(u"customer_uid"_s);
    if (uids.isEmpty())
        return envelope::badRequest(u"customer_uid[] 파라미터는 필수입니다."_s);
    QJsonArray found;
    QStringList missing;
    QStringList seen;
    for (const QString &uid : uids) {
        if (seen.contains(uid))
            continue;
        seen.append(uid);
        const auto it = s.data.billingKeys.constFind(uid);
        if (it == s.data.billingKeys.constEnd())
            missing.append(uid);
        else
            found.append(it->toJson());
    }
    if (found.isEmpty())
        return envelope::notFound(
            u"유효하지 않은 customer_uid 입니다. (%1)"_s.arg(missing.join(u", "_s)));
    if (!missing.isEmpty())
        return envelope::partial(found,
                                 u"일부 customer_uid 의 빌링키 정보를 찾을 수 없습니다. (%1)"_s.arg(
                                     missing.join(u", "_s)),
                                 s.options.partialLookupsWithCode ? 1 : 0);
    return envelope::success(found);
}

// Validates the card fields; returns the Korean error or empty. Never keeps the values.
QString checkCard(const RouteRequest &r, ParamChecker &check, QString *digits, qint64 now)
{
    const QString number = check.required(u"card_number"_s);
    const QString expiry = check.required(u"expiry"_s);
    const QString birth = check.optional(u"birth"_s);
    const QString pwd = check.optional(u"pwd_2digit"_s);
    const QString cvc = check.optional(u"cvc"_s);
    if (!check.ok())
        return check.error();
    QString cleaned = number;
    cleaned.remove(u'-');
    cleaned.remove(u' ');
    static const QRegularExpression allDigits(u"^[0-9]+$"_s);
    if (!allDigits.match(cleaned).hasMatch() || cleaned.size() < 13 || cleaned.size() > 19)
        return u"card_number 는 숫자와 '-' 로 된 카드번호여야 합니다."_s;
    if (!luhnValid(cleaned))
        return u"카드번호가 올바르지 않습니다. 카드번호를 다시 확인해주세요."_s;
    static const QRegularExpression expiryFormat(u"^([0-9]{4})-(0[1-9]|1[0-2])$"_s);
    const auto m = expiryFormat.match(expiry);
    if (!m.hasMatch())
        return u"expiry 는 YYYY-MM 형식이어야 합니다."_s;
    const QDate today = QDateTime::fromSecsSinceEpoch(now, Qt::UTC).date();
    if (m.captured(1).toInt() * 12 + m.captured(2).toInt() < today.year() * 12 + today.month())
        return u"카드 유효기간이 만료되었습니다."_s;
    static const QRegularExpression birthFormat(u"^([0-9]{6}|[0-9]{10})$"_s);
    if (!birth.isEmpty() && !birthFormat.match(birth).hasMatch())
        return u"birth 는 생년월일 6자리 또는 사업자등록번호 10자리여야 합니다."_s;
    static const QRegularExpression twoDigits(u"^[0-9]{2}$"_s);
    if (!pwd.isEmpty() && !twoDigits.match(pwd).hasMatch())
        return u"pwd_2digit 는 카드 비밀번호 앞 2자리 숫자여야 합니다."_s;
    static const QRegularExpression cvcFormat(u"^[0-9]{3,4}$"_s);
    if (!cvc.isEmpty() && !cvcFormat.match(cvc).hasMatch())
        return u"cvc 는 3~4자리 숫자여야 합니다."_s;
    Q_UNUSED(r);
    *digits = cleaned;
    return {};
}

// Resolves channel_key, or the deprecated pg ("nice" or "nice.MID"), to an api_payment channel.
const Channel *billingChannel(const SandboxData &data, const QString &channelKey, const QString &pg,
                              QString *error)
{
    if (!channelKey.isEmpty()) {
        const Channel *c = data.channel(channelKey);
        if (!c || c->type != u"api_payment"_s) {
            *error
                = u"빌링키 발급이 가능한 채널(api_payment)을 찾을 수 없습니다. (channel_key: %1)"_s
                      .arg(channelKey);
            return nullptr;
        }
        return c;
    }
    const QString provider = pg.section(u'.', 0, 0);
    const QString mid = pg.section(u'.', 1);
    for (const Channel &c : data.channels) {
        if (c.type == u"api_payment"_s && c.pgProvider == provider
            && (mid.isEmpty() || c.pgId == mid))
            return &c;
    }
    *error = u"pg 에 해당하는 빌링키 발급 채널을 찾을 수 없습니다. (pg: %1)"_s.arg(pg);
    return nullptr;
}

HttpReply save(SandboxState &s, const RouteRequest &r)
{
    const QString uid = r.args.at(0);
    ParamChecker check(r.params);
    if (uid.size() > 80)
        check.fail(u"customer_uid 는 최대 80자입니다."_s);
    const QString channelKey = check.optional(u"channel_key"_s, 55);
    const QString pg = check.optional(u"pg"_s, 80);
    const QString groupId = check.optional(u"channel_group_id"_s, 55);
    BillingKey key;
    key.customerUid = uid;
    key.customerId = check.optional(u"customer_id"_s);
    key.customerName = check.optional(u"customer_name"_s, 20);
    key.customerTel = check.optional(u"customer_tel"_s, 20);
    key.customerEmail = check.optional(u"customer_email"_s, 200);
    key.customerAddr = check.optional(u"customer_addr"_s, 200);
    key.customerPostcode = check.optional(u"customer_postcode"_s, 8);
    if (check.ok() && channelKey.isEmpty() && pg.isEmpty() && groupId.isEmpty())
        check.fail(u"channel_key 파라미터는 필수입니다."_s);
    QString digits;
    const QString cardError = check.ok() ? checkCard(r, check, &digits, r.now) : check.error();
    if (!cardError.isEmpty())
        return envelope::badRequest(cardError);

    const auto existing = s.data.billingKeys.constFind(uid);
    const qint64 inserted = existing != s.data.billingKeys.constEnd()
        ? (existing->isSuper() ? r.now : existing->inserted)
        : r.now;
    const CardInfo card = cardInfoFor(digits);
    if (!groupId.isEmpty()) {
        const ChannelGroup *group = s.data.channelGroup(groupId);
        if (!group)
            return envelope::badRequest(
                u"존재하지 않는 스마트 라우팅 그룹입니다. (channel_group_id: %1)"_s.arg(groupId));
        key.channelGroupId = groupId;
        for (const ChannelGroupMember &m : group->members) {
            const Channel *c = s.data.channel(m.channelKey);
            if (m.failureMessage.isEmpty())
                key.succeeded.append({ c->pgProvider, c->pgId, card, inserted, r.now });
            else
                key.failed.append({ u"PG_PROVIDER"_s, m.failureMessage, c->pgProvider, c->pgId });
        }
    } else {
        QString error;
        const Channel *c = billingChannel(s.data, channelKey, pg, &error);
        if (!c)
            return envelope::badRequest(error);
        key.pgProvider = c->pgProvider;
        key.pgId = c->pgId;
        key.sandbox = c->sandbox;
        key.card = card;
        key.inserted = inserted;
        key.updated = r.now;
    }
    s.data.billingKeys.insert(uid, key);
    return envelope::success(key.toJson());
}

HttpReply remove(SandboxState &s, const RouteRequest &r)
{
    ParamChecker check(r.params);
    check.optional(u"reason"_s);
    check.optional(u"extra[requester]"_s);
    const auto it = s.data.billingKeys.constFind(r.args.at(0));
    if (it == s.data.billingKeys.constEnd())
        return envelope::notFound(notFoundMessage(r.args.at(0)));
    const QJsonObject deleted = it->toJson();
    s.data.billingKeys.erase(it);
    return envelope::success(deleted);
}

} // namespace

QString issueBillingKeyFromCard(SandboxState &s, const RouteRequest &r, const QString &customerUid)
{
    ParamChecker check(r.params);
    const QString channelKey = check.optional(u"channel_key"_s, 55);
    QString digits;
    if (QString cardError = checkCard(r, check, &digits, r.now); !cardError.isEmpty())
        return cardError;
    QString error;
    const Channel *c = billingChannel(
        s.data, channelKey.isEmpty() ? u"channel-key-sbx-nice"_s : channelKey, {}, &error);
    if (!c)
        return error;
    BillingKey key;
    key.customerUid = customerUid;
    key.customerId = r.params.value(u"customer_id"_s);
    key.pgProvider = c->pgProvider;
    key.pgId = c->pgId;
    key.sandbox = c->sandbox;
    key.card = cardInfoFor(digits);
    key.inserted = r.now;
    key.updated = r.now;
    s.data.billingKeys.insert(customerUid, key);
    return {};
}

void registerBillingKeyRoutes(SandboxState &state)
{
    state.addRoute(Method::Get, u"/subscribe/customers"_s, viewMany);
    state.addRoute(Method::Get, u"/subscribe/customers/{}"_s, viewOne);
    state.addRoute(Method::Post, u"/subscribe/customers/{}"_s, save);
    state.addRoute(Method::Delete, u"/subscribe/customers/{}"_s, remove);
}

} // namespace portone::sandbox
