#pragma once

#include "core/api/PaymentModels.h"
#include "core/api/ReferenceModels.h"

#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace portone {

class DeskSession;
class OutcomeNotice;
class PaymentDetailPanel;
class RefundFields;
class RequestLifecycle;
struct ApiError;

// The detail column of the Payments page: the selected payment's detail and, after "Refund…",
// the refund form in its place. Above both: the refund's progress, PortOne's refusal (status,
// code, message and a plain explanation), the notice of an unknown outcome with the look-up
// that settles it, and what was refunded. A refund is confirmed first, sent once (never twice by
// a double click or by itself), recorded in the audit log, and followed by a look-up of the
// payment, whose refunds the detail then shows.
class RefundPane : public QWidget
{
    Q_OBJECT

public:
    explicit RefundPane(DeskSession &session, QWidget *parent = nullptr);

    PaymentDetailPanel *detailPanel() const { return m_detail; }
    bool isBusy() const;
    bool isFormOpen() const;
    void cancel();
    void reconnect(); // after the active profile changed

    void openForm(const Payment &payment);
    void closeForm();
    void refund(); // the form's "Refund…": checks, confirms, sends
    void lookUpUnknown(); // the notice's look-up

Q_SIGNALS:
    // The payment as PortOne has it after a refund's answer or a look-up: the table updates it.
    void paymentLookedUp(const portone::Payment &payment);
    void busyChanged(bool busy);

private:
    // The refund sent and the payment as the form saw it before.
    struct Sent
    {
        Payment before;
        PaymentCancellation refund;
    };

    QWidget *makeFormPage();
    void loadBanks();
    bool confirm(const PaymentCancellation &refund);
    void answered(const Sent &sent, const ApiError *error);
    void refunded(const Sent &sent, const Payment &after);
    bool refundFailed(const Sent &sent, const ApiError &error);
    void lookUpAgain(const QString &impUid, const std::function<void(const Payment &)> &then,
                     const std::function<bool()> &otherwise);
    void showLookedUp(const Payment &payment);
    void showResult(const QString &text);
    void updateButtons();

    DeskSession &m_session;
    RequestLifecycle *m_requests;
    OutcomeNotice *m_outcomeNotice;
    QLabel *m_resultLabel;
    QStackedWidget *m_stack;
    PaymentDetailPanel *m_detail;
    RefundFields *m_fields;
    QPushButton *m_sendButton;
    QPushButton *m_closeButton;
    QList<StandardCode> m_banks; // GET /banks of the active profile, once loaded
    std::optional<Sent> m_unknown; // the refund whose outcome is unknown
    bool m_confirming = false; // the confirmation is open: a second click sends nothing
};

} // namespace portone
