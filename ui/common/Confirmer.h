#pragma once

#include <QString>

class QWidget;

namespace portone {

// What an irreversible action asks before it is sent: the title names the action, the text
// says what will happen and names the ids/amounts involved.
struct ConfirmationRequest
{
    QString title;
    QString text;
    QString acceptText; // e.g. "Delete permanently", "Pay 5,000 points"
};

// Asks the operator to confirm. The app uses DialogConfirmer (a modal QMessageBox); widget
// tests pass their own to answer without a modal loop.
class Confirmer
{
public:
    virtual ~Confirmer() = default;
    virtual bool confirm(QWidget *parent, const ConfirmationRequest &request) = 0;
};

class DialogConfirmer final : public Confirmer
{
public:
    bool confirm(QWidget *parent, const ConfirmationRequest &request) override;
};

} // namespace portone
