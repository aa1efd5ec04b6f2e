#pragma once

#include "core/api/BillingKeyModels.h"

#include <QObject>

class QFormLayout;
class QGroupBox;
class QLineEdit;
class QPushButton;
class QWidget;

namespace portone {

class Clock;

class ChannelPicker;
class FieldMessages;
class Connection;

// The non-card rows of the billing-key registration form: customer_uid (with "Generate"),
// channel (api_payment channels or a typed channel_key; the deprecated pg under "Advanced"),
// channel_group_id for a super billing key, and the customer's details, each limited to the
// spec's maxLength.
class CustomerFields : public QObject
{
    Q_OBJECT
public:
    // clock: "now" for generated ids and the expiry check.
    CustomerFields(const Clock &clock, QWidget *parent, FieldMessages *messages);

    void addIdentityRows(QFormLayout *form); // customer_uid, channel, advanced
    void addCustomerRows(QFormLayout *form); // customer_id ... postcode
    void setConnection(Connection &connection); // once: the channel list follows the profile
    void fill(BillingKeyRegistration &registration) const;
    QString customerUid() const;
    QList<QWidget *> identityInputs() const; // in tab order
    QList<QWidget *> customerInputs() const;

private:
    const Clock &m_clock;
    QLineEdit *addLine(QFormLayout *form, const QString &field, const QString &label,
                       const QString &objectName, int maxLength);

    QWidget *m_parent;
    FieldMessages *m_messages;
    QLineEdit *m_customerUidEdit = nullptr;
    QPushButton *m_generateButton = nullptr;
    ChannelPicker *m_channelPicker = nullptr;
    QGroupBox *m_advancedGroup = nullptr;
    QLineEdit *m_pgEdit = nullptr;
    QLineEdit *m_channelGroupIdEdit = nullptr;
    QLineEdit *m_customerIdEdit = nullptr;
    QLineEdit *m_customerNameEdit = nullptr;
    QLineEdit *m_customerTelEdit = nullptr;
    QLineEdit *m_customerEmailEdit = nullptr;
    QLineEdit *m_customerAddrEdit = nullptr;
    QLineEdit *m_customerPostcodeEdit = nullptr;
};

} // namespace portone
