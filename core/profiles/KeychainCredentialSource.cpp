#include "core/profiles/KeychainCredentialSource.h"

#include "core/profiles/ProfileStore.h"
#include "core/profiles/SecretStore.h"

#include <QCoreApplication>
#include <QTimer>

namespace portone {

namespace {

ApiError authError(const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::Auth;
    error.message = message;
    return error;
}

} // namespace

KeychainCredentialSource::KeychainCredentialSource(const ProfileStore &profiles, QString profileId,
                                                   SecretStore &secrets)
    : m_profiles(&profiles)
    , m_profileId(std::move(profileId))
    , m_secrets(&secrets)
{ }

ApiError KeychainCredentialSource::toApiError(const SecretError &error)
{
    ApiError out = authError(error.message);
    out.detail = error.detail;
    return out;
}

void KeychainCredentialSource::fetchCredentials(QObject *context,
                                                std::function<void(Result<ApiCredentials>)> done)
{
    const auto profile = m_profiles ? m_profiles->findById(m_profileId) : std::nullopt;
    if (!profile || !m_secrets) {
        const ApiError error = authError(QCoreApplication::translate(
            "portone::profiles", "This merchant profile no longer exists; choose another one."));
        QObject *receiver = context ? context : QCoreApplication::instance();
        QTimer::singleShot(0, receiver, [done = std::move(done), error] { done(error); });
        return;
    }
    m_secrets->readSecret(
        m_profileId, context,
        [impKey = profile->impKey, done = std::move(done)](const SecretResult<QString> &secret) {
            if (!secret.ok()) {
                done(toApiError(secret.error()));
                return;
            }
            if (secret.value().isEmpty()) {
                done(authError(QCoreApplication::translate(
                    "portone::profiles", "The saved API secret is empty; enter it again.")));
                return;
            }
            done(ApiCredentials { impKey, secret.value() });
        });
}

} // namespace portone
