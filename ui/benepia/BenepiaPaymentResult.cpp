#include "ui/benepia/BenepiaPaymentResult.h"

#include "core/api/PaymentModels.h"
#include "ui/benepia/BenepiaPoints.h"
#include "ui/common/ResultView.h"

#include <QDesktopServices>
#include <QLabel>
#include <QUrl>
#include <QVBoxLayout>

namespace portone {

namespace {

QString statusText(const QString &status)
{
    if (status == u"paid")
        return BenepiaPaymentResult::tr("Paid (paid)");
    if (status == u"ready")
        return BenepiaPaymentResult::tr("Not paid yet (ready)");
    if (status == u"failed")
        return BenepiaPaymentResult::tr("Failed (failed)");
    if (status == u"cancelled")
        return BenepiaPaymentResult::tr("Cancelled (cancelled)");
    return status;
}

} // namespace

BenepiaPaymentResult::BenepiaPaymentResult(QWidget *parent)
    : QWidget(parent)
    , m_captionLabel(new QLabel(this))
    , m_emptyLabel(new QLabel(tr("No payment yet. The result of a payment appears here."), this))
    , m_receiptLabel(new QLabel(this))
    , m_view(new ResultView(this))
{
    setObjectName(QStringLiteral("paymentResult"));
    m_captionLabel->setObjectName(QStringLiteral("paymentCaptionLabel"));
    m_captionLabel->setAccessibleName(tr("Payment result"));
    QFont bigger = m_captionLabel->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.4);
    bigger.setBold(true);
    m_captionLabel->setFont(bigger);
    m_captionLabel->setWordWrap(true);
    m_emptyLabel->setObjectName(QStringLiteral("noPaymentYetLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false); // greyed: a placeholder, not a result
    m_receiptLabel->setObjectName(QStringLiteral("receiptLinkLabel"));
    m_receiptLabel->setAccessibleName(tr("Receipt link"));
    m_receiptLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_receiptLabel->setOpenExternalLinks(false);
    m_view->setObjectName(QStringLiteral("paymentResultView"));
    m_view->setMinimumHeight(260);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_captionLabel);
    layout->addWidget(m_receiptLabel);
    layout->addWidget(m_view, 1);
    layout->addStretch(0); // keeps the "no payment yet" text at the top while the view is hidden

    connect(m_receiptLabel, &QLabel::linkActivated, this,
            [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
    clear();
}

void BenepiaPaymentResult::showPayment(const QString &caption, const Payment &payment)
{
    m_captionLabel->setText(caption);
    m_captionLabel->show();
    m_emptyLabel->hide();
    const QDateTime paidAt = payment.paidAt;
    const QList<ResultRow> rows {
        { tr("imp_uid"), payment.impUid, true, {} },
        { tr("merchant_uid"), payment.merchantUid, true, {} },
        { tr("Status"), statusText(payment.status), false, {} },
        { tr("Amount"), tr("%1 P").arg(formatPoints(qint64(payment.amount))), false, {} },
        { tr("Order name"), payment.name, false, {} },
        timeRow(tr("Paid at"), paidAt),
        { tr("Test payment"), payment.sandbox ? tr("Yes") : tr("No"), false, {} },
        { tr("PG"), payment.pgProvider, false, {} },
        { tr("Receipt URL"),
          payment.receiptUrl.isEmpty() ? tr("—") : payment.receiptUrl,
          false,
          {} },
    };
    m_view->setRows(rows);
    m_view->setRawJson(payment.raw);
    m_view->show();
    m_receiptUrl = payment.receiptUrl;
    const QUrl url(payment.receiptUrl);
    if (url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http")) {
        m_receiptLabel->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                                    .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                         tr("Open the receipt").toHtmlEscaped()));
        m_receiptLabel->setToolTip(payment.receiptUrl);
        m_receiptLabel->show();
    } else {
        m_receiptLabel->clear();
        m_receiptLabel->hide();
    }
    show();
}

void BenepiaPaymentResult::clear()
{
    m_view->clear();
    m_view->hide();
    m_receiptUrl.clear();
    m_receiptLabel->hide();
    m_captionLabel->hide();
    m_emptyLabel->show();
}

} // namespace portone
