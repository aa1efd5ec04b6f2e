#include "sandbox/RequestParams.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QUrl>
#include <cmath>

using namespace Qt::StringLiterals;

namespace portone::sandbox {

namespace {

QString decodeComponent(QByteArray part)
{
    part.replace('+', ' ');
    return QUrl::fromPercentEncoding(part);
}

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 9.0e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

QString baseName(const QString &key)
{
    return key.endsWith(u"[]"_s) ? key.chopped(2) : key;
}

} // namespace

QList<QPair<QString, QString>> RequestParams::parseUrlEncoded(const QByteArray &encoded)
{
    QList<QPair<QString, QString>> items;
    const QList<QByteArray> pairs = encoded.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        items.append({ decodeComponent(name), decodeComponent(value) });
    }
    return items;
}

void RequestParams::addQuery(const QByteArray &encodedQuery)
{
    const auto items = parseUrlEncoded(encodedQuery);
    for (const auto &[key, value] : items) {
        m_lists[baseName(key)].append(value);
        m_values.insert(key, value);
    }
}

QString RequestParams::addBody(const QByteArray &contentType, const QByteArray &body)
{
    const QByteArray type = contentType.toLower();
    if (body.trimmed().isEmpty())
        return {};
    if (type.contains("application/json")) {
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return u"요청 본문이 올바른 JSON 객체 형식이 아닙니다."_s;
        addObject(doc.object());
        return {};
    }
    if (type.contains("application/x-www-form-urlencoded")) {
        QHash<QString, QStringList> bodyLists;
        const auto items = parseUrlEncoded(body);
        for (const auto &[key, value] : items) {
            bodyLists[baseName(key)].append(value);
            m_values.insert(key, value);
        }
        for (auto it = bodyLists.begin(); it != bodyLists.end(); ++it)
            m_lists.insert(it.key(), it.value());
        return {};
    }
    return u"지원하지 않는 Content-Type 입니다. application/json 또는 "
           "application/x-www-form-urlencoded 로 요청해주세요."_s;
}

void RequestParams::addObject(const QJsonObject &object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isNull())
            continue;
        const QString key = baseName(it.key());
        m_values.insert(key, it.value());
        QStringList values;
        if (it.value().isArray()) {
            const QJsonArray array = it.value().toArray();
            for (const QJsonValue &item : array)
                values.append(scalarText(item));
        } else {
            values.append(scalarText(it.value()));
        }
        m_lists.insert(key, values);
    }
}

std::optional<QList<QJsonObject>> RequestParams::objects(const QString &name) const
{
    const QJsonValue sent = m_values.value(name);
    QList<QJsonObject> out;
    if (sent.isArray()) {
        for (const QJsonValue &item : sent.toArray()) {
            if (!item.isObject())
                return std::nullopt;
            out.append(item.toObject());
        }
        return out;
    }
    if (sent.isString()) { // a form field holding the JSON array
        const QJsonDocument doc = QJsonDocument::fromJson(sent.toString().toUtf8());
        if (!doc.isArray())
            return std::nullopt;
        RequestParams inner;
        inner.m_values.insert(name, doc.array());
        return inner.objects(name);
    }
    // name[0][field]=… as a form sends an array of objects
    static const QRegularExpression itemKey(u"^(.+)\\[([0-9]{1,4})\\]\\[([A-Za-z_]+)\\]$"_s);
    QMap<int, QJsonObject> items;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        const auto match = itemKey.match(it.key());
        if (match.hasMatch() && match.captured(1) == name)
            items[match.captured(2).toInt()].insert(match.captured(3), it.value());
    }
    return items.isEmpty() ? std::nullopt : std::optional(items.values());
}

bool RequestParams::has(const QString &name) const
{
    return m_values.contains(name);
}

QString RequestParams::value(const QString &name) const
{
    return scalarText(m_values.value(name));
}

QStringList RequestParams::allValues() const
{
    QStringList out;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (!it.value().isArray())
            out << scalarText(it.value());
    }
    for (auto it = m_lists.cbegin(); it != m_lists.cend(); ++it)
        out << it.value();
    return out;
}

QJsonValue RequestParams::raw(const QString &name) const
{
    return m_values.value(name, QJsonValue(QJsonValue::Undefined));
}

QStringList RequestParams::list(const QString &name) const
{
    QStringList values;
    for (const QString &v : m_lists.value(name)) {
        if (!v.isEmpty())
            values.append(v);
    }
    return values;
}

QString ParamChecker::required(const QString &name, int maxLength)
{
    QString value = m_params.value(name);
    if (value.isEmpty()) {
        fail(u"%1 파라미터는 필수입니다."_s.arg(name));
        return {};
    }
    checkLength(name, value, maxLength);
    return value;
}

QString ParamChecker::optional(const QString &name, int maxLength)
{
    QString value = m_params.value(name);
    checkLength(name, value, maxLength);
    return value;
}

bool ParamChecker::checkLength(const QString &name, const QString &value, int maxLength)
{
    if (maxLength >= 0 && value.size() > maxLength) {
        fail(u"%1 는 최대 %2자입니다."_s.arg(name).arg(maxLength));
        return false;
    }
    return true;
}

QString ParamChecker::oneOf(const QString &name, const QStringList &allowed, bool isRequired,
                            const QString &fallback)
{
    if (!m_params.has(name) || m_params.value(name).isEmpty()) {
        if (isRequired)
            fail(u"%1 파라미터는 필수입니다."_s.arg(name));
        return fallback;
    }
    QString value = m_params.value(name);
    if (!allowed.contains(value)) {
        fail(u"%1 는 %2 중 하나여야 합니다."_s.arg(name, allowed.join(u", "_s)));
        return fallback;
    }
    return value;
}

std::optional<qint64> ParamChecker::integer(const QString &name, bool isRequired, qint64 fallback)
{
    if (!m_params.has(name) || m_params.value(name).isEmpty()) {
        if (isRequired) {
            fail(u"%1 파라미터는 필수입니다."_s.arg(name));
            return std::nullopt;
        }
        return fallback;
    }
    const QJsonValue raw = m_params.raw(name);
    static const QRegularExpression digits(u"^-?[0-9]{1,15}$"_s);
    const QString text = m_params.value(name);
    if ((raw.isString() || raw.isDouble()) && digits.match(text).hasMatch())
        return text.toLongLong();
    fail(u"%1 는 정수여야 합니다."_s.arg(name));
    return std::nullopt;
}

std::optional<double> ParamChecker::number(const QString &name, bool isRequired)
{
    if (!m_params.has(name) || m_params.value(name).isEmpty()) {
        if (isRequired)
            fail(u"%1 파라미터는 필수입니다."_s.arg(name));
        return std::nullopt;
    }
    const QJsonValue raw = m_params.raw(name);
    if (raw.isDouble())
        return raw.toDouble();
    static const QRegularExpression numeric(u"^-?[0-9]+(\\.[0-9]+)?$"_s);
    if (raw.isString() && numeric.match(raw.toString()).hasMatch())
        return raw.toString().toDouble();
    fail(u"%1 는 숫자여야 합니다."_s.arg(name));
    return std::nullopt;
}

bool ParamChecker::boolean(const QString &name, bool fallback)
{
    if (!m_params.has(name) || m_params.value(name).isEmpty())
        return fallback;
    const QString value = m_params.value(name);
    if (value == u"true"_s || value == u"1"_s)
        return true;
    if (value == u"false"_s || value == u"0"_s)
        return false;
    fail(u"%1 는 true 또는 false 여야 합니다."_s.arg(name));
    return fallback;
}

void ParamChecker::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

} // namespace portone::sandbox
