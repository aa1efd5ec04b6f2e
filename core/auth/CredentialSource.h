#pragma once

#include "core/api/Result.h"

#include <QObject>
#include <QString>
#include <functional>

namespace portone {

struct ApiCredentials
{
    QString impKey;
    QString impSecret; // sensitive
};

// Where the token manager gets imp_key / imp_secret from. The keychain-backed source reads
// the secret asynchronously; tests and the built-in sandbox use a fixed one.
class CredentialSource
{
public:
    virtual ~CredentialSource() = default;
    // Calls done exactly once (unless context is destroyed first).
    virtual void fetchCredentials(QObject *context,
                                  std::function<void(Result<ApiCredentials>)> done)
        = 0;
};

class FixedCredentialSource final : public CredentialSource
{
public:
    explicit FixedCredentialSource(ApiCredentials credentials)
        : m_credentials(std::move(credentials))
    { }
    void fetchCredentials(QObject *, std::function<void(Result<ApiCredentials>)> done) override
    {
        done(m_credentials);
    }

private:
    ApiCredentials m_credentials;
};

} // namespace portone
