#include "ui/benepia/BenepiaPointCheckPanel.h"

#include "core/api/PortOneClient.h"
#include "core/validation/InputRules.h"
#include "ui/DeskSession.h"
#include "ui/benepia/BenepiaAccountFields.h"
#include "ui/benepia/BenepiaPoints.h"
#include "ui/common/Announce.h"
#include "ui/common/ErrorPanel.h"
#include "ui/common/FieldMessages.h"
#include "ui/common/Icons.h"
#include "ui/common/RequestLifecycle.h"
#include "ui/common/RequestProgress.h"
#include "ui/common/ResultView.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace portone {

BenepiaPointCheckPanel::BenepiaPointCheckPanel(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_account(new BenepiaAccountFields(QStringLiteral("check"), this))
    , m_messages(new FieldMessages(this))
    , m_checkButton(new QPushButton(tr("Check points"), this))
    , m_balanceLabel(new QLabel(this))
    , m_balanceDetailsLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("pointCheckPanel"));
    auto *intro = new QLabel(tr("Asks Benepia for the customer's current point balance. The "
                                "password is sent once and never stored."),
                             this);
    intro->setWordWrap(true);

    auto *formArea = new QWidget(this);
    formArea->setMaximumWidth(720); // a short form reads better than one across the screen
    auto *form = new QFormLayout(formArea);
    form->setContentsMargins(0, 0, 0, 0);
    m_account->addRows(form, m_messages);

    m_checkButton->setObjectName(QStringLiteral("checkPointsButton"));
    m_checkButton->setIcon(appIcon(AppIcon::LookUp));
    m_requests = RequestLifecycle::forPanel(session.connection(), this,
                                            QStringLiteral("pointCheck"), m_messages);
    m_checkButton->setAccessibleName(tr("Check points"));
    m_checkButton->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checkButton);
    buttons->addWidget(m_requests->progress(), 1);
    buttons->addStretch();

    m_balanceLabel->setObjectName(QStringLiteral("balanceLabel"));
    m_balanceLabel->setAccessibleName(tr("Point balance"));
    m_balanceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_balanceLabel->font();
    big.setPointSizeF(big.pointSizeF() * 2.6);
    big.setBold(true);
    m_balanceLabel->setFont(big);
    m_balanceDetailsLabel->setObjectName(QStringLiteral("balanceDetailsLabel"));
    m_balanceDetailsLabel->setAccessibleName(tr("Balance details"));
    m_balanceDetailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_balanceDetailsLabel->setWordWrap(true);
    m_balanceDetailsLabel->setText(tr("No balance checked yet."));
    m_balanceLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(formArea);
    layout->addLayout(buttons);
    layout->addWidget(m_requests->errorPanel());
    layout->addSpacing(12);
    layout->addWidget(m_balanceLabel);
    layout->addWidget(m_balanceDetailsLabel);
    layout->addStretch(1);

    connect(m_checkButton, &QPushButton::clicked, this, &BenepiaPointCheckPanel::check);
    connect(m_requests, &RequestLifecycle::busyChanged, this, [this](bool busy) {
        updateButton();
        Q_EMIT busyChanged(busy);
    });
    m_account->setConnection(m_session.connection());
    reconnect();
}

void BenepiaPointCheckPanel::reconnect()
{
    m_requests->clear();
    m_balanceLabel->hide();
    m_balanceDetailsLabel->setText(tr("No balance checked yet."));
    updateButton();
}

bool BenepiaPointCheckPanel::isBusy() const
{
    return m_requests->isBusy();
}

void BenepiaPointCheckPanel::cancel()
{
    m_requests->cancel();
}

void BenepiaPointCheckPanel::updateButton()
{
    m_checkButton->setEnabled(!isBusy() && m_session.hasActiveProfile());
}

void BenepiaPointCheckPanel::check()
{
    if (isBusy() || !m_session.hasActiveProfile())
        return;
    const BenepiaCredentials account = m_account->credentials();
    const FieldErrors errors = rules::validate(account);
    m_messages->show(errors);
    if (!errors.isEmpty())
        return; // nothing sent; everything typed stays
    const QString user = account.user;
    m_requests->run<BenepiaPoints>(
        tr("Asking Benepia for the balance of %1…").arg(user),
        [account](PortOneClient &client, QObject *context,
                  PortOneClient::Done<BenepiaPoints> done) {
            return client.getBenepiaPoints(account, context, std::move(done));
        },
        [this, user](const BenepiaPoints &points) {
            m_account->clearPassword();
            showBalance(user, points.point, m_session.clock().now().toLocalTime());
        },
        [this](const ApiError &error) {
            m_account->clearPassword();
            if (error.kind != ApiError::Kind::Validation) {
                m_balanceLabel->hide();
                if (error.kind == ApiError::Kind::Cancelled && !error.outcomeUnknown)
                    m_balanceDetailsLabel->clear(); // the progress line says it was cancelled
                else
                    m_balanceDetailsLabel->setText(tr("No balance: the check failed."));
            }
            return false; // shown where the lifecycle routes it
        });
}

void BenepiaPointCheckPanel::showBalance(const QString &user, qint64 points,
                                         const QDateTime &checkedAt)
{
    m_balanceLabel->setText(tr("%1 P").arg(formatPoints(points)));
    announceStatus(m_balanceLabel, m_balanceLabel->text());
    m_balanceLabel->show();
    m_balanceDetailsLabel->setText(
        tr("Balance of %1, checked at %2").arg(user, displayTime(checkedAt)));
    m_balanceDetailsLabel->setToolTip(utcToolTip(checkedAt));
    Q_EMIT balanceChecked(user, points);
}

} // namespace portone
