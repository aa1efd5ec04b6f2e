#include "core/history/AuditLog.h"

#include "core/history/AuditAnchor.h"
#include "core/history/JsonLines.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QThread>
#include <algorithm>
#include <chrono>
#include <utility>

#ifdef Q_OS_UNIX
#    include <pwd.h>
#    include <unistd.h>
#endif

namespace portone {

namespace {

// How long record() waits for other windows' appends to finish.
constexpr qint64 LockWaitMs = 10000;
// The end of the chain is looked for in this much of the file's end first.
constexpr qint64 TailWindowBytes = 64 * 1024;

// QLockFile::tryLock(timeout) sleeps longer and longer between attempts, so a writer that
// appends in a loop could keep the lock from it; short regular attempts take turns.
bool lockAudit(QLockFile &lock)
{
    // A process killed between creating the lock file and writing its pid into it leaves a lock
    // that names no process: it is taken as stale once this old. An append holds it for
    // milliseconds, so the wait below outlasts it.
    lock.setStaleLockTime(std::chrono::milliseconds(LockWaitMs / 2));
    QElapsedTimer waited;
    waited.start();
    while (!lock.tryLock(0)) {
        if (lock.error() != QLockFile::LockFailedError || waited.elapsed() > LockWaitMs)
            return false;
        QThread::msleep(2);
    }
    return true;
}

} // namespace

AuditLog::AuditLog(QString filePath, QString osUser, QObject *parent)
    : QObject(parent)
    , m_filePath(std::move(filePath))
    , m_osUser(std::move(osUser))
{ }

void AuditLog::setKey(const QByteArray &key, bool created)
{
    m_key = key;
    m_keyState = KeyState::Keyed;
    m_keyUnavailableReason.clear();
    if (!created)
        return;
    QLockFile lock(lockPath());
    if (!lockAudit(lock)) {
        m_lastError = QStringLiteral("The audit log is locked by another process.");
        return;
    }
    writeAnchor(chainEnd());
}

void AuditLog::setKeyUnavailable(const QString &reason)
{
    m_key.clear();
    m_keyState = KeyState::Unavailable;
    m_keyUnavailableReason = reason;
}

// Where the next entry continues: the file's last entry, unless the anchor names a later entry
// or one the file does not hold (a removed tail, a replaced or deleted file). Then the chain
// continues from the anchor, so the gap stays visible to verify() after this append.
AuditLog::Link AuditLog::chainEnd() const
{
    const QList<jsonl::Line> lines = jsonl::readTail(m_filePath, TailWindowBytes);
    const auto linksOf = [](const QList<jsonl::Line> &from) {
        QList<Link> links;
        for (const jsonl::Line &line : from) {
            if (!line.object)
                continue;
            if (const auto entry = AuditEntry::fromJson(*line.object))
                links.append({ entry->sequence, entry->hash });
        }
        return links;
    };
    QList<Link> links = linksOf(lines);
    const std::optional<AuditAnchor> anchor = AuditAnchor::read(anchorPath());
    const auto anchored = [&anchor](const Link &link) { return link.sequence == anchor->sequence; };
    const bool anchorBeforeWindow = anchor && anchor->sequence > 0
        && (links.isEmpty() || links.first().sequence > anchor->sequence);
    const bool windowed = QFileInfo(m_filePath).size() > TailWindowBytes;
    if ((links.isEmpty() || anchorBeforeWindow) && windowed)
        links = linksOf(jsonl::readLines(m_filePath)); // the window was too small
    Link fileEnd = links.isEmpty() ? Link() : links.last();
    if (!anchor || anchor->sequence == 0)
        return fileEnd;
    const auto match = std::find_if(links.crbegin(), links.crend(), anchored);
    if (anchor->sequence <= fileEnd.sequence && match != links.crend()
        && match->hash == anchor->hash)
        return fileEnd;
    return { anchor->sequence, anchor->hash };
}

bool AuditLog::writeAnchor(const Link &end)
{
    AuditAnchor anchor { end.sequence, end.hash, {} };
    if (!m_key.isEmpty())
        anchor.mac = AuditAnchor::macFor(end.sequence, end.hash, m_key);
    if (const auto error = anchor.write(anchorPath())) {
        m_lastError = *error;
        return false;
    }
    return true;
}

bool AuditLog::record(AuditEntry entry)
{
    QLockFile lock(lockPath());
    if (!lockAudit(lock)) {
        m_lastError = lock.error() == QLockFile::LockFailedError
            ? QStringLiteral("The audit log is locked by another process.")
            : QStringLiteral("Cannot create the lock file %1.").arg(lockPath());
        return false;
    }
    const Link end = chainEnd();
    entry.sequence = end.sequence + 1;
    entry.time = entry.time.isValid() ? entry.time.toUTC()
        : m_clock                     ? m_clock->now().toUTC()
                                      : SystemClock().now();
    entry.osUser = m_osUser;
    entry.previousHash = end.hash;
    entry.hash = entry.computeHash();
    entry.hmac = m_key.isEmpty() ? QString() : AuditEntry::computeHmac(entry.hash, m_key);
    const QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact);
    if (const auto error = jsonl::appendLine(m_filePath, line, jsonl::Durability::Synced)) {
        m_lastError = *error;
        return false;
    }
    if (!writeAnchor({ entry.sequence, entry.hash }))
        return false;
    lock.unlock();
    m_lastError.clear();
    Q_EMIT entryRecorded(entry);
    return true;
}

QList<AuditEntry> AuditLog::entries() const
{
    QList<AuditEntry> out;
    const QList<jsonl::Line> lines = jsonl::readLines(m_filePath);
    for (const jsonl::Line &line : lines) {
        if (!line.object)
            continue;
        if (auto entry = AuditEntry::fromJson(*line.object))
            out.append(*entry);
    }
    return out;
}

QString AuditLog::currentOsUser()
{
#ifdef Q_OS_UNIX
    if (const passwd *account = getpwuid(getuid()); account && account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
#endif
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

} // namespace portone
