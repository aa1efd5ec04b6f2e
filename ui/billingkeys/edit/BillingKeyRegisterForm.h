#pragma once

#include "core/api/BillingKeyModels.h"
#include "ui/common/RequestLifecycle.h"

#include <QWidget>

class QPushButton;

namespace portone {

class DeskSession;
struct ApiError;
class FieldMessages;
class CardFields;
class CustomerFields;
class RegisterOutcomeView;

// Registers (issues) a billing key: POST /subscribe/customers/{customer_uid}. Looks the
// customer_uid up first and asks before replacing an existing key. The card fields are cleared
// after the request, whatever its outcome.
class BillingKeyRegisterForm : public QWidget
{
    Q_OBJECT
public:
    explicit BillingKeyRegisterForm(DeskSession &session, QWidget *parent = nullptr);
    ~BillingKeyRegisterForm() override;

    void submit();
    void cancel();
    bool isBusy() const;

Q_SIGNALS:
    void registered(const BillingKey &key);

private:
    void reconnect();
    void updateEnabled();
    static RequestLifecycle::Send<BillingKey> lookUpRequest(const QString &customerUid);
    bool confirmOverwrite(const BillingKey &existing);
    void sendRegistration(const QString &customerUid);
    void onRegistrationAnswered(const QString &customerUid, const ApiError *error);
    void lookUp(const QString &customerUid);

    DeskSession &m_session;
    FieldMessages *m_messages;
    QWidget *m_fieldsWidget;
    CustomerFields *m_customer;
    CardFields *m_card;
    QPushButton *m_registerButton;
    RegisterOutcomeView *m_outcome;
    RequestLifecycle *m_requests;
};

} // namespace portone
