#include "ui/payments/PaymentsWorkspace.h"

#include "core/api/PortOneClient.h"
#include "ui/DeskSession.h"
#include "ui/common/Announce.h"
#include "ui/common/EmptyStateHint.h"
#include "ui/common/ErrorPanel.h"
#include "ui/common/RequestLifecycle.h"
#include "ui/common/RequestProgress.h"
#include "ui/payments/MissingIdsPanel.h"
#include "ui/payments/PaymentDetailPanel.h"
#include "ui/payments/PaymentTableModel.h"
#include "ui/payments/RefundPane.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace portone {

PaymentsWorkspace::PaymentsWorkspace(DeskSession &session, QWidget *parent)
    : Workspace(session, parent)
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
{
    setObjectName(QStringLiteral("paymentsWorkspace"));
    auto *heading = new QLabel(tr("<h2>Payments</h2>"), this);
    auto *intro = new QLabel(tr("Look up payments to answer a customer: by imp_uid, by "
                                "merchant_uid (order number), or up to %1 ids at once.")
                                 .arg(100),
                             this);
    intro->setWordWrap(true);
    auto *progress = new RequestProgress(this);
    auto *errorPanel = new ErrorPanel(this);
    m_requests = new RequestLifecycle(session.connection(), progress, errorPanel, nullptr, this);

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

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PaymentTableModel::SortRole);
    m_table->setObjectName(QStringLiteral("paymentsTableView"));
    m_table->setAccessibleName(tr("Payments found"));
    m_table->setModel(m_proxy);
    EmptyStateHint::install(m_table,
                            tr("No payments looked up yet. Type an imp_uid above, or choose By "
                               "merchant_uid or Several ids, then press Look up."));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // keep PortOne's order until a header click
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_form);
    layout->addWidget(progress);
    layout->addWidget(errorPanel);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_outcomeLabel);
    layout->addWidget(splitter, 1);

    connect(m_form, &PaymentLookupForm::submitRequested, this, &PaymentsWorkspace::submit);
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
    return m_requests->isBusy() || m_refundPane->isBusy();
}

void PaymentsWorkspace::cancelRunningRequest()
{
    m_requests->cancel();
    m_refundPane->cancel();
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
    if (isBusy()) // a second Enter or click while a lookup runs sends nothing
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
    m_outcomeLabel->clear();
    m_missingPanel->clear();
    m_notLookedUpPanel->clear();
}

} // namespace portone
