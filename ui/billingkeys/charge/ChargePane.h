#pragma once

#include "core/api/BillingKeyModels.h"
#include "core/api/SubscriptionModels.h"
#include "core/profiles/Profile.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;

namespace portone {

class ChargeFields;
class DeskSession;
class OutcomeNotice;
class RequestLifecycle;
struct ApiError;

// "Charge now" for one billing key (POST /subscribe/payments/again): the form, the
// confirmation naming customer, masked card, amount and channel, and the answer judged by the
// payment's status: paid (imp_uid, receipt), declined (PortOne's fail_reason, nothing charged),
// refused (the error panel), or unknown — the merchant_uid is then kept, and the look-up by
// merchant_uid settles it. Sent once per confirmation, never retried by itself; every sent
// charge is an audit entry. The key belongs to the profile the form was opened on: on another
// profile nothing is charged, and an unknown outcome stays, looked up only on its own profile
// (a merchant_uid means nothing to another merchant).
class ChargePane : public QWidget
{
    Q_OBJECT

public:
    explicit ChargePane(DeskSession &session, QWidget *parent = nullptr);

    void open(const BillingKey &key); // a new form for this key
    QString customerUid() const { return m_key.customerUid(); }
    bool isBusy() const;
    // A charge's outcome is unknown until looked up: the pane should stay open.
    bool holdsUnknownOutcome() const { return m_unknown.has_value(); }
    void cancel();
    void reconnect(); // after the active profile changed

    void charge(); // the form's "Charge…": checks, confirms, sends
    void lookUpUnknown(); // the notice's look-up by merchant_uid

Q_SIGNALS:
    void closeRequested();
    // A payment of the key was made or declined: its payments list has one more.
    void paymentRecorded(const QString &customerUid);
    void busyChanged(bool busy);

private:
    bool confirm(const BillingKeyCharge &charge);
    void answered(const BillingKeyCharge &charge, const ChargeResult &result);
    bool failed(const BillingKeyCharge &charge, const ApiError &error);
    void showOutcomeUnknown(const QString &text);
    void showNotice();
    bool onTheKeysProfile() const;
    void settled(const Payment &payment);
    bool lookUpFailed(const QString &merchantUid, const ApiError &error);
    void showResult(const QString &text, bool success);
    void updateButtons();

    DeskSession &m_session;
    BillingKey m_key;
    Profile m_keyProfile; // the profile active when the form was opened: the key's merchant
    RequestLifecycle *m_requests;
    QLabel *m_titleLabel;
    OutcomeNotice *m_outcomeNotice;
    QLabel *m_resultLabel;
    ChargeFields *m_fields;
    QPushButton *m_sendButton;
    QPushButton *m_closeButton;
    std::optional<BillingKeyCharge> m_unknown; // the charge whose outcome is unknown
    QString m_unknownText; // what the notice says about it
    bool m_confirming = false; // the confirmation is open: a second click sends nothing
};

} // namespace portone
