#include "ui/billingkeys/BillingKeysWorkspace.h"

#include "ui/billingkeys/BillingKeyLookupPanel.h"
#include "ui/billingkeys/edit/BillingKeyRegisterForm.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace portone {

BillingKeysWorkspace::BillingKeysWorkspace(DeskSession &session, QWidget *parent)
    : Workspace(session, parent)
    , m_tabs(new QTabWidget(this))
    , m_lookup(new BillingKeyLookupPanel(session, this))
    , m_register(new BillingKeyRegisterForm(session, this))
{
    setObjectName(QStringLiteral("billingKeysWorkspace"));
    m_tabs->setObjectName(QStringLiteral("billingKeysTabWidget"));
    m_lookup->setObjectName(QStringLiteral("billingKeyLookupPanel"));
    m_tabs->addTab(m_lookup, tr("Look up"));
    m_tabs->addTab(m_register, tr("Register")); // scrolls its own fields
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_register, &BillingKeyRegisterForm::registered, m_lookup,
            &BillingKeyLookupPanel::showRegisteredKey);
}

QString BillingKeysWorkspace::pageTitle()
{
    return tr("Billing keys");
}

void BillingKeysWorkspace::cancelRunningRequest()
{
    m_lookup->cancel();
    m_register->cancel();
}

bool BillingKeysWorkspace::isBusy() const
{
    return m_lookup->isBusy() || m_register->isBusy();
}

void BillingKeysWorkspace::submit()
{
    if (m_tabs->currentIndex() == 0)
        m_lookup->lookUp();
    else
        m_register->submit();
}

} // namespace portone
