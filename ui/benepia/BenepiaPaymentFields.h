#pragma once

#include "core/api/ApiError.h"
#include "core/api/ReferenceModels.h"

#include <QHash>
#include <QWidget>
#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace portone {

class Clock;

class BenepiaAccountFields;
class FieldMessages;
class Connection;

// The inputs of a Benepia payment (POST /benepia/payment), checked as the operator types and
// again on submit, each message under its field. Knows the last checked balance per user so
// an amount above it is refused before anything is sent.
class BenepiaPaymentFields : public QWidget
{
    Q_OBJECT

public:
    // clock: "now" for the merchant_uids it makes.
    explicit BenepiaPaymentFields(const Clock &clock, QWidget *parent = nullptr);

    void setConnection(Connection &connection); // once: the channel list follows the profile
    // The whole request, or nullopt with the messages shown next to the fields.
    std::optional<BenepiaPaymentRequest> request();
    void showErrors(const FieldErrors &errors);

    QString merchantUid() const;
    void setMerchantUid(const QString &merchantUid);
    void newMerchantUid();
    bool isTestPayment() const; // no member code
    void clearPassword();
    QWidget *lastInput() const; // for the tab order into the form's buttons

    void rememberBalance(const QString &user, qint64 points);
    void forgetBalances();
    std::optional<qint64> knownBalance(const QString &user) const;

private:
    const Clock &m_clock;
    QLineEdit *addLine(QFormLayout *form, const QString &field, const QString &label,
                       const QString &objectName, int maxLength);
    void addMultiLine(QFormLayout *form, QPlainTextEdit *edit, const QString &field,
                      const QString &label, const QString &objectName);
    void updateTestWarning();
    void refreshAmountMessage();
    // The amount message (empty when fine) and the balance hint beside it.
    std::optional<QString> checkAmount();
    void checkLength(QLineEdit *edit, const QString &field);

    FieldMessages *m_messages;
    BenepiaAccountFields *m_account;
    QLineEdit *m_memberCodeEdit = nullptr;
    QLabel *m_testWarningLabel = nullptr;
    QLineEdit *m_merchantUidEdit = nullptr;
    QLineEdit *m_amountEdit = nullptr;
    QLabel *m_balanceHintLabel = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_buyerNameEdit = nullptr;
    QLineEdit *m_buyerEmailEdit = nullptr;
    QLineEdit *m_buyerTelEdit = nullptr;
    QLineEdit *m_buyerAddrEdit = nullptr;
    QLineEdit *m_buyerPostcodeEdit = nullptr;
    QPlainTextEdit *m_noticeUrlsEdit;
    QPlainTextEdit *m_customDataEdit;
    QHash<QString, qint64> m_balances; // last checked balance by Benepia user id
};

} // namespace portone
