#pragma once

#include <QTableWidget>

namespace portone {

struct Payment;

// A payment's refunds (cancel_history), one row each: when, how much, why, and the refund's
// receipt as a link. Hidden by its owner when the payment has none.
class CancelHistoryTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        AmountColumn,
        ReasonColumn,
        ReceiptColumn,
        ColumnCount
    };

    explicit CancelHistoryTable(QWidget *parent = nullptr);

    void setPayment(const Payment &payment);
};

} // namespace portone
