#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace portone {

// A keychain failure. Its own type rather than ApiError: none of ApiError's fields (HTTP status,
// envelope code) apply, and the UI offers different remedies per kind (unlock, keep the secret
// for this session, re-enter it). KeychainCredentialSource turns it into ApiError::Kind::Auth.
struct SecretError
{
    enum class Kind
    {
        NoKeychain, // no Secret Service / D-Bus session: offer "keep for this session only"
        Unavailable, // locked, or it did not answer before our timer fired
        Denied, // the user or the keychain refused access
        NotFound, // no secret saved for this profile
        Other,
    };

    Kind kind = Kind::Other;
    QString message; // a plain sentence for the operator (translatable)
    QString detail; // QtKeychain's errorString(), verbatim; never contains the secret
    int keychainCode = 0; // QKeychain::Error, 0 when the error is ours (timeout)

    QString text() const
    {
        return detail.isEmpty() ? message : message + u' ' + u'(' + detail + u')';
    }
};

// A value or a SecretError.
template<typename T> class SecretResult
{
public:
    SecretResult(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    SecretResult(SecretError error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<0>(m_data); }
    const SecretError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, SecretError> m_data;
};

// Outcome of a write or a delete: nullopt on success.
using SecretOutcome = std::optional<SecretError>;

} // namespace portone
