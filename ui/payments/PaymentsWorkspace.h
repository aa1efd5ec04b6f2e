#pragma once

#include "core/api/PaymentModels.h"
#include "ui/common/Workspace.h"
#include "ui/payments/PaymentLookupForm.h"

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;

namespace portone {

class MissingIdsPanel;
class PaymentDetailPanel;
class PaymentSearchView;
class PaymentTableModel;
class RefundPane;
class RequestLifecycle;

// Support lookups (결제 조회): one payment by imp_uid or merchant_uid (and every payment of
// that merchant_uid), or up to 100 at once; and, on a second tab, the search by status and
// days (PaymentSearchView). The payments found fill a sortable table; the selected one is shown
// in the detail pane, from which it can be refunded; the ids a multiple lookup did not find are
// listed by name.
class PaymentsWorkspace : public Workspace
{
    Q_OBJECT

public:
    explicit PaymentsWorkspace(DeskSession &session, QWidget *parent = nullptr);

    // The navigation title, known before a page exists.
    static QString pageTitle();
    QString title() const override { return pageTitle(); }
    void cancelRunningRequest() override;
    bool isBusy() const override;
    void submit() override; // looks up what the current tab describes

private:
    void onProfileChanged();
    void startLookup(const PaymentLookup &lookup);
    void showSingle(const Payment &payment);
    void lookUpAllOfMerchantUid();
    void showBatch(const PaymentBatch &batch);
    bool showFailure(const ApiError &error);
    void showPayments(const QList<Payment> &payments);
    void showSelectedPayment();
    void clearOutcome();

    QTabWidget *m_tabs; // Look up | Search; first, so that Tab reaches its bar first
    PaymentLookupForm *m_form;
    RequestLifecycle *m_requests;
    QLabel *m_hintLabel;
    QLabel *m_outcomeLabel;
    PaymentTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    MissingIdsPanel *m_missingPanel;
    MissingIdsPanel *m_notLookedUpPanel;
    RefundPane *m_refundPane; // the detail column: the detail, and the refund form
    PaymentDetailPanel *m_detailPanel;
    QPushButton *m_allPaymentsButton; // after a merchant_uid look-up: findAll of that order
    QWidget *m_searchPage;
    PaymentSearchView *m_searchView = nullptr; // built when the Search tab is first opened
    PaymentLookup m_running; // the lookup in flight, for the 404 hint
};

} // namespace portone
