#include "ui/payments/CancelHistoryTable.h"

#include "core/api/PaymentModels.h"
#include "ui/common/LocaleFormat.h"
#include "ui/common/ResultView.h"

#include <QHeaderView>
#include <QLabel>
#include <QUrl>
#include <algorithm>

namespace portone {

namespace {

// A link only for a web address; anything else is shown as plain text.
QLabel *receiptLink(const QString &url, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("cancelReceiptLabel"));
    const QUrl receipt(url);
    if (receipt.isValid() && (receipt.scheme() == u"https" || receipt.scheme() == u"http")) {
        label->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                           .arg(QString::fromUtf8(receipt.toEncoded()).toHtmlEscaped(),
                                CancelHistoryTable::tr("Receipt")));
        label->setToolTip(url);
        label->setOpenExternalLinks(true);
        label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    } else {
        label->setText(url.isEmpty() ? CancelHistoryTable::tr("none") : url.toHtmlEscaped());
    }
    label->setContentsMargins(4, 0, 4, 0);
    return label;
}

} // namespace

CancelHistoryTable::CancelHistoryTable(QWidget *parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(QStringLiteral("cancelHistoryTableWidget"));
    setAccessibleName(tr("Refunds of this payment"));
    setHorizontalHeaderLabels({ tr("Refunded at"), tr("Amount"), tr("Reason"), tr("Receipt") });
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(true);
    setAlternatingRowColors(true);
}

void CancelHistoryTable::setPayment(const Payment &payment)
{
    clearContents();
    const QList<PaymentCancellationRecord> &history = payment.cancelHistory;
    setRowCount(int(history.size()));
    for (int row = 0; row < history.size(); ++row) {
        const PaymentCancellationRecord &refund = history.at(row);
        setItem(row, TimeColumn,
                tableItem(displayTime(refund.cancelledAt), utcToolTip(refund.cancelledAt)));
        auto *amount = tableItem(formatAmount(refund.amount, payment.currency));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setItem(row, AmountColumn, amount);
        setItem(row, ReasonColumn,
                tableItem(refund.reason.isEmpty() ? tr("(no reason given)") : refund.reason));
        // An entry without its own receipt may still have one in cancel_receipt_urls.
        QString receipt = refund.receiptUrl;
        if (receipt.isEmpty() && row < payment.cancelReceiptUrls.size())
            receipt = payment.cancelReceiptUrls.at(row);
        auto *receiptCell = new QTableWidgetItem; // the link is drawn by the cell widget
        receiptCell->setData(Qt::UserRole, receipt);
        setItem(row, ReceiptColumn, receiptCell);
        setCellWidget(row, ReceiptColumn, receiptLink(receipt, this));
    }
    resizeRowsToContents();
    // Tall enough for every refund (up to a few), so that the pane does not scroll twice.
    const int rows = std::min(int(history.size()), 4);
    int height = horizontalHeader()->height() + 2 * frameWidth();
    for (int row = 0; row < rows; ++row)
        height += rowHeight(row);
    setFixedHeight(height + 2);
}

} // namespace portone
