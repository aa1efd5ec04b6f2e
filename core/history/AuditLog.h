#pragma once

#include "core/history/AuditEntry.h"
#include "core/util/Clock.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <optional>

namespace portone {

// The append-only, hash-chained operator audit log: one JSON object per line in one file (the
// app passes AppLocalDataLocation + "/audit.jsonl"). Never rotated or pruned by the app.
//
// Keyed: once setKey() gave it the keychain key, each entry carries an HMAC of its hash. Beside
// the file, "<file>.anchor" holds the last entry's sequence and hash (signed with the key), so
// verify() notices a removed tail, a replaced or deleted file as well as an edited line.
// Appends from several windows or processes on one data folder take "<file>.lock" (QLockFile),
// read the chain's end again under it, and reach the disk (fsync) before record() returns.
class AuditLog : public QObject
{
    Q_OBJECT

public:
    enum class Problem
    {
        None,
        NotAnEntry, // a line that is not an audit entry (and no crash explains it)
        Edited, // an entry does not match its own hash
        HmacMismatch, // an entry's HMAC does not match: re-hashed by someone without the key
        Unlinked, // an entry does not follow the one before it (removed, inserted, reordered)
        Fork, // two entries continue the same entry (two writers without the lock)
        WrongSequence, // an entry's number is not the next one
        TailMissing, // the anchor names an entry after the file's last one
        FileMissing, // the anchor names entries but the file is gone
        FileReplaced, // the file's entry at the anchor's number is not the anchored one
        AnchorMissing, // keyed, but the anchor file is gone
        AnchorAltered, // the anchor's signature does not match the key
    };

    struct Verification
    {
        bool intact = true;
        Problem kind = Problem::None;
        int entries = 0; // entries checked and found consistent, up to the first problem
        std::optional<qint64> brokenSequence; // the first entry that does not match
        int brokenLine = 0; // its line number (1-based), 0 when intact
        QString problem; // plain English, for the log and tests; the UI words its own
        bool interruptedTail = false; // the last line is incomplete (a crash mid-write)
        // Incomplete lines followed by complete entries that continue the chain: writes cut
        // short by an earlier crash, after which the log went on. Not tampering.
        int interruptedLines = 0;
        bool keyed = false; // the key was at hand: every entry's HMAC was checked
        QString unkeyedReason; // why not (no keychain, ...); empty when keyed or still pending
        int keyedEntries = 0; // entries with an HMAC, among `entries`
        int unkeyedEntries = 0; // entries without one (written before keying or without a key)
        qint64 anchorSequence = -1; // the anchored entry's number; -1 without an anchor
        qint64 lastSequence = 0; // the file's last consistent entry
    };

    enum class KeyState
    {
        Pending, // the keychain has not answered yet: entries are written without an HMAC
        Keyed,
        Unavailable, // no keychain (or it refused): the log is written unkeyed
    };

    AuditLog(QString filePath, QString osUser, QObject *parent = nullptr);

    // "now" for the entries' times; null (the default): system time.
    void setClock(const Clock *clock) { m_clock = clock; }

    QString filePath() const { return m_filePath; }
    QString anchorPath() const { return m_filePath + QStringLiteral(".anchor"); }
    QString lockPath() const { return m_filePath + QStringLiteral(".lock"); }

    // The HMAC key from the keychain. `created`: it was made just now, so the anchor of the
    // current end of the log is signed with it at once (a later missing anchor is then noticed).
    void setKey(const QByteArray &key, bool created);
    void setKeyUnavailable(const QString &reason);
    KeyState keyState() const { return m_keyState; }
    QString keyUnavailableReason() const { return m_keyUnavailableReason; }

    // Under the lock: fills sequence, time (if invalid), osUser, previousHash, hash and hmac,
    // appends one line (one write, synced to the disk), updates the anchor and emits
    // entryRecorded. False if the lock or the disk refused (lastError()).
    bool record(AuditEntry entry);
    QString lastError() const { return m_lastError; }

    QList<AuditEntry> entries() const; // every readable entry, in file order
    Verification verify() const;

    // The operating-system account running the app (getpwuid, falling back to $USER).
    static QString currentOsUser();

Q_SIGNALS:
    void entryRecorded(const portone::AuditEntry &entry);

private:
    const Clock *m_clock = nullptr;
    struct Link
    {
        qint64 sequence = 0;
        QString hash;
    };
    struct AnchoredEntry
    {
        QString hash;
        bool keyed = false;
    };
    Link chainEnd() const;
    bool writeAnchor(const Link &end);
    Verification checkAnchor(Verification v, const QHash<qint64, AnchoredEntry> &hashes) const;

    QString m_filePath;
    QString m_osUser;
    QString m_lastError;
    QByteArray m_key;
    KeyState m_keyState = KeyState::Pending;
    QString m_keyUnavailableReason;
};

} // namespace portone
