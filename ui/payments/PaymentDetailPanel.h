#pragma once

#include "core/api/PaymentModels.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace portone {

class CancelHistoryTable;
class ResultView;

// The selected payment: its fields made readable (copy buttons for imp_uid and merchant_uid),
// its refunds (cancel_history), the raw answer with sensitive and personal fields masked, a
// clickable receipt link, and "Refund…", enabled only for a paid payment with a balance left on
// a profile that allows changes (its tool tip says why not otherwise).
class PaymentDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PaymentDetailPanel(QWidget *parent = nullptr);

    void showPayment(const Payment &payment);
    void clear();
    // False for a read-only profile (and without one): "Refund…" stays disabled.
    void setChangesAllowed(bool allowed);
    // The payment shown; empty (no imp_uid) after clear().
    const Payment &payment() const { return m_payment; }

    // Why this payment cannot be refunded; empty when it can.
    static QString refundBlocker(const Payment &payment, bool changesAllowed);

    ResultView *resultView() const { return m_resultView; }

Q_SIGNALS:
    void refundRequested(const portone::Payment &payment);
    void paymentChanged(); // another payment (or none) is shown

private:
    void updateRefundButton();

    QLabel *m_titleLabel;
    QLabel *m_emptyLabel;
    ResultView *m_resultView;
    QLabel *m_historyLabel;
    CancelHistoryTable *m_historyTable;
    QLabel *m_receiptLabel;
    QPushButton *m_refundButton;
    Payment m_payment;
    bool m_changesAllowed = false;
};

} // namespace portone
