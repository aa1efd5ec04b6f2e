#pragma once

#include "core/api/RequestTrace.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>
#include <utility>

namespace portone {

struct Profile;

// One line of the request history: what was sent (masked), to which account, and what PortOne
// answered. Built from a RequestTrace, whose values are already masked; fromTrace() also drops
// secrets and tokens entirely (imp_secret, access tokens: not even a placeholder is kept).
struct HistoryRecord
{
    QDateTime time; // when the request started, UTC
    QString profileId;
    QString profileName;
    bool live = false;
    QString tierCode;
    QString origin; // scheme://host[:port] the request went to, e.g. "https://api.iamport.kr"
    QString area; // areaForOperation(operation)
    QString operation; // operationId, e.g. "customer_delete"
    QByteArray method;
    QString path; // decoded, for reading and searching: "/subscribe/customers/고객 1"
    QString encodedPath; // as sent on the wire: "/subscribe/customers/%EA%B3%A0%EA%B0%9D%201"
    QList<std::pair<QString, QString>> query; // masked
    std::optional<QJsonObject> body; // masked; secrets removed
    int httpStatus = 0; // 0: no HTTP answer
    std::optional<int> code; // PortOne envelope code
    QString message; // PortOne's message verbatim (or the network error text)
    qint64 durationMs = 0;
    RequestTrace::Outcome outcome = RequestTrace::Outcome::Ok;
    bool changesState = false;

    static HistoryRecord fromTrace(const RequestTrace &trace, const Profile &profile);

    // One JSON object per record (the history file holds one per line). Stable keys.
    QJsonObject toJson() const;
    static std::optional<HistoryRecord> fromJson(const QJsonObject &object);
};

// Stable area ids for filtering: "auth", "certification", "billing_keys", "benepia",
// "payments", "reference".
QString areaForOperation(const QString &operation);
// "ok", "failed", "unknown", "cancelled".
QString outcomeId(RequestTrace::Outcome outcome);
std::optional<RequestTrace::Outcome> outcomeFromId(const QString &id);

} // namespace portone
