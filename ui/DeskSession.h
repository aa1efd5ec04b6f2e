#pragma once

#include "core/api/PortOneClient.h"
#include "core/auth/CredentialSource.h"
#include "core/profiles/Profile.h"
#include "core/profiles/ProfileStore.h"
#include "core/profiles/SecretStore.h"
#include "core/util/Clock.h"
#include "ui/common/Confirmer.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <memory>

namespace portone {
class PortOneClient;
class TokenManager;
namespace sandbox {
class SandboxServer;
}

// Everything one window needs to talk to PortOne: the saved merchant profiles and their
// keychain secrets, and for the active profile the token lifecycle and the client. Owns the
// in-process sandbox once the Sandbox profile was used. Created by main() and passed in; no
// global state.
class DeskSession : public QObject
{
    Q_OBJECT

public:
    // settings: where profiles are kept (the app passes the standard location, tests a file).
    // secretService: the keychain service name (tests pass their own).
    explicit DeskSession(QSettings &settings,
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
    sandbox::SandboxServer *sandboxServer() const { return m_sandbox.get(); }
    // How long one request may take; applies from the next profile activation.
    void setRequestTimeout(std::chrono::milliseconds timeout) { m_requestTimeout = timeout; }

    // Asks before irreversible actions. Tests replace it to answer without a modal dialog.
    Confirmer &confirmer() const { return *m_confirmer; }
    void setConfirmer(Confirmer *confirmer)
    {
        m_confirmer = confirmer ? confirmer : &m_dialogConfirmer;
    }

    bool hasActiveProfile() const { return m_client != nullptr; }
    const Profile &activeProfile() const { return m_profile; }
    PortOneClient *client() const { return m_client.get(); }
    TokenManager *tokens() const { return m_tokens.get(); }
    const Clock &clock() const { return m_clock; }

Q_SIGNALS:
    void activeProfileChanged();

private:
    void activate(Profile profile, std::unique_ptr<CredentialSource> credentials);

    QNetworkAccessManager m_network;
    SystemClock m_clock;
    SecretStore m_secrets;
    ProfileStore m_profiles;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<CredentialSource> m_credentials;
    std::unique_ptr<TokenManager> m_tokens;
    std::unique_ptr<PortOneClient> m_client;
    Profile m_profile;
    std::chrono::milliseconds m_requestTimeout = ClientSettings().timeout;
    DialogConfirmer m_dialogConfirmer;
    Confirmer *m_confirmer = &m_dialogConfirmer;
};

} // namespace portone
