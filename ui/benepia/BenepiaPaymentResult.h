#pragma once

#include <QWidget>

class QLabel;

namespace portone {

class ResultView;
struct Payment;

// The answer of a Benepia payment (or of looking it up): ids with copy buttons, status,
// amount, paid at (local time, UTC in the tool tip), whether it was a test payment, and the
// receipt as a clickable link. Hidden until there is a payment to show.
class BenepiaPaymentResult : public QWidget
{
    Q_OBJECT

public:
    explicit BenepiaPaymentResult(QWidget *parent = nullptr);

    // caption: what the payment is, e.g. "Paid" or "Found by merchant_uid".
    void showPayment(const QString &caption, const Payment &payment);
    void clear();

    ResultView *view() const { return m_view; }
    QString receiptUrl() const { return m_receiptUrl; }

private:
    QLabel *m_captionLabel;
    QLabel *m_emptyLabel;
    QLabel *m_receiptLabel;
    ResultView *m_view;
    QString m_receiptUrl;
};

} // namespace portone
