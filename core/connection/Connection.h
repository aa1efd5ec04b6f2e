#pragma once

#include "core/api/PortOneClient.h"
#include "core/api/RequestTrace.h"
#include "core/auth/CredentialSource.h"
#include "core/auth/TokenManager.h"
#include "core/profiles/Profile.h"

#include <QObject>
#include <QStringList>
#include <memory>

class QNetworkAccessManager;

namespace portone {

class Clock;

// The one line to PortOne of a window (or of a profile's connection test): the profile it
// talks to, that profile's credentials, token manager and client. The object lives as long as
// its owner while open() replaces what is inside, so subscribers connect once and callers ask
// client() at the moment they send. The only place a TokenManager and a PortOneClient are made.
class Connection : public QObject
{
    Q_OBJECT

public:
    // network and clock outlive the connection.
    Connection(QNetworkAccessManager *network, const Clock *clock, QObject *parent = nullptr);
    // Closes: calls still running are answered first.
    ~Connection() override; // NOLINT(bugprone-exception-escape): see the .cpp

    // Calls of the profile open until now are answered first (abandonCallsInFlight(), while
    // that profile is still profile()), then the profile's token manager and client replace
    // the old ones. Emits profileChanged().
    void open(Profile profile, std::unique_ptr<CredentialSource> credentials,
              const ClientSettings &settings);
    // The same answering, then no profile; emits profileChanged() if one was open.
    void close();

    bool isOpen() const { return m_client != nullptr; }
    // Empty (default) when closed.
    const Profile &profile() const { return m_profile; }
    // Null when closed. Replaced by open(): keep the Connection, not these.
    PortOneClient *client() const { return m_client.get(); }
    TokenManager *tokens() const { return m_tokens.get(); }
    TokenState tokenState() const { return m_tokens ? m_tokens->state() : TokenState {}; }

    // The summaries of the state-changing calls on the wire (PortOneClient).
    QStringList stateChangesInFlight() const;
    // Every running call is answered now: look-ups cancelled, sent state-changing calls an
    // unknown outcome (PortOneClient).
    void abandonCallsInFlight();

Q_SIGNALS:
    // After every request of the open profile: its calls and its getToken (masked traces).
    void requestFinished(const portone::RequestTrace &trace);
    void tokenStateChanged(const portone::TokenState &state);
    // A profile was opened or the connection closed.
    void profileChanged();

private:
    void drop();

    QNetworkAccessManager *m_network;
    const Clock *m_clock;
    Profile m_profile;
    std::unique_ptr<CredentialSource> m_credentials;
    std::unique_ptr<TokenManager> m_tokens;
    std::unique_ptr<PortOneClient> m_client;
};

} // namespace portone
