#include "ui/benepia/BenepiaAccountFields.h"

#include "core/connection/Connection.h"
#include "ui/common/ChannelPicker.h"
#include "ui/common/FieldMessages.h"

#include <QFormLayout>
#include <QLineEdit>

namespace portone {

namespace {

bool looksLikeBenepia(const PgChannel &channel)
{
    for (const QString &text : { channel.channelKey, channel.channelName, channel.pgId }) {
        if (text.contains(QStringLiteral("benepia"), Qt::CaseInsensitive)
            || text.contains(QStringLiteral("베네피아")))
            return true;
    }
    return false;
}

} // namespace

BenepiaAccountFields::BenepiaAccountFields(const QString &namePrefix, QWidget *parent)
    : QObject(parent)
    , m_userEdit(new QLineEdit(parent))
    , m_passwordEdit(new QLineEdit(parent))
    // The Benepia channel is an API payment channel (a KCP channel with Benepia enabled).
    , m_channelPicker(new ChannelPicker(QStringLiteral("api_payment"), parent))
{
    m_userEdit->setObjectName(namePrefix + QStringLiteral("UserLineEdit"));
    m_userEdit->setPlaceholderText(tr("The customer's Benepia login id"));
    m_passwordEdit->setObjectName(namePrefix + QStringLiteral("PasswordLineEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setPlaceholderText(tr("Not stored; cleared after each request"));
    m_channelPicker->setObjectName(namePrefix + QStringLiteral("ChannelComboBox"));
    m_channelPicker->setMinimumContentsLength(18); // long channel names must not widen the form

    connect(m_userEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_messages)
            m_messages->set(QStringLiteral("benepia_user"), std::nullopt);
        Q_EMIT userChanged(text.trimmed());
    });
    connect(m_passwordEdit, &QLineEdit::textEdited, this, [this] {
        if (m_messages)
            m_messages->set(QStringLiteral("benepia_password"), std::nullopt);
    });
    connect(m_channelPicker, &QComboBox::activated, this, [this] { m_channelChosen = true; });
    connect(m_channelPicker->lineEdit(), &QLineEdit::textEdited, this,
            [this] { m_channelChosen = true; });
    connect(m_channelPicker, &QComboBox::editTextChanged, this, [this] {
        if (m_messages)
            m_messages->set(QStringLiteral("channel_key"), std::nullopt);
    });
    connect(m_channelPicker, &ChannelPicker::loaded, this,
            &BenepiaAccountFields::preselectBenepiaChannel);
    connect(m_channelPicker, &ChannelPicker::loadFailed, this, [this](const QString &reason) {
        if (m_messages)
            m_messages->set(QStringLiteral("channel_key"),
                            tr("The channel list could not be loaded (%1). Type the Benepia "
                               "channel_key instead.")
                                .arg(reason));
    });
}

void BenepiaAccountFields::addRows(QFormLayout *form, FieldMessages *messages)
{
    m_messages = messages;
    messages->addRow(form, QStringLiteral("benepia_user"), tr("Benepia user id:"), m_userEdit);
    messages->addRow(form, QStringLiteral("benepia_password"), tr("Benepia password:"),
                     m_passwordEdit);
    messages->addRow(form, QStringLiteral("channel_key"), tr("Channel:"), m_channelPicker);
}

void BenepiaAccountFields::setConnection(Connection &connection)
{
    m_channelChosen = false;
    connect(&connection, &Connection::profileChanged, this, [this] { m_channelChosen = false; });
    m_channelPicker->setConnection(&connection);
}

void BenepiaAccountFields::preselectBenepiaChannel()
{
    if (m_channelChosen)
        return;
    const QList<PgChannel> channels = m_channelPicker->channels();
    for (const PgChannel &channel : channels) {
        if (looksLikeBenepia(channel)) {
            m_channelPicker->setChannelKey(channel.channelKey);
            return;
        }
    }
    // No channel looks like Benepia: make the operator choose instead of guessing the first.
    m_channelPicker->setCurrentIndex(-1);
}

BenepiaCredentials BenepiaAccountFields::credentials() const
{
    return BenepiaCredentials { user(), m_passwordEdit->text(), m_channelPicker->channelKey() };
}

QString BenepiaAccountFields::user() const
{
    return m_userEdit->text().trimmed();
}

void BenepiaAccountFields::clearPassword()
{
    // setText (unlike clear()) also drops the undo history, so the value cannot come back.
    m_passwordEdit->setText(QString());
}

} // namespace portone
