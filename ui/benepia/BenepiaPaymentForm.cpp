#include "ui/benepia/BenepiaPaymentForm.h"

#include "core/api/PortOneClient.h"
#include "ui/DeskSession.h"
#include "ui/benepia/BenepiaPaymentFields.h"
#include "ui/benepia/BenepiaPaymentResult.h"
#include "ui/benepia/BenepiaPoints.h"
#include "ui/common/Announce.h"
#include "ui/common/ErrorPanel.h"
#include "ui/common/Icons.h"
#include "ui/common/OutcomeNotice.h"
#include "ui/common/ReadOnlyNotice.h"
#include "ui/common/RequestLifecycle.h"
#include "ui/common/RequestProgress.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace portone {

BenepiaPaymentForm::BenepiaPaymentForm(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_fields(new BenepiaPaymentFields(session.clock(), this))
    , m_payButton(new QPushButton(tr("Pay with points…"), this))
    , m_outcomeFrame(new OutcomeNotice(tr("Look up this merchant_uid"), this))
    , m_outcomeLabel(m_outcomeFrame->label())
    , m_lookUpButton(m_outcomeFrame->lookUpButton())
    , m_result(new BenepiaPaymentResult(this))
{
    setObjectName(QStringLiteral("paymentForm"));
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("paymentFieldsScrollArea"));
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields, which scroll into view
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_fields);
    scroll->viewport()->setAutoFillBackground(false); // the tab page shows through
    m_fields->setAutoFillBackground(false);

    m_payButton->setObjectName(QStringLiteral("payButton"));
    m_payButton->setIcon(appIcon(AppIcon::Pay));
    m_requests = RequestLifecycle::forPanel(session.connection(), this, QStringLiteral("payment"));
    m_payButton->setAccessibleName(tr("Pay with points"));
    auto *readOnly = new ReadOnlyNotice(session, this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(readOnly->guard(m_payButton));
    buttons->addWidget(m_requests->progress(), 1);
    buttons->addStretch();

    auto *left = new QVBoxLayout;
    // No Benepia password typed in vain: the fields are guarded as well as the button.
    left->addWidget(readOnly->guard(scroll), 1);
    left->addWidget(readOnly);
    left->addLayout(buttons);

    m_lookUpButton->setObjectName(QStringLiteral("lookUpPaymentButton"));
    m_lookUpButton->setAccessibleName(tr("Look up the payment by merchant_uid"));

    auto *right = new QVBoxLayout;
    right->addWidget(m_requests->errorPanel());
    right->addWidget(m_outcomeFrame);
    right->addWidget(m_result, 1);
    right->addStretch();

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);

    setTabOrder(m_fields->lastInput(), m_payButton);
    connect(m_payButton, &QPushButton::clicked, this, &BenepiaPaymentForm::pay);
    connect(m_lookUpButton, &QPushButton::clicked, this, &BenepiaPaymentForm::lookUpMerchantUid);
    connect(m_requests, &RequestLifecycle::busyChanged, this, [this](bool busy) {
        updateButtons();
        Q_EMIT busyChanged(busy);
    });
    m_fields->setConnection(m_session.connection());
    reconnect();
}

void BenepiaPaymentForm::reconnect()
{
    m_requests->clear();
    m_fields->forgetBalances();
    m_result->clear();
    updateButtons();
}

bool BenepiaPaymentForm::isBusy() const
{
    return m_confirming || m_requests->isBusy();
}

void BenepiaPaymentForm::cancel()
{
    m_requests->cancel();
}

void BenepiaPaymentForm::updateButtons()
{
    const bool idle = !isBusy() && m_session.hasActiveProfile();
    m_payButton->setEnabled(idle);
    m_lookUpButton->setEnabled(idle);
}

void BenepiaPaymentForm::rememberBalance(const QString &user, qint64 points)
{
    m_fields->rememberBalance(user, points);
}

void BenepiaPaymentForm::pay()
{
    if (isBusy() || !m_session.allowsChanges())
        return;
    const std::optional<BenepiaPaymentRequest> request = m_fields->request();
    if (!request)
        return; // messages are next to the fields; nothing sent
    m_confirming = true; // guards against a second click while the confirmation is open
    updateButtons();
    const bool confirmed = confirmPayment(*request);
    m_confirming = false;
    updateButtons();
    if (!confirmed)
        return;
    BenepiaPaymentRequest sent = *request;
    sent.account.password.clear(); // the handlers keep what they need to show, not the password
    m_requests->run<Payment>(
        tr("Paying %1 P from %2 (merchant_uid %3)…")
            .arg(formatPoints(qint64(request->amount)), request->account.user,
                 request->merchantUid),
        [&request](PortOneClient &client, QObject *context, PortOneClient::Done<Payment> done) {
            return client.payWithBenepia(*request, context, std::move(done));
        },
        [this, sent](const Payment &payment) {
            answered(sent, payment.impUid, nullptr);
            paid(sent, payment);
        },
        [this, sent](const ApiError &error) {
            answered(sent, {}, &error);
            return payFailed(error);
        });
}

// Every answer, paid or not: the password goes, and the audit log records the outcome.
void BenepiaPaymentForm::answered(const BenepiaPaymentRequest &sent, const QString &impUid,
                                  const ApiError *error)
{
    m_fields->clearPassword();
    QStringList targets { sent.merchantUid };
    if (!impUid.isEmpty())
        targets.prepend(impUid);
    m_session.recordResult(AuditAction::BenepiaPaid, targets, {}, error);
}

bool BenepiaPaymentForm::confirmPayment(const BenepiaPaymentRequest &request)
{
    const QString amount = formatPoints(qint64(request.amount));
    QString text = tr("Pay %1 P from the Benepia account %2?").arg(amount, request.account.user);
    text += QStringLiteral("\n\n") + tr("Order name: %1").arg(request.name);
    text += u'\n' + tr("merchant_uid: %1").arg(request.merchantUid);
    text += u'\n' + tr("Channel: %1").arg(request.account.channelKey);
    if (request.memberCode.isEmpty())
        text += QStringLiteral("\n\n")
            + tr("No member code was entered: this will be processed as a TEST payment.");
    else
        text += u'\n' + tr("Member code: %1").arg(request.memberCode);
    return m_session.prompts().confirm(
        this, { tr("Pay with Benepia points"), text, tr("Pay %1 P").arg(amount) });
}

void BenepiaPaymentForm::paid(const BenepiaPaymentRequest &request, const Payment &payment)
{
    m_unknownMerchantUid.clear();
    m_outcomeFrame->hide();
    m_result->showPayment(payment.sandbox ? tr("Paid — test payment") : tr("Paid"), payment);
    if (!request.memberCode.isEmpty()) {
        if (const auto balance = m_fields->knownBalance(request.account.user))
            m_fields->rememberBalance(request.account.user, *balance - qint64(request.amount));
    }
    m_fields->newMerchantUid(); // the next payment is a new order
}

// Validation errors go next to the fields; the rest to the lifecycle (false).
bool BenepiaPaymentForm::payFailed(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Validation) {
        m_fields->showErrors(error.fieldErrors);
        return true;
    }
    if (error.outcomeUnknown)
        showOutcomeUnknown(m_fields->merchantUid());
    return false;
}

void BenepiaPaymentForm::showOutcomeUnknown(const QString &merchantUid)
{
    m_unknownMerchantUid = merchantUid;
    m_outcomeLabel->setText(
        tr("<b>Outcome unknown</b> — the payment may or may not have gone through. The same "
           "merchant_uid <b>%1</b> is kept, so a retry cannot pay twice: PortOne refuses a "
           "merchant_uid that was already paid. Look the payment up first.")
            .arg(merchantUid.toHtmlEscaped()));
    announceStatus(m_outcomeLabel, m_outcomeLabel->text());
    m_outcomeFrame->show();
}

void BenepiaPaymentForm::lookUpMerchantUid()
{
    if (isBusy())
        return;
    const QString merchantUid
        = m_unknownMerchantUid.isEmpty() ? m_fields->merchantUid() : m_unknownMerchantUid;
    m_requests->run<Payment>(
        tr("Looking up merchant_uid %1…").arg(merchantUid),
        [merchantUid](PortOneClient &client, QObject *context, PortOneClient::Done<Payment> done) {
            return client.findPaymentByMerchantUid(merchantUid, MerchantPaymentStatus::Any,
                                                   std::nullopt, context, std::move(done));
        },
        [this, merchantUid](const Payment &payment) { foundMerchantUid(merchantUid, payment); },
        [this, merchantUid](const ApiError &error) { return lookUpFailed(merchantUid, error); });
}

void BenepiaPaymentForm::foundMerchantUid(const QString &merchantUid, const Payment &payment)
{
    if (payment.status == u"paid") {
        m_unknownMerchantUid.clear();
        m_outcomeFrame->hide();
        m_result->showPayment(tr("Found: merchant_uid %1 was paid").arg(merchantUid), payment);
        m_fields->newMerchantUid();
        return;
    }
    m_result->showPayment(tr("Found: merchant_uid %1 is not paid").arg(merchantUid), payment);
    m_outcomeLabel->setText(tr("merchant_uid %1 is not paid (status: %2). Paying "
                               "again with the same merchant_uid is safe.")
                                .arg(merchantUid.toHtmlEscaped(), payment.status.toHtmlEscaped()));
    announceStatus(m_outcomeLabel, m_outcomeLabel->text());
}

// Not found is an answer (paying again is safe); the rest goes to the lifecycle (false).
bool BenepiaPaymentForm::lookUpFailed(const QString &merchantUid, const ApiError &error)
{
    if (error.kind != ApiError::Kind::NotFound)
        return false;
    m_outcomeLabel->setText(tr("No payment with merchant_uid %1 was found. Paying "
                               "again with the same merchant_uid is safe.")
                                .arg(merchantUid.toHtmlEscaped()));
    announceStatus(m_outcomeLabel, m_outcomeLabel->text());
    return true;
}

} // namespace portone
