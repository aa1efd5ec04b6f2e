#pragma once

#include "core/api/BillingKeyModels.h"

#include <QObject>

class QFormLayout;
class QLineEdit;
class QToolButton;
class QWidget;

namespace portone {

class Clock;

class FieldMessages;

// The sensitive card rows of the billing-key registration form: card number (grouped in fours
// as typed, Luhn-checked live), expiry YYYY-MM with a month picker, birth, the first two digits
// of the card password and the CVC. The card number and expiry are shown as typed but cannot be
// copied, cut, dragged or selected into the X11 primary selection (CopyProtectedLineEdit); the
// other three use password echo. Nothing here is shown again once the inputs are cleared.
//
// Clearing empties the fields and their undo history; it does not wipe memory. QLineEdit and
// its text layout keep internal copies of what was typed (the undo stack's removed characters,
// the layout's display string) that are freed, not overwritten, and QString offers no way to
// reach them.
class CardFields : public QObject
{
    Q_OBJECT
public:
    // clock: "now" for generated ids and the expiry check.
    CardFields(const Clock &clock, QWidget *parent, FieldMessages *messages);

    void addRows(QFormLayout *form);
    void fill(BillingKeyRegistration &registration) const;
    // Clears the inputs (and their undo history) after a request, whatever its outcome.
    void clearInputs();
    QList<QWidget *> inputs() const; // in tab order

private:
    const Clock &m_clock;
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

} // namespace portone
