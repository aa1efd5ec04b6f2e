#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace portone {

// What an operator did. Stable ids are written to the file; labels are for the UI.
enum class AuditAction
{
    OtpRequested, // certification.otp_request
    OtpConfirmed, // certification.otp_confirm
    CertificationDeleted, // certification.delete
    PersonalDataRevealed, // certification.reveal (CI/DI shown unmasked)
    BillingKeyRegistered, // billing_key.register
    BillingKeyDeleted, // billing_key.delete
    BenepiaPaid, // benepia.pay
    PaymentRefunded, // payment.refund (full or partial)
    BillingKeyCharged, // billing_key.charge (a payment with a billing key, now)
    PaymentsScheduled, // schedule.create
    SchedulesCancelled, // schedule.cancel (the chosen merchant_uids)
    AllSchedulesCancelled, // schedule.cancel_all (every schedule of a customer)
    ScheduleTimeChanged, // schedule.change_time
    ScheduleRetried, // schedule.retry (charged now)
    ScheduleRescheduled, // schedule.reschedule
    ProfileAdded, // profile.add
    ProfileEdited, // profile.edit
    ProfileDeleted, // profile.delete
    SecretReplaced, // profile.secret_replace
};
QString auditActionId(AuditAction action);
std::optional<AuditAction> auditActionFromId(const QString &id);

// One entry of the operator audit log. `hash` = lowercase hex SHA-256 of the entry's canonical
// JSON (every field except "hash" and "hmac", compact, keys sorted as QJsonObject keeps them),
// and `previousHash` is the hash of the entry before it ("" for the first): editing, removing or
// reordering any entry breaks the chain from there on. `hmac` = lowercase hex HMAC-SHA-256 of
// `hash` under the log's keychain key: whoever lacks the key cannot re-hash an edited chain.
// Entries written before the log was keyed (or without a keychain) have no "hmac".
struct AuditEntry
{
    qint64 sequence = 0; // 1, 2, 3, ... assigned by AuditLog::record
    QDateTime time; // UTC; assigned by record() when invalid
    QString osUser; // assigned by record()
    QString profileId;
    QString profileName;
    bool live = false;
    QString tierCode;
    AuditAction action = AuditAction::OtpRequested;
    QStringList targets; // imp_uid, customer_uid(s), merchant_uid, profile name, ...
    QString reason; // what the operator gave, where one is asked; else empty
    QString outcome; // "ok", "failed", "unknown", "cancelled"
    QString detail; // e.g. "HTTP 400 · code -1 · <PortOne message>"; never sensitive
    QString previousHash;
    QString hash;
    QString hmac; // empty: written without the key

    QJsonObject toJson() const; // with "hash", and "hmac" when there is one
    static std::optional<AuditEntry> fromJson(const QJsonObject &object);
    QString computeHash() const; // over toJson() without "hash" and "hmac"
    static QString computeHmac(const QString &hash, const QByteArray &key);
};

// The canonical hash of an entry as read from the file (every field but "hash" and "hmac").
QString auditHashOf(QJsonObject object);

} // namespace portone
