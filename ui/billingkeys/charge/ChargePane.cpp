#include "ui/billingkeys/charge/ChargePane.h"

#include "core/api/PortOneClient.h"
#include "ui/DeskSession.h"
#include "ui/billingkeys/charge/ChargeFields.h"
#include "ui/billingkeys/charge/ChargeTexts.h"
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

using namespace Qt::StringLiterals;

namespace portone {

namespace {

const QString SuccessStyle = u"QLabel { background: #e8f5e9; border: 1px solid #81c784; "
                             "border-radius: 3px; padding: 4px; color: #1b3d1f; }"_s;
const QString DeclinedStyle = u"QLabel { background: #fdecea; border: 1px solid #e57373; "
                              "border-radius: 3px; padding: 4px; color: #5f1414; }"_s;

} // namespace

ChargePane::ChargePane(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_titleLabel(new QLabel(this))
    , m_outcomeNotice(new OutcomeNotice(tr("Look up this merchant_uid"), this))
    , m_resultLabel(new QLabel(this))
    , m_fields(new ChargeFields(session.clock(), this))
    , m_sendButton(new QPushButton(tr("Charge…"), this))
    , m_closeButton(new QPushButton(tr("Back to the details"), this))
{
    setObjectName(u"chargePane"_s);
    m_requests = RequestLifecycle::forPanel(session.connection(), this, u"charge"_s);
    m_titleLabel->setObjectName(u"chargeTitleLabel"_s);
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setWordWrap(true);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_outcomeNotice->lookUpButton()->setObjectName(u"lookUpChargeButton"_s);
    m_outcomeNotice->lookUpButton()->setAccessibleName(tr("Look up the charge by merchant_uid"));
    m_resultLabel->setObjectName(u"chargeResultLabel"_s);
    m_resultLabel->setAccessibleName(tr("Charge result"));
    m_resultLabel->setTextFormat(Qt::PlainText); // PortOne's fail_reason, verbatim
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultLabel->hide();
    m_fields->setConnection(session.connection());

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus);
    m_sendButton->setObjectName(u"sendChargeButton"_s);
    m_sendButton->setIcon(appIcon(AppIcon::Pay));
    m_sendButton->setAccessibleName(tr("Charge the billing key"));
    m_sendButton->setDefault(true);
    m_closeButton->setObjectName(u"closeChargeButton"_s);
    auto *readOnly = new ReadOnlyNotice(session, this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(readOnly->guard(m_sendButton));
    buttons->addWidget(m_closeButton);
    buttons->addStretch();
    // The buttons right under the fields, both scrolling on a small screen.
    auto *content = new QWidget(scroll);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_fields);
    column->addLayout(buttons);
    column->addStretch();
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_titleLabel);
    layout->addWidget(readOnly);
    layout->addWidget(m_requests->progress());
    layout->addWidget(m_requests->errorPanel());
    layout->addWidget(m_outcomeNotice);
    layout->addWidget(m_resultLabel);
    layout->addWidget(scroll, 1);
    setTabOrder(m_fields->lastInput(), m_sendButton);
    setTabOrder(m_sendButton, m_closeButton);

    connect(m_sendButton, &QPushButton::clicked, this, &ChargePane::charge);
    connect(m_closeButton, &QPushButton::clicked, this, &ChargePane::closeRequested);
    connect(m_outcomeNotice->lookUpButton(), &QPushButton::clicked, this,
            &ChargePane::lookUpUnknown);
    connect(m_requests, &RequestLifecycle::busyChanged, this, [this](bool busy) {
        updateButtons();
        Q_EMIT busyChanged(busy);
    });
    updateButtons();
}

void ChargePane::open(const BillingKey &key)
{
    if (isBusy())
        return;
    m_key = key;
    m_keyProfile = m_session.activeProfile();
    m_unknown.reset();
    m_requests->clear();
    m_outcomeNotice->hide();
    m_resultLabel->hide();
    m_titleLabel->setText(
        tr("Charge now: %1 · %2").arg(ChargeTexts::customer(key), ChargeTexts::maskedCard(key)));
    m_fields->setKey(key);
    m_fields->firstInput()->setFocus();
    updateButtons();
}

bool ChargePane::isBusy() const
{
    return m_confirming || m_requests->isBusy();
}

void ChargePane::cancel()
{
    m_requests->cancel();
}

void ChargePane::reconnect()
{
    // A charge answered as unknown (also when the profile was left with it on the wire) keeps
    // its notice; the rest belongs to the profile that was left.
    if (!m_requests->isBusy())
        m_requests->clear();
    m_resultLabel->hide();
    if (m_unknown)
        showNotice();
    updateButtons();
}

bool ChargePane::onTheKeysProfile() const
{
    return m_session.hasActiveProfile() && !m_keyProfile.id.isEmpty()
        && m_session.activeProfile().id == m_keyProfile.id;
}

void ChargePane::updateButtons()
{
    const bool here = onTheKeysProfile();
    m_sendButton->setEnabled(!isBusy() && here && m_session.allowsChanges());
    m_closeButton->setEnabled(!isBusy());
    m_outcomeNotice->lookUpButton()->setEnabled(!isBusy() && here);
}

bool ChargePane::confirm(const BillingKeyCharge &charge)
{
    m_confirming = true; // a second click while the confirmation is open sends nothing
    updateButtons();
    const bool confirmed = m_session.prompts().confirm(
        this,
        ChargeTexts::confirmation(m_key, charge, m_fields->channelDescription(charge.channelKey)));
    m_confirming = false;
    updateButtons();
    return confirmed;
}

void ChargePane::charge()
{
    if (isBusy() || !m_session.allowsChanges() || !onTheKeysProfile()
        || m_key.customerUid().isEmpty())
        return;
    const std::optional<BillingKeyCharge> charge = m_fields->charge();
    if (!charge || !confirm(*charge))
        return; // the messages are next to the fields; nothing sent
    const BillingKeyCharge &sent = *charge;
    m_resultLabel->hide();
    m_requests->run<ChargeResult>(
        ChargeTexts::progress(sent),
        [sent](PortOneClient &client, QObject *context, PortOneClient::Done<ChargeResult> done) {
            return client.chargeBillingKey(sent, context, std::move(done));
        },
        [this, sent](const ChargeResult &result) { answered(sent, result); },
        [this, sent](const ApiError &error) { return failed(sent, error); });
}

// PortOne processed the call: the payment's status says whether money moved.
void ChargePane::answered(const BillingKeyCharge &charge, const ChargeResult &result)
{
    const QString outcome = result.paid() ? u"ok"_s
        : result.declined()               ? u"failed"_s
                                          : u"unknown"_s;
    m_session.recordAction(AuditAction::BillingKeyCharged,
                           { charge.customerUid, charge.order.merchantUid, result.payment.impUid },
                           {}, outcome, ChargeTexts::auditDetail(charge, &result, nullptr));
    if (result.paid() || result.declined()) {
        settled(result.payment);
        return;
    }
    m_unknown = charge;
    showOutcomeUnknown(ChargeTexts::undecided(result.payment));
}

bool ChargePane::failed(const BillingKeyCharge &charge, const ApiError &error)
{
    if (error.kind == ApiError::Kind::Validation) {
        m_fields->showErrors(error.fieldErrors);
        return true; // refused before sending
    }
    if (error.kind == ApiError::Kind::ReadOnly)
        return false;
    m_session.recordAction(
        AuditAction::BillingKeyCharged, { charge.customerUid, charge.order.merchantUid }, {},
        DeskSession::outcomeOf(&error), ChargeTexts::auditDetail(charge, nullptr, &error));
    if (error.outcomeUnknown) {
        m_unknown = charge;
        showOutcomeUnknown(ChargeTexts::unknown(charge, error));
    }
    return false; // the error panel shows the refusal, or what happened on the wire
}

void ChargePane::showOutcomeUnknown(const QString &text)
{
    m_fields->lockMerchantUid(true);
    m_unknownText = text;
    showNotice();
    m_outcomeNotice->show();
}

// Another merchant's merchant_uid could name another payment, or none: the look-up waits for
// the charge's own profile.
void ChargePane::showNotice()
{
    QString text = m_unknownText;
    if (!onTheKeysProfile())
        text += ChargeTexts::sentWithAnotherProfile(m_keyProfile.name);
    m_outcomeNotice->label()->setText(text);
    m_outcomeNotice->lookUpButton()->setText(
        tr("Look up merchant_uid %1").arg(m_unknown->order.merchantUid));
}

// The charge's payment as PortOne has it: paid or declined settles it; a new merchant_uid for
// the next charge only after a paid one.
void ChargePane::settled(const Payment &payment)
{
    const bool paid = payment.status == u"paid"_s;
    const bool declined = payment.status == u"failed"_s;
    if (!paid && !declined) {
        showOutcomeUnknown(ChargeTexts::undecided(payment));
        return;
    }
    m_unknown.reset();
    m_outcomeNotice->hide();
    m_fields->lockMerchantUid(false);
    showResult(paid ? ChargeTexts::paid(m_key.customerUid(), payment)
                    : ChargeTexts::declined(payment),
               paid);
    if (paid)
        m_fields->newMerchantUid();
    Q_EMIT paymentRecorded(m_key.customerUid());
}

void ChargePane::lookUpUnknown()
{
    if (isBusy() || !m_unknown || !onTheKeysProfile())
        return;
    const QString merchantUid = m_unknown->order.merchantUid;
    m_requests->run<Payment>(
        tr("Looking up merchant_uid %1…").arg(merchantUid),
        [merchantUid](PortOneClient &client, QObject *context, PortOneClient::Done<Payment> done) {
            return client.findPaymentByMerchantUid(merchantUid, MerchantPaymentStatus::Any,
                                                   std::nullopt, context, std::move(done));
        },
        [this](const Payment &payment) { settled(payment); },
        [this, merchantUid](const ApiError &error) { return lookUpFailed(merchantUid, error); });
}

// Not found is an answer: nothing was charged. The rest goes to the error panel (false).
bool ChargePane::lookUpFailed(const QString &merchantUid, const ApiError &error)
{
    if (error.kind != ApiError::Kind::NotFound)
        return false;
    m_unknown.reset();
    m_outcomeNotice->hide();
    m_fields->lockMerchantUid(false);
    showResult(ChargeTexts::notFound(merchantUid), false);
    return true;
}

void ChargePane::showResult(const QString &text, bool success)
{
    m_resultLabel->setStyleSheet(success ? SuccessStyle : DeclinedStyle);
    m_resultLabel->setText(text);
    m_resultLabel->show();
    announceStatus(m_resultLabel, text);
}

} // namespace portone
