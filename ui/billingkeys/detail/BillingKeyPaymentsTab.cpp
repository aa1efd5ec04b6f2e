#include "ui/billingkeys/detail/BillingKeyPaymentsTab.h"

#include "core/api/PaymentModels.h"
#include "ui/DeskSession.h"
#include "ui/common/ErrorPanel.h"
#include "ui/common/LocaleFormat.h"
#include "ui/common/RequestLifecycle.h"
#include "ui/common/RequestProgress.h"
#include "ui/common/ResultView.h"
#include "ui/payments/PaymentTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace portone {

BillingKeyPaymentsTab::BillingKeyPaymentsTab(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_pageLabel(new QLabel(this))
    , m_previousButton(new QPushButton(tr("Previous"), this))
    , m_nextButton(new QPushButton(tr("Next"), this))
    , m_table(new QTableWidget(0, 5, this))
{
    m_requests = RequestLifecycle::forPanel(session.connection(), this, {});
    setObjectName(QStringLiteral("billingKeyPaymentsTab"));
    m_pageLabel->setObjectName(QStringLiteral("paymentsPageLabel"));
    m_pageLabel->setAccessibleName(tr("Page"));
    m_previousButton->setObjectName(QStringLiteral("previousPaymentsPageButton"));
    m_previousButton->setAccessibleName(tr("Previous page of payments"));
    m_nextButton->setObjectName(QStringLiteral("nextPaymentsPageButton"));
    m_nextButton->setAccessibleName(tr("Next page of payments"));
    m_table->setObjectName(QStringLiteral("billingKeyPaymentsTableWidget"));
    m_table->setAccessibleName(tr("Payments with this billing key"));
    m_table->setHorizontalHeaderLabels(
        { tr("Status"), tr("Amount"), tr("Paid at"), tr("Order name"), QStringLiteral("imp_uid") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *pager = new QHBoxLayout;
    pager->addWidget(m_previousButton);
    pager->addWidget(m_nextButton);
    pager->addWidget(m_pageLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pager);
    layout->addWidget(m_requests->progress());
    layout->addWidget(m_requests->errorPanel());
    layout->addWidget(m_table, 1);

    connect(m_previousButton, &QPushButton::clicked, this, [this] {
        if (m_previous > 0)
            loadPage(m_previous);
    });
    connect(m_nextButton, &QPushButton::clicked, this, [this] {
        if (m_next > 0)
            loadPage(m_next);
    });
    connect(m_requests, &RequestLifecycle::busyChanged, this, [this] { updateButtons(); });
    setCustomerUid({});
}

void BillingKeyPaymentsTab::setCustomerUid(const QString &customerUid)
{
    m_requests->clear();
    m_customerUid = customerUid;
    m_loaded = false;
    m_page = m_previous = m_next = 0;
    m_table->setRowCount(0);
    m_pageLabel->setText(customerUid.isEmpty() ? QString() : tr("Not loaded yet"));
    updateButtons();
}

void BillingKeyPaymentsTab::ensureLoaded()
{
    if (!m_loaded && !m_customerUid.isEmpty() && !isBusy())
        loadPage(1);
}

void BillingKeyPaymentsTab::loadPage(int page)
{
    if (m_customerUid.isEmpty() || isBusy())
        return;
    const QString customerUid = m_customerUid;
    m_loaded = m_requests->run<PaymentPage>(
        tr("Loading page %1 of the payments…").arg(page),
        [customerUid, page](PortOneClient &client, QObject *context,
                            PortOneClient::Done<PaymentPage> done) {
            return client.getBillingKeyPayments(customerUid, page, context, std::move(done));
        },
        [this, page](const PaymentPage &answer) { showPage(page, answer); },
        [this, page](const ApiError &error) {
            if (error.kind != ApiError::Kind::Cancelled)
                return false;
            if (m_page == 0)
                m_loaded = false; // nothing shown: loading the tab again tries again
            m_pageLabel->setText(tr("Cancelled; page %1 was not loaded.").arg(page));
            return true;
        });
    updateButtons();
}

void BillingKeyPaymentsTab::showPage(int page, const PaymentPage &answer)
{
    m_page = page;
    m_previous = answer.previous;
    m_next = answer.next;
    m_table->setRowCount(int(answer.list.size()));
    for (int i = 0; i < answer.list.size(); ++i) {
        const Payment &payment = answer.list.at(i);
        m_table->setItem(i, 0,
                         tableItem(PaymentTableModel::statusText(payment.status),
                                   QStringLiteral("status: ") + payment.status));
        auto *amount = tableItem(formatAmount(payment.amount, payment.currency));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, 1, amount);
        m_table->setItem(i, 2, tableItem(displayTime(payment.paidAt), utcToolTip(payment.paidAt)));
        m_table->setItem(i, 3, tableItem(payment.name));
        m_table->setItem(i, 4, tableItem(payment.impUid));
    }
    m_table->resizeColumnsToContents();
    m_pageLabel->setText(answer.total == 0 ? tr("No payments with this billing key.")
                                           : tr("Page %1 · total %2").arg(page).arg(answer.total));
    updateButtons();
}

void BillingKeyPaymentsTab::updateButtons()
{
    const bool idle = !isBusy();
    m_previousButton->setEnabled(idle && m_previous > 0);
    m_nextButton->setEnabled(idle && m_next > 0);
}

void BillingKeyPaymentsTab::cancel()
{
    m_requests->cancel();
}

bool BillingKeyPaymentsTab::isBusy() const
{
    return m_requests->isBusy();
}

} // namespace portone
