#pragma once

#include <QWidget>

class QLabel;

namespace portone {

struct Payment;
class ResultView;

// The selected payment: its main fields (copy buttons for imp_uid and merchant_uid), the raw
// answer with sensitive and personal fields masked, and a clickable receipt link.
class PaymentDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PaymentDetailPanel(QWidget *parent = nullptr);

    void showPayment(const Payment &payment);
    void clear();

    ResultView *resultView() const { return m_resultView; }

private:
    QLabel *m_titleLabel;
    QLabel *m_emptyLabel;
    ResultView *m_resultView;
    QLabel *m_receiptLabel;
};

} // namespace portone
