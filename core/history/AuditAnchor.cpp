#include "core/history/AuditAnchor.h"

#include "core/history/DataFolder.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QSaveFile>

namespace portone {

QString AuditAnchor::macFor(qint64 sequence, const QString &hash, const QByteArray &key)
{
    const QByteArray message = QByteArray::number(sequence) + ':' + hash.toLatin1();
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).toHex());
}

std::optional<AuditAnchor> AuditAnchor::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(file.read(4096)).object();
    const QJsonValue sequence = object.value(QStringLiteral("sequence"));
    if (!sequence.isDouble() || sequence.toInteger(-1) < 0)
        return std::nullopt;
    return AuditAnchor { sequence.toInteger(), object.value(QStringLiteral("hash")).toString(),
                         object.value(QStringLiteral("hmac")).toString() };
}

std::optional<QString> AuditAnchor::write(const QString &path) const
{
    QJsonObject object { { QStringLiteral("sequence"), sequence },
                         { QStringLiteral("hash"), hash } };
    if (!mac.isEmpty())
        object.insert(QStringLiteral("hmac"), mac);
    QSaveFile file(path); // replaced whole: a crash leaves the old anchor or the new one
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(datafolder::OwnerOnly))
        return QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
    file.write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
    if (!file.commit())
        return QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
    return std::nullopt;
}

} // namespace portone
