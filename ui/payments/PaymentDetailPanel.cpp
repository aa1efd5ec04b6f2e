#include "ui/payments/PaymentDetailPanel.h"

#include "core/api/PaymentModels.h"
#include "ui/common/LocaleFormat.h"
#include "ui/common/ResultView.h"
#include "ui/payments/PaymentTableModel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace portone {

namespace {

QString paymentYesNo(bool value)
{
    return value ? PaymentDetailPanel::tr("Yes") : PaymentDetailPanel::tr("No");
}

} // namespace

PaymentDetailPanel::PaymentDetailPanel(QWidget *parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel(tr("<b>Payment details</b>"), this))
    , m_emptyLabel(new QLabel(tr("Select a payment in the table to see its details."), this))
    , m_resultView(new ResultView(this))
    , m_receiptLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("paymentDetailPanel"));
    setMinimumWidth(380);
    m_titleLabel->setObjectName(QStringLiteral("detailTitleLabel"));
    m_emptyLabel->setObjectName(QStringLiteral("detailEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_resultView->setAccessibleName(tr("Payment details"));
    m_receiptLabel->setObjectName(QStringLiteral("receiptUrlLabel"));
    m_receiptLabel->setAccessibleName(tr("Receipt"));
    m_receiptLabel->setOpenExternalLinks(true);
    m_receiptLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_receiptLabel->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_emptyLabel, 1, Qt::AlignTop);
    layout->addWidget(m_resultView, 1);
    layout->addWidget(m_receiptLabel);
    clear();
}

void PaymentDetailPanel::showPayment(const Payment &payment)
{
    QList<ResultRow> rows;
    rows << resultRow(tr("Status"), PaymentTableModel::statusText(payment.status), false,
                      QStringLiteral("status: ") + payment.status)
         << resultRow(tr("Order name"), payment.name)
         << resultRow(tr("Amount"), formatAmount(payment.amount, payment.currency));
    if (payment.cancelAmount > 0)
        rows << resultRow(tr("Cancelled amount"),
                          formatAmount(payment.cancelAmount, payment.currency));
    rows << resultRow(tr("Method"), PaymentTableModel::methodText(payment.payMethod), false,
                      QStringLiteral("pay_method: ") + payment.payMethod);
    if (!payment.cardName.isEmpty() || !payment.cardNumber.isEmpty()) {
        rows << resultRow(tr("Card"), payment.cardName)
             << resultRow(tr("Card number"), payment.cardNumber);
    }
    if (!payment.bankName.isEmpty())
        rows << resultRow(tr("Bank"), payment.bankName);
    rows << resultRow(tr("PG"), payment.pgProvider) << resultRow(tr("PG tid"), payment.pgTid)
         << resultRow(tr("Buyer"), payment.buyerName)
         << timeRow(tr("Started at"), payment.startedAt) << timeRow(tr("Paid at"), payment.paidAt);
    if (payment.failedAt.isValid())
        rows << timeRow(tr("Failed at"), payment.failedAt)
             << resultRow(tr("Failure reason"), payment.failReason);
    if (payment.cancelledAt.isValid())
        rows << timeRow(tr("Cancelled at"), payment.cancelledAt)
             << resultRow(tr("Cancellation reason"), payment.cancelReason);
    rows << resultRow(tr("Test payment"), paymentYesNo(payment.sandbox))
         << resultRow(QStringLiteral("imp_uid"), payment.impUid, true)
         << resultRow(QStringLiteral("merchant_uid"), payment.merchantUid, true);
    m_resultView->setRows(rows);
    m_resultView->setRawJson(payment.raw);

    const QUrl receipt(payment.receiptUrl);
    const bool linkable
        = receipt.isValid() && (receipt.scheme() == u"https" || receipt.scheme() == u"http");
    m_receiptLabel->setText(linkable
                                ? tr("Receipt: <a href=\"%1\">%2</a>")
                                      .arg(QString::fromUtf8(receipt.toEncoded()).toHtmlEscaped(),
                                           payment.receiptUrl.toHtmlEscaped())
                                : tr("Receipt: none"));
    m_emptyLabel->hide();
    m_resultView->show();
    m_receiptLabel->show();
}

void PaymentDetailPanel::clear()
{
    m_resultView->clear();
    m_receiptLabel->clear();
    m_resultView->hide();
    m_receiptLabel->hide();
    m_emptyLabel->show();
}

} // namespace portone
