#include "ui/benepia/BenepiaWorkspace.h"

#include "ui/DeskSession.h"
#include "ui/benepia/BenepiaPaymentForm.h"
#include "ui/benepia/BenepiaPointCheckPanel.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace portone {

BenepiaWorkspace::BenepiaWorkspace(DeskSession &session, QWidget *parent)
    : Workspace(session, parent)
    , m_tabs(new QTabWidget(this))
    , m_pointCheck(new BenepiaPointCheckPanel(session, this))
    , m_payment(new BenepiaPaymentForm(session, this))
{
    setObjectName(QStringLiteral("benepiaWorkspace"));
    auto *heading = new QLabel(tr("<h2>Benepia points</h2>"), this);
    heading->setObjectName(QStringLiteral("benepiaHeadingLabel"));
    m_tabs->setObjectName(QStringLiteral("benepiaTabWidget"));
    m_tabs->addTab(m_pointCheck, tr("Point balance"));
    m_tabs->addTab(m_payment, tr("Payment"));
    m_tabs->setAccessibleName(tr("Benepia"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_tabs, 1);

    connect(m_pointCheck, &BenepiaPointCheckPanel::balanceChecked, m_payment,
            &BenepiaPaymentForm::rememberBalance);
    connect(&session, &DeskSession::activeProfileChanged, this, &BenepiaWorkspace::reconnect);
}

QString BenepiaWorkspace::pageTitle()
{
    return tr("Benepia");
}

void BenepiaWorkspace::reconnect()
{
    // The client object is replaced on a profile switch: the forms re-wire to the new one.
    m_pointCheck->reconnect();
    m_payment->reconnect();
}

void BenepiaWorkspace::cancelRunningRequest()
{
    m_pointCheck->cancel();
    m_payment->cancel();
}

bool BenepiaWorkspace::isBusy() const
{
    return m_pointCheck->isBusy() || m_payment->isBusy();
}

void BenepiaWorkspace::submit()
{
    const QWidget *focus = QApplication::focusWidget();
    QWidget *form = focus && m_pointCheck->isAncestorOf(focus) ? m_pointCheck
        : focus && m_payment->isAncestorOf(focus)              ? m_payment
                                                               : m_tabs->currentWidget();
    if (form == m_pointCheck)
        m_pointCheck->check();
    else if (form == m_payment)
        m_payment->pay();
}

void BenepiaWorkspace::keyPressEvent(QKeyEvent *event)
{
    // Reached when the main window does not route the key itself (inputs pass Enter on).
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        submit();
        return;
    }
    if (event->key() == Qt::Key_Escape && isBusy()) {
        cancelRunningRequest();
        return;
    }
    Workspace::keyPressEvent(event);
}

} // namespace portone
