#pragma once

#include "core/api/ApiError.h"

#include <QString>
#include <QUrl>

namespace portone {

struct ClientSettings;

// One merchant account the console talks to. Everything here is non-secret and may be saved
// in QSettings; imp_secret lives in the keychain (SecretStore), under a key derived from `id`.
struct Profile
{
    QString id; // stable (QUuid without braces); namespaces the keychain key
    QString name; // shown to the operator; unique, case-insensitively (checked by ProfileStore)
    QString impKey;
    QUrl baseUrl = defaultBaseUrl();
    QString tierCode; // agencies: the sub-merchant's Tier header; empty otherwise
    bool live = false;
    bool readOnly = false; // look-ups only: state-changing calls are refused (ClientSettings)
    QString certificationChannelKey;
    QString billingChannelKey;
    QString benepiaChannelKey;
    bool builtInSandbox = false; // the app's Sandbox profile: never persisted
    // Request timeouts ("Advanced"): look-ups and most calls, and the calls that wait on a
    // card company or PG (billing-key registration, Benepia payment).
    int lookupTimeoutSeconds = DefaultLookupTimeoutSeconds;
    int pgTimeoutSeconds = DefaultPgTimeoutSeconds;

    static constexpr int DefaultLookupTimeoutSeconds = 15;
    static constexpr int DefaultPgTimeoutSeconds = 60;
    static constexpr int MinTimeoutSeconds = 5;
    static constexpr int MaxLookupTimeoutSeconds = 120;
    static constexpr int MaxPgTimeoutSeconds = 300;

    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://api.iamport.kr")); }
    static QString newId();
};

// Field checks on one profile, keyed "name", "imp_key", "base_url", "tier_code",
// "lookup_timeout", "pg_timeout". Name uniqueness is ProfileStore's job.
FieldErrors validate(const Profile &profile);

// True for localhost, 127.0.0.0/8 and ::1: the only hosts allowed over plain http (and only
// for profiles that are not live).
bool isLoopbackHost(const QString &host);

// The client settings of a profile: base URL, Tier, read-only, timeouts, https only when live.
ClientSettings clientSettings(const Profile &profile);

// Scheme, host and port of a base URL: the server a stored imp_secret belongs to.
bool sameServer(const QUrl &a, const QUrl &b);

} // namespace portone
