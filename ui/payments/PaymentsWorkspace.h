#pragma once

#include "core/api/PaymentModels.h"
#include "ui/common/Workspace.h"
#include "ui/payments/PaymentLookupForm.h"

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace portone {

class MissingIdsPanel;
class PaymentDetailPanel;
class PaymentTableModel;
class RefundPane;
class RequestLifecycle;

// Support lookups (결제 조회): one payment by imp_uid or merchant_uid, or up to 100 at once.
// The payments found fill a sortable table; the selected one is shown in the detail pane,
// from which it can be refunded; the ids a multiple lookup did not find are listed by name.
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
    void showBatch(const PaymentBatch &batch);
    bool showFailure(const ApiError &error);
    void showPayments(const QList<Payment> &payments);
    void showSelectedPayment();
    void clearOutcome();

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
    PaymentLookup m_running; // the lookup in flight, for the 404 hint
};

} // namespace portone
