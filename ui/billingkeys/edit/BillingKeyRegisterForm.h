#pragma once

#include "core/api/BillingKeyModels.h"
#include "core/api/CallHandle.h"
#include "core/api/Result.h"

#include <QWidget>

class QPushButton;

namespace portone {

class DeskSession;
struct ApiError;
class ErrorPanel;
class RequestProgress;
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
    enum class Step
    {
        Idle,
        CheckingExisting,
        Registering,
        LookingUp
    };
    void reconnect();
    void onExistingChecked(const Result<BillingKey> &result);
    bool confirmOverwrite(const BillingKey &existing);
    void sendRegistration();
    void onRegistered(const QString &customerUid, const Result<BillingKey> &result);
    void lookUp(const QString &customerUid);
    void setStep(Step step);
    void finishWithError(const ApiError &error);

    DeskSession &m_session;
    FieldMessages *m_messages;
    QWidget *m_fieldsWidget;
    CustomerFields *m_customer;
    CardFields *m_card;
    QPushButton *m_registerButton;
    RequestProgress *m_progress;
    ErrorPanel *m_errorPanel;
    RegisterOutcomeView *m_outcome;
    Step m_step = Step::Idle;
    QString m_pendingUid;
};

} // namespace portone
