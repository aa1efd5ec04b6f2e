#include "app/BuiltInSandbox.h"

#include "sandbox/SandboxServer.h"

namespace portone {

BuiltInSandbox::BuiltInSandbox() = default;

BuiltInSandbox::~BuiltInSandbox() = default;

std::optional<SandboxLauncher::Running> BuiltInSandbox::start()
{
    if (!m_server) {
        auto server = std::make_unique<sandbox::SandboxServer>();
        if (server->listen() == 0)
            return std::nullopt;
        m_server = std::move(server);
    }
    const auto account = sandbox::SandboxServer::defaultAccount();
    return Running { m_server->baseUrl(), ApiCredentials { account.impKey, account.impSecret } };
}

void BuiltInSandbox::stop()
{
    m_server.reset();
}

} // namespace portone
