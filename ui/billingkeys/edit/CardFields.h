#pragma once

#include "core/api/BillingKeyModels.h"

#include <QObject>

class QFormLayout;
class QLineEdit;
class QToolButton;
class QWidget;

namespace portone {

class FieldMessages;

// The sensitive card rows of the billing-key registration form: card number (grouped in fours
// as typed, Luhn-checked live), expiry YYYY-MM with a month picker, birth, the first two digits
// of the card password and the CVC. Nothing here is ever shown again once wiped.
class CardFields : public QObject
{
    Q_OBJECT
public:
    CardFields(QWidget *parent, FieldMessages *messages);

    void addRows(QFormLayout *form);
    void fill(BillingKeyRegistration &registration) const;
    // Clears the inputs (and their undo history) after a request, whatever its outcome.
    void wipe();
    QList<QWidget *> inputs() const; // in tab order

private:
    void reformatCardNumber();
    void pickMonth(int year, int month);

    QWidget *m_parent;
    FieldMessages *m_messages;
    QLineEdit *m_cardNumberEdit;
    QLineEdit *m_expiryEdit;
    QToolButton *m_expiryPickerButton;
    QWidget *m_expiryRow;
    QLineEdit *m_birthEdit;
    QLineEdit *m_pwd2DigitEdit;
    QLineEdit *m_cvcEdit;
};

// Overwrites a QString's characters in place before clearing it, so the value does not linger
// in the string's buffer.
void overwriteAndClear(QString &value);

} // namespace portone
