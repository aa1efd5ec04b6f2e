#include "ui/payments/RefundPane.h"

#include "core/api/PortOneClient.h"
#include "ui/DeskSession.h"
#include "ui/common/Announce.h"
#include "ui/common/ErrorPanel.h"
#include "ui/common/Icons.h"
#include "ui/common/OutcomeNotice.h"
#include "ui/common/RequestLifecycle.h"
#include "ui/common/RequestProgress.h"
#include "ui/common/ResultView.h"
#include "ui/payments/PaymentDetailPanel.h"
#include "ui/payments/RefundFields.h"
#include "ui/payments/RefundTexts.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portone {

RefundPane::RefundPane(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_outcomeNotice(new OutcomeNotice(tr("Look the payment up"), this))
    , m_resultLabel(successLabel(u"refundResultLabel"_s, tr("Refund result"), this))
    , m_stack(new QStackedWidget(this))
    , m_detail(new PaymentDetailPanel(this))
    , m_fields(new RefundFields(this))
    , m_sendButton(new QPushButton(tr("Refund…"), this))
    , m_closeButton(new QPushButton(tr("Back to the details"), this))
{
    setObjectName(u"refundPane"_s);
    m_requests = RequestLifecycle::forPanel(session.connection(), this, u"refund"_s);
    m_outcomeNotice->lookUpButton()->setObjectName(u"lookUpRefundedPaymentButton"_s);

    m_stack->addWidget(m_detail);
    m_stack->addWidget(makeFormPage());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_requests->progress());
    layout->addWidget(m_requests->errorPanel());
    layout->addWidget(m_outcomeNotice);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_stack, 1);

    connect(m_detail, &PaymentDetailPanel::refundRequested, this, &RefundPane::openForm);
    connect(m_detail, &PaymentDetailPanel::paymentChanged, this, [this] {
        // Another payment selected: the form of the previous one goes, unless it is sending.
        if (isFormOpen() && !isBusy() && m_detail->payment().impUid != m_fields->payment().impUid)
            closeForm();
    });
    connect(m_sendButton, &QPushButton::clicked, this, &RefundPane::refund);
    connect(m_closeButton, &QPushButton::clicked, this, &RefundPane::closeForm);
    connect(m_outcomeNotice->lookUpButton(), &QPushButton::clicked, this,
            &RefundPane::lookUpUnknown);
    connect(m_requests, &RequestLifecycle::busyChanged, this, [this](bool busy) {
        updateButtons();
        Q_EMIT busyChanged(busy);
    });
    reconnect();
}

QWidget *RefundPane::makeFormPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"refundFormPage"_s);
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(m_fields);
    m_sendButton->setObjectName(u"sendRefundButton"_s);
    m_sendButton->setIcon(appIcon(AppIcon::Cancel));
    m_sendButton->setAccessibleName(tr("Refund"));
    m_closeButton->setObjectName(u"closeRefundButton"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_sendButton);
    buttons->addWidget(m_closeButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    setTabOrder(m_fields->lastInput(), m_sendButton);
    setTabOrder(m_sendButton, m_closeButton);
    return page;
}

bool RefundPane::isBusy() const
{
    return m_confirming || m_requests->isBusy();
}

bool RefundPane::isFormOpen() const
{
    return m_stack->currentIndex() == 1;
}

void RefundPane::cancel()
{
    m_requests->cancel();
}

void RefundPane::reconnect()
{
    // A refund on the wire was answered (an unknown outcome) before the profile changed: its
    // notice stays; the rest belongs to the profile that was left.
    if (!m_requests->isBusy())
        m_requests->clear();
    m_banks.clear();
    m_resultLabel->hide();
    closeForm();
    m_detail->setChangesAllowed(m_session.allowsChanges());
    updateButtons();
}

void RefundPane::updateButtons()
{
    const bool idle = !isBusy() && m_session.allowsChanges();
    m_sendButton->setEnabled(idle);
    m_outcomeNotice->lookUpButton()->setEnabled(!isBusy() && m_session.hasActiveProfile());
}

void RefundPane::openForm(const Payment &payment)
{
    if (isBusy()
        || !PaymentDetailPanel::refundBlocker(payment, m_session.allowsChanges()).isEmpty())
        return;
    m_requests->clear();
    m_resultLabel->hide();
    m_fields->setPayment(payment);
    m_fields->setBanks(m_banks);
    m_stack->setCurrentIndex(1);
    m_fields->firstInput()->setFocus();
    if (m_fields->needsRefundAccount() && m_banks.isEmpty())
        loadBanks();
}

void RefundPane::closeForm()
{
    m_fields->clearSensitive();
    m_stack->setCurrentIndex(0);
}

void RefundPane::loadBanks()
{
    m_requests->run<QList<StandardCode>>(
        tr("Loading the list of banks…"),
        [](PortOneClient &client, QObject *context, PortOneClient::Done<QList<StandardCode>> done) {
            return client.getBankCodes(context, std::move(done));
        },
        [this](const QList<StandardCode> &banks) {
            m_banks = banks;
            m_fields->setBanks(banks);
        });
}

bool RefundPane::confirm(const PaymentCancellation &refund)
{
    m_confirming = true; // a second click while the confirmation is open sends nothing
    updateButtons();
    const ConfirmationRequest request = RefundTexts::confirmation(
        m_fields->payment(), refund, m_fields->bankName(refund.refundBank));
    const bool confirmed = m_session.prompts().confirm(this, request);
    m_confirming = false;
    updateButtons();
    return confirmed;
}

void RefundPane::refund()
{
    if (isBusy() || !isFormOpen() || !m_session.allowsChanges())
        return;
    const std::optional<PaymentCancellation> refund = m_fields->cancellation();
    if (!refund)
        return; // the messages are next to the fields; nothing sent
    if (!confirm(*refund))
        return;
    Sent sent { m_fields->payment(), *refund };
    if (!refund->refundAccount.isEmpty()) // what is kept after sending: the last 4 digits
        sent.refund.refundAccount = RefundTexts::maskedAccount(refund->refundAccount);
    m_resultLabel->hide();
    m_requests->run<Payment>(
        RefundTexts::progress(sent.before, sent.refund),
        [&refund](PortOneClient &client, QObject *context, PortOneClient::Done<Payment> done) {
            return client.cancelPayment(*refund, context, std::move(done));
        },
        [this, sent](const Payment &after) {
            answered(sent, nullptr);
            refunded(sent, after);
        },
        [this, sent](const ApiError &error) { return refundFailed(sent, error); });
}

// Every answer, done, refused or unknown, is an audit entry with the imp_uid and the amount.
void RefundPane::answered(const Sent &sent, const ApiError *error)
{
    m_session.recordAction(AuditAction::PaymentRefunded, { sent.before.impUid }, sent.refund.reason,
                           DeskSession::outcomeOf(error),
                           RefundTexts::auditDetail(sent.refund, error));
}

void RefundPane::refunded(const Sent &sent, const Payment &after)
{
    m_unknown.reset();
    m_outcomeNotice->hide();
    closeForm();
    const QString done = RefundTexts::done(sent.before, after);
    showLookedUp(after);
    showResult(done);
    lookUpAgain(
        after.impUid, [](const Payment &) {}, [] { return false; });
}

// A refusal, then the payment as PortOne has it now; an unknown outcome keeps the form for a
// retry with the same checksum.
bool RefundPane::refundFailed(const Sent &sent, const ApiError &error)
{
    if (error.kind == ApiError::Kind::Validation) {
        m_fields->showErrors(error.fieldErrors);
        return true;
    }
    answered(sent, &error);
    if (error.outcomeUnknown) {
        m_unknown = sent;
        m_outcomeNotice->label()->setText(RefundTexts::unknown(sent.before, sent.refund, error));
        m_outcomeNotice->lookUpButton()->setText(tr("Look up %1").arg(sent.before.impUid));
        m_outcomeNotice->show();
        return false; // the error panel shows what happened on the wire
    }
    if (error.kind == ApiError::Kind::Cancelled || error.kind == ApiError::Kind::ReadOnly)
        return false; // nothing was sent
    const QString explanation = RefundTexts::refused(sent.before, sent.refund, error);
    closeForm();
    const auto showRefusal = [this, error, explanation] {
        m_requests->showError(error);
        showResult(explanation);
    };
    showRefusal();
    lookUpAgain(
        sent.before.impUid, [showRefusal](const Payment &) { showRefusal(); },
        [showRefusal] {
            showRefusal(); // the refusal matters more than the failed look-up
            return true;
        });
    return true;
}

void RefundPane::lookUpUnknown()
{
    if (isBusy() || !m_unknown)
        return;
    const Sent sent = *m_unknown;
    lookUpAgain(
        sent.before.impUid,
        [this, sent](const Payment &now) {
            m_unknown.reset();
            m_outcomeNotice->hide();
            closeForm();
            showResult(RefundTexts::settled(sent.before, sent.refund, now));
        },
        [] { return false; });
}

// A look-up of the payment (test payments included); the detail shows it, then `then` runs.
// When it fails, `otherwise` runs, and its error is shown unless `otherwise` showed something
// (returned true).
void RefundPane::lookUpAgain(const QString &impUid,
                             const std::function<void(const Payment &)> &then,
                             const std::function<bool()> &otherwise)
{
    m_requests->run<Payment>(
        tr("Looking up %1…").arg(impUid),
        [impUid](PortOneClient &client, QObject *context, PortOneClient::Done<Payment> done) {
            return client.getPayment(impUid, true, context, std::move(done));
        },
        [this, then](const Payment &payment) {
            showLookedUp(payment);
            then(payment);
        },
        [otherwise](const ApiError &) { return otherwise(); });
}

void RefundPane::showLookedUp(const Payment &payment)
{
    m_detail->showPayment(payment);
    Q_EMIT paymentLookedUp(payment);
}

void RefundPane::showResult(const QString &text)
{
    m_resultLabel->setText(text);
    m_resultLabel->show();
    announceStatus(m_resultLabel, text);
}

} // namespace portone
