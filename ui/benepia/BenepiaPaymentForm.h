#pragma once

#include "core/api/ReferenceModels.h"

#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;

namespace portone {

class OutcomeNotice;

class BenepiaPaymentFields;
class BenepiaPaymentResult;
class DeskSession;
class RequestLifecycle;
struct ApiError;
struct Payment;

// Pays with Benepia points (POST /benepia/payment): the fields, a confirmation naming amount,
// account and order name, one request at a time, and the result. After an unknown outcome the
// merchant_uid is kept, so a retry cannot pay twice, and the payment can be looked up by it.
class BenepiaPaymentForm : public QWidget
{
    Q_OBJECT

public:
    explicit BenepiaPaymentForm(DeskSession &session, QWidget *parent = nullptr);

    void pay();
    void lookUpMerchantUid(); // GET /payments/find/{merchant_uid}
    void cancel();
    bool isBusy() const;
    void reconnect(); // after the active profile changed

    void rememberBalance(const QString &user, qint64 points);

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    bool confirmPayment(const BenepiaPaymentRequest &request);
    void answered(const BenepiaPaymentRequest &sent, const QString &impUid, const ApiError *error);
    void paid(const BenepiaPaymentRequest &request, const Payment &payment);
    bool payFailed(const ApiError &error);
    bool lookUpFailed(const QString &merchantUid, const ApiError &error);
    void foundMerchantUid(const QString &merchantUid, const Payment &payment);
    void showOutcomeUnknown(const QString &merchantUid);
    void updateButtons();

    DeskSession &m_session;
    BenepiaPaymentFields *m_fields;
    QPushButton *m_payButton;
    RequestLifecycle *m_requests;
    OutcomeNotice *m_outcomeFrame;
    QLabel *m_outcomeLabel;
    QPushButton *m_lookUpButton;
    BenepiaPaymentResult *m_result;
    QString m_unknownMerchantUid; // the payment whose fate is unknown; empty when none
    bool m_confirming = false; // the confirmation is open: a second click sends nothing
};

} // namespace portone
