#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
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
    ProfileAdded, // profile.add
    ProfileEdited, // profile.edit
    ProfileDeleted, // profile.delete
    SecretReplaced, // profile.secret_replace
};
QString auditActionId(AuditAction action);
std::optional<AuditAction> auditActionFromId(const QString &id);

// One entry of the operator audit log. `hash` = lowercase hex SHA-256 of the entry's canonical
// JSON (every field except "hash", compact, keys sorted as QJsonObject keeps them), and
// `previousHash` is the hash of the entry before it ("" for the first): editing, removing or
// reordering any entry breaks the chain from there on.
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

    QJsonObject toJson() const; // with "hash"
    static std::optional<AuditEntry> fromJson(const QJsonObject &object);
    QString computeHash() const; // over toJson() without "hash"
};

// The append-only, hash-chained operator audit log: one JSON object per line in one file (the
// app passes AppLocalDataLocation + "/audit.jsonl"). Never rotated or pruned by the app.
class AuditLog : public QObject
{
    Q_OBJECT

public:
    struct Verification
    {
        bool intact = true;
        int entries = 0; // entries checked and found consistent, up to the first problem
        std::optional<qint64> brokenSequence; // the first entry that does not match
        int brokenLine = 0; // its line number (1-based), 0 when intact
        QString problem; // plain English, for the log and tests; the UI words its own
        bool interruptedTail = false; // the last line is incomplete (a crash mid-write)
        // Incomplete lines followed by complete entries that continue the chain: writes cut
        // short by an earlier crash, after which the log went on. Not tampering.
        int interruptedLines = 0;
    };

    AuditLog(QString filePath, QString osUser, QObject *parent = nullptr);

    QString filePath() const { return m_filePath; }

    // Fills sequence, time (if invalid), osUser, previousHash and hash, appends one line
    // (one write, flushed) and emits entryRecorded. False if the disk refused (lastError()).
    bool record(AuditEntry entry);
    QString lastError() const { return m_lastError; }

    QList<AuditEntry> entries() const; // every readable entry, in file order
    Verification verify() const;

    // The operating-system account running the app (getpwuid, falling back to $USER).
    static QString currentOsUser();

Q_SIGNALS:
    void entryRecorded(const portone::AuditEntry &entry);

private:
    QString m_filePath;
    QString m_osUser;
    QString m_lastError;
    qint64 m_lastSequence = -1; // -1: not read from the file yet
    QString m_lastHash;
};

} // namespace portone
