#include "ui/payments/PaymentsWorkspace.h"

#include "core/api/PaymentSearch.h"
#include "core/api/PortOneClient.h"
#include "ui/DeskSession.h"
#include "ui/common/Announce.h"
#include "ui/common/EmptyStateHint.h"
#include "ui/common/ErrorPanel.h"
#include "ui/common/RequestLifecycle.h"
#include "ui/common/RequestProgress.h"
#include "ui/payments/MissingIdsPanel.h"
#include "ui/payments/PaymentDetailPanel.h"
#include "ui/payments/PaymentSearchView.h"
#include "ui/payments/PaymentTableModel.h"
#include "ui/payments/RefundPane.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace portone {

PaymentsWorkspace::PaymentsWorkspace(DeskSession &session, QWidget *parent)
    : Workspace(session, parent)
    , m_tabs(new QTabWidget(this))
    , m_form(new PaymentLookupForm(this))
    , m_hintLabel(new QLabel(this))
    , m_outcomeLabel(new QLabel(this))
    , m_model(new PaymentTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_missingPanel(new MissingIdsPanel(MissingIdsPanel::Reason::NotFound, this))
    , m_notLookedUpPanel(new MissingIdsPanel(MissingIdsPanel::Reason::NotLookedUp, this))
    , m_refundPane(new RefundPane(session, this))
    , m_detailPanel(m_refundPane->detailPanel())
    , m_allPaymentsButton(new QPushButton(tr("All payments of this merchant_uid"), this))
    , m_searchPage(new QWidget(this))
{
    setObjectName(QStringLiteral("paymentsWorkspace"));
    auto *heading = new QLabel(tr("<h2>Payments</h2>"), this);
    auto *intro = new QLabel(tr("Look up payments to answer a customer: by imp_uid, by "
                                "merchant_uid (order number), or up to %1 ids at once.")
                                 .arg(100),
                             this);
    intro->setWordWrap(true);
    m_requests = RequestLifecycle::forPanel(session.connection(), this, {});

    m_hintLabel->setObjectName(QStringLiteral("testPaymentHintLabel"));
    m_hintLabel->setAccessibleName(tr("Hint"));
    m_hintLabel->setWordWrap(true);
    m_hintLabel->setText(tr("Test payments are excluded from this lookup unless \"Include test "
                            "payments\" is ticked. Tick it and look up again if this may be a "
                            "test payment."));
    m_hintLabel->setStyleSheet(QStringLiteral("color: #8a5300;"));
    m_hintLabel->hide();
    m_outcomeLabel->setObjectName(QStringLiteral("outcomeLabel"));
    m_outcomeLabel->setAccessibleName(tr("Lookup outcome"));
    m_outcomeLabel->setWordWrap(true);
    m_outcomeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setObjectName(QStringLiteral("paymentsTableView"));
    m_table->setAccessibleName(tr("Payments found"));
    PaymentTableModel::showIn(m_table, m_proxy, m_model);
    EmptyStateHint::install(m_table,
                            tr("No payments looked up yet. Type an imp_uid above, or choose By "
                               "merchant_uid or Several ids, then press Look up."));

    auto *resultsColumn = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(resultsColumn);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_table, 1);
    resultsLayout->addWidget(m_missingPanel);
    resultsLayout->addWidget(m_notLookedUpPanel);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("resultsSplitter"));
    splitter->addWidget(resultsColumn);
    splitter->addWidget(m_refundPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 560, 460 });
    splitter->setChildrenCollapsible(false);

    m_allPaymentsButton->setObjectName(QStringLiteral("allPaymentsButton"));
    m_allPaymentsButton->setToolTip(
        tr("Every payment made with this order number (retries, failures, refunds), newest "
           "first (GET /payments/findAll)."));
    m_allPaymentsButton->hide();
    auto *outcomeRow = new QHBoxLayout;
    outcomeRow->addWidget(m_outcomeLabel, 1);
    outcomeRow->addWidget(m_allPaymentsButton, 0, Qt::AlignTop);

    auto *lookupPage = new QWidget(this);
    auto *layout = new QVBoxLayout(lookupPage);
    layout->addWidget(intro);
    layout->addWidget(m_form);
    layout->addWidget(m_requests->progress());
    layout->addWidget(m_requests->errorPanel());
    layout->addWidget(m_hintLabel);
    layout->addLayout(outcomeRow);
    layout->addWidget(splitter, 1);

    m_tabs->setObjectName(QStringLiteral("paymentsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(lookupPage, tr("Look up"));
    m_tabs->addTab(m_searchPage, tr("Search by status and date"));
    auto *searchLayout = new QVBoxLayout(m_searchPage);
    searchLayout->setContentsMargins(0, 0, 0, 0);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, &session](int index) {
        if (m_tabs->widget(index) != m_searchPage || m_searchView)
            return;
        // Built when first opened: the window starts without it.
        m_searchView = new PaymentSearchView(session, m_searchPage);
        m_searchPage->layout()->addWidget(m_searchView);
    });
    auto *pageLayout = new QVBoxLayout(this);
    pageLayout->addWidget(heading);
    pageLayout->addWidget(m_tabs, 1);

    connect(m_form, &PaymentLookupForm::submitRequested, this, &PaymentsWorkspace::submit);
    connect(m_allPaymentsButton, &QPushButton::clicked, this,
            &PaymentsWorkspace::lookUpAllOfMerchantUid);
    connect(m_requests, &RequestLifecycle::busyChanged, m_form, &PaymentLookupForm::setBusy);
    connect(m_refundPane, &RefundPane::paymentLookedUp, m_model,
            &PaymentTableModel::replacePayment);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PaymentsWorkspace::showSelectedPayment);
    connect(&session, &DeskSession::activeProfileChanged, this,
            &PaymentsWorkspace::onProfileChanged);
    onProfileChanged();
}

QString PaymentsWorkspace::pageTitle()
{
    return tr("Payments");
}

bool PaymentsWorkspace::isBusy() const
{
    return m_requests->isBusy() || m_refundPane->isBusy()
        || (m_searchView && m_searchView->isBusy());
}

void PaymentsWorkspace::cancelRunningRequest()
{
    m_requests->cancel();
    m_refundPane->cancel();
    if (m_searchView)
        m_searchView->cancel();
}

void PaymentsWorkspace::onProfileChanged()
{
    m_requests->clear(); // whatever the previous profile's look-up might still answer is dropped
    clearOutcome();
    m_model->clear();
    m_detailPanel->clear();
    m_refundPane->reconnect();
    const bool available = session().client() != nullptr;
    m_form->setClientAvailable(available);
    if (!available)
        m_outcomeLabel->setText(tr("No profile is active. Choose a profile to look up payments."));
}

void PaymentsWorkspace::submit()
{
    if (m_searchView && m_tabs->currentWidget() == m_searchPage) {
        m_searchView->search();
        return;
    }
    if (m_requests->isBusy()) // a second Enter or click while a lookup runs sends nothing
        return;
    if (m_refundPane->isFormOpen()) { // Enter in the refund form: the refund, confirmed first
        m_refundPane->refund();
        return;
    }
    if (!session().client()) {
        m_outcomeLabel->setText(tr("No profile is active. Choose a profile to look up payments."));
        announceStatus(m_outcomeLabel, m_outcomeLabel->text());
        return;
    }
    if (const std::optional<PaymentLookup> lookup = m_form->lookup())
        startLookup(*lookup);
}

void PaymentsWorkspace::startLookup(const PaymentLookup &lookup)
{
    clearOutcome();
    m_running = lookup;
    const RequestLifecycle::Failure failure
        = [this](const ApiError &error) { return showFailure(error); };
    const auto single = [this](const Payment &payment) { showSingle(payment); };
    switch (lookup.kind) {
    case PaymentLookup::Kind::ImpUid:
        m_requests->run<Payment>(
            tr("Looking up %1…").arg(lookup.impUid),
            [lookup](PortOneClient &client, QObject *context, PortOneClient::Done<Payment> done) {
                return client.getPayment(lookup.impUid, lookup.includeSandbox, context,
                                         std::move(done));
            },
            single, failure);
        break;
    case PaymentLookup::Kind::MerchantUid:
        m_requests->run<Payment>(
            tr("Looking up merchant_uid %1…").arg(lookup.merchantUid),
            [lookup](PortOneClient &client, QObject *context, PortOneClient::Done<Payment> done) {
                return client.findPaymentByMerchantUid(lookup.merchantUid, lookup.status,
                                                       lookup.sorting, context, std::move(done));
            },
            single, failure);
        break;
    case PaymentLookup::Kind::Multiple:
        m_requests->run<PaymentBatch>(
            tr("Looking up %n payment(s)…", nullptr, int(lookup.ids.size())),
            [lookup](PortOneClient &client, QObject *context,
                     PortOneClient::Done<PaymentBatch> done) {
                const bool byMerchantUid = lookup.idsAreMerchantUids;
                return client.getPayments(byMerchantUid ? QStringList() : lookup.ids,
                                          byMerchantUid ? lookup.ids : QStringList(), context,
                                          std::move(done));
            },
            [this](const PaymentBatch &batch) { showBatch(batch); }, failure);
        break;
    }
}

void PaymentsWorkspace::showSingle(const Payment &payment)
{
    showPayments({ payment });
    m_outcomeLabel->setText(tr("Found payment %1.").arg(payment.impUid));
    announceStatus(m_outcomeLabel, m_outcomeLabel->text());
    m_allPaymentsButton->setVisible(m_running.kind == PaymentLookup::Kind::MerchantUid);
}

// One request: a merchant_uid has a handful of payments (each retry of the order), far fewer
// than the page size the spec allows.
void PaymentsWorkspace::lookUpAllOfMerchantUid()
{
    if (m_running.kind != PaymentLookup::Kind::MerchantUid)
        return;
    const QString merchantUid = m_running.merchantUid;
    clearOutcome();
    m_requests->run<PaymentPage>(
        tr("Looking up every payment of merchant_uid %1…").arg(merchantUid),
        [merchantUid](PortOneClient &client, QObject *context,
                      PortOneClient::Done<PaymentPage> done) {
            MerchantPaymentsQuery query;
            query.merchantUid = merchantUid;
            query.limit = PaymentSearch::MaxPageSize;
            return client.findAllPaymentsByMerchantUid(query, context, std::move(done));
        },
        [this, merchantUid](const PaymentPage &page) {
            showPayments(page.list);
            QString text
                = tr("merchant_uid %1 has %n payment(s).", nullptr, page.total).arg(merchantUid);
            if (page.total > page.list.size())
                text += u' ' + tr("The first %n are shown.", nullptr, int(page.list.size()));
            m_outcomeLabel->setText(text);
            announceStatus(m_outcomeLabel, text);
        },
        [this](const ApiError &error) { return showFailure(error); });
}

void PaymentsWorkspace::showBatch(const PaymentBatch &batch)
{
    showPayments(batch.found);
    m_missingPanel->setIds(batch.missing);
    m_notLookedUpPanel->setIds(batch.failed);
    if (batch.failure)
        m_requests->showError(*batch.failure);
    const int asked = int(m_running.ids.size());
    if (!batch.failed.isEmpty())
        m_outcomeLabel->setText(tr("Found %1 of %2 payments; PortOne could not look up %3 (listed "
                                   "below, with its message above): they may exist.")
                                    .arg(batch.found.size())
                                    .arg(asked)
                                    .arg(batch.failed.size()));
    else if (batch.found.isEmpty())
        m_outcomeLabel->setText(tr("None of the %n id(s) was found.", nullptr, asked));
    else if (!batch.missing.isEmpty())
        m_outcomeLabel->setText(tr("Found %1 of %2 payments; %3 not found (listed below).")
                                    .arg(batch.found.size())
                                    .arg(asked)
                                    .arg(batch.missing.size()));
    else
        m_outcomeLabel->setText(tr("Found %n payment(s).", nullptr, int(batch.found.size())));
    announceStatus(m_outcomeLabel, m_outcomeLabel->text());
}

// A cancellation and validation errors are shown here (true); the rest goes to the error panel.
bool PaymentsWorkspace::showFailure(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Cancelled:
        m_outcomeLabel->setText(tr("Lookup cancelled. Nothing was changed."));
        announceStatus(m_outcomeLabel, m_outcomeLabel->text());
        return true;
    case ApiError::Kind::Validation:
        m_form->showFieldErrors(error.fieldErrors);
        m_outcomeLabel->setText(error.explanation());
        announceStatus(m_outcomeLabel, m_outcomeLabel->text());
        return true;
    default:
        break;
    }
    m_model->clear();
    m_detailPanel->clear();
    m_hintLabel->setVisible(error.kind == ApiError::Kind::NotFound
                            && m_running.kind == PaymentLookup::Kind::ImpUid
                            && !m_running.includeSandbox);
    return false;
}

void PaymentsWorkspace::showPayments(const QList<Payment> &payments)
{
    m_model->setPayments(payments);
    m_table->resizeColumnsToContents();
    if (!payments.isEmpty())
        m_table->selectRow(0);
    else
        m_detailPanel->clear();
}

void PaymentsWorkspace::showSelectedPayment()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (current.isValid())
        m_detailPanel->showPayment(m_model->payment(current.row()));
    else
        m_detailPanel->clear();
}

void PaymentsWorkspace::clearOutcome()
{
    m_hintLabel->hide();
    m_allPaymentsButton->hide();
    m_outcomeLabel->clear();
    m_missingPanel->clear();
    m_notLookedUpPanel->clear();
}

} // namespace portone
