#include "core/util/MerchantUid.h"

#include <QRandomGenerator>

namespace portone {

QString makeMerchantUid(const QString &purpose, const QDateTime &now)
{
    const quint32 random = QRandomGenerator::global()->bounded(0x1000000u);
    QString uid = QStringLiteral("desk_%1_%2_%3")
                      .arg(purpose.left(8), now.toString(QStringLiteral("yyyyMMdd'T'HHmmss")))
                      .arg(random, 6, 16, QLatin1Char('0'));
    return uid.left(40);
}

} // namespace portone
