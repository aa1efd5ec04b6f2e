#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace portone {

// The last entry of the audit log, also kept outside the log file (in "<log>.anchor", written
// after each append): a log that lost its tail, was replaced by another file or was deleted no
// longer matches it. `mac` = hex HMAC-SHA-256 of "<sequence>:<hash>" under the log's key, so
// the anchor cannot be rewritten to match a shortened log without the key.
struct AuditAnchor
{
    qint64 sequence = 0; // 0: the log was empty
    QString hash;
    QString mac; // empty when written without the key

    static QString macFor(qint64 sequence, const QString &hash, const QByteArray &key);
    bool isSignedWith(const QByteArray &key) const { return mac == macFor(sequence, hash, key); }

    // Nothing when the file is absent or unreadable.
    static std::optional<AuditAnchor> read(const QString &path);
    // Replaces the file (0600, synced to the disk). Returns the error text, or nothing.
    std::optional<QString> write(const QString &path) const;
};

} // namespace portone
