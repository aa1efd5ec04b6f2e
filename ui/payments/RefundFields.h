#pragma once

#include "core/api/ApiError.h"
#include "core/api/PaymentModels.h"
#include "core/api/ReferenceModels.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace portone {

class FieldMessages;

// The fields of a refund (POST /payments/cancel) of one payment: full or partial amount (the
// cancellable balance shown and prefilled), the tax-free and VAT parts where the payment's PG
// needs them, the reason, and for a virtual-account payment the refund account. Checked next to
// each field before anything is sent. The checksum is the balance seen when the payment was
// set, kept until the next setPayment(), so a retry sends the same one.
class RefundFields : public QWidget
{
    Q_OBJECT

public:
    explicit RefundFields(QWidget *parent = nullptr);

    // Fills the form for this payment; what was typed for another payment is cleared.
    void setPayment(const Payment &payment);
    const Payment &payment() const { return m_payment; }
    double balanceSeen() const { return m_balanceSeen; }
    bool needsRefundAccount() const;
    // The banks of GET /banks, for the refund account.
    void setBanks(const QList<StandardCode> &banks);
    bool hasBanks() const;
    // The bank chosen, by name ("" when none).
    QString bankName(const QString &code) const;

    // The refund to send, or nullopt with the messages shown next to the fields.
    std::optional<PaymentCancellation> cancellation();
    void showErrors(const FieldErrors &errors);
    void clearSensitive(); // the refund account number, when the form is left

    QWidget *firstInput() const;
    QWidget *lastInput() const;

private:
    FieldErrors check(const PaymentCancellation &cancellation) const;
    std::optional<double> amountIn(const QLineEdit *edit, const QString &field,
                                   FieldErrors &errors) const;
    void updateKind();

    FieldMessages *m_messages;
    QLabel *m_summaryLabel;
    QRadioButton *m_fullRadio;
    QRadioButton *m_partialRadio;
    QLineEdit *m_amountEdit;
    QLineEdit *m_taxFreeEdit;
    QLabel *m_taxFreeNote;
    QLineEdit *m_vatEdit;
    QLabel *m_vatNote;
    QLineEdit *m_reasonEdit;
    QGroupBox *m_accountGroup;
    QLineEdit *m_holderEdit;
    QComboBox *m_bankCombo;
    QLineEdit *m_accountEdit;
    QLineEdit *m_telEdit;
    Payment m_payment;
    double m_balanceSeen = 0;
};

// A whole amount typed with or without group separators and unit ("3,000", "3000원",
// "₩3,000"); nullopt when it is not one.
std::optional<qint64> parseWholeAmount(const QString &text);

} // namespace portone
