#pragma once

#include "core/auth/CredentialSource.h"

#include <QUrl>
#include <optional>

namespace portone {

// Starts and stops the desk's built-in sandbox. The application decides whether there is one
// and hands its launcher in; the rest of the desk knows only this.
class SandboxLauncher
{
public:
    struct Running
    {
        QUrl baseUrl; // http://127.0.0.1:<port>
        ApiCredentials account; // the account the Sandbox profile uses (no keys to type)
    };

    virtual ~SandboxLauncher() = default;
    // Starts it unless it is running; nullopt when it could not listen.
    virtual std::optional<Running> start() = 0;
    // Stops it and closes its port (another profile became active); start() makes a fresh one.
    virtual void stop() = 0;
};

} // namespace portone
