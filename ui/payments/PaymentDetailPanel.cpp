#include "ui/payments/PaymentDetailPanel.h"

#include "ui/common/Icons.h"
#include "ui/common/LocaleFormat.h"
#include "ui/common/ResultView.h"
#include "ui/payments/CancelHistoryTable.h"
#include "ui/payments/PaymentDetailRows.h"
#include "ui/payments/PaymentTableModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace portone {

PaymentDetailPanel::PaymentDetailPanel(QWidget *parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel(tr("<b>Payment details</b>"), this))
    , m_emptyLabel(new QLabel(tr("Select a payment in the table to see its details."), this))
    , m_resultView(new ResultView(this))
    , m_historyLabel(new QLabel(this))
    , m_historyTable(new CancelHistoryTable(this))
    , m_receiptLabel(new QLabel(this))
    , m_refundButton(new QPushButton(tr("Refund…"), this))
{
    setObjectName(QStringLiteral("paymentDetailPanel"));
    setMinimumWidth(380);
    m_titleLabel->setObjectName(QStringLiteral("detailTitleLabel"));
    m_emptyLabel->setObjectName(QStringLiteral("detailEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_resultView->setAccessibleName(tr("Payment details"));
    m_historyLabel->setObjectName(QStringLiteral("cancelHistoryLabel"));
    m_historyLabel->setBuddy(m_historyTable);
    m_receiptLabel->setObjectName(QStringLiteral("receiptUrlLabel"));
    m_receiptLabel->setAccessibleName(tr("Receipt"));
    m_receiptLabel->setOpenExternalLinks(true);
    m_receiptLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_receiptLabel->setWordWrap(true);
    m_refundButton->setObjectName(QStringLiteral("refundButton"));
    m_refundButton->setIcon(appIcon(AppIcon::Cancel));
    m_refundButton->setAccessibleName(tr("Refund this payment"));

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_receiptLabel, 1);
    bottom->addWidget(m_refundButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_emptyLabel, 1, Qt::AlignTop);
    layout->addWidget(m_resultView, 1);
    layout->addWidget(m_historyLabel);
    layout->addWidget(m_historyTable);
    layout->addLayout(bottom);
    connect(m_refundButton, &QPushButton::clicked, this, [this] {
        if (refundBlocker(m_payment, m_changesAllowed).isEmpty())
            Q_EMIT refundRequested(m_payment);
    });
    clear();
}

QString PaymentDetailPanel::refundBlocker(const Payment &payment, bool changesAllowed)
{
    if (payment.impUid.isEmpty())
        return tr("Select a payment first.");
    if (!changesAllowed)
        return tr("This profile is read-only (look-ups only): refunds are disabled.");
    if (payment.status != QLatin1String("paid"))
        return tr("Only a paid payment can be refunded; this one is %1.")
            .arg(PaymentTableModel::statusText(payment.status));
    if (payment.cancellableAmount() <= 0)
        return tr("Nothing is left to refund.");
    return {};
}

void PaymentDetailPanel::setChangesAllowed(bool allowed)
{
    m_changesAllowed = allowed;
    updateRefundButton();
}

void PaymentDetailPanel::updateRefundButton()
{
    const QString blocker = refundBlocker(m_payment, m_changesAllowed);
    m_refundButton->setEnabled(blocker.isEmpty());
    m_refundButton->setToolTip(
        blocker.isEmpty()
            ? tr("Refund all or part of the %1 left on this payment.")
                  .arg(formatAmount(m_payment.cancellableAmount(), m_payment.currency))
            : blocker);
}

void PaymentDetailPanel::showPayment(const Payment &payment)
{
    m_payment = payment;
    m_resultView->setRows(PaymentDetailRows::forPayment(payment));
    m_resultView->setRawJson(payment.raw);
    m_historyTable->setPayment(payment);
    m_historyLabel->setText(tr("<b>Refunds</b> (%n)", nullptr, int(payment.cancelHistory.size())));
    m_historyLabel->setVisible(!payment.cancelHistory.isEmpty());
    m_historyTable->setVisible(!payment.cancelHistory.isEmpty());

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
    m_refundButton->show();
    updateRefundButton();
    Q_EMIT paymentChanged();
}

void PaymentDetailPanel::clear()
{
    m_payment = Payment();
    m_resultView->clear();
    m_receiptLabel->clear();
    m_resultView->hide();
    m_receiptLabel->hide();
    m_historyLabel->hide();
    m_historyTable->hide();
    m_refundButton->hide();
    m_emptyLabel->show();
    updateRefundButton();
    Q_EMIT paymentChanged();
}

} // namespace portone
