#include "ui/billingkeys/detail/BillingKeyDetailPanel.h"

#include "ui/DeskSession.h"
#include "ui/billingkeys/detail/BillingKeyFieldsView.h"
#include "ui/billingkeys/detail/BillingKeyPaymentsTab.h"
#include "ui/billingkeys/detail/BillingKeySchedulesTab.h"
#include "ui/billingkeys/schedule/ScheduleForm.h"
#include "ui/common/Icons.h"
#include "ui/common/ReadOnlyNotice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace portone {

BillingKeyDetailPanel::BillingKeyDetailPanel(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_titleLabel(new QLabel(this))
    , m_scheduleButton(new QPushButton(tr("Schedule payments…"), this))
    , m_deleteButton(new QPushButton(tr("Delete…"), this))
    , m_tabs(new QTabWidget(this))
    , m_fieldsView(new BillingKeyFieldsView(this))
    , m_paymentsTab(new BillingKeyPaymentsTab(session, this))
    , m_schedulesTab(new BillingKeySchedulesTab(session, this))
{
    setObjectName(QStringLiteral("billingKeyDetailPanel"));
    setMinimumWidth(420);
    m_titleLabel->setObjectName(QStringLiteral("billingKeyTitleLabel"));
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setWordWrap(true);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
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
    header->addWidget(readOnly->guard(m_scheduleButton));
    header->addWidget(readOnly->guard(m_deleteButton));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(readOnly);
    layout->addWidget(m_tabs, 1);

    connect(m_deleteButton, &QPushButton::clicked, this, [this] {
        if (!m_customerUid.isEmpty())
            Q_EMIT deleteRequested(m_customerUid);
    });
    connect(m_scheduleButton, &QPushButton::clicked, this,
            &BillingKeyDetailPanel::openScheduleForm);
    connect(m_tabs, &QTabWidget::currentChanged, this, &BillingKeyDetailPanel::onTabChanged);
    // The client is replaced on a profile switch: what is shown belongs to the old merchant.
    connect(&m_session, &DeskSession::activeProfileChanged, this, &BillingKeyDetailPanel::clear);
    clear();
}

void BillingKeyDetailPanel::showKey(const BillingKey &key)
{
    m_customerUid = key.customerUid();
    m_titleLabel->setText(key.isSuper() ? tr("Super billing key %1").arg(m_customerUid)
                                        : tr("Billing key %1").arg(m_customerUid));
    m_fieldsView->showKey(key);
    m_paymentsTab->setCustomerUid(m_customerUid);
    m_schedulesTab->setCustomerUid(m_customerUid);
    m_scheduleButton->setEnabled(true);
    m_deleteButton->setEnabled(true);
    m_tabs->setEnabled(true);
    onTabChanged(m_tabs->currentIndex());
}

void BillingKeyDetailPanel::clear()
{
    m_customerUid.clear();
    m_titleLabel->setText(tr("Select a billing key to see its details."));
    m_fieldsView->clear();
    m_paymentsTab->setCustomerUid({});
    m_schedulesTab->setCustomerUid({});
    m_scheduleButton->setEnabled(false);
    m_deleteButton->setEnabled(false);
    m_tabs->setEnabled(false);
}

bool BillingKeyDetailPanel::isBusy() const
{
    return m_paymentsTab->isBusy() || m_schedulesTab->isBusy()
        || (m_scheduleForm && m_scheduleForm->isBusy());
}

void BillingKeyDetailPanel::cancel()
{
    m_paymentsTab->cancel();
    m_schedulesTab->cancel();
    if (m_scheduleForm)
        m_scheduleForm->cancel();
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
