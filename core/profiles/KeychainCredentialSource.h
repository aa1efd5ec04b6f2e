#pragma once

#include "core/auth/CredentialSource.h"
#include "core/profiles/SecretError.h"

#include <QPointer>
#include <QString>

namespace portone {

class ProfileStore;
class SecretStore;

// imp_key from the profile (read at each fetch, so edits apply), imp_secret from the keychain
// or the session-only secret kept in SecretStore. Keychain failures become ApiError::Kind::Auth
// with the SecretError's sentence as message and QtKeychain's text as detail.
class KeychainCredentialSource final : public CredentialSource
{
public:
    KeychainCredentialSource(const ProfileStore &profiles, QString profileId, SecretStore &secrets);

    void fetchCredentials(QObject *context,
                          std::function<void(Result<ApiCredentials>)> done) override;

    QString profileId() const { return m_profileId; }
    static ApiError toApiError(const SecretError &error);

private:
    QPointer<const ProfileStore> m_profiles;
    QString m_profileId;
    QPointer<SecretStore> m_secrets;
};

} // namespace portone
