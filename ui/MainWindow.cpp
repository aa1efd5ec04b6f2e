#include "ui/MainWindow.h"

#include "core/api/PortOneClient.h"
#include "core/api/RequestTrace.h"
#include "core/history/CurlCommand.h"
#include "ui/AboutDialog.h"
#include "ui/AppSettings.h"
#include "ui/DeskSession.h"
#include "ui/ProfileSwitcher.h"
#include "ui/StorageWarningLabel.h"
#include "ui/TokenStatusLabel.h"
#include "ui/Workspaces.h"
#include "ui/common/Announce.h"
#include "ui/common/Workspace.h"
#include "ui/profiles/ProfilesDialog.h"
#include "ui/profiles/WelcomePage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>
#include <utility>

namespace portone {

MainWindow::MainWindow(DeskSession &session, QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
    , m_liveBand(new QLabel(this))
    , m_root(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_switcher(new ProfileSwitcher(session, this))
    , m_tokenLabel(new TokenStatusLabel(session.connection(), session.clock(), this))
    , m_lastRequestLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_liveBand->setObjectName(QStringLiteral("liveBandLabel"));
    m_liveBand->setAlignment(Qt::AlignCenter);
    m_liveBand->setText(tr("LIVE ACCOUNT — requests here move real money and real customer data"));
    m_liveBand->setStyleSheet(
        QStringLiteral("background:#c62828;color:white;font-weight:bold;padding:4px"));
    m_liveBand->hide();

    m_navigation->setObjectName(QStringLiteral("navigationListWidget"));
    m_navigation->setAccessibleName(tr("Workspaces"));
    m_navigation->setAccessibleDescription(tr("Choose a workspace: Ctrl+1 to Ctrl+6"));
    m_navigation->setMaximumWidth(200);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setStyleSheet(QStringLiteral("QListWidget { font-size: 11pt; }"
                                               "QListWidget::item { padding: 8px 12px; }"));
    for (WorkspaceEntry &entry : workspaceEntries())
        m_navigationPages.append({ std::move(entry), nullptr });
    for (int index = 0; index < m_navigationPages.size(); ++index) {
        const WorkspaceEntry &entry = m_navigationPages.at(index).entry;
        auto *item = new QListWidgetItem(entry.icon, entry.title, m_navigation);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(entry.title).arg(index + 1));
    }
    auto *workArea = new QWidget(this);
    auto *workLayout = new QHBoxLayout(workArea);
    workLayout->setContentsMargins(0, 0, 0, 0);
    workLayout->addWidget(m_navigation);
    workLayout->addWidget(m_pages, 1);
    m_root->addWidget(m_welcome);
    m_root->addWidget(workArea);

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_liveBand);
    centralLayout->addWidget(m_root, 1);
    setCentralWidget(central);

    auto *profileBar = addToolBar(tr("Profile"));
    profileBar->setObjectName(QStringLiteral("profileToolBar"));
    profileBar->setMovable(false);
    profileBar->addWidget(m_switcher);

    m_lastRequestLabel->setObjectName(QStringLiteral("lastRequestLabel"));
    m_lastRequestLabel->setAccessibleName(tr("Last request"));
    statusBar()->addWidget(m_tokenLabel);
    statusBar()->addWidget(new StorageWarningLabel(session, this), 1);
    statusBar()->addPermanentWidget(m_lastRequestLabel);

    // Assistive technology selects an item without making it current: follow the selection.
    connect(m_navigation, &QListWidget::itemSelectionChanged, this, [this] {
        const auto selected = m_navigation->selectedItems();
        if (!selected.isEmpty() && selected.first() != m_navigation->currentItem())
            m_navigation->setCurrentItem(selected.first());
    });
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (workspace(row)) {
            m_pages->setCurrentWidget(m_navigationPages[row].frame);
            AppSettings(m_settings).setLastWorkspace(row);
        }
    });
    for (int index = 0; index < workspaceCount() && index < 9; ++index) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)), this);
        connect(shortcut, &QShortcut::activated, this, [this, index] { selectWorkspace(index); });
    }
    auto *cancel = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(cancel, &QShortcut::activated, this, [this] {
        if (Workspace *page = currentWorkspace())
            page->cancelRunningRequest();
    });
    connect(m_switcher, &ProfileSwitcher::profileChosen, this, &MainWindow::openProfile);
    connect(m_switcher, &ProfileSwitcher::manageRequested, this, [this] { openProfilesDialog(); });
    connect(m_welcome, &WelcomePage::sandboxRequested, this,
            [this] { openProfile(AppSettings::SandboxProfileId); });
    connect(m_welcome, &WelcomePage::addProfileRequested, this,
            [this] { openProfilesDialog(true); });
    connect(&m_session, &DeskSession::activeProfileChanged, this, &MainWindow::showProfile);
    connect(&m_session.connection(), &Connection::requestFinished, this,
            &MainWindow::showRequestOutcome);

    buildMenus();
    // Every workspace is laid out down to this size without clipping (long forms scroll), so
    // the window fits 1366×768 at 125 % and 1280×720 (tst_window_fit).
    setMinimumSize(860, 500);
    const AppSettings app(m_settings);
    if (!restoreGeometry(app.windowGeometry()))
        resize(QSize(1100, 720).boundedTo(screen()->availableGeometry().size()));
    selectWorkspace(qBound(0, app.lastWorkspace(), workspaceCount() - 1));
    showProfile();
}

MainWindow::~MainWindow()
{
    // Workspaces cancel their requests as they go, and cancelled requests still report to
    // the status bar: take them down while this window is whole, after disconnecting.
    disconnect(&m_session.connection(), nullptr, this, nullptr);
    disconnect(&m_session, nullptr, this, nullptr);
    for (NavigationPage &page : m_navigationPages)
        delete std::exchange(page.workspace, nullptr);
}

void MainWindow::buildMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Profiles…"), this, [this] { openProfilesDialog(); });
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    m_copyCurlAction = editMenu->addAction(tr("Copy last request as &curl"));
    m_copyCurlAction->setObjectName(QStringLiteral("copyLastRequestAsCurlAction"));
    m_copyCurlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyCurlAction->setToolTip(tr("Copies a curl command that repeats the last request, with "
                                    "$PORTONE_TOKEN and placeholders instead of secrets."));
    m_copyCurlAction->setEnabled(false);
    connect(m_copyCurlAction, &QAction::triggered, this, &MainWindow::copyLastRequestAsCurl);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *languageMenu = viewMenu->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QString current = AppSettings(m_settings).language();
    const std::pair<QString, QString> languages[]
        = { { QString(), tr("Follow the system") },
            { QStringLiteral("ko"), tr("한국어 (Korean)") },
            { QStringLiteral("en"), tr("English") } };
    for (const auto &[languageCode, name] : languages) {
        const QString code = languageCode; // clang(-tidy) 14 cannot capture a binding
        QAction *action = languageMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About PortOne Desk"), this, [this] {
        AboutDialog dialog(m_session, this);
        dialog.exec();
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::chooseLanguage(const QString &language)
{
    AppSettings(m_settings).setLanguage(language);
    m_session.prompts().tell(this,
                             { Notice::Kind::Information, tr("Language"),
                               tr("The new language applies the next time PortOne Desk "
                                  "starts.") });
}

void MainWindow::showWelcome()
{
    m_root->setCurrentWidget(m_welcome);
}

void MainWindow::showWorkspaces()
{
    m_root->setCurrentIndex(1);
}

bool MainWindow::isShowingWelcome() const
{
    return m_root->currentWidget() == m_welcome;
}

void MainWindow::selectWorkspace(int index)
{
    if (index < 0 || index >= workspaceCount())
        return;
    m_navigation->setCurrentRow(index);
    workspace(index);
    m_pages->setCurrentWidget(m_navigationPages[index].frame); // also when already current
}

Workspace *MainWindow::workspace(int index)
{
    if (index < 0 || index >= workspaceCount())
        return nullptr;
    NavigationPage &navigationPage = m_navigationPages[index];
    Workspace *&page = navigationPage.workspace;
    if (!page) {
        // On a small screen (1366×768 at 125 %) a page taller than the window scrolls instead
        // of making the window taller than the screen; at usual sizes no scroll bar shows.
        auto *frame = new QScrollArea(m_pages);
        frame->setFrameShape(QFrame::NoFrame);
        frame->setWidgetResizable(true);
        page = navigationPage.entry.create(m_session, frame);
        frame->setObjectName(page->objectName() + QStringLiteral("ScrollArea"));
        frame->setWidget(page);
        navigationPage.frame = frame;
        m_pages->addWidget(frame);
        restoreSplitters(page);
    }
    return page;
}

Workspace *MainWindow::currentWorkspace() const
{
    const auto *frame = qobject_cast<QScrollArea *>(m_pages->currentWidget());
    return frame ? qobject_cast<Workspace *>(frame->widget()) : nullptr;
}

bool MainWindow::openProfile(const QString &id)
{
    if (!m_session.confirmLeavingCallsInFlight(this)) {
        m_switcher->showActive(); // the toolbar shows the profile that stays active
        return false;
    }
    if (id == AppSettings::SandboxProfileId) {
        if (const QString problem = m_session.startSandbox(); !problem.isEmpty()) {
            m_session.prompts().tell(this, { Notice::Kind::Critical, tr("Sandbox"), problem });
            return false;
        }
    } else if (!m_session.activateProfile(id)) {
        return false;
    }
    AppSettings(m_settings).setLastProfileId(id);
    showWorkspaces();
    return true;
}

void MainWindow::openProfilesDialog(bool addNew)
{
    ProfilesDialog dialog(m_session, this);
    if (addNew)
        dialog.startNewProfile();
    connect(&dialog, &ProfilesDialog::profileSaved, this, [this](const QString &id) {
        // An edit of the active profile applies now, or once the operator has chosen not to
        // wait for a call on the wire (the saved profile is kept either way).
        if (m_session.activeProfile().id == id && m_session.confirmLeavingCallsInFlight(this))
            m_session.reloadActiveProfile();
        else if (!m_session.hasActiveProfile())
            openProfile(id);
    });
    dialog.exec();
}

void MainWindow::showProfile()
{
    const bool active = m_session.hasActiveProfile();
    const Profile &profile = m_session.activeProfile();
    setWindowTitle(active ? tr("%1 — PortOne Desk").arg(profile.name) : tr("PortOne Desk"));
    m_liveBand->setVisible(active && profile.live);
    m_lastRequestLabel->clear();
    if (m_copyCurlAction)
        m_copyCurlAction->setEnabled(false);
    m_lastRequestLabel->setAccessibleDescription(QString());
    if (!active)
        showWelcome();
}

void MainWindow::showRequestOutcome(const RequestTrace &trace)
{
    QString outcome;
    switch (trace.outcome) {
    case RequestTrace::Outcome::Ok:
        outcome = tr("ok");
        break;
    case RequestTrace::Outcome::Failed:
        outcome = tr("failed");
        break;
    case RequestTrace::Outcome::Unknown:
        outcome = tr("outcome unknown");
        break;
    case RequestTrace::Outcome::Cancelled:
        outcome = tr("cancelled");
        break;
    }
    const QString status
        = trace.httpStatus > 0 ? tr("HTTP %1").arg(trace.httpStatus) : tr("no answer");
    m_lastRequestLabel->setText(
        tr("Last request: %1 %2 — %3 (%4, %5 ms)")
            .arg(QString::fromLatin1(trace.method), trace.path, outcome, status)
            .arg(trace.durationMs));
    m_copyCurlAction->setEnabled(m_session.lastRequest().has_value());
    announceStatus(m_lastRequestLabel, m_lastRequestLabel->text());
}

namespace {

// "paymentsWorkspace/resultsSplitter": unique across workspaces; empty for a nameless splitter.
QString splitterKey(const QSplitter *splitter)
{
    if (splitter->objectName().isEmpty())
        return {};
    QString key = splitter->objectName();
    for (const QWidget *parent = splitter->parentWidget(); parent;
         parent = parent->parentWidget()) {
        if (qobject_cast<const Workspace *>(parent))
            return parent->objectName() + u'/' + key;
    }
    return key;
}

} // namespace

// Splitters with an object name keep the operator's sizes across restarts.
void MainWindow::restoreSplitters(QWidget *page)
{
    const AppSettings app(m_settings);
    const auto splitters = page->findChildren<QSplitter *>();
    for (QSplitter *splitter : splitters) {
        const QString key = splitterKey(splitter);
        if (key.isEmpty())
            continue;
        splitter->restoreState(app.splitterState(key));
        connect(splitter, &QSplitter::splitterMoved, this, [this, splitter, key] {
            AppSettings(m_settings).setSplitterState(key, splitter->saveState());
        });
    }
}

void MainWindow::saveSplitters()
{
    AppSettings app(m_settings);
    const auto splitters = findChildren<QSplitter *>();
    for (const QSplitter *splitter : splitters) {
        if (const QString key = splitterKey(splitter); !key.isEmpty())
            app.setSplitterState(key, splitter->saveState());
    }
}

void MainWindow::copyLastRequestAsCurl()
{
    if (const auto &record = m_session.lastRequest()) {
        QApplication::clipboard()->setText(curl::commandFor(*record));
        statusBar()->showMessage(tr("Copied a curl command for the last request (the token is "
                                    "$PORTONE_TOKEN; secrets are placeholders)."),
                                 5000);
    }
}

// Enter that no input used (a line edit passes it on, a multi-line field keeps it for a new
// line) submits the visible workspace's form.
void MainWindow::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && event->modifiers() == Qt::NoModifier && !isShowingWelcome()) {
        if (Workspace *page = currentWorkspace()) {
            page->submit();
            event->accept();
            return;
        }
    }
    QMainWindow::keyPressEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_session.confirmLeavingCallsInFlight(this)) {
        event->ignore();
        return;
    }
    m_session.abandonCallsInFlight(); // answered while every page is still there to record it
    AppSettings(m_settings).setWindowGeometry(saveGeometry());
    saveSplitters();
    QMainWindow::closeEvent(event);
}

} // namespace portone
