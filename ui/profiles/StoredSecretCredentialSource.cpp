#include "ui/profiles/StoredSecretCredentialSource.h"

#include "core/profiles/KeychainCredentialSource.h"
#include "core/profiles/SecretStore.h"

#include <QCoreApplication>
#include <QTimer>

namespace portone {

StoredSecretCredentialSource::StoredSecretCredentialSource(QString impKey, QString profileId,
                                                           SecretStore &secrets)
    : m_impKey(std::move(impKey))
    , m_profileId(std::move(profileId))
    , m_secrets(&secrets)
{ }

void StoredSecretCredentialSource::fetchCredentials(
    QObject *context, std::function<void(Result<ApiCredentials>)> done)
{
    if (!m_secrets) {
        SecretError gone;
        gone.kind = SecretError::Kind::Other;
        gone.message = QCoreApplication::translate("portone::StoredSecretCredentialSource",
                                                   "The keychain is no longer available.");
        QTimer::singleShot(0, context, [done = std::move(done), gone] {
            done(KeychainCredentialSource::toApiError(gone));
        });
        return;
    }
    m_secrets->readSecret(
        m_profileId, context,
        [impKey = m_impKey, done = std::move(done)](const SecretResult<QString> &read) {
            if (read.ok())
                done(ApiCredentials { impKey, read.value() });
            else
                done(KeychainCredentialSource::toApiError(read.error()));
        });
}

} // namespace portone
