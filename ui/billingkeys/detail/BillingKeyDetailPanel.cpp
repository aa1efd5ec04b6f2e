#include "ui/billingkeys/detail/BillingKeyDetailPanel.h"

#include "ui/DeskSession.h"
#include "ui/billingkeys/charge/ChargePane.h"
#include "ui/billingkeys/detail/BillingKeyFieldsView.h"
#include "ui/billingkeys/detail/BillingKeyPaymentsTab.h"
#include "ui/billingkeys/detail/BillingKeySchedulesTab.h"
#include "ui/billingkeys/schedule/ScheduleForm.h"
#include "ui/common/Icons.h"
#include "ui/common/ReadOnlyNotice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace portone {

BillingKeyDetailPanel::BillingKeyDetailPanel(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_titleLabel(new QLabel(this))
    , m_chargeButton(new QPushButton(tr("Charge now…"), this))
    , m_scheduleButton(new QPushButton(tr("Schedule payments…"), this))
    , m_deleteButton(new QPushButton(tr("Delete…"), this))
    , m_stack(new QStackedWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_fieldsView(new BillingKeyFieldsView(this))
    , m_paymentsTab(new BillingKeyPaymentsTab(session, this))
    , m_schedulesTab(new BillingKeySchedulesTab(session, this))
    , m_chargePane(new ChargePane(session, this))
{
    setObjectName(QStringLiteral("billingKeyDetailPanel"));
    setMinimumWidth(420);
    m_titleLabel->setObjectName(QStringLiteral("billingKeyTitleLabel"));
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setWordWrap(true);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_chargeButton->setObjectName(QStringLiteral("chargeBillingKeyButton"));
    m_chargeButton->setIcon(appIcon(AppIcon::Pay));
    m_chargeButton->setAccessibleName(tr("Charge this billing key now"));
    m_chargeButton->setToolTip(tr("Charge this billing key now (asks first)"));
    m_scheduleButton->setObjectName(QStringLiteral("schedulePaymentsButton"));
    m_scheduleButton->setIcon(appIcon(AppIcon::Add));
    m_scheduleButton->setToolTip(tr("Schedule payments with this billing key (asks first)"));
    m_deleteButton->setObjectName(QStringLiteral("deleteBillingKeyButton"));
    m_deleteButton->setIcon(appIcon(AppIcon::Delete));
    m_deleteButton->setAccessibleName(tr("Delete this billing key"));
    m_deleteButton->setToolTip(tr("Delete this billing key (asks first)"));
    m_tabs->setObjectName(QStringLiteral("billingKeyDetailTabWidget"));
    m_tabs->setAccessibleName(tr("Billing key details"));
    m_tabs->addTab(m_fieldsView, tr("Details"));
    m_tabs->addTab(m_paymentsTab, tr("Payments"));
    m_tabs->addTab(m_schedulesTab, tr("Schedules"));

    auto *readOnly = new ReadOnlyNotice(session, this);
    auto *header = new QHBoxLayout;
    header->addWidget(m_titleLabel, 1);
    header->addWidget(readOnly->guard(m_chargeButton));
    header->addWidget(readOnly->guard(m_scheduleButton));
    header->addWidget(readOnly->guard(m_deleteButton));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(readOnly);
    m_stack->addWidget(m_tabs);
    m_stack->addWidget(m_chargePane);
    layout->addWidget(m_stack, 1);

    connect(m_deleteButton, &QPushButton::clicked, this, [this] {
        if (!m_customerUid.isEmpty())
            Q_EMIT deleteRequested(m_customerUid);
    });
    connect(m_chargeButton, &QPushButton::clicked, this, &BillingKeyDetailPanel::openCharge);
    connect(m_chargePane, &ChargePane::closeRequested, this, &BillingKeyDetailPanel::closeCharge);
    connect(m_chargePane, &ChargePane::paymentRecorded, this, [this](const QString &customerUid) {
        if (customerUid == m_customerUid)
            m_paymentsTab->setCustomerUid(customerUid); // loaded again when next shown
    });
    connect(m_scheduleButton, &QPushButton::clicked, this,
            &BillingKeyDetailPanel::openScheduleForm);
    connect(m_tabs, &QTabWidget::currentChanged, this, &BillingKeyDetailPanel::onTabChanged);
    // The client is replaced on a profile switch: what is shown belongs to the old merchant.
    connect(&m_session, &DeskSession::activeProfileChanged, this, [this] {
        m_chargePane->reconnect();
        clear();
    });
    clear();
}

void BillingKeyDetailPanel::showKey(const BillingKey &key)
{
    m_key = key;
    m_customerUid = key.customerUid();
    m_titleLabel->setText(key.isSuper() ? tr("Super billing key %1").arg(m_customerUid)
                                        : tr("Billing key %1").arg(m_customerUid));
    m_fieldsView->showKey(key);
    m_paymentsTab->setCustomerUid(m_customerUid);
    m_schedulesTab->setCustomerUid(m_customerUid);
    m_chargeButton->setEnabled(true);
    m_scheduleButton->setEnabled(true);
    m_deleteButton->setEnabled(true);
    m_tabs->setEnabled(true);
    if (m_chargePane->customerUid() != m_customerUid)
        closeCharge(); // unless it is sending, or its outcome is unknown
    onTabChanged(m_tabs->currentIndex());
}

void BillingKeyDetailPanel::clear()
{
    m_key.reset();
    m_customerUid.clear();
    closeCharge();
    m_titleLabel->setText(tr("Select a billing key to see its details."));
    m_fieldsView->clear();
    m_paymentsTab->setCustomerUid({});
    m_schedulesTab->setCustomerUid({});
    m_chargeButton->setEnabled(false);
    m_scheduleButton->setEnabled(false);
    m_deleteButton->setEnabled(false);
    m_tabs->setEnabled(false);
}

bool BillingKeyDetailPanel::isBusy() const
{
    return m_paymentsTab->isBusy() || m_schedulesTab->isBusy() || m_chargePane->isBusy()
        || (m_scheduleForm && m_scheduleForm->isBusy());
}

void BillingKeyDetailPanel::cancel()
{
    m_paymentsTab->cancel();
    m_schedulesTab->cancel();
    m_chargePane->cancel();
    if (m_scheduleForm)
        m_scheduleForm->cancel();
}

void BillingKeyDetailPanel::openCharge()
{
    const bool open = m_stack->currentWidget() == m_chargePane;
    if (!m_key || m_chargePane->isBusy() || (open && m_chargePane->customerUid() == m_customerUid))
        return; // a form open for this key keeps what was typed
    m_chargePane->open(*m_key);
    m_stack->setCurrentWidget(m_chargePane);
}

void BillingKeyDetailPanel::closeCharge()
{
    if (m_chargePane->isBusy() || m_chargePane->holdsUnknownOutcome())
        return;
    m_stack->setCurrentWidget(m_tabs);
    onTabChanged(m_tabs->currentIndex());
}

void BillingKeyDetailPanel::onTabChanged(int index)
{
    if (index >= 0 && m_tabs->widget(index) == m_paymentsTab && !m_customerUid.isEmpty())
        m_paymentsTab->ensureLoaded();
}

void BillingKeyDetailPanel::openScheduleForm()
{
    if (m_customerUid.isEmpty())
        return;
    if (!m_scheduleForm) {
        m_scheduleForm = new ScheduleForm(m_session, this);
        connect(m_scheduleForm, &ScheduleForm::scheduled, this, [this](const QString &uid) {
            if (uid != m_customerUid)
                return;
            m_tabs->setCurrentWidget(m_schedulesTab);
            m_schedulesTab->load();
        });
    }
    m_scheduleForm->openFor(m_customerUid);
}

} // namespace portone
