#include "ui/ProfileSwitcher.h"

#include "ui/AppSettings.h"
#include "ui/DeskSession.h"
#include "ui/common/Icons.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace portone {

ProfileSwitcher::ProfileSwitcher(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_combo(new QComboBox(this))
    , m_modeLabel(new QLabel(this))
    , m_tierLabel(new QLabel(this))
    , m_readOnlyLabel(new QLabel(tr("READ-ONLY"), this))
    , m_manageButton(new QPushButton(tr("Manage profiles…"), this))
{
    m_combo->setObjectName(QStringLiteral("profileComboBox"));
    m_combo->setAccessibleName(tr("Active profile"));
    m_combo->setMinimumContentsLength(18);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_modeLabel->setObjectName(QStringLiteral("profileModeLabel"));
    m_modeLabel->setMargin(4);
    m_tierLabel->setObjectName(QStringLiteral("profileTierLabel"));
    m_readOnlyLabel->setObjectName(QStringLiteral("profileReadOnlyLabel"));
    m_readOnlyLabel->setMargin(4);
    m_readOnlyLabel->setAccessibleName(tr("Read-only profile: look-ups only"));
    m_readOnlyLabel->setToolTip(tr("Read-only profile: look-ups only"));
    m_readOnlyLabel->setStyleSheet(
        QStringLiteral("background:#455a64;color:white;font-weight:bold;border-radius:3px"));
    m_manageButton->setObjectName(QStringLiteral("manageProfilesButton"));
    m_manageButton->setIcon(appIcon(AppIcon::Profiles));

    auto *caption = new QLabel(tr("Profile:"), this);
    caption->setBuddy(m_combo);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(caption);
    layout->addWidget(m_combo);
    layout->addWidget(m_modeLabel);
    layout->addWidget(m_readOnlyLabel);
    layout->addWidget(m_tierLabel);
    layout->addWidget(m_manageButton);

    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        if (!m_filling)
            Q_EMIT profileChosen(m_combo->itemData(index).toString());
    });
    connect(m_manageButton, &QPushButton::clicked, this, &ProfileSwitcher::manageRequested);
    connect(&m_session.profiles(), &ProfileStore::profilesChanged, this, &ProfileSwitcher::reload);
    connect(&m_session, &DeskSession::activeProfileChanged, this, &ProfileSwitcher::showActive);
    reload();
}

void ProfileSwitcher::reload()
{
    m_filling = true;
    m_combo->clear();
    m_combo->addItem(tr("Sandbox (built-in, no keys)"), AppSettings::SandboxProfileId);
    const QList<Profile> profiles = m_session.profiles().profiles();
    for (const Profile &profile : profiles)
        m_combo->addItem((profile.live ? tr("%1 (live)").arg(profile.name) : profile.name)
                             + (profile.readOnly ? tr(" · read-only") : QString()),
                         profile.id);
    m_filling = false;
    showActive();
}

void ProfileSwitcher::showActive()
{
    const bool active = m_session.hasActiveProfile();
    const Profile &profile = m_session.activeProfile();
    m_filling = true;
    if (!active) {
        m_combo->setCurrentIndex(-1);
        m_combo->setPlaceholderText(tr("No profile"));
    } else {
        const QString id = profile.builtInSandbox ? AppSettings::SandboxProfileId : profile.id;
        m_combo->setCurrentIndex(m_combo->findData(id));
    }
    m_filling = false;

    m_modeLabel->setVisible(active);
    m_tierLabel->setVisible(active);
    m_readOnlyLabel->setVisible(active && profile.readOnly);
    m_modeLabel->setText(profile.live ? tr("LIVE") : tr("TEST"));
    m_modeLabel->setAccessibleName(profile.live ? tr("Live account: real payments")
                                                : tr("Test account"));
    m_modeLabel->setStyleSheet(
        profile.live
            ? QStringLiteral("background:#c62828;color:white;font-weight:bold;border-radius:3px")
            : QStringLiteral("background:#2e7d32;color:white;font-weight:bold;border-radius:3px"));
    m_tierLabel->setText(profile.tierCode.isEmpty() ? tr("No Tier")
                                                    : tr("Tier %1").arg(profile.tierCode));
}

} // namespace portone
