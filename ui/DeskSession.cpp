#include "ui/DeskSession.h"

#include "core/api/PortOneClient.h"
#include "core/auth/TokenManager.h"
#include "core/profiles/KeychainCredentialSource.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>

namespace portone {

DeskSession::DeskSession(QSettings &settings, QString secretService, QObject *parent)
    : QObject(parent)
    , m_secrets(std::move(secretService))
    , m_profiles(settings, &m_secrets)
{
    connect(&m_profiles, &ProfileStore::profilesChanged, this, [this] {
        if (!m_profile.builtInSandbox && !m_profile.id.isEmpty()
            && !m_profiles.findById(m_profile.id)) {
            // The active profile was deleted: nothing is active any more.
            m_client.reset();
            m_tokens.reset();
            m_profile = {};
            Q_EMIT activeProfileChanged();
        }
    });
}

DeskSession::~DeskSession()
{
    // The client and token manager hold replies of m_network; drop them before it goes.
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

void DeskSession::activate(Profile profile, std::unique_ptr<CredentialSource> credentials)
{
    m_client.reset();
    m_tokens.reset();
    m_profile = std::move(profile);
    m_credentials = std::move(credentials);

    ClientSettings settings;
    settings.baseUrl = m_profile.baseUrl;
    settings.tierCode = m_profile.tierCode;
    settings.timeout = m_requestTimeout;
    m_tokens = std::make_unique<TokenManager>(&m_network, m_credentials.get(), &m_clock, settings);
    m_client = std::make_unique<PortOneClient>(&m_network, m_tokens.get(), settings);
    Q_EMIT activeProfileChanged();
}

} // namespace portone
