#pragma once

#include "core/api/PaymentExport.h"

#include <QWidget>
#include <memory>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace portone {

class DeskSession;
class ErrorPanel;
class PaymentDetailPanel;
class PaymentSearchForm;
class PaymentTableModel;
class RefundPane;

// The Payments workspace's Search tab: payments by status and days, page by page into a
// sortable table (the first MaxRowsShown; the count goes on), with progress, Cancel and a
// running count; the selected row in the same detail pane as the look-up. "Export to CSV…"
// runs the same search straight into a file (PaymentExport). A profile switch cancels either
// quietly and clears the results.
class PaymentSearchView : public QWidget
{
    Q_OBJECT

public:
    static const int MaxRowsShown;

    explicit PaymentSearchView(DeskSession &session, QWidget *parent = nullptr);
    ~PaymentSearchView() override;

    void search();
    void cancel();
    bool isBusy() const;

private:
    void exportToCsv();
    void onPage(const QList<Payment> &payments);
    void onProgress(qint64 received, int expected);
    void onSearchFinished(PaymentSearch::End end);
    void onExportFinished(const PaymentExport::Outcome &outcome);
    void resetForProfile();
    void setRunning(bool running);
    void showSelectedPayment();
    void showOutcome(const QString &text);
    QString countText(qint64 received, int expected) const;

    DeskSession &m_session;
    PaymentSearchForm *m_form;
    QPushButton *m_cancelButton;
    QProgressBar *m_progressBar;
    QLabel *m_countLabel;
    ErrorPanel *m_errorPanel;
    QLabel *m_outcomeLabel;
    QPushButton *m_exportButton;
    QCheckBox *m_personalCheck;
    PaymentTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    RefundPane *m_refundPane; // the detail of the selected row, from which it can be refunded
    PaymentDetailPanel *m_detailPanel;
    std::unique_ptr<PaymentSearch> m_search;
    std::unique_ptr<PaymentExport> m_export;
};

} // namespace portone
