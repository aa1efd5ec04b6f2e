#include "core/connection/Connection.h"

namespace portone {

Connection::Connection(QNetworkAccessManager *network, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
{ }

// Answering the calls in flight runs their callers' handlers; clang-tidy sees their bodies
// only in a unity translation unit and cannot rule out a throw in the standard library code.
// NOLINTNEXTLINE(bugprone-exception-escape)
Connection::~Connection()
{
    // The client and the token manager hold replies of the network manager: they go first.
    abandonCallsInFlight();
    drop();
}

void Connection::open(Profile profile, std::unique_ptr<CredentialSource> credentials,
                      const ClientSettings &settings)
{
    abandonCallsInFlight(); // answered while the old profile is still profile()
    drop();
    m_profile = std::move(profile);
    m_credentials = std::move(credentials);
    m_tokens = std::make_unique<TokenManager>(m_network, m_credentials.get(), m_clock, settings);
    m_client = std::make_unique<PortOneClient>(m_network, m_tokens.get(), settings);
    connect(m_tokens.get(), &TokenManager::requestFinished, this, &Connection::requestFinished);
    connect(m_client.get(), &PortOneClient::requestFinished, this, &Connection::requestFinished);
    connect(m_tokens.get(), &TokenManager::stateChanged, this, &Connection::tokenStateChanged);
    Q_EMIT profileChanged();
    Q_EMIT tokenStateChanged(m_tokens->state());
}

void Connection::close()
{
    if (!isOpen())
        return;
    abandonCallsInFlight();
    drop();
    m_profile = {};
    Q_EMIT profileChanged();
    Q_EMIT tokenStateChanged(TokenState {});
}

QStringList Connection::stateChangesInFlight() const
{
    return m_client ? m_client->stateChangesInFlight() : QStringList();
}

void Connection::abandonCallsInFlight()
{
    if (m_client)
        m_client->abandonCallsInFlight();
}

void Connection::drop()
{
    m_client.reset();
    m_tokens.reset();
    m_credentials.reset();
}

} // namespace portone
