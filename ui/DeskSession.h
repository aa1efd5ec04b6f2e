#pragma once

#include "core/auth/CredentialSource.h"
#include "core/profiles/Profile.h"
#include "core/util/Clock.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <memory>

namespace portone {
class PortOneClient;
class TokenManager;
namespace sandbox {
class SandboxServer;
}

// Everything one window needs to talk to PortOne for the active profile: the network manager,
// the token lifecycle and the client. Owns the in-process sandbox when the Sandbox profile is
// active. Created by main() and passed in; no global state.
class DeskSession : public QObject
{
    Q_OBJECT

public:
    explicit DeskSession(QObject *parent = nullptr);
    ~DeskSession() override;

    // Starts the built-in sandbox on 127.0.0.1 and makes its profile active (no keys needed).
    // Returns an error sentence, or an empty string on success.
    QString startSandbox();

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
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<CredentialSource> m_credentials;
    std::unique_ptr<TokenManager> m_tokens;
    std::unique_ptr<PortOneClient> m_client;
    Profile m_profile;
};

} // namespace portone
