#include "sandbox/SandboxData.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace portone::sandbox {

QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

QJsonObject Channel::toJson() const
{
    return { { u"pg_provider"_s, pgProvider },   { u"pg_id"_s, pgId },
             { u"sandbox"_s, sandbox },          { u"type"_s, type },
             { u"channel_name"_s, channelName }, { u"channel_key"_s, channelKey } };
}

QJsonObject CardInfo::toJson() const
{
    return { { u"card_name"_s, cardName },           { u"card_code"_s, cardCode },
             { u"card_issuer_code"_s, cardCode },    { u"card_issuer_name"_s, cardName },
             { u"card_publisher_code"_s, cardCode }, { u"card_publisher_name"_s, cardName },
             { u"card_number"_s, maskedNumber },     { u"card_type"_s, cardType } };
}

QJsonObject BillingKey::toJson() const
{
    QJsonObject json { { u"customer_uid"_s, customerUid },
                       { u"customer_id"_s, orNull(customerId) },
                       { u"customer_name"_s, orNull(customerName) },
                       { u"customer_tel"_s, orNull(customerTel) },
                       { u"customer_email"_s, orNull(customerEmail) },
                       { u"customer_addr"_s, orNull(customerAddr) },
                       { u"customer_postcode"_s, orNull(customerPostcode) } };
    if (isSuper()) {
        json.insert(u"channelGroupId"_s, channelGroupId);
        QJsonArray ok;
        for (const SucceededChannel &c : succeeded) {
            QJsonObject item = c.card.toJson();
            item.insert(u"pg_provider"_s, c.pgProvider);
            item.insert(u"pg_id"_s, c.pgId);
            item.insert(u"inserted"_s, c.inserted);
            item.insert(u"updated"_s, c.updated);
            ok.append(item);
        }
        QJsonArray bad;
        for (const FailedChannel &c : failed) {
            bad.append(QJsonObject { { u"type"_s, c.type },
                                     { u"message"_s, c.message },
                                     { u"pg_provider"_s, c.pgProvider },
                                     { u"pg_id"_s, c.pgId } });
        }
        json.insert(u"succeededChannels"_s, ok);
        json.insert(u"failedChannels"_s, bad);
        return json;
    }
    const QJsonObject cardJson = card.toJson();
    for (auto it = cardJson.begin(); it != cardJson.end(); ++it)
        json.insert(it.key(), it.value());
    json.insert(u"pg_provider"_s, pgProvider);
    json.insert(u"pg_id"_s, pgId);
    json.insert(u"sandbox"_s, sandbox);
    json.insert(u"inserted"_s, inserted);
    json.insert(u"updated"_s, updated);
    return json;
}

const Channel *SandboxData::channel(const QString &channelKey) const
{
    for (const Channel &c : channels) {
        if (c.channelKey == channelKey)
            return &c;
    }
    return nullptr;
}

const ChannelGroup *SandboxData::channelGroup(const QString &id) const
{
    for (const ChannelGroup &g : channelGroups) {
        if (g.id == id)
            return &g;
    }
    return nullptr;
}

QList<QPair<QString, QString>> cardCodes()
{
    return { { u"361"_s, u"BC카드"_s },         { u"364"_s, u"광주카드"_s },
             { u"365"_s, u"삼성카드"_s },       { u"366"_s, u"신한카드"_s },
             { u"367"_s, u"현대카드"_s },       { u"368"_s, u"롯데카드"_s },
             { u"369"_s, u"수협카드"_s },       { u"370"_s, u"씨티카드"_s },
             { u"371"_s, u"NH카드"_s },         { u"372"_s, u"전북카드"_s },
             { u"373"_s, u"제주카드"_s },       { u"374"_s, u"하나카드"_s },
             { u"381"_s, u"KB국민카드"_s },     { u"041"_s, u"우리카드"_s },
             { u"071"_s, u"우체국카드"_s },     { u"048"_s, u"신협카드"_s },
             { u"045"_s, u"새마을금고카드"_s }, { u"090"_s, u"카카오뱅크카드"_s },
             { u"089"_s, u"케이뱅크카드"_s },   { u"092"_s, u"토스뱅크카드"_s } };
}

QList<QPair<QString, QString>> bankCodes()
{
    return { { u"002"_s, u"KDB산업은행"_s }, { u"003"_s, u"IBK기업은행"_s },
             { u"004"_s, u"KB국민은행"_s },  { u"007"_s, u"수협은행"_s },
             { u"011"_s, u"NH농협은행"_s },  { u"020"_s, u"우리은행"_s },
             { u"023"_s, u"SC제일은행"_s },  { u"027"_s, u"한국씨티은행"_s },
             { u"031"_s, u"대구은행"_s },    { u"032"_s, u"부산은행"_s },
             { u"034"_s, u"광주은행"_s },    { u"035"_s, u"제주은행"_s },
             { u"037"_s, u"전북은행"_s },    { u"039"_s, u"경남은행"_s },
             { u"045"_s, u"새마을금고"_s },  { u"048"_s, u"신협"_s },
             { u"071"_s, u"우체국"_s },      { u"081"_s, u"하나은행"_s },
             { u"088"_s, u"신한은행"_s },    { u"089"_s, u"케이뱅크"_s },
             { u"090"_s, u"카카오뱅크"_s },  { u"092"_s, u"토스뱅크"_s } };
}

QString cardNameForCode(const QString &code)
{
    static const QList<QPair<QString, QString>> codes = cardCodes();
    static const QHash<QString, QString> names(codes.cbegin(), codes.cend()); // every payment
    return names.value(code);
}

bool luhnValid(const QString &digits)
{
    if (digits.size() < 13 || digits.size() > 19)
        return false;
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const QChar ch = digits.at(i);
        if (!ch.isDigit())
            return false;
        int d = ch.digitValue();
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

// As PortOne's own masked card_number: at most the last 4 digits are shown (SCOPE.md).
QString maskCardNumber(const QString &digits)
{
    if (digits.size() < 8)
        return QString(digits.size(), u'*');
    return QString(digits.size() - 4, u'*') + digits.right(4);
}

CardInfo cardInfoFor(const QString &digits)
{
    // A tiny BIN table: enough to make registrations look like real cards.
    struct Bin
    {
        QString prefix;
        QString code;
        int type;
    };
    static const QList<Bin> bins { { u"9410"_s, u"381"_s, 1 }, { u"9490"_s, u"371"_s, 1 },
                                   { u"4"_s, u"361"_s, 0 },    { u"5"_s, u"366"_s, 0 },
                                   { u"37"_s, u"365"_s, 0 },   { u"3"_s, u"368"_s, 0 },
                                   { u"6"_s, u"367"_s, 0 },    { u"9"_s, u"374"_s, 1 } };
    CardInfo info;
    info.cardCode = u"381"_s;
    for (const Bin &bin : bins) {
        if (digits.startsWith(bin.prefix)) {
            info.cardCode = bin.code;
            info.cardType = bin.type;
            break;
        }
    }
    info.cardName = cardNameForCode(info.cardCode);
    info.maskedNumber = maskCardNumber(digits);
    return info;
}

} // namespace portone::sandbox
