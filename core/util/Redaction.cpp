#include "core/util/Redaction.h"

#include <QJsonDocument>
#include <QStringList>

namespace portone::redaction {

namespace {

const QStringList &sensitiveNames()
{
    static const QStringList names {
        QStringLiteral("imp_secret"),
        QStringLiteral("access_token"),
        QStringLiteral("token"),
        QStringLiteral("card_number"),
        QStringLiteral("refund_account"),
        QStringLiteral("expiry"),
        QStringLiteral("pwd_2digit"),
        QStringLiteral("cvc"),
        QStringLiteral("birth"),
        QStringLiteral("benepia_password"),
        QStringLiteral("otp"),
        QStringLiteral("authorization"),
        QStringLiteral("x-imptokenheader"),
        QStringLiteral("proxy-authorization"),
        QStringLiteral("cookie"),
        QStringLiteral("set-cookie"),
    };
    return names;
}

const QStringList &personalNames()
{
    static const QStringList names {
        QStringLiteral("unique_key"),     QStringLiteral("unique_in_site"),
        QStringLiteral("name"),           QStringLiteral("phone"),
        QStringLiteral("birthday"),       QStringLiteral("customer_name"),
        QStringLiteral("customer_tel"),   QStringLiteral("customer_email"),
        QStringLiteral("customer_addr"),  QStringLiteral("customer_postcode"),
        QStringLiteral("buyer_name"),     QStringLiteral("buyer_email"),
        QStringLiteral("buyer_tel"),      QStringLiteral("buyer_addr"),
        QStringLiteral("buyer_postcode"), QStringLiteral("benepia_user"),
        QStringLiteral("gender_digit"),   QStringLiteral("refund_holder"),
        QStringLiteral("refund_tel"),
    };
    return names;
}

// The names a parameter is known by: "customer_uid[]" -> customer_uid; "extra[otp]" -> extra
// and otp. Lower case.
QStringList candidates(QStringView name)
{
    QString n = name.trimmed().toString().toLower();
    if (n.endsWith(u"[]"))
        n.chop(2);
    QStringList out { n };
    const qsizetype open = n.indexOf(u'[');
    if (open > 0 && n.endsWith(u']')) {
        out << n.left(open);
        out << n.mid(open + 1, n.size() - open - 2);
    }
    return out;
}

bool matches(QStringView name, const QStringList &list)
{
    const QStringList names = candidates(name);
    for (const QString &n : names) {
        if (list.contains(n))
            return true;
    }
    return false;
}

bool hasName(QStringView field, const char *name)
{
    return candidates(field).contains(QString::fromLatin1(name));
}

bool endsWithName(QStringView field, const char *suffix)
{
    const QString s = QString::fromLatin1(suffix);
    const QStringList names = candidates(field);
    for (const QString &n : names) {
        if (n == s || n.endsWith(u'_' + s))
            return true;
    }
    return false;
}

bool isMaskChar(QChar c)
{
    return c == u'*' || c == u'\u2022' || c == u'x' || c == u'X' || c == u'#';
}

QString keepFirst(const QString &value)
{
    if (value.size() <= 1)
        return QStringLiteral("*");
    return value.left(1) + QString(qMin<qsizetype>(value.size() - 1, 6), u'*');
}

QString maskAddress(const QString &value)
{
    const QString first = value.trimmed().section(u' ', 0, 0);
    if (first.size() == value.trimmed().size())
        return keepFirst(first);
    return first + QStringLiteral(" ***");
}

QJsonValue redactValue(QStringView field, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return value;
    if (isSensitiveField(field)) {
        if (value.isString())
            return maskValue(field, value.toString());
        return placeholder();
    }
    if (value.isObject())
        return redactObject(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        const QJsonArray in = value.toArray();
        for (const QJsonValue &item : in)
            out.append(redactValue(field, item));
        return out;
    }
    if (isPersonalField(field))
        return value.isString() ? QJsonValue(maskValue(field, value.toString()))
                                : QJsonValue(placeholder());
    if (value.isString())
        return redactJsonText(value.toString());
    return value;
}

} // namespace

QString placeholder()
{
    return QStringLiteral("[redacted]");
}

bool isSensitiveField(QStringView name)
{
    return matches(name, sensitiveNames());
}

bool isPersonalField(QStringView name)
{
    return matches(name, personalNames());
}

QString maskCardNumber(const QString &value)
{
    QString kept; // digits and mask characters, separators dropped
    for (QChar c : value) {
        if (c.isDigit())
            kept.append(c);
        else if (isMaskChar(c))
            kept.append(u'*');
    }
    if (kept.size() < 8)
        return QStringLiteral("****");
    return QStringLiteral("**** ") + kept.right(4);
}

QString maskName(const QString &value)
{
    const QString v = value.trimmed();
    if (v.size() <= 1)
        return v.isEmpty() ? QString() : QStringLiteral("*");
    if (v.size() == 2)
        return v.left(1) + u'*';
    return v.left(1) + QString(v.size() - 2, u'*') + v.right(1);
}

QString maskPhone(const QString &value)
{
    qsizetype digits = 0;
    for (QChar c : value)
        digits += c.isDigit() ? 1 : 0;
    QString out;
    qsizetype index = 0;
    for (QChar c : value) {
        if (!c.isDigit()) {
            out.append(c);
            continue;
        }
        const bool keep = digits >= 9 && (index < 3 || index >= digits - 4);
        out.append(keep ? c : QChar(u'*'));
        ++index;
    }
    return out;
}

QString maskEmail(const QString &value)
{
    const qsizetype at = value.lastIndexOf(u'@');
    if (at <= 0)
        return keepFirst(value);
    return value.left(1) + QStringLiteral("***") + value.mid(at);
}

QString maskValue(QStringView field, const QString &value)
{
    if (value.isEmpty())
        return value;
    if (hasName(field, "card_number") || hasName(field, "refund_account"))
        return maskCardNumber(value);
    if (isSensitiveField(field) || hasName(field, "unique_key") || hasName(field, "unique_in_site"))
        return placeholder();
    if (!isPersonalField(field))
        return redactJsonText(value);
    if (endsWithName(field, "email"))
        return maskEmail(value);
    if (endsWithName(field, "phone") || endsWithName(field, "tel"))
        return maskPhone(value);
    if (hasName(field, "birthday") || hasName(field, "gender_digit")) {
        QString out = value;
        for (QChar &c : out) {
            if (c.isDigit())
                c = u'*';
        }
        return out;
    }
    if (endsWithName(field, "name") || hasName(field, "refund_holder"))
        return maskName(value);
    if (endsWithName(field, "addr"))
        return maskAddress(value);
    return keepFirst(value); // postcode, benepia_user
}

QString redactJsonText(const QString &value)
{
    const QString trimmed = value.trimmed();
    if (!trimmed.startsWith(u'{') && !trimmed.startsWith(u'['))
        return value;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed.toUtf8());
    if (document.isObject())
        return QString::fromUtf8(
            QJsonDocument(redactObject(document.object())).toJson(QJsonDocument::Compact));
    if (document.isArray())
        return QString::fromUtf8(
            QJsonDocument(redactArray(document.array())).toJson(QJsonDocument::Compact));
    return value;
}

QJsonObject redactObject(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(it.key(), redactValue(it.key(), it.value()));
    return out;
}

QJsonArray redactArray(const QJsonArray &array)
{
    return redactValue(u"", array).toArray();
}

Pairs redactPairs(const Pairs &pairs)
{
    Pairs out;
    out.reserve(pairs.size());
    for (const auto &[key, value] : pairs)
        out.append({ key, maskValue(key, value) });
    return out;
}

QUrlQuery redactQuery(const QUrlQuery &query)
{
    QUrlQuery out;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    const auto encodePercent = [](QString s) { return s.replace(u'%', QStringLiteral("%25")); };
    for (const auto &[key, value] : items)
        out.addQueryItem(encodePercent(key), encodePercent(maskValue(key, value)));
    return out;
}

QUrl redactUrl(const QUrl &url)
{
    QUrl out = url;
    out.setPassword(QString());
    if (url.hasQuery())
        out.setQuery(redactQuery(QUrlQuery(url)));
    return out;
}

} // namespace portone::redaction
