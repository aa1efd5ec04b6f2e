#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace portone {

class DeskSession;

// The tool-bar part that names the active profile: a switcher over the Sandbox and the saved
// profiles, the live/test marker, the Tier code, and "Manage profiles…".
class ProfileSwitcher : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileSwitcher(DeskSession &session, QWidget *parent = nullptr);

    // Shows the active profile again (after a switch the operator called off).
    void showActive();

Q_SIGNALS:
    // id: a saved profile's id, or AppSettings::SandboxProfileId.
    void profileChosen(const QString &id);
    void manageRequested();

private:
    void reload();

    DeskSession &m_session;
    QComboBox *m_combo;
    QLabel *m_modeLabel;
    QLabel *m_tierLabel;
    QLabel *m_readOnlyLabel;
    QPushButton *m_manageButton;
    bool m_filling = false;
};

} // namespace portone
