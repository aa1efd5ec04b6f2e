#pragma once

#include "core/profiles/SecretError.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QScrollArea;

namespace portone {

class DeskSession;
class ProfileConnectionTest;
class ProfileEditor;
struct Profile;

// Add, edit, rename and delete merchant profiles. The list of saved profiles is on the left,
// the editor and "Test connection" on the right. imp_secret goes to the keychain through
// the session's SecretStore and is never read back into the form: the dialog only says
// whether one is stored. Keychain calls are asynchronous; while one runs the dialog shows
// progress and Save / Delete wait for it.
//
// Test connection tests the form as it is: imp_key, base URL and Tier as typed, with the
// secret typed in the field or, when the field is empty, the secret stored for the profile.
class ProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfilesDialog(DeskSession &session, QWidget *parent = nullptr);

    // Selects a saved profile for editing (e.g. the active one); false when unknown.
    bool selectProfile(const QString &profileId);
    // Clears the editor for a new profile (what "Add a merchant profile" opens with).
    void startNewProfile();
    bool isBusy() const;

    void reject() override; // Esc: cancels a running connection test first

Q_SIGNALS:
    void profileSaved(const QString &profileId);
    void profileDeleted(const QString &profileId);

private:
    void buildLayout();
    void reloadList();
    void onSelectionChanged();
    void save();
    // serverChanged: the profile now points at another server; when the new secret cannot be
    // stored, the old one is erased rather than sent there.
    void storeSecret(const QString &profileId, const QString &secret, bool replacing,
                     bool serverChanged);
    void keepForSession();
    void deleteProfile();
    void testConnection(); // in ProfilesDialogConnection.cpp
    void refreshSecretStatus();
    void showSecretError(const SecretError &error, bool whileSaving);
    void setKeychainBusy(const QString &text);
    void updateButtons();
    void setStatus(const QString &text);

    DeskSession &m_session;
    QListWidget *m_list;
    ProfileEditor *m_editor;
    ProfileConnectionTest *m_connectionTest;
    QPushButton *m_addButton;
    QPushButton *m_deleteButton;
    QPushButton *m_saveButton;
    QPushButton *m_closeButton;
    QProgressBar *m_keychainBar;
    QLabel *m_statusLabel;
    QLabel *m_emptyHintLabel;
    QScrollArea *m_scrollArea;
    bool m_keychainBusy = false;
    int m_statusGeneration = 0; // drops hasSecret answers for a profile no longer shown
};

} // namespace portone
