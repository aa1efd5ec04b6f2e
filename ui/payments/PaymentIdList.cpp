#include "ui/payments/PaymentIdList.h"

#include <QRegularExpression>
#include <QSet>

namespace portone {

QStringList parsePaymentIdList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList ids;
    QSet<QString> seen;
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!seen.contains(part)) {
            seen.insert(part);
            ids.append(part);
        }
    }
    return ids;
}

} // namespace portone
