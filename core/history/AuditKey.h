#pragma once

#include <QByteArray>
#include <QString>

namespace portone {

class AuditLog;
class SecretStore;

// The audit log's HMAC key lives in the keychain, in the SecretStore's service under
// auditKeyName(): 32 random bytes (base64), made the first time a data folder's log is keyed.
// Asynchronous like every keychain call; the log is written unkeyed until the key arrives, and
// stays unkeyed (AuditLog::setKeyUnavailable, with the keychain's reason) when there is none.
QString auditKeyName(const QString &dataDirectory); // "audit_hmac_key/<16 hex digits>"
void keyAuditLog(SecretStore &secrets, const QString &dataDirectory, AuditLog &log);

} // namespace portone
