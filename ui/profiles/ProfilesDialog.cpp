#include "ui/profiles/ProfilesDialog.h"

#include "core/profiles/Profile.h"
#include "ui/DeskSession.h"
#include "ui/common/Icons.h"
#include "ui/profiles/KeychainBanner.h"
#include "ui/profiles/ProfileConnectionTest.h"
#include "ui/profiles/ProfileEditor.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace portone {

namespace {

constexpr int IdRole = Qt::UserRole;

QString listText(const Profile &profile)
{
    QStringList parts { profile.name };
    parts << (profile.live ? ProfilesDialog::tr("LIVE") : ProfilesDialog::tr("test"));
    if (!profile.tierCode.isEmpty())
        parts << ProfilesDialog::tr("Tier %1").arg(profile.tierCode);
    return parts.join(QStringLiteral("  ·  "));
}

QPushButton *makeButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    return button;
}

} // namespace

ProfilesDialog::ProfilesDialog(DeskSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_list(new QListWidget(this))
    , m_editor(new ProfileEditor(this))
    , m_connectionTest(new ProfileConnectionTest(this))
    , m_addButton(makeButton(tr("&Add"), QStringLiteral("addProfileButton"), this))
    , m_deleteButton(makeButton(tr("&Delete…"), QStringLiteral("deleteProfileButton"), this))
    , m_saveButton(makeButton(tr("&Save"), QStringLiteral("saveProfileButton"), this))
    , m_closeButton(makeButton(tr("Close"), QStringLiteral("closeButton"), this))
    , m_keychainBar(new QProgressBar(this))
    , m_statusLabel(new QLabel(this))
    , m_emptyHintLabel(new QLabel(this))
    , m_scrollArea(new QScrollArea(this))
{
    m_addButton->setIcon(appIcon(AppIcon::Add));
    m_deleteButton->setIcon(appIcon(AppIcon::Delete));
    m_saveButton->setIcon(appIcon(AppIcon::Confirm));
    buildLayout();
    connect(m_list, &QListWidget::currentItemChanged, this, &ProfilesDialog::onSelectionChanged);
    connect(m_addButton, &QPushButton::clicked, this, &ProfilesDialog::startNewProfile);
    connect(m_deleteButton, &QPushButton::clicked, this, &ProfilesDialog::deleteProfile);
    connect(m_saveButton, &QPushButton::clicked, this, &ProfilesDialog::save);
    connect(m_closeButton, &QPushButton::clicked, this, &ProfilesDialog::reject);
    connect(m_connectionTest, &ProfileConnectionTest::testRequested, this,
            &ProfilesDialog::testConnection);
    connect(m_connectionTest, &ProfileConnectionTest::resultShown, this, [this] {
        // After the new rows are laid out: bring the result into view.
        QTimer::singleShot(0, this,
                           [this] { m_scrollArea->ensureWidgetVisible(m_connectionTest); });
    });
    connect(m_editor->keychainBanner(), &KeychainBanner::keepForSessionRequested, this,
            &ProfilesDialog::keepForSession);
    connect(m_editor, &ProfileEditor::secretTypedChanged, this, &ProfilesDialog::updateButtons);
    connect(&m_session.profiles(), &ProfileStore::profilesChanged, this,
            &ProfilesDialog::reloadList);

    reloadList();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        startNewProfile();
}

bool ProfilesDialog::selectProfile(const QString &profileId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(IdRole).toString() == profileId) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void ProfilesDialog::startNewProfile()
{
    if (m_keychainBusy)
        return;
    m_list->setCurrentItem(nullptr);
    m_list->clearSelection();
    ++m_statusGeneration;
    m_editor->startNew();
    m_connectionTest->clear();
    setStatus(QString());
    updateButtons();
    m_editor->setFocus();
}

bool ProfilesDialog::isBusy() const
{
    return m_keychainBusy || m_connectionTest->isBusy();
}

void ProfilesDialog::reject()
{
    if (m_connectionTest->isBusy()) {
        m_connectionTest->cancel();
        return;
    }
    QDialog::reject();
}

void ProfilesDialog::reloadList()
{
    const QString current = m_editor->editedId();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QList<Profile> profiles = m_session.profiles().profiles();
    for (const Profile &profile : profiles) {
        auto *item = new QListWidgetItem(listText(profile), m_list);
        item->setData(IdRole, profile.id);
        item->setToolTip(profile.baseUrl.toString());
        if (profile.live) {
            item->setForeground(QColor(0xc6, 0x28, 0x28));
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        if (profile.id == current)
            m_list->setCurrentItem(item);
    }
    m_emptyHintLabel->setVisible(m_list->count() == 0);
}

void ProfilesDialog::onSelectionChanged()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const std::optional<Profile> profile
        = m_session.profiles().findById(item->data(IdRole).toString());
    if (!profile)
        return;
    m_connectionTest->cancel();
    m_connectionTest->clear();
    m_editor->loadProfile(*profile);
    setStatus(QString());
    refreshSecretStatus();
    updateButtons();
}

void ProfilesDialog::save()
{
    if (m_keychainBusy)
        return; // a keychain write is running: a second click must not start another one
    Profile profile = m_editor->profile();
    const QString secret = m_editor->typedSecret();
    const bool isNew = profile.id.isEmpty();
    setStatus(QString());
    if (isNew && secret.isEmpty()) {
        FieldErrors errors = validate(profile);
        const auto sameName = m_session.profiles().findByName(profile.name);
        if (!profile.name.isEmpty() && sameName)
            errors.append({ QStringLiteral("name"), tr("Another profile already has this name.") });
        errors.append({ QStringLiteral("imp_secret"),
                        tr("Enter the REST API secret (imp_secret) from the PortOne admin "
                           "console.") });
        m_editor->showErrors(errors);
        return;
    }
    if (m_editor->serverChanged() && secret.isEmpty()) {
        FieldErrors errors = validate(profile);
        errors.append({ QStringLiteral("imp_secret"), ProfileEditor::serverChangedText() });
        m_editor->showErrors(errors);
        setStatus(tr("Not saved: correct the marked fields."));
        return;
    }
    const bool serverChanged = m_editor->serverChanged();
    const FieldErrors errors
        = isNew ? m_session.profiles().add(profile) : m_session.profiles().update(profile);
    if (!errors.isEmpty()) {
        m_editor->showErrors(errors);
        setStatus(tr("Not saved: correct the marked fields."));
        return;
    }
    m_editor->showErrors({});
    m_editor->setEditedId(profile.id);
    m_session.recordAction(profile, isNew ? AuditAction::ProfileAdded : AuditAction::ProfileEdited,
                           { profile.name }, {}, QStringLiteral("ok"),
                           profile.readOnly ? QStringLiteral("read-only") : QString());
    reloadList();
    if (secret.isEmpty()) {
        setStatus(tr("Profile “%1” saved.").arg(profile.name));
        Q_EMIT profileSaved(profile.id);
        return;
    }
    storeSecret(profile.id, secret, !isNew, serverChanged);
}

void ProfilesDialog::storeSecret(const QString &profileId, const QString &secret, bool replacing,
                                 bool serverChanged)
{
    ++m_statusGeneration;
    setKeychainBusy(tr("Saving the secret in the system keychain…"));
    m_session.secrets().writeSecret(
        profileId, secret, this,
        [this, profileId, replacing, serverChanged](const SecretOutcome &outcome) {
            setKeychainBusy(QString());
            if (outcome && serverChanged) // the old secret must not follow the new address
                m_session.secrets().deleteSecret(profileId, nullptr, {});
            const auto saved = m_session.profiles().findById(profileId);
            const QString name = saved ? saved->name : QString();
            if (replacing && saved)
                m_session.recordAction(*saved, AuditAction::SecretReplaced, { name }, {},
                                       outcome ? QStringLiteral("failed") : QStringLiteral("ok"),
                                       outcome ? outcome->text() : QString());
            const bool shown = m_editor->editedId() == profileId;
            if (!outcome) {
                if (shown) {
                    m_editor->clearTypedSecret();
                    m_editor->keychainBanner()->hide();
                    m_editor->setSecretStatus(tr("A secret is stored in the keychain."));
                }
                setStatus(tr("Profile “%1” saved; its secret is stored in the system keychain.")
                              .arg(name));
            } else {
                if (shown)
                    showSecretError(*outcome, true);
                setStatus(
                    KeychainBanner::isUnavailable(*outcome)
                        ? tr("Profile “%1” saved without its secret: the keychain is not "
                             "available.")
                              .arg(name)
                        : tr("Profile “%1” saved, but its secret could not be stored.").arg(name));
            }
            Q_EMIT profileSaved(profileId);
        });
}

void ProfilesDialog::keepForSession()
{
    const QString id = m_editor->editedId();
    const QString secret = m_editor->typedSecret();
    if (id.isEmpty() || secret.isEmpty() || m_keychainBusy)
        return;
    if (m_editor->serverChanged()) {
        // The secret belongs to the new address, which is not saved yet: save first.
        m_editor->setFieldMessage(QStringLiteral("imp_secret"),
                                  tr("Save the profile with its new API address first."));
        return;
    }
    ++m_statusGeneration;
    m_session.secrets().setSessionOnlySecret(id, secret);
    if (const auto profile = m_session.profiles().findById(id))
        m_session.recordAction(*profile, AuditAction::SecretReplaced, { profile->name }, {},
                               QStringLiteral("ok"), QStringLiteral("kept for this session only"));
    m_editor->clearTypedSecret();
    m_editor->keychainBanner()->showKeptForSession();
    m_editor->setSecretStatus(tr("Secret kept for this session only (not in the keychain)."));
    setStatus(tr("The secret is kept in memory until PortOne Desk closes."));
    Q_EMIT profileSaved(id);
}

void ProfilesDialog::deleteProfile()
{
    const QString id = m_editor->editedId();
    const auto profile = m_session.profiles().findById(id);
    if (m_keychainBusy || !profile)
        return;
    const ConfirmationRequest request {
        tr("Delete profile"),
        tr("Delete the profile “%1” (imp_key %2)? Its imp_secret is erased from the system "
           "keychain. This cannot be undone.")
            .arg(profile->name, profile->impKey),
        tr("Delete profile"),
    };
    if (!m_session.prompts().confirm(this, request))
        return;
    const bool active
        = !m_session.activeProfile().builtInSandbox && m_session.activeProfile().id == id;
    if (active && !m_session.confirmLeavingCallsInFlight(this))
        return;
    m_connectionTest->cancel();
    setKeychainBusy(tr("Erasing the secret from the keychain…"));
    m_editor->startNew();
    m_session.profiles().remove(id, this, [this, deleted = *profile](const SecretOutcome &outcome) {
        setKeychainBusy(QString());
        const QString &name = deleted.name;
        m_session.recordAction(
            deleted, AuditAction::ProfileDeleted, { name }, {}, QStringLiteral("ok"),
            outcome ? QStringLiteral("keychain secret not erased: %1").arg(outcome->text())
                    : QString());
        setStatus(outcome ? tr("Profile “%1” deleted, but its keychain secret could not be "
                               "erased: %2")
                                .arg(name, outcome->text())
                          : tr("Profile “%1” deleted; its keychain secret was erased.").arg(name));
    });
    Q_EMIT profileDeleted(id);
}

void ProfilesDialog::refreshSecretStatus()
{
    const QString id = m_editor->editedId();
    const int generation = ++m_statusGeneration;
    if (id.isEmpty())
        return;
    if (m_session.secrets().hasSessionOnlySecret(id)) {
        m_editor->setSecretStatus(tr("Secret kept for this session only (not in the keychain)."));
        return;
    }
    m_editor->setSecretStatus(tr("Checking the keychain…"));
    m_session.secrets().hasSecret(id, this, [this, generation](const SecretResult<bool> &result) {
        if (generation != m_statusGeneration)
            return; // another profile is shown now, or a newer answer is coming
        if (result.ok()) {
            m_editor->setSecretStatus(result.value() ? tr("A secret is stored in the keychain.")
                                                     : tr("No secret stored."));
            return;
        }
        m_editor->setSecretStatus(tr("Unknown: the keychain could not be read."));
        showSecretError(result.error(), false);
    });
}

void ProfilesDialog::showSecretError(const SecretError &error, bool whileSaving)
{
    if (KeychainBanner::isUnavailable(error)) {
        m_editor->keychainBanner()->showUnavailable(error);
        updateButtons();
        return;
    }
    m_editor->setFieldMessage(
        QStringLiteral("imp_secret"),
        whileSaving ? tr("The secret could not be stored: %1").arg(error.text()) : error.text());
}

void ProfilesDialog::setKeychainBusy(const QString &text)
{
    m_keychainBusy = !text.isEmpty();
    m_keychainBar->setVisible(m_keychainBusy);
    if (m_keychainBusy)
        setStatus(text);
    updateButtons();
}

void ProfilesDialog::updateButtons()
{
    m_saveButton->setEnabled(!m_keychainBusy);
    m_addButton->setEnabled(!m_keychainBusy);
    m_list->setEnabled(!m_keychainBusy);
    m_deleteButton->setEnabled(!m_keychainBusy && !m_editor->isNew());
    m_editor->keychainBanner()->setKeepEnabled(!m_keychainBusy && !m_editor->isNew()
                                               && !m_editor->typedSecret().isEmpty());
}

void ProfilesDialog::setStatus(const QString &text)
{
    m_statusLabel->setText(text);
}

} // namespace portone
