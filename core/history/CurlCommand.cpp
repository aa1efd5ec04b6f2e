#include "core/history/CurlCommand.h"

#include "core/util/Redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <QUrl>

namespace portone::curl {

namespace {

// One POSIX shell word: single-quoted, with ' written as '\''.
QString shellQuoted(QString text)
{
    text.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + text + u'\'';
}

QJsonValue withPlaceholders(const QString &field, const QJsonValue &value);

QJsonObject withPlaceholders(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(it.key(), withPlaceholders(it.key(), it.value()));
    return out;
}

QJsonValue withPlaceholders(const QString &field, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return value;
    if (!field.isEmpty() && redaction::needsMasking(field))
        return placeholderFor(field);
    if (value.isObject())
        return withPlaceholders(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        const QJsonArray in = value.toArray();
        for (const QJsonValue &item : in)
            out.append(withPlaceholders(QString(), item));
        return out;
    }
    return value;
}

QString urlFor(const HistoryRecord &record)
{
    QString url = record.origin + record.encodedPath;
    QStringList items;
    for (const auto &[name, value] : record.query) {
        const QString shown = redaction::needsMasking(name)
            ? placeholderFor(name)
            : QString::fromLatin1(QUrl::toPercentEncoding(value));
        items << QString::fromLatin1(QUrl::toPercentEncoding(name)) + u'=' + shown;
    }
    if (!items.isEmpty())
        url += u'?' + items.join(u'&');
    return url;
}

// getToken: the key and secret come from the environment. The JSON is split around the two
// double-quoted expansions: '{"imp_key":"'"$PORTONE_IMP_KEY"'","imp_secret":"'"$...
QString tokenBody()
{
    return QStringLiteral("'{\"imp_key\":\"'\"$PORTONE_IMP_KEY\"'\",\"imp_secret\":\"'"
                          "\"$PORTONE_IMP_SECRET\"'\"}'");
}

} // namespace

QString placeholderFor(const QString &field)
{
    QString name = field;
    if (name.endsWith(u"[]"))
        name.chop(2);
    return u'<' + name + u'>';
}

QString commandFor(const HistoryRecord &record)
{
    const bool getToken = record.operation == u"getToken";
    QStringList words { QStringLiteral("curl"),
                        QStringLiteral("-sS"),
                        QStringLiteral("--globoff"),
                        QStringLiteral("-X"),
                        shellQuoted(QString::fromLatin1(record.method.toUpper())),
                        shellQuoted(urlFor(record)),
                        QStringLiteral("-H"),
                        shellQuoted(QStringLiteral("Accept: application/json")) };
    if (!getToken) {
        // PortOne V1 takes the raw token in the Authorization header, as ApiCall sends it.
        words << QStringLiteral("-H") << QStringLiteral("\"Authorization: $PORTONE_TOKEN\"");
        if (!record.tierCode.isEmpty())
            words << QStringLiteral("-H")
                  << shellQuoted(QStringLiteral("Tier: ") + record.tierCode);
    }
    if (record.method.toUpper() == "POST" || record.method.toUpper() == "PUT") {
        words << QStringLiteral("-H")
              << shellQuoted(QStringLiteral("Content-Type: application/json"))
              << QStringLiteral("--data-raw");
        if (getToken) {
            words << tokenBody();
        } else {
            const QJsonObject body = withPlaceholders(record.body.value_or(QJsonObject()));
            words << shellQuoted(
                QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
        }
    }
    return words.join(u' ');
}

} // namespace portone::curl
