#include "core/history/AuditEntry.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <array>
#include <utility>

namespace portone {

namespace {

constexpr std::array<std::pair<AuditAction, const char *>, 19> ActionIds { {
    { AuditAction::OtpRequested, "certification.otp_request" },
    { AuditAction::OtpConfirmed, "certification.otp_confirm" },
    { AuditAction::CertificationDeleted, "certification.delete" },
    { AuditAction::PersonalDataRevealed, "certification.reveal" },
    { AuditAction::BillingKeyRegistered, "billing_key.register" },
    { AuditAction::BillingKeyDeleted, "billing_key.delete" },
    { AuditAction::BenepiaPaid, "benepia.pay" },
    { AuditAction::PaymentRefunded, "payment.refund" },
    { AuditAction::BillingKeyCharged, "billing_key.charge" },
    { AuditAction::PaymentsScheduled, "schedule.create" },
    { AuditAction::SchedulesCancelled, "schedule.cancel" },
    { AuditAction::AllSchedulesCancelled, "schedule.cancel_all" },
    { AuditAction::ScheduleTimeChanged, "schedule.change_time" },
    { AuditAction::ScheduleRetried, "schedule.retry" },
    { AuditAction::ScheduleRescheduled, "schedule.reschedule" },
    { AuditAction::ProfileAdded, "profile.add" },
    { AuditAction::ProfileEdited, "profile.edit" },
    { AuditAction::ProfileDeleted, "profile.delete" },
    { AuditAction::SecretReplaced, "profile.secret_replace" },
} };

const QString EntryHashKey = QStringLiteral("hash");
const QString EntryHmacKey = QStringLiteral("hmac");

} // namespace

QString auditHashOf(QJsonObject object)
{
    object.remove(EntryHashKey);
    object.remove(EntryHmacKey);
    const QByteArray canonical = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

QString auditActionId(AuditAction action)
{
    for (const auto &[value, id] : ActionIds) {
        if (value == action)
            return QString::fromLatin1(id);
    }
    return {};
}

std::optional<AuditAction> auditActionFromId(const QString &id)
{
    for (const auto &[value, text] : ActionIds) {
        if (id == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QJsonObject AuditEntry::toJson() const
{
    QJsonObject object { { QStringLiteral("sequence"), sequence },
                         { QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs) },
                         { QStringLiteral("osUser"), osUser },
                         { QStringLiteral("profileId"), profileId },
                         { QStringLiteral("profileName"), profileName },
                         { QStringLiteral("live"), live },
                         { QStringLiteral("tier"), tierCode },
                         { QStringLiteral("action"), auditActionId(action) },
                         { QStringLiteral("targets"), QJsonArray::fromStringList(targets) },
                         { QStringLiteral("reason"), reason },
                         { QStringLiteral("outcome"), outcome },
                         { QStringLiteral("detail"), detail },
                         { QStringLiteral("previousHash"), previousHash },
                         { EntryHashKey, hash } };
    if (!hmac.isEmpty())
        object.insert(EntryHmacKey, hmac);
    return object;
}

std::optional<AuditEntry> AuditEntry::fromJson(const QJsonObject &o)
{
    AuditEntry e;
    e.sequence = o.value(QStringLiteral("sequence")).toInteger();
    e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    const auto action = auditActionFromId(o.value(QStringLiteral("action")).toString());
    if (e.sequence <= 0 || !e.time.isValid() || !action)
        return std::nullopt;
    e.time = e.time.toUTC();
    e.action = *action;
    e.osUser = o.value(QStringLiteral("osUser")).toString();
    e.profileId = o.value(QStringLiteral("profileId")).toString();
    e.profileName = o.value(QStringLiteral("profileName")).toString();
    e.live = o.value(QStringLiteral("live")).toBool();
    e.tierCode = o.value(QStringLiteral("tier")).toString();
    const QJsonArray targets = o.value(QStringLiteral("targets")).toArray();
    for (const QJsonValue &target : targets)
        e.targets.append(target.toString());
    e.reason = o.value(QStringLiteral("reason")).toString();
    e.outcome = o.value(QStringLiteral("outcome")).toString();
    e.detail = o.value(QStringLiteral("detail")).toString();
    e.previousHash = o.value(QStringLiteral("previousHash")).toString();
    e.hash = o.value(EntryHashKey).toString();
    e.hmac = o.value(EntryHmacKey).toString();
    return e;
}

QString AuditEntry::computeHash() const
{
    return auditHashOf(toJson());
}

QString AuditEntry::computeHmac(const QString &hash, const QByteArray &key)
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(hash.toLatin1(), key, QCryptographicHash::Sha256).toHex());
}

} // namespace portone
