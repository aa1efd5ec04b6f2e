#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>
#include <QUrl>
#include <QUrlQuery>
#include <utility>

// Masking of sensitive and personal values before anything reaches a log, the request history,
// a trace, the clipboard or a crash report (SCOPE.md, "Sensitive fields").
//
// Formats (stable; tests and the UI rely on them):
//  - sensitive values (imp_secret, tokens, expiry, pwd_2digit, cvc, birth, benepia_password,
//    otp, Authorization / X-ImpTokenHeader): the fixed placeholder "[redacted]", which does not
//    reveal the length. Empty values stay empty (nothing to hide).
//  - card numbers and refund account numbers (refund_account): "**** 1234", at most the last 4
//    characters; a value that PortOne already masked keeps its mask characters (e.g.
//    "**** 5***"). Fewer than 8 digits: "****".
//  - personal data (CI/DI, name, phone, birthday, customer_* / buyer_* contact fields, a
//    refund account's refund_holder and refund_tel):
//    partially masked, e.g. "홍*동", "010-****-5678", "h***@example.com", "****-**-**";
//    CI/DI (unique_key, unique_in_site): the placeholder.
// Field names are compared case-insensitively; a trailing "[]" (array parameter) and the
// inner part of "a[b]" are also considered.
namespace portone::redaction {

QString placeholder(); // "[redacted]"

bool isSensitiveField(QStringView name);
bool isPersonalField(QStringView name);
inline bool needsMasking(QStringView name)
{
    return isSensitiveField(name) || isPersonalField(name);
}

QString maskCardNumber(const QString &value);
QString maskName(const QString &value); // 홍길동 -> 홍*동
QString maskPhone(const QString &value); // 010-1234-5678 -> 010-****-5678
QString maskEmail(const QString &value); // hong@example.com -> h***@example.com

// The value as it may be shown in history and logs; unchanged for ordinary fields.
QString maskValue(QStringView field, const QString &value);

QJsonObject redactObject(const QJsonObject &object); // recursive over objects and arrays
// Text that is a JSON object or array (free-form parameters such as bypass or custom_data),
// redacted by field names; other text unchanged.
QString redactJsonText(const QString &value);
QJsonArray redactArray(const QJsonArray &array);

using Pairs = QList<std::pair<QString, QString>>;
Pairs redactPairs(const Pairs &pairs); // query/body parameters, headers
QUrlQuery redactQuery(const QUrlQuery &query);
QUrl redactUrl(const QUrl &url); // query masked, password dropped

} // namespace portone::redaction
