#include "ui/DeskSession.h"

#include "core/connection/SandboxLauncher.h"
#include "core/history/AuditKey.h"
#include "core/history/DataFolder.h"
#include "core/profiles/KeychainCredentialSource.h"
#include "ui/AppSettings.h"

#include <QCoreApplication>
#include <QDir>

namespace portone {

namespace {

QString historyDirectory(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("history"));
}

} // namespace

DeskSession::DeskSession(QSettings &settings, const QString &dataDirectory,
                         SandboxLauncher *sandbox, QString secretService, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_history(historyDirectory(dataDirectory),
                HistoryStore::Options { HistoryStore::Options().maxFileBytes,
                                        AppSettings(settings).historyRetentionDays(), &m_clock })
    , m_audit(QDir(dataDirectory).filePath(QStringLiteral("audit.jsonl")),
              AuditLog::currentOsUser())
    , m_secrets(std::move(secretService))
    , m_profiles(settings, &m_secrets)
    , m_sandbox(sandbox)
    , m_connection(&m_network, &m_clock)
{
    Q_ASSERT_X(QDir::isAbsolutePath(dataDirectory), "DeskSession",
               "the data directory must be an absolute path");
    // main() refuses a data folder that is not private before it gets here; tests pass theirs.
    std::optional<QString> problem = datafolder::prepare(dataDirectory);
    if (!problem)
        problem = datafolder::prepare(m_history.directory());
    m_folderProblem = problem.value_or(QString());
    m_audit.setClock(&m_clock);
    keyAuditLog(m_secrets, dataDirectory, m_audit);
    m_history.prune();
    connect(&m_connection, &Connection::requestFinished, this, &DeskSession::recordTrace);
    connect(&m_connection, &Connection::profileChanged, this, [this] {
        m_lastRequest.reset();
        Q_EMIT activeProfileChanged();
    });
    connect(&m_profiles, &ProfileStore::profilesChanged, this, [this] {
        const Profile &active = activeProfile();
        if (!active.builtInSandbox && !active.id.isEmpty() && !m_profiles.findById(active.id))
            m_connection.close(); // the active profile was deleted: nothing is active any more
    });
}

DeskSession::~DeskSession()
{
    // A call still on the wire is recorded as unanswered while the history is still here.
    abandonCallsInFlight();
}

QString DeskSession::startSandbox()
{
    if (!m_sandbox)
        return tr("This build of PortOne Desk has no built-in sandbox.");
    const std::optional<SandboxLauncher::Running> running = m_sandbox->start();
    if (!running)
        return tr("The built-in sandbox could not listen on 127.0.0.1.");
    Profile profile;
    profile.id = QStringLiteral("builtin-sandbox");
    profile.name = tr("Sandbox");
    profile.impKey = running->account.impKey;
    profile.baseUrl = running->baseUrl;
    profile.builtInSandbox = true;
    activate(std::move(profile), std::make_unique<FixedCredentialSource>(running->account));
    return {};
}

bool DeskSession::activateProfile(const QString &profileId)
{
    const std::optional<Profile> profile = m_profiles.findById(profileId);
    if (!profile)
        return false;
    activate(*profile,
             std::make_unique<KeychainCredentialSource>(m_profiles, profileId, m_secrets));
    return true;
}

void DeskSession::reloadActiveProfile()
{
    if (!activeProfile().builtInSandbox && !activeProfile().id.isEmpty())
        activateProfile(activeProfile().id);
}

bool DeskSession::confirmLeavingCallsInFlight(QWidget *parent)
{
    const QStringList waiting = m_connection.stateChangesInFlight();
    if (waiting.isEmpty())
        return true;
    const ConfirmationRequest request {
        tr("Waiting for PortOne"),
        tr("%1 is waiting for PortOne's answer on the profile “%2”.\n\nWait for the answer, or "
           "go on without it: the desk then stops waiting, and the outcome stays unknown until "
           "you look it up (it is recorded as unknown in the history and the audit log).")
            .arg(waiting.join(tr(", and ")), activeProfile().name),
        tr("Go on without the answer"),
        tr("Wait for the answer"),
    };
    return m_prompts->confirm(parent, request);
}

void DeskSession::abandonCallsInFlight()
{
    m_connection.abandonCallsInFlight();
}

void DeskSession::activate(Profile profile, std::unique_ptr<CredentialSource> credentials)
{
    ClientSettings settings = clientSettings(profile);
    if (m_requestTimeout) {
        settings.timeout = *m_requestTimeout;
        settings.pgTimeout = *m_requestTimeout;
    }
    const bool sandboxProfile = profile.builtInSandbox;
    m_connection.abandonCallsInFlight(); // answered while the old profile is still the active one
    if (!sandboxProfile && m_sandbox)
        m_sandbox->stop(); // its port closes; startSandbox() starts a fresh one
    m_connection.open(std::move(profile), std::move(credentials), settings);
}

void DeskSession::recordTrace(const RequestTrace &trace)
{
    HistoryRecord record = HistoryRecord::fromTrace(trace, activeProfile());
    setStorageProblem(
        m_historyProblem,
        m_history.append(record)
            ? QString()
            : tr("The request history could not be written (%1).").arg(m_history.lastError()));
    m_lastRequest = std::move(record);
}

int DeskSession::historyRetentionDays() const
{
    return AppSettings(m_settings).historyRetentionDays();
}

void DeskSession::setHistoryRetentionDays(int days)
{
    AppSettings(m_settings).setHistoryRetentionDays(days);
    m_history.setRetentionDays(AppSettings(m_settings).historyRetentionDays());
    m_history.prune();
}

bool DeskSession::recordAction(AuditAction action, const QStringList &targets,
                               const QString &reason, const QString &outcome, const QString &detail)
{
    return recordAction(activeProfile(), action, targets, reason, outcome, detail);
}

bool DeskSession::recordAction(const Profile &profile, AuditAction action,
                               const QStringList &targets, const QString &reason,
                               const QString &outcome, const QString &detail)
{
    AuditEntry entry;
    entry.profileId = profile.id;
    entry.profileName = profile.name;
    entry.live = profile.live;
    entry.tierCode = profile.tierCode;
    entry.action = action;
    entry.targets = targets;
    entry.reason = reason;
    entry.outcome = outcome;
    entry.detail = detail;
    const bool written = m_audit.record(entry);
    if (!written)
        qWarning("audit log: %s", qPrintable(m_audit.lastError()));
    setStorageProblem(m_auditProblem,
                      written ? QString()
                              : tr("The audit log could not be written (%1). Revealing CI/DI "
                                   "is refused until it can be.")
                                    .arg(m_audit.lastError()));
    return written;
}

QString DeskSession::storageProblem() const
{
    QStringList problems;
    for (const QString *problem : { &m_folderProblem, &m_auditProblem, &m_historyProblem }) {
        if (!problem->isEmpty())
            problems << *problem;
    }
    return problems.join(u' ');
}

void DeskSession::setStorageProblem(QString &slot, const QString &problem)
{
    const QString before = storageProblem();
    slot = problem;
    if (problem.isEmpty())
        m_folderProblem.clear(); // a write succeeded: the folder is usable
    if (storageProblem() != before)
        Q_EMIT storageProblemChanged();
}

void DeskSession::recordResult(AuditAction action, const QStringList &targets,
                               const QString &reason, const ApiError *error)
{
    recordAction(action, targets, reason, outcomeOf(error),
                 error ? error->redactedSummary() : QString());
}

QString DeskSession::outcomeOf(const ApiError *error)
{
    if (!error)
        return QStringLiteral("ok");
    if (error->outcomeUnknown)
        return QStringLiteral("unknown");
    if (error->kind == ApiError::Kind::Cancelled)
        return QStringLiteral("cancelled");
    return QStringLiteral("failed");
}

} // namespace portone
