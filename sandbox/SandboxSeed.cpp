#include "sandbox/SandboxData.h"
#include "sandbox/Subscriptions.h"

using namespace Qt::StringLiterals;

namespace portone::sandbox {

namespace {

constexpr qint64 kDay = 24 * 60 * 60;

const QStringList &koreanNames()
{
    static const QStringList names { u"김민준"_s, u"이서연"_s, u"박지호"_s, u"최수아"_s,
                                     u"정예준"_s, u"강하은"_s, u"조도윤"_s, u"윤지우"_s,
                                     u"장시우"_s, u"임서윤"_s, u"한주원"_s, u"오하린"_s };
    return names;
}

// Card numbers that pass Luhn, by BIN family; only the masked form is ever kept.
const QStringList &seedCards()
{
    static const QStringList cards { u"5361120000001238"_s, u"4111111111111111"_s,
                                     u"9410123412341237"_s, u"6011000990139424"_s,
                                     u"3782822463100052"_s };
    return cards;
}

void seedChannels(SandboxData &data)
{
    data.channels = {
        { u"channel-key-sbx-cert-danal"_s, u"다날 본인인증(테스트)"_s, u"danal"_s, u"A010002002"_s,
          u"certification"_s, true },
        { u"channel-key-sbx-cert-kcpv2"_s, u"KCP 본인인증 SMS/APP(테스트)"_s, u"kcp_v2"_s,
          u"IP0000000"_s, u"certification"_s, true },
        { u"channel-key-sbx-nice"_s, u"나이스페이 빌링(테스트)"_s, u"nice"_s, u"nictest04m"_s,
          u"api_payment"_s, true },
        { u"channel-key-sbx-kcp"_s, u"KCP 빌링(테스트)"_s, u"kcp"_s, u"T0000"_s, u"api_payment"_s,
          true },
        { u"channel-key-sbx-toss"_s, u"토스페이먼츠 빌링(테스트)"_s, u"tosspayments"_s,
          u"tosstest"_s, u"api_payment"_s, true },
        { u"channel-key-sbx-ksnet"_s, u"KSNET 빌링(테스트)"_s, u"ksnet"_s, u"2999199999"_s,
          u"api_payment"_s, true },
        { u"channel-key-live-nice"_s, u"나이스페이 빌링(실연동)"_s, u"nice"_s, u"imp00123m"_s,
          u"api_payment"_s, false },
        { u"channel-key-sbx-naverpay"_s, u"네이버페이 정기결제(테스트)"_s, u"naverpay"_s,
          u"np_sbx_partner"_s, u"api_payment"_s, true },
        { u"channel-key-sbx-benepia"_s, u"KCP 베네피아 포인트(테스트)"_s, u"kcp"_s, u"BENEPIA01"_s,
          u"api_payment"_s, true },
        { u"channel-key-sbx-inicis"_s, u"KG이니시스 일반결제(테스트)"_s, u"html5_inicis"_s,
          u"INIpayTest"_s, u"payment"_s, true },
        { u"channel-key-live-kakaopay"_s, u"카카오페이(실연동)"_s, u"kakaopay"_s, u"CA12345678"_s,
          u"payment"_s, false },
    };
    data.channelGroups
        = { { u"group_sbx_01"_s,
              { { u"channel-key-sbx-nice"_s, {} },
                { u"channel-key-sbx-kcp"_s, {} },
                { u"channel-key-sbx-ksnet"_s,
                  u"[KSNET] 카드사 승인 거절: 테스트 채널에서 발급할 수 없는 카드입니다."_s } } } };
    data.tiers.insert(u"ABC"_s, u"하위상점 에이비씨"_s);
    data.tiers.insert(u"K01"_s, u"하위상점 케이원"_s);
}

BillingKey normalKey(const SandboxData &data, const QString &uid, const QString &channelKey,
                     const QString &card, const QString &name, qint64 inserted)
{
    const Channel *channel = data.channel(channelKey);
    BillingKey key;
    key.customerUid = uid;
    key.customerName = name;
    key.customerTel = u"010-1234-5678"_s;
    key.customerEmail = u"buyer@example.com"_s;
    key.pgProvider = channel->pgProvider;
    key.pgId = channel->pgId;
    key.sandbox = channel->sandbox;
    key.card = cardInfoFor(card);
    key.inserted = inserted;
    key.updated = inserted;
    return key;
}

void seedBillingKeys(SandboxData &data, qint64 now)
{
    const QStringList keysForCycle { u"channel-key-sbx-nice"_s, u"channel-key-sbx-kcp"_s,
                                     u"channel-key-sbx-toss"_s, u"channel-key-live-nice"_s };
    for (int i = 1; i <= 300; ++i) {
        const QString uid = u"sbx_cust_%1"_s.arg(i, 4, 10, QChar(u'0'));
        data.billingKeys.insert(uid,
                                normalKey(data, uid, keysForCycle.at(i % keysForCycle.size()),
                                          seedCards().at(i % seedCards().size()),
                                          koreanNames().at(i % koreanNames().size()),
                                          now - i * kDay));
    }
    const QList<QPair<QString, QString>> named { { u"customer_1234"_s, u"김민준"_s },
                                                 { u"customer_5678"_s, u"이서연"_s },
                                                 { u"customer_kim"_s, u"김철수"_s },
                                                 { u"customer_live_01"_s, u"박영희"_s },
                                                 { u"고객 한글/01"_s, u"홍길동"_s } };
    for (int i = 0; i < named.size(); ++i) {
        const QString channel = i == 3 ? u"channel-key-live-nice"_s : keysForCycle.at(i % 3);
        BillingKey key = normalKey(data, named.at(i).first, channel, seedCards().at(i),
                                   named.at(i).second, now - (400 + i) * kDay);
        key.customerId = u"member_%1"_s.arg(1000 + i);
        data.billingKeys.insert(key.customerUid, key);
    }
    // Naver Pay keys take a requester (extra[requester]) on deletion.
    BillingKey naver = normalKey(data, u"customer_naver_01"_s, u"channel-key-sbx-naverpay"_s,
                                 seedCards().at(1), u"정네이버"_s, now - 90 * kDay);
    data.billingKeys.insert(naver.customerUid, naver);

    BillingKey super;
    super.customerUid = u"super_customer_0001"_s;
    super.customerName = u"최슈퍼"_s;
    super.customerTel = u"010-9999-0001"_s;
    super.channelGroupId = u"group_sbx_01"_s;
    for (const char *ck : { "channel-key-sbx-nice", "channel-key-sbx-kcp" }) {
        const Channel *c = data.channel(QString::fromLatin1(ck));
        super.succeeded.append({ c->pgProvider, c->pgId, cardInfoFor(seedCards().at(0)),
                                 now - 30 * kDay, now - 30 * kDay });
    }
    const Channel *ks = data.channel(u"channel-key-sbx-ksnet"_s);
    super.failed.append({ u"PG_PROVIDER"_s,
                          data.channelGroups.first().members.last().failureMessage, ks->pgProvider,
                          ks->pgId });
    data.billingKeys.insert(super.customerUid, super);
}

void seedPayments(SandboxData &data, qint64 now)
{
    // 45 subscription payments on customer_1234, newest last.
    for (int i = 1; i <= 45; ++i) {
        PaymentInput in;
        in.impUid = u"imp_1000000000%1"_s.arg(i, 2, 10, QChar(u'0'));
        in.merchantUid = u"sbx_sub_1234_%1"_s.arg(i, 3, 10, QChar(u'0'));
        in.name = u"정기구독 %1회차"_s.arg(i);
        in.channel = u"api"_s;
        in.customerUid = u"customer_1234"_s;
        in.buyerName = u"김민준"_s;
        in.amount = 9900;
        in.status = i % 15 == 0 ? u"failed"_s : (i % 11 == 0 ? u"cancelled"_s : u"paid"_s);
        in.sandbox = true;
        in.startedAt = now - (46 - i) * 7 * kDay;
        in.card = cardInfoFor(seedCards().at(0));
        data.payments.append(paymentAnnotation(in));
    }
    struct Seed
    {
        const char *imp;
        const char *merchant;
        QString name;
        const char *method;
        const char *status;
        double amount;
        bool sandbox;
        qint64 ageDays;
    };
    const QList<Seed> seeds {
        { "imp_200000000001", "order_20240101_0001", u"프리미엄 멤버십 1개월"_s, "card", "paid",
          9900, false, 20 },
        { "imp_200000000002", "order_20240101_0002", u"겨울 패딩 점퍼"_s, "vbank", "ready", 129000,
          false, 3 },
        { "imp_200000000003", "order_20240101_0003", u"유기농 사과 5kg"_s, "trans", "paid", 35000,
          false, 10 },
        { "imp_200000000004", "order_20240101_0004", u"블루투스 이어폰"_s, "card", "cancelled",
          89000, false, 15 },
        { "imp_200000000005", "order_20240101_0005", u"커피 원두 1kg"_s, "card", "failed", 24000,
          false, 8 },
        { "imp_200000000006", "order_sandbox_0001", u"테스트 상품"_s, "card", "paid", 1000, true,
          2 },
        { "imp_200000000007", "order_retry_0001", u"제주 감귤 10kg (첫 시도)"_s, "card", "failed",
          42000, false, 5 },
        { "imp_200000000008", "order_retry_0001", u"제주 감귤 10kg"_s, "card", "paid", 42000, false,
          4 },
    };
    for (const Seed &s : seeds) {
        PaymentInput in;
        in.impUid = QString::fromLatin1(s.imp);
        in.merchantUid = QString::fromLatin1(s.merchant);
        in.name = s.name;
        in.payMethod = QString::fromLatin1(s.method);
        in.status = QString::fromLatin1(s.status);
        in.amount = s.amount;
        in.sandbox = s.sandbox;
        in.startedAt = now - s.ageDays * kDay;
        in.buyerName = u"이서연"_s;
        in.buyerEmail = u"buyer@example.com"_s;
        in.buyerTel = u"010-2345-6789"_s;
        if (in.payMethod == u"card"_s)
            in.card = cardInfoFor(seedCards().at(1));
        else
            in.bankCode = in.payMethod == u"vbank"_s ? u"004"_s : u"088"_s;
        data.payments.append(paymentAnnotation(in));
    }
}

void seedCertifications(SandboxData &data, qint64 now)
{
    Certification c;
    c.confirmed = true;
    c.annotation = QJsonObject {
        { u"imp_uid"_s, u"imv_900000000001"_s },
        { u"merchant_uid"_s, u"cert_seed_0001"_s },
        { u"pg_tid"_s, u"DANAL-202401010001"_s },
        { u"pg_provider"_s, u"danal"_s },
        { u"name"_s, u"홍길동"_s },
        { u"gender"_s, u"male"_s },
        { u"birthday"_s, u"1990-01-01"_s },
        { u"foreigner"_s, false },
        { u"foreigner_v2"_s, false },
        { u"phone"_s, u"01012345678"_s },
        { u"carrier"_s, u"SKT"_s },
        { u"certified"_s, true },
        { u"certified_at"_s, now - 3 * kDay },
        { u"unique_key"_s,
          u"mQ3bN8xV2kR7tYp1LzW4cH9sD6fJ0gA5eU2iO8nB3vX7qM1rT4yK9wE6uZ0aS5dF8hG2jL4pC7oI1xV3bN6m=="_s },
        { u"unique_in_site"_s,
          u"MC0GCCqGSIb3DQIJAyEA7x9Qk2LwZp4Rt8Vn3Yb6Hs1Df5Gj9Kl2Mn4Pq7St0Uv="_s },
        { u"origin"_s, QJsonValue() }
    };
    data.certifications.insert(u"imv_900000000001"_s, c);
}

} // namespace

void seedSandboxData(SandboxData &data, qint64 now)
{
    seedChannels(data);
    seedBillingKeys(data, now);
    seedPayments(data, now);
    seedPaymentSpread(data, now);
    seedSubscriptions(data, now);
    seedCertifications(data, now);
    data.benepiaAccounts.insert(u"benepia_test"_s, { u"benepia1234"_s, 50000 });
    data.benepiaAccounts.insert(u"benepia_empty"_s, { u"benepia1234"_s, 0 });
}

int seedBenchmarkBillingKeys(SandboxData &data, int count, qint64 now)
{
    const QStringList channels { u"channel-key-sbx-nice"_s, u"channel-key-sbx-kcp"_s,
                                 u"channel-key-sbx-toss"_s };
    int added = 0;
    for (int i = 1; i <= count; ++i) {
        const QString uid = u"bench_cust_%1"_s.arg(i, 6, 10, QChar(u'0'));
        if (data.billingKeys.contains(uid))
            continue;
        data.billingKeys.insert(uid,
                                normalKey(data, uid, channels.at(i % channels.size()),
                                          seedCards().at(i % seedCards().size()),
                                          koreanNames().at(i % koreanNames().size()),
                                          now - (i % 365) * kDay));
        ++added;
    }
    return added;
}

} // namespace portone::sandbox
