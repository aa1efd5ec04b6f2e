#pragma once

#include "core/api/ApiError.h"

#include <QString>
#include <QUrl>

namespace portone {

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

    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://api.iamport.kr")); }
    static QString newId();
};

// Field checks on one profile, keyed "name", "imp_key", "base_url", "tier_code".
// Name uniqueness is ProfileStore's job.
FieldErrors validate(const Profile &profile);

// True for localhost, 127.0.0.0/8 and ::1: the only hosts allowed over plain http.
bool isLoopbackHost(const QString &host);

} // namespace portone
