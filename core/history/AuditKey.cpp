#include "core/history/AuditKey.h"

#include "core/history/AuditLog.h"
#include "core/profiles/SecretStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QPointer>
#include <QRandomGenerator>

namespace portone {

namespace {

constexpr qsizetype KeyBytes = 32;

QByteArray newKey()
{
    QByteArray key(KeyBytes, '\0');
    QRandomGenerator::system()->generate(key.begin(), key.end());
    return key;
}

} // namespace

QString auditKeyName(const QString &dataDirectory)
{
    const QByteArray folder = QDir::cleanPath(QDir(dataDirectory).absolutePath()).toUtf8();
    return QStringLiteral("audit_hmac_key/")
        + QString::fromLatin1(
               QCryptographicHash::hash(folder, QCryptographicHash::Sha256).toHex().left(16));
}

void keyAuditLog(SecretStore &secrets, const QString &dataDirectory, AuditLog &log)
{
    const QString name = auditKeyName(dataDirectory);
    QPointer<SecretStore> store(&secrets);
    secrets.readEntry(name, &log, [&log, store, name](const SecretResult<QString> &read) {
        if (read.ok()) {
            const QByteArray key = QByteArray::fromBase64(read.value().toLatin1());
            if (key.size() == KeyBytes)
                log.setKey(key, false);
            else
                log.setKeyUnavailable(QStringLiteral("the key in the keychain is damaged"));
            return;
        }
        if (read.error().kind != SecretError::Kind::NotFound || !store) {
            log.setKeyUnavailable(read.error().text());
            return;
        }
        const QByteArray key = newKey();
        store->writeEntry(name, QString::fromLatin1(key.toBase64()), &log,
                          [&log, key](const SecretOutcome &written) {
                              if (written)
                                  log.setKeyUnavailable(written->text());
                              else
                                  log.setKey(key, true);
                          });
    });
}

} // namespace portone
