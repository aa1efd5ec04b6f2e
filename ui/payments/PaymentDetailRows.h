#pragma once

#include "ui/common/ResultView.h"

#include <QCoreApplication>
#include <QList>

namespace portone {

struct Payment;

// The rows of a payment's detail, readable rather than raw: card and bank codes beside their
// names, the virtual account, the buyer's contact and address, cash receipt, custom_data laid
// out key by key, the refunded and the refundable amounts. Fields a payment does not have are
// left out.
class PaymentDetailRows
{
    Q_DECLARE_TR_FUNCTIONS(portone::PaymentDetailRows)

public:
    static QList<ResultRow> forPayment(const Payment &payment);
    // "name (code)", the name alone or the code alone: whichever of them PortOne sent.
    static QString nameWithCode(const QString &name, const QString &code);
    static QString yesNo(bool value);

private:
    static QString readableCustomData(const QString &customData);
    static void addCardRows(QList<ResultRow> &rows, const Payment &payment);
    static void addBankRows(QList<ResultRow> &rows, const Payment &payment);
    static void addBuyerRows(QList<ResultRow> &rows, const Payment &payment);
};

} // namespace portone
