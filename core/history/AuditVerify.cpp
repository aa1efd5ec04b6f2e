// AuditLog::verify(): the chain in the file, each entry's HMAC, and the anchor beside the file.
#include "core/history/AuditAnchor.h"
#include "core/history/AuditLog.h"
#include "core/history/JsonLines.h"

#include <QFileInfo>

namespace portone {

AuditLog::Verification AuditLog::verify() const
{
    Verification v;
    v.keyed = !m_key.isEmpty();
    if (!v.keyed)
        v.unkeyedReason = m_keyUnavailableReason; // empty while the keychain has not answered
    const QList<jsonl::Line> lines = jsonl::readLines(m_filePath);
    QString previousHash;
    QString previousLink; // the previousHash of the entry before, to tell a fork
    qint64 expectedSequence = 1;
    QHash<qint64, AnchoredEntry> hashes; // of the consistent entries, by sequence
    const auto broken = [&v](const jsonl::Line &line, std::optional<qint64> sequence, Problem kind,
                             const QString &problem) {
        v.intact = false;
        v.kind = kind;
        v.brokenSequence = sequence;
        v.brokenLine = line.number;
        v.problem = problem;
    };
    const jsonl::Line *fragment = nullptr; // a complete line that is not JSON, pending
    for (const jsonl::Line &line : lines) {
        if (!line.object) {
            // Not JSON: a write cut short by a crash. At the end of the file it is the
            // interrupted tail; in the middle, the next append started on a new line after it,
            // and the chain must still continue across it (checked by the next entry).
            if (!line.terminated) {
                v.interruptedTail = true;
            } else {
                ++v.interruptedLines;
                fragment = &line;
            }
            continue;
        }
        fragment = nullptr;
        const QJsonObject &object = *line.object;
        const QJsonValue sequenceValue = object.value(QStringLiteral("sequence"));
        const std::optional<qint64> sequence = sequenceValue.isDouble()
            ? std::optional<qint64>(sequenceValue.toInteger())
            : std::nullopt;
        const std::optional<AuditEntry> entry = AuditEntry::fromJson(object);
        if (!entry) {
            broken(line, sequence, Problem::NotAnEntry,
                   QStringLiteral("line %1 is not a valid audit entry").arg(line.number));
            break;
        }
        const QString where = QStringLiteral("entry %1 (line %2)").arg(*sequence).arg(line.number);
        if (auditHashOf(object) != entry->hash) {
            broken(line, sequence, Problem::Edited,
                   where + QStringLiteral(" does not match its hash: it was edited"));
            break;
        }
        if (!entry->hmac.isEmpty() && v.keyed
            && entry->hmac != AuditEntry::computeHmac(entry->hash, m_key)) {
            broken(line, sequence, Problem::HmacMismatch,
                   where
                       + QStringLiteral(" does not match its HMAC: it was rewritten without "
                                        "the key"));
            break;
        }
        if (*sequence == expectedSequence - 1 && expectedSequence > 1
            && entry->previousHash == previousLink) {
            broken(line, sequence, Problem::Fork,
                   where
                       + QStringLiteral(" continues the same entry as the one before it: the "
                                        "chain forked (two writers at once)"));
            break;
        }
        if (entry->previousHash != previousHash) {
            broken(line, sequence, Problem::Unlinked,
                   where
                       + QStringLiteral(" does not follow the entry before it: an entry was "
                                        "removed, inserted or reordered"));
            break;
        }
        if (*sequence != expectedSequence) {
            broken(line, sequence, Problem::WrongSequence,
                   where + QStringLiteral(" should be number %1").arg(expectedSequence));
            break;
        }
        previousLink = previousHash;
        previousHash = entry->hash;
        hashes.insert(*sequence, { entry->hash, !entry->hmac.isEmpty() });
        v.lastSequence = *sequence;
        ++expectedSequence;
        ++v.entries;
        ++(entry->hmac.isEmpty() ? v.unkeyedEntries : v.keyedEntries);
    }
    if (v.intact && fragment) {
        // A crash leaves its fragment unterminated; only a later append ends it with '\n'.
        broken(*fragment, std::nullopt, Problem::NotAnEntry,
               QStringLiteral("line %1 is not an audit entry and no entry follows it")
                   .arg(fragment->number));
    }
    if (v.intact)
        v = checkAnchor(v, hashes);
    if (v.intact && v.interruptedTail)
        v.problem = QStringLiteral("the last line is incomplete (a write interrupted by a crash); "
                                   "every complete entry is consistent");
    return v;
}

AuditLog::Verification AuditLog::checkAnchor(Verification v,
                                             const QHash<qint64, AnchoredEntry> &hashes) const
{
    const auto fail = [&v](Problem kind, const QString &problem) {
        v.intact = false;
        v.kind = kind;
        v.problem = problem;
        return v;
    };
    const std::optional<AuditAnchor> anchor = AuditAnchor::read(anchorPath());
    if (!anchor) {
        if (QFileInfo::exists(anchorPath()))
            return fail(Problem::AnchorAltered, QStringLiteral("the anchor file is unreadable"));
        // Logs from before anchors have none; with the key, one was written when it was made.
        if (v.keyed)
            return fail(Problem::AnchorMissing,
                        QStringLiteral("the anchor file is missing: the log's end cannot be "
                                       "confirmed (it may have been deleted or truncated)"));
        return v;
    }
    v.anchorSequence = anchor->sequence;
    if (v.keyed && !anchor->mac.isEmpty() && !anchor->isSignedWith(m_key))
        return fail(Problem::AnchorAltered,
                    QStringLiteral("the anchor's HMAC does not match: it was rewritten"));
    if (!QFileInfo::exists(m_filePath) && anchor->sequence > 0)
        return fail(Problem::FileMissing,
                    QStringLiteral("the log file is missing; the anchor records %1 entries")
                        .arg(anchor->sequence));
    if (anchor->sequence > v.lastSequence)
        return fail(Problem::TailMissing,
                    QStringLiteral("entries %1 to %2 are missing: the log's end was removed or "
                                   "the file replaced by an older copy")
                        .arg(v.lastSequence + 1)
                        .arg(anchor->sequence));
    if (anchor->sequence > 0 && hashes.value(anchor->sequence).hash != anchor->hash)
        return fail(Problem::FileReplaced,
                    QStringLiteral("entry %1 is not the one the anchor records: the file was "
                                   "replaced")
                        .arg(anchor->sequence));
    // Signed anchors name keyed entries; an unsigned one naming a keyed entry was forged.
    if (v.keyed && anchor->mac.isEmpty() && anchor->sequence > 0 && v.keyedEntries > 0
        && v.unkeyedEntries == 0)
        return fail(Problem::AnchorAltered,
                    QStringLiteral("the anchor is not signed although the log is keyed"));
    return v;
}

} // namespace portone
