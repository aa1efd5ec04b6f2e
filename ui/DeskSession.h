#pragma once

#include "core/api/PortOneClient.h"
#include "core/auth/CredentialSource.h"
#include "core/connection/Connection.h"
#include "core/history/AuditLog.h"
#include "core/history/HistoryStore.h"
#include "core/profiles/Profile.h"
#include "core/profiles/ProfileStore.h"
#include "core/profiles/SecretStore.h"
#include "core/util/Clock.h"
#include "ui/common/Prompts.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <memory>
#include <optional>

namespace portone {
class PortOneClient;
class TokenManager;
struct ApiError;
struct RequestTrace;
class SandboxLauncher;

// Everything one window needs to talk to PortOne: the saved merchant profiles and their
// keychain secrets, and the one Connection (the active profile's token lifecycle and client),
// kept for the window's life. Starts the built-in sandbox through the launcher the app hands
// in, and owns the request history (every trace of the connection) and the operator audit
// log. Created by main() and passed in; no global state.
class DeskSession : public QObject
{
    Q_OBJECT

public:
    // settings: where profiles are kept (the app passes the standard location, tests a file).
    // dataDirectory: where the history ("history/") and the audit log ("audit.jsonl") go (the
    // app passes AppLocalDataLocation, tests a temporary folder).
    // sandbox: the built-in sandbox, or null when there is none (it outlives the session).
    // secretService: the keychain service name (tests pass their own).
    DeskSession(QSettings &settings, const QString &dataDirectory, SandboxLauncher *sandbox,
                QString secretService = SecretStore::defaultServiceName(),
                QObject *parent = nullptr);
    ~DeskSession() override;

    ProfileStore &profiles() { return m_profiles; }
    SecretStore &secrets() { return m_secrets; }

    // Starts the built-in sandbox on 127.0.0.1 and makes its profile active (no keys needed).
    // Returns an error sentence, or an empty string on success.
    QString startSandbox();
    // Makes a saved profile active; its secret is read from the keychain when first needed.
    bool activateProfile(const QString &profileId);
    // Re-reads the active saved profile after an edit (name, key, URL, Tier may have changed).
    void reloadActiveProfile();
    // How long any request may take, instead of the profile's timeouts (tests); applies from
    // the next profile activation.
    void setRequestTimeout(std::chrono::milliseconds timeout) { m_requestTimeout = timeout; }

    // Every question and message box for the operator: confirmations before irreversible
    // actions, notices, file dialogs. Tests replace it to answer without a modal dialog.
    Prompts &prompts() const { return *m_prompts; }
    void setPrompts(Prompts *prompts) { m_prompts = prompts ? prompts : &m_dialogPrompts; }

    // Before the active profile is left (another profile, an edit, deletion, the window
    // closing) while state-changing calls are on the wire: asks the operator, naming them,
    // whether to wait for PortOne's answer (false) or go on without it (true; also when nothing
    // is waiting). Going on, abandonCallsInFlight() answers those calls as an unknown outcome.
    bool confirmLeavingCallsInFlight(QWidget *parent);
    // Every running call of the active profile is answered now (look-ups cancelled, sent
    // state-changing calls an unknown outcome, recorded like any other answer).
    void abandonCallsInFlight();

    // The same object for the window's life: subscribe to it once, ask client() when sending.
    Connection &connection() { return m_connection; }
    const Connection &connection() const { return m_connection; }
    bool hasActiveProfile() const { return m_connection.isOpen(); }
    const Profile &activeProfile() const { return m_connection.profile(); }
    PortOneClient *client() const { return m_connection.client(); }
    TokenManager *tokens() const { return m_connection.tokens(); }
    const Clock &clock() const { return m_clock; }
    // False without an active profile and for a read-only one: state-changing controls are
    // disabled (the core refuses such calls as well).
    bool allowsChanges() const { return hasActiveProfile() && !activeProfile().readOnly; }

    HistoryStore &history() { return m_history; }
    AuditLog &auditLog() { return m_audit; }
    int historyRetentionDays() const;
    void setHistoryRetentionDays(int days); // saved, and older history is pruned now
    // The last request of the active profile, for "Copy last request as curl".
    const std::optional<HistoryRecord> &lastRequest() const { return m_lastRequest; }

    // One audit entry for an action of the active profile (or of `profile`, for profile
    // changes). outcome: "ok", "failed", "unknown" or "cancelled"; detail never sensitive.
    // False when it could not be written (on the disk): storageProblem() then says why.
    bool recordAction(AuditAction action, const QStringList &targets, const QString &reason,
                      const QString &outcome, const QString &detail = {});
    bool recordAction(const Profile &profile, AuditAction action, const QStringList &targets,
                      const QString &reason, const QString &outcome, const QString &detail = {});
    // The same, with outcome and detail taken from a call's error (nullptr: it succeeded); the
    // detail is its redactedSummary(), the server's text redacted.
    void recordResult(AuditAction action, const QStringList &targets, const QString &reason,
                      const ApiError *error);
    static QString outcomeOf(const ApiError *error);

    // Why the last history or audit write failed (a sentence for the status bar), until a
    // write of that kind succeeds again; empty when both are written.
    QString storageProblem() const;

Q_SIGNALS:
    void activeProfileChanged();
    void storageProblemChanged();

private:
    void activate(Profile profile, std::unique_ptr<CredentialSource> credentials);
    void recordTrace(const RequestTrace &trace);
    void setStorageProblem(QString &slot, const QString &problem);

    QSettings &m_settings;
    SystemClock m_clock; // the one "now" of the window: history, audit, client, forms
    HistoryStore m_history;
    AuditLog m_audit;
    std::optional<HistoryRecord> m_lastRequest;
    QString m_folderProblem; // the data folder could not be prepared
    QString m_historyProblem;
    QString m_auditProblem;
    QNetworkAccessManager m_network;
    SecretStore m_secrets;
    ProfileStore m_profiles;
    SandboxLauncher *m_sandbox;
    Connection m_connection; // after m_network and m_clock, which it uses
    std::optional<std::chrono::milliseconds> m_requestTimeout;
    DialogPrompts m_dialogPrompts;
    Prompts *m_prompts = &m_dialogPrompts;
};

} // namespace portone
