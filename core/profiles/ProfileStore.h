#pragma once

#include "core/profiles/Profile.h"
#include "core/profiles/SecretError.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class QSettings;

namespace portone {

class SecretStore;

// The merchant profiles, non-secret fields only, in the QSettings given by the owner (the app
// passes one at the standard location, tests a temporary file). Layout:
//   profiles/<id>/name, impKey, baseUrl, tierCode, live, readOnly, certificationChannelKey,
//   billingChannelKey, benepiaChannelKey, lookupTimeoutSeconds, pgTimeoutSeconds
// imp_secret never goes here: removing a profile also deletes its keychain entry through the
// SecretStore (when one is given).
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    ProfileStore(QSettings &settings, SecretStore *secrets, QObject *parent = nullptr);

    QList<Profile> profiles() const; // sorted by name, case-insensitively
    std::optional<Profile> findById(const QString &id) const;
    std::optional<Profile> findByName(const QString &name) const; // case-insensitive

    // Saves a new profile. An empty id is replaced by a new one (written back into `profile`).
    // Returns the field errors (empty on success); the built-in sandbox is refused.
    FieldErrors add(Profile &profile);
    // Saves every field of an existing profile (matched by id).
    FieldErrors update(const Profile &profile);
    FieldErrors rename(const QString &id, const QString &newName);
    // Removes the profile now and deletes its keychain secret; `done` reports the keychain part
    // (called once unless `context` is destroyed first). False when the id is unknown.
    bool remove(const QString &id, QObject *context = nullptr,
                std::function<void(SecretOutcome)> done = {});

Q_SIGNALS:
    void profilesChanged();

private:
    FieldErrors check(const Profile &profile) const;
    void save(const Profile &profile);

    QSettings &m_settings;
    QPointer<SecretStore> m_secrets;
};

} // namespace portone
