#include "ui/MainWindow.h"

#include "core/api/PortOneClient.h"
#include "core/api/RequestTrace.h"
#include "ui/ConnectionPage.h"
#include "ui/DeskSession.h"
#include "ui/TokenStatusLabel.h"

#include <QAction>
#include <QLabel>
#include <QStatusBar>
#include <QToolBar>

namespace portone {

MainWindow::MainWindow(DeskSession &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_connectionPage(new ConnectionPage(session, this))
    , m_profileLabel(new QLabel(this))
    , m_modeLabel(new QLabel(this))
    , m_tierLabel(new QLabel(this))
    , m_tokenLabel(new TokenStatusLabel(session.clock(), this))
    , m_lastRequestLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setCentralWidget(m_connectionPage);
    resize(960, 640);

    auto *profileBar = addToolBar(tr("Profile"));
    profileBar->setObjectName(QStringLiteral("profileToolBar"));
    profileBar->setMovable(false);
    m_profileLabel->setObjectName(QStringLiteral("profileNameLabel"));
    m_modeLabel->setObjectName(QStringLiteral("profileModeLabel"));
    m_tierLabel->setObjectName(QStringLiteral("profileTierLabel"));
    m_modeLabel->setMargin(4);
    profileBar->addWidget(new QLabel(tr("Profile:"), this));
    profileBar->addWidget(m_profileLabel);
    profileBar->addSeparator();
    profileBar->addWidget(m_modeLabel);
    profileBar->addSeparator();
    profileBar->addWidget(m_tierLabel);

    m_lastRequestLabel->setObjectName(QStringLiteral("lastRequestLabel"));
    statusBar()->addWidget(m_tokenLabel);
    statusBar()->addPermanentWidget(m_lastRequestLabel);

    auto *cancelAction = new QAction(tr("Cancel the running request"), this);
    cancelAction->setShortcut(Qt::Key_Escape);
    connect(cancelAction, &QAction::triggered, m_connectionPage, &ConnectionPage::cancel);
    addAction(cancelAction);

    connect(&m_session, &DeskSession::activeProfileChanged, this, &MainWindow::showProfile);
    showProfile();
}

void MainWindow::showProfile()
{
    if (!m_session.hasActiveProfile()) {
        setWindowTitle(tr("PortOne Desk"));
        m_profileLabel->setText(tr("none"));
        return;
    }
    const Profile &profile = m_session.activeProfile();
    setWindowTitle(tr("%1 — PortOne Desk").arg(profile.name));
    m_profileLabel->setText(QStringLiteral("<b>%1</b>").arg(profile.name.toHtmlEscaped()));
    m_modeLabel->setText(profile.live ? tr("LIVE") : tr("TEST"));
    m_modeLabel->setStyleSheet(
        profile.live ? QStringLiteral("background:#c62828;color:white;font-weight:bold")
                     : QStringLiteral("background:#2e7d32;color:white;font-weight:bold"));
    m_tierLabel->setText(profile.tierCode.isEmpty() ? tr("No Tier")
                                                    : tr("Tier %1").arg(profile.tierCode));
    m_tokenLabel->setTokenManager(m_session.tokens());
    connect(m_session.client(), &PortOneClient::requestFinished, this,
            &MainWindow::showRequestOutcome);
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
    m_lastRequestLabel->setText(tr("Last request: %1 %2 — %3 (HTTP %4, %5 ms)")
                                    .arg(QString::fromLatin1(trace.method), trace.path, outcome)
                                    .arg(trace.httpStatus)
                                    .arg(trace.durationMs));
}

} // namespace portone
