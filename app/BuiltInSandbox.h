#pragma once

#include "core/connection/SandboxLauncher.h"

#include <memory>

namespace portone {
namespace sandbox {
class SandboxServer;
}

// The desk's built-in sandbox: the spec-strict emulator in process, on 127.0.0.1 and a free
// port, with its default account. main() hands it to the DeskSession; the widget tests use it
// too, and reach the running server through server().
class BuiltInSandbox final : public SandboxLauncher
{
public:
    BuiltInSandbox();
    ~BuiltInSandbox() override;

    std::optional<Running> start() override;
    void stop() override;
    // Null while stopped.
    sandbox::SandboxServer *server() const { return m_server.get(); }

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
};

} // namespace portone
