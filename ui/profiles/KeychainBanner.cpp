#include "ui/profiles/KeychainBanner.h"

#include "core/profiles/SecretError.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace portone {

KeychainBanner::KeychainBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_keepButton(new QPushButton(tr("Keep for this session only"), this))
{
    setObjectName(QStringLiteral("keychainBannerFrame"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#keychainBannerFrame { background: #fff4c2; border: 1px solid "
                                 "#e0b400; border-radius: 4px; } "
                                 "#keychainBannerFrame QLabel { color: #4a3b00; }"));
    m_label->setObjectName(QStringLiteral("keychainBannerLabel"));
    m_label->setAccessibleName(tr("Keychain status"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keepButton->setObjectName(QStringLiteral("keepForSessionButton"));
    m_keepButton->setAccessibleName(tr("Keep the secret for this session only"));
    m_keepButton->setAutoDefault(false);
    m_keepButton->setToolTip(tr("The secret stays in memory until PortOne Desk closes. It is "
                                "never written to a file."));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_keepButton, 0, Qt::AlignVCenter);
    connect(m_keepButton, &QPushButton::clicked, this, &KeychainBanner::keepForSessionRequested);
    hide();
}

bool KeychainBanner::isUnavailable(const SecretError &error)
{
    return error.kind == SecretError::Kind::NoKeychain
        || error.kind == SecretError::Kind::Unavailable;
}

void KeychainBanner::showUnavailable(const SecretError &error)
{
    // The NoKeychain message itself already offers "this session only": show only QtKeychain's
    // detail then. For a locked keyring the message says how to unlock it.
    const QString reason = error.kind == SecretError::Kind::NoKeychain && !error.detail.isEmpty()
        ? error.detail
        : error.text();
    m_label->setText(tr("<b>The system keychain is not available.</b> The secret can be kept for "
                        "this session only; it will be forgotten when PortOne Desk closes."
                        "<br><small>%1</small>")
                         .arg(reason.toHtmlEscaped()));
    m_keepButton->show();
    show();
}

void KeychainBanner::showKeptForSession()
{
    m_label->setText(tr("The secret is kept for this session only. It will be forgotten when "
                        "PortOne Desk closes; save it again once the keychain is available."));
    m_keepButton->hide();
    show();
}

void KeychainBanner::setKeepEnabled(bool enabled)
{
    m_keepButton->setEnabled(enabled);
}

QString KeychainBanner::text() const
{
    return m_label->text();
}

} // namespace portone
