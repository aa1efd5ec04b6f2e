#pragma once

#include "core/api/ApiError.h"
#include "core/api/CertificationModels.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace portone {

class Clock;

class ChannelPicker;
class FieldMessages;
class Connection;

// Step 1 of the OTP certification (본인인증): what PortOne needs to send the code. Checks each
// field with the core rules as the operator types, and the whole request on submit; what was
// typed is never lost on an error.
class OtpRequestForm : public QWidget
{
    Q_OBJECT

public:
    // clock: "now" for the merchant_uids it makes.
    explicit OtpRequestForm(const Clock &clock, QWidget *parent = nullptr);

    void setConnection(Connection &connection); // once: fills the channel list, per profile
    OtpRequest request() const; // as typed (birth without separators)
    bool appMode() const;
    // Whole-request check with the messages next to the fields; true when it can be sent.
    bool checkAll();
    void showFieldErrors(const FieldErrors &errors);
    void clearMessages();
    // After a finished flow: name, phone, birth and gender digit go; choices stay.
    void clearPersonalFields();
    void renewMerchantUid();
    void setBusy(bool busy);
    void focusFirstField();
    QPushButton *requestButton() const { return m_requestButton; }

Q_SIGNALS:
    void submitted();

private:
    const Clock &m_clock;
    void buildForm(QFormLayout *form);
    void checkField(const QString &field, bool force);
    std::optional<QString> ruleFor(const QString &field) const;
    void updateMethodNote();

    FieldMessages *m_messages;
    QLineEdit *m_nameEdit;
    QLineEdit *m_phoneEdit;
    QLineEdit *m_birthEdit;
    QLineEdit *m_genderDigitEdit;
    QComboBox *m_carrierCombo;
    QCheckBox *m_mvnoCheck;
    QLineEdit *m_companyEdit;
    QLineEdit *m_merchantUidEdit;
    QPushButton *m_newMerchantUidButton;
    ChannelPicker *m_channelPicker;
    QComboBox *m_methodCombo;
    QLabel *m_methodNoteLabel = nullptr;
    QPlainTextEdit *m_bypassEdit;
    QPushButton *m_requestButton;
};

} // namespace portone
