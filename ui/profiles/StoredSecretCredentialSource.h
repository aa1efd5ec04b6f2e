#pragma once

#include "core/auth/CredentialSource.h"

#include <QPointer>
#include <QString>

namespace portone {

class SecretStore;

// imp_key as typed in the profile form, imp_secret as stored for the profile (the keychain, or
// the secret kept for this session only). Used by "Test connection" so that an edited but not
// yet saved imp_key is what gets tested. Keychain failures become ApiError::Kind::Auth.
class StoredSecretCredentialSource final : public CredentialSource
{
public:
    StoredSecretCredentialSource(QString impKey, QString profileId, SecretStore &secrets);

    void fetchCredentials(QObject *context,
                          std::function<void(Result<ApiCredentials>)> done) override;

private:
    QString m_impKey;
    QString m_profileId;
    QPointer<SecretStore> m_secrets;
};

} // namespace portone
