#pragma once

#include "core/api/ApiError.h"
#include "core/api/BillingKeyModels.h"
#include "core/api/SubscriptionModels.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace portone {

class ChannelPicker;
class Clock;
class Connection;
class FieldMessages;

// The inputs of a charge with a billing key (POST /subscribe/payments/again): merchant_uid
// (made from the clock, editable), amount in won with its words as it is typed, order name,
// tax-free part, installment months (from 50,000 won) and, for a super billing key, the channel.
// Each message goes under its field; what was typed stays.
class ChargeFields : public QWidget
{
    Q_OBJECT

public:
    ChargeFields(const Clock &clock, QWidget *parent = nullptr);

    // Once: a super billing key's channels are listed from this connection's profile.
    void setConnection(Connection &connection);
    // A new form for this key: inputs emptied, a new merchant_uid.
    void setKey(const BillingKey &key);
    // The whole request, or nullopt with the messages shown next to the fields.
    std::optional<BillingKeyCharge> charge();
    void showErrors(const FieldErrors &errors);

    QString merchantUid() const;
    void newMerchantUid();
    // While a charge's outcome is unknown its merchant_uid stays: no other can be typed or made.
    void lockMerchantUid(bool locked);
    // The channel a charge goes through, as the confirmation names it.
    QString channelDescription(const QString &channelKey) const;

    QWidget *firstInput() const;
    QWidget *lastInput() const;

private:
    QLineEdit *addLine(const QString &field, const QString &objectName, int maxLength);
    void amountEdited();
    void updateInstallments(std::optional<qint64> amount);
    void setUpChannels(const BillingKey &key);

    const Clock &m_clock;
    FieldMessages *m_messages;
    QLineEdit *m_merchantUidEdit;
    QPushButton *m_newMerchantUidButton;
    QLineEdit *m_amountEdit;
    QLabel *m_amountWordsLabel;
    QLineEdit *m_nameEdit;
    QLineEdit *m_taxFreeEdit;
    QComboBox *m_quotaCombo;
    QLabel *m_quotaNote;
    ChannelPicker *m_channelPicker;
    QFormLayout *m_form;
    Connection *m_connection = nullptr;
    QString m_customerUid;
    QString m_channelGroupId; // a super billing key's group; empty for a normal key
    QString m_keyChannel; // a normal key's PG and MID, for the confirmation
};

} // namespace portone
