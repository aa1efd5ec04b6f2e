#include "core/history/AuditLog.h"

#include "core/history/JsonLines.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <array>
#include <utility>

#ifdef Q_OS_UNIX
#    include <pwd.h>
#    include <unistd.h>
#endif

namespace portone {

namespace {

constexpr std::array<std::pair<AuditAction, const char *>, 11> ActionIds { {
    { AuditAction::OtpRequested, "certification.otp_request" },
    { AuditAction::OtpConfirmed, "certification.otp_confirm" },
    { AuditAction::CertificationDeleted, "certification.delete" },
    { AuditAction::PersonalDataRevealed, "certification.reveal" },
    { AuditAction::BillingKeyRegistered, "billing_key.register" },
    { AuditAction::BillingKeyDeleted, "billing_key.delete" },
    { AuditAction::BenepiaPaid, "benepia.pay" },
    { AuditAction::ProfileAdded, "profile.add" },
    { AuditAction::ProfileEdited, "profile.edit" },
    { AuditAction::ProfileDeleted, "profile.delete" },
    { AuditAction::SecretReplaced, "profile.secret_replace" },
} };

const QString HashKey = QStringLiteral("hash");

// Lowercase hex SHA-256 of the compact JSON of `object` without its "hash".
QString hashOf(QJsonObject object)
{
    object.remove(HashKey);
    const QByteArray canonical = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

} // namespace

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
    return { { QStringLiteral("sequence"), sequence },
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
             { HashKey, hash } };
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
    e.hash = o.value(HashKey).toString();
    return e;
}

QString AuditEntry::computeHash() const
{
    return hashOf(toJson());
}

AuditLog::AuditLog(QString filePath, QString osUser, QObject *parent)
    : QObject(parent)
    , m_filePath(std::move(filePath))
    , m_osUser(std::move(osUser))
{ }

bool AuditLog::record(AuditEntry entry)
{
    if (m_lastSequence < 0) {
        // Continue the chain after the last complete entry already on disk.
        m_lastSequence = 0;
        m_lastHash.clear();
        const QList<jsonl::Line> lines = jsonl::readLines(m_filePath);
        for (qsizetype i = lines.size() - 1; i >= 0; --i) {
            const jsonl::Line &line = lines.at(i);
            if (!line.object)
                continue;
            if (const auto last = AuditEntry::fromJson(*line.object)) {
                m_lastSequence = last->sequence;
                m_lastHash = last->hash;
                break;
            }
        }
    }
    entry.sequence = m_lastSequence + 1;
    entry.time = entry.time.isValid() ? entry.time.toUTC() : QDateTime::currentDateTimeUtc();
    entry.osUser = m_osUser;
    entry.previousHash = m_lastHash;
    entry.hash = entry.computeHash();
    const QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact);
    if (const auto error = jsonl::appendLine(m_filePath, line)) {
        m_lastError = *error;
        return false;
    }
    m_lastError.clear();
    m_lastSequence = entry.sequence;
    m_lastHash = entry.hash;
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

AuditLog::Verification AuditLog::verify() const
{
    Verification v;
    const QList<jsonl::Line> lines = jsonl::readLines(m_filePath);
    QString previousHash;
    qint64 expectedSequence = 1;
    const auto broken
        = [&v](const jsonl::Line &line, std::optional<qint64> sequence, const QString &problem) {
              v.intact = false;
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
        if (!AuditEntry::fromJson(object)) {
            broken(line, sequence,
                   QStringLiteral("line %1 is not a valid audit entry").arg(line.number));
            break;
        }
        if (hashOf(object) != object.value(HashKey).toString()) {
            broken(line, sequence,
                   QStringLiteral("entry %1 (line %2) does not match its hash: it was edited")
                       .arg(*sequence)
                       .arg(line.number));
            break;
        }
        if (object.value(QStringLiteral("previousHash")).toString() != previousHash) {
            broken(line, sequence,
                   QStringLiteral("entry %1 (line %2) does not follow the entry before it: an "
                                  "entry was removed, inserted or reordered")
                       .arg(*sequence)
                       .arg(line.number));
            break;
        }
        if (*sequence != expectedSequence) {
            broken(line, sequence,
                   QStringLiteral("entry %1 (line %2) should be number %3")
                       .arg(*sequence)
                       .arg(line.number)
                       .arg(expectedSequence));
            break;
        }
        previousHash = object.value(HashKey).toString();
        ++expectedSequence;
        ++v.entries;
    }
    if (v.intact && fragment) {
        // A crash leaves its fragment unterminated; only a later append ends it with '\n'.
        broken(*fragment, std::nullopt,
               QStringLiteral("line %1 is not an audit entry and no entry follows it")
                   .arg(fragment->number));
    }
    if (v.intact && v.interruptedTail)
        v.problem = QStringLiteral("the last line is incomplete (a write interrupted by a crash); "
                                   "every complete entry is consistent");
    return v;
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
