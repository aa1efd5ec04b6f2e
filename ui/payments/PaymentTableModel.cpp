#include "ui/payments/PaymentTableModel.h"

#include "ui/common/LocaleFormat.h"
#include "ui/common/ResultView.h"

#include <QColor>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace portone {

namespace {

QVariant timeSortValue(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : qint64(0);
}

const QDateTime *timeOf(const Payment &payment, int column)
{
    switch (column) {
    case PaymentTableModel::PaidAtColumn:
        return &payment.paidAt;
    case PaymentTableModel::FailedAtColumn:
        return &payment.failedAt;
    case PaymentTableModel::CancelledAtColumn:
        return &payment.cancelledAt;
    default:
        return nullptr;
    }
}

} // namespace

PaymentTableModel::PaymentTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PaymentTableModel::setPayments(const QList<Payment> &payments)
{
    beginResetModel();
    m_payments = payments;
    endResetModel();
}

void PaymentTableModel::showIn(QTableView *table, QSortFilterProxyModel *proxy,
                               PaymentTableModel *model)
{
    proxy->setSourceModel(model);
    proxy->setSortRole(SortRole);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(-1, Qt::AscendingOrder); // keep PortOne's order until a header click
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
}

void PaymentTableModel::appendPayments(const QList<Payment> &payments)
{
    if (payments.isEmpty())
        return;
    const int first = int(m_payments.size());
    beginInsertRows({}, first, first + int(payments.size()) - 1);
    m_payments.append(payments);
    endInsertRows();
}

void PaymentTableModel::clear()
{
    setPayments({});
}

void PaymentTableModel::replacePayment(const Payment &payment)
{
    for (int row = 0; row < m_payments.size(); ++row) {
        if (m_payments.at(row).impUid == payment.impUid) {
            m_payments[row] = payment;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

int PaymentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_payments.size());
}

int PaymentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PaymentTableModel::statusText(const QString &status)
{
    if (status == u"ready")
        return tr("Not paid");
    if (status == u"paid")
        return tr("Paid");
    if (status == u"cancelled")
        return tr("Cancelled");
    if (status == u"failed")
        return tr("Failed");
    return status;
}

QString PaymentTableModel::methodText(const QString &payMethod)
{
    if (payMethod == u"card")
        return tr("Card");
    if (payMethod == u"trans")
        return tr("Bank transfer");
    if (payMethod == u"vbank")
        return tr("Virtual account");
    if (payMethod == u"phone")
        return tr("Mobile phone");
    if (payMethod == u"point")
        return tr("Points");
    return payMethod;
}

QString PaymentTableModel::amountText(double amount)
{
    return formatNumber(amount);
}

QVariant PaymentTableModel::displayValue(const Payment &payment, int column) const
{
    switch (column) {
    case StatusColumn:
        return statusText(payment.status);
    case AmountColumn:
        return amountText(payment.amount);
    case CurrencyColumn:
        return payment.currency;
    case MethodColumn:
        return methodText(payment.payMethod);
    case CardNameColumn:
        return payment.cardName;
    case CardNumberColumn:
        return payment.cardNumber; // PortOne's own mask, shown exactly as returned
    case BuyerNameColumn:
        return payment.buyerName;
    case ImpUidColumn:
        return payment.impUid;
    case MerchantUidColumn:
        return payment.merchantUid;
    default:
        if (const QDateTime *time = timeOf(payment, column))
            return time->isValid() ? displayTime(*time) : QString();
        return {};
    }
}

QVariant PaymentTableModel::sortValue(const Payment &payment, int column) const
{
    if (column == AmountColumn)
        return payment.amount;
    if (const QDateTime *time = timeOf(payment, column))
        return timeSortValue(*time);
    return displayValue(payment, column);
}

QVariant PaymentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_payments.size())
        return {};
    const Payment &payment = m_payments.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(payment, index.column());
    case SortRole:
        return sortValue(payment, index.column());
    case Qt::ToolTipRole:
        if (const QDateTime *time = timeOf(payment, index.column()))
            return utcToolTip(*time);
        if (index.column() == StatusColumn)
            return tr("status: %1").arg(payment.status);
        if (index.column() == MethodColumn)
            return tr("pay_method: %1").arg(payment.payMethod);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && payment.status == u"failed")
            return QColor(0xc6, 0x28, 0x28);
        return {};
    default:
        return {};
    }
}

QVariant PaymentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case AmountColumn:
        return tr("Amount");
    case CurrencyColumn:
        return tr("Currency");
    case MethodColumn:
        return tr("Method");
    case CardNameColumn:
        return tr("Card");
    case CardNumberColumn:
        return tr("Card number");
    case BuyerNameColumn:
        return tr("Buyer");
    case PaidAtColumn:
        return tr("Paid at");
    case FailedAtColumn:
        return tr("Failed at");
    case CancelledAtColumn:
        return tr("Cancelled at");
    case ImpUidColumn:
        return QStringLiteral("imp_uid");
    case MerchantUidColumn:
        return tr("merchant_uid (order number)");
    default:
        return {};
    }
}

} // namespace portone
