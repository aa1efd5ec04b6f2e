#pragma once

#include "core/api/PaymentModels.h"

#include <QAbstractTableModel>
#include <QList>

class QSortFilterProxyModel;
class QTableView;

namespace portone {

// The payments found by a lookup, one row each, for a QTableView behind a
// QSortFilterProxyModel. Display texts are localized; SortRole gives the raw value (amount as
// a number, times as UNIX milliseconds) so that sorting is by value, not by text.
class PaymentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StatusColumn,
        AmountColumn,
        CurrencyColumn,
        MethodColumn,
        CardNameColumn,
        CardNumberColumn,
        BuyerNameColumn,
        PaidAtColumn,
        FailedAtColumn,
        CancelledAtColumn,
        ImpUidColumn,
        MerchantUidColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;

    explicit PaymentTableModel(QObject *parent = nullptr);

    void setPayments(const QList<Payment> &payments);
    void appendPayments(const QList<Payment> &payments); // rows added at the end, as a search fills
    void clear();
    const Payment &payment(int row) const { return m_payments.at(row); }
    // The row of the same imp_uid now shows this payment (looked up again after a refund).
    void replacePayment(const Payment &payment);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Shared with the detail pane.
    static QString statusText(const QString &status); // "paid" -> "Paid"; unknown codes as is
    static QString methodText(const QString &payMethod); // "vbank" -> "Virtual account"
    static QString amountText(double amount); // thousands separators of the UI locale

    // The table as the payment screens show it: sortable by value through the proxy (PortOne's
    // order until a header is clicked), one row selected at a time, read-only.
    static void showIn(QTableView *table, QSortFilterProxyModel *proxy, PaymentTableModel *model);

private:
    QVariant displayValue(const Payment &payment, int column) const;
    QVariant sortValue(const Payment &payment, int column) const;

    QList<Payment> m_payments;
};

} // namespace portone
