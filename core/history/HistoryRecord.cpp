#include "core/history/HistoryRecord.h"

#include "core/profiles/Profile.h"

#include <QJsonArray>
#include <QStringList>

namespace portone {

namespace {

// Names whose values are secrets: dropped from the record entirely, not even a placeholder.
bool isSecretField(const QString &name)
{
    static const QStringList secrets {
        QStringLiteral("imp_secret"),
        QStringLiteral("access_token"),
        QStringLiteral("token"),
        QStringLiteral("authorization"),
        QStringLiteral("x-imptokenheader"),
        QStringLiteral("proxy-authorization"),
        QStringLiteral("cookie"),
        QStringLiteral("set-cookie"),
    };
    QString n = name.trimmed().toLower();
    if (n.endsWith(u"[]"))
        n.chop(2);
    if (secrets.contains(n))
        return true;
    const qsizetype open = n.indexOf(u'[');
    if (open > 0 && n.endsWith(u']'))
        return secrets.contains(n.left(open))
            || secrets.contains(n.mid(open + 1, n.size() - open - 2));
    return false;
}

QJsonValue withoutSecrets(const QJsonValue &value);

QJsonObject withoutSecrets(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!isSecretField(it.key()))
            out.insert(it.key(), withoutSecrets(it.value()));
    }
    return out;
}

QJsonValue withoutSecrets(const QJsonValue &value)
{
    if (value.isObject())
        return withoutSecrets(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        const QJsonArray in = value.toArray();
        for (const QJsonValue &item : in)
            out.append(withoutSecrets(item));
        return out;
    }
    return value;
}

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

HistoryRecord HistoryRecord::fromTrace(const RequestTrace &trace, const Profile &profile)
{
    HistoryRecord r;
    r.time = trace.startedAt.toUTC();
    r.profileId = profile.id;
    r.profileName = profile.name;
    r.live = profile.live;
    r.tierCode = trace.tierCode;
    r.origin = trace.origin;
    r.area = areaForOperation(trace.operation);
    r.operation = trace.operation;
    r.method = trace.method;
    r.path = trace.path;
    r.encodedPath = trace.encodedPath;
    for (const auto &[name, value] : trace.query) {
        if (!isSecretField(name))
            r.query.append({ name, value });
    }
    if (trace.body)
        r.body = withoutSecrets(*trace.body);
    r.httpStatus = trace.httpStatus;
    r.code = trace.code;
    r.message = trace.message;
    r.durationMs = trace.durationMs;
    r.outcome = trace.outcome;
    r.changesState = trace.changesState;
    return r;
}

QJsonObject HistoryRecord::toJson() const
{
    QJsonArray queryItems;
    for (const auto &[name, value] : query)
        queryItems.append(QJsonArray { name, value });
    QJsonObject o { { QStringLiteral("time"), timeText(time) },
                    { QStringLiteral("profileId"), profileId },
                    { QStringLiteral("profileName"), profileName },
                    { QStringLiteral("live"), live },
                    { QStringLiteral("tier"), tierCode },
                    { QStringLiteral("origin"), origin },
                    { QStringLiteral("area"), area },
                    { QStringLiteral("operation"), operation },
                    { QStringLiteral("method"), QString::fromLatin1(method) },
                    { QStringLiteral("path"), path },
                    { QStringLiteral("encodedPath"), encodedPath },
                    { QStringLiteral("query"), queryItems },
                    { QStringLiteral("httpStatus"), httpStatus },
                    { QStringLiteral("message"), message },
                    { QStringLiteral("durationMs"), durationMs },
                    { QStringLiteral("outcome"), outcomeId(outcome) },
                    { QStringLiteral("changesState"), changesState } };
    if (body)
        o.insert(QStringLiteral("body"), *body);
    if (code)
        o.insert(QStringLiteral("code"), *code);
    return o;
}

std::optional<HistoryRecord> HistoryRecord::fromJson(const QJsonObject &o)
{
    HistoryRecord r;
    r.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    r.operation = o.value(QStringLiteral("operation")).toString();
    const auto outcome = outcomeFromId(o.value(QStringLiteral("outcome")).toString());
    if (!r.time.isValid() || r.operation.isEmpty() || !outcome)
        return std::nullopt;
    r.time = r.time.toUTC();
    r.outcome = *outcome;
    r.profileId = o.value(QStringLiteral("profileId")).toString();
    r.profileName = o.value(QStringLiteral("profileName")).toString();
    r.live = o.value(QStringLiteral("live")).toBool();
    r.tierCode = o.value(QStringLiteral("tier")).toString();
    r.origin = o.value(QStringLiteral("origin")).toString();
    r.area = o.value(QStringLiteral("area")).toString();
    r.method = o.value(QStringLiteral("method")).toString().toLatin1();
    r.path = o.value(QStringLiteral("path")).toString();
    r.encodedPath = o.value(QStringLiteral("encodedPath")).toString();
    const QJsonArray queryItems = o.value(QStringLiteral("query")).toArray();
    for (const QJsonValue &item : queryItems) {
        const QJsonArray pair = item.toArray();
        if (pair.size() == 2)
            r.query.append({ pair.at(0).toString(), pair.at(1).toString() });
    }
    if (o.value(QStringLiteral("body")).isObject())
        r.body = o.value(QStringLiteral("body")).toObject();
    r.httpStatus = o.value(QStringLiteral("httpStatus")).toInt();
    if (o.value(QStringLiteral("code")).isDouble())
        r.code = o.value(QStringLiteral("code")).toInt();
    r.message = o.value(QStringLiteral("message")).toString();
    r.durationMs = o.value(QStringLiteral("durationMs")).toInteger();
    r.changesState = o.value(QStringLiteral("changesState")).toBool();
    return r;
}

QString areaForOperation(const QString &operation)
{
    static const QList<std::pair<QString, QStringList>> areas {
        { QStringLiteral("auth"), { QStringLiteral("getToken") } },
        { QStringLiteral("certification"),
          { QStringLiteral("requestOTP"), QStringLiteral("confirmOTP"),
            QStringLiteral("getCertification"), QStringLiteral("deleteCertification") } },
        { QStringLiteral("billing_keys"),
          { QStringLiteral("customer_view_multiple"), QStringLiteral("customer_view"),
            QStringLiteral("customer_save"), QStringLiteral("customer_delete"),
            QStringLiteral("customer_payments"), QStringLiteral("findSchedulesByCustomer"),
            // subscriptions: charges and schedules of a billing key
            QStringLiteral("again"), QStringLiteral("schedule"), QStringLiteral("unschedule"),
            QStringLiteral("findSchedulesByRange"), QStringLiteral("getScheduleByMid"),
            QStringLiteral("updateScheduleByMid"), QStringLiteral("rescheduleByMid"),
            QStringLiteral("retryScheduleByMid") } },
        { QStringLiteral("benepia"),
          { QStringLiteral("queryBenepiaPoint"), QStringLiteral("payBenepiaPoint") } },
        { QStringLiteral("payments"),
          { QStringLiteral("getPaymentByImpUid"), QStringLiteral("getPaymentByMerchantUid"),
            QStringLiteral("getPaymentListByImpUid"), QStringLiteral("getPaymentsByStatus"),
            QStringLiteral("getAllPaymentsByMerchantUid"), QStringLiteral("balanceByImpUid"),
            QStringLiteral("cancelPayment") } },
        { QStringLiteral("reference"),
          { QStringLiteral("getPgSettingList"), QStringLiteral("allCardCodes"),
            QStringLiteral("allBankCodes"), QStringLiteral("GetTier") } },
    };
    for (const auto &[area, operations] : areas) {
        if (operations.contains(operation))
            return area;
    }
    return QStringLiteral("other");
}

QString outcomeId(RequestTrace::Outcome outcome)
{
    switch (outcome) {
    case RequestTrace::Outcome::Ok:
        return QStringLiteral("ok");
    case RequestTrace::Outcome::Failed:
        return QStringLiteral("failed");
    case RequestTrace::Outcome::Unknown:
        return QStringLiteral("unknown");
    case RequestTrace::Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("failed");
}

std::optional<RequestTrace::Outcome> outcomeFromId(const QString &id)
{
    for (auto outcome : { RequestTrace::Outcome::Ok, RequestTrace::Outcome::Failed,
                          RequestTrace::Outcome::Unknown, RequestTrace::Outcome::Cancelled }) {
        if (outcomeId(outcome) == id)
            return outcome;
    }
    return std::nullopt;
}

} // namespace portone
