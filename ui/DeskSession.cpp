#include "ui/DeskSession.h"

#include "core/api/PortOneClient.h"
#include "core/auth/TokenManager.h"
#include "core/history/AuditKey.h"
#include "core/history/DataFolder.h"
#include "core/profiles/KeychainCredentialSource.h"
#include "sandbox/SandboxServer.h"
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

DeskSession::DeskSession(QSettings &settings, const QString &dataDirectory, QString secretService,
                         QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_history(historyDirectory(dataDirectory),
                HistoryStore::Options { HistoryStore::Options().maxFileBytes,
                                        AppSettings(settings).historyRetentionDays(), &m_clock })
    , m_audit(QDir(dataDirectory).filePath(QStringLiteral("audit.jsonl")),
              AuditLog::currentOsUser())
    , m_secrets(std::move(secretService))
    , m_profiles(settings, &m_secrets)
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
    connect(&m_profiles, &ProfileStore::profilesChanged, this, [this] {
        if (!m_profile.builtInSandbox && !m_profile.id.isEmpty()
            && !m_profiles.findById(m_profile.id)) {
            // The active profile was deleted: nothing is active any more.
            abandonCallsInFlight();
            m_client.reset();
            m_tokens.reset();
            m_profile = {};
            Q_EMIT activeProfileChanged();
        }
    });
}

DeskSession::~DeskSession()
{
    // The client and token manager hold replies of m_network; drop them before it goes. A
    // call still on the wire is recorded as unanswered first.
    abandonCallsInFlight();
    m_client.reset();
    m_tokens.reset();
}

QString DeskSession::startSandbox()
{
    if (!m_sandbox) {
        auto server = std::make_unique<sandbox::SandboxServer>();
        if (server->listen() == 0)
            return tr("The built-in sandbox could not listen on 127.0.0.1.");
        m_sandbox = std::move(server);
    }
    const auto account = sandbox::SandboxServer::defaultAccount();
    Profile profile;
    profile.id = QStringLiteral("builtin-sandbox");
    profile.name = tr("Sandbox");
    profile.impKey = account.impKey;
    profile.baseUrl = m_sandbox->baseUrl();
    profile.builtInSandbox = true;
    activate(std::move(profile),
             std::make_unique<FixedCredentialSource>(
                 ApiCredentials { account.impKey, account.impSecret }));
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
    if (!m_profile.builtInSandbox && !m_profile.id.isEmpty())
        activateProfile(m_profile.id);
}

bool DeskSession::confirmLeavingCallsInFlight(QWidget *parent)
{
    const QStringList waiting = m_client ? m_client->stateChangesInFlight() : QStringList();
    if (waiting.isEmpty())
        return true;
    const ConfirmationRequest request {
        tr("Waiting for PortOne"),
        tr("%1 is waiting for PortOne's answer on the profile “%2”.\n\nWait for the answer, or "
           "go on without it: the desk then stops waiting, and the outcome stays unknown until "
           "you look it up (it is recorded as unknown in the history and the audit log).")
            .arg(waiting.join(tr(", and ")), m_profile.name),
        tr("Go on without the answer"),
        tr("Wait for the answer"),
    };
    return m_prompts->confirm(parent, request);
}

void DeskSession::abandonCallsInFlight()
{
    if (m_client)
        m_client->abandonCallsInFlight();
}

void DeskSession::activate(Profile profile, std::unique_ptr<CredentialSource> credentials)
{
    abandonCallsInFlight(); // answered while the old profile is still the active one
    m_client.reset();
    m_tokens.reset();
    m_profile = std::move(profile);
    m_credentials = std::move(credentials);
    if (!m_profile.builtInSandbox)
        m_sandbox.reset(); // its port closes; startSandbox() starts a fresh one

    ClientSettings settings = clientSettings(m_profile);
    if (m_requestTimeout) {
        settings.timeout = *m_requestTimeout;
        settings.pgTimeout = *m_requestTimeout;
    }
    m_lastRequest.reset();
    m_tokens = std::make_unique<TokenManager>(&m_network, m_credentials.get(), &m_clock, settings);
    m_client = std::make_unique<PortOneClient>(&m_network, m_tokens.get(), settings);
    connect(m_tokens.get(), &TokenManager::requestFinished, this, &DeskSession::recordTrace);
    connect(m_client.get(), &PortOneClient::requestFinished, this, &DeskSession::recordTrace);
    Q_EMIT activeProfileChanged();
}

void DeskSession::recordTrace(const RequestTrace &trace)
{
    HistoryRecord record = HistoryRecord::fromTrace(trace, m_profile);
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
    return recordAction(m_profile, action, targets, reason, outcome, detail);
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
