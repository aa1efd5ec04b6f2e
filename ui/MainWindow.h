#pragma once

#include "ui/Workspaces.h"

#include <QList>
#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QScrollArea;
class QSettings;
class QStackedWidget;

namespace portone {

class DeskSession;
class ProfileSwitcher;
class TokenStatusLabel;
class WelcomePage;
class Workspace;
struct RequestTrace;

// The window operators keep open: the welcome page on first start, then a navigation list of
// workspaces (Ctrl+1…6), the profile switcher with the live/test marker and Tier, a red band
// across the window for a live profile, and a status bar with the token state and the last
// request's outcome (Edit › Copy last request as curl reproduces it). Enter submits the visible
// form, Esc cancels its request.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(DeskSession &session, QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showWelcome();
    void showWorkspaces();
    void selectWorkspace(int index);
    int workspaceCount() const { return int(m_navigationPages.size()); }
    Workspace *currentWorkspace() const;
    // The page at that position, created on first use (nullptr when out of range).
    Workspace *workspace(int index);
    bool isShowingWelcome() const;

    // Opens a profile by id (or AppSettings::SandboxProfileId) and remembers it.
    bool openProfile(const QString &id);
    void openProfilesDialog(bool addNew = false);

protected:
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildMenus();
    void showProfile();
    void showRequestOutcome(const RequestTrace &trace);
    void chooseLanguage(const QString &language);
    void copyLastRequestAsCurl();
    void restoreSplitters(QWidget *page);
    void saveSplitters();

    DeskSession &m_session;
    QSettings &m_settings;
    QLabel *m_liveBand;
    QStackedWidget *m_root;
    WelcomePage *m_welcome;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    struct NavigationPage
    {
        WorkspaceEntry entry;
        Workspace *workspace = nullptr; // created when first shown
        QScrollArea *frame = nullptr; // holds the workspace, scrolls it on small screens
    };
    QList<NavigationPage> m_navigationPages;
    ProfileSwitcher *m_switcher;
    TokenStatusLabel *m_tokenLabel;
    QLabel *m_lastRequestLabel;
    QAction *m_copyCurlAction = nullptr;
};

} // namespace portone
