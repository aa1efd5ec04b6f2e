#pragma once

#include "core/api/ReferenceModels.h"

#include <QObject>

class QFormLayout;
class QLineEdit;

namespace portone {

class ChannelPicker;
class FieldMessages;
class Connection;

// The Benepia account inputs shared by the point check and the payment form: user id,
// password and channel. The password is only ever held by its QLineEdit (echo mode Password)
// and is cleared with clearPassword() after every request (the field is emptied; memory is
// not overwritten).
class BenepiaAccountFields : public QObject
{
    Q_OBJECT

public:
    // namePrefix distinguishes the two forms' object names, e.g. "check" -> "checkUserLineEdit".
    BenepiaAccountFields(const QString &namePrefix, QWidget *parent);

    // Adds the three rows (benepia_user, benepia_password, channel_key) to the form.
    void addRows(QFormLayout *form, FieldMessages *messages);
    // Loads the channels of the connection's profile, and again when another one is opened.
    void setConnection(Connection &connection);

    BenepiaCredentials credentials() const;
    QString user() const;
    void clearPassword();

    QLineEdit *userEdit() const { return m_userEdit; }
    QLineEdit *passwordEdit() const { return m_passwordEdit; }
    ChannelPicker *channelPicker() const { return m_channelPicker; }

Q_SIGNALS:
    void userChanged(const QString &user);

private:
    void preselectBenepiaChannel();

    QLineEdit *m_userEdit;
    QLineEdit *m_passwordEdit;
    ChannelPicker *m_channelPicker;
    FieldMessages *m_messages = nullptr;
    bool m_channelChosen = false; // the operator picked or typed a channel: keep it
};

} // namespace portone
