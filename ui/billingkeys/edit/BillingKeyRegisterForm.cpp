#include "ui/billingkeys/edit/BillingKeyRegisterForm.h"

#include "core/api/PortOneClient.h"
#include "core/validation/InputRules.h"
#include "ui/DeskSession.h"
#include "ui/billingkeys/edit/CardFields.h"
#include "ui/billingkeys/edit/CustomerFields.h"
#include "ui/billingkeys/edit/RegisterOutcomeView.h"
#include "ui/common/ErrorPanel.h"
#include "ui/common/FieldMessages.h"
#include "ui/common/Icons.h"
#include "ui/common/Prompts.h"
#include "ui/common/ReadOnlyNotice.h"
#include "ui/common/RequestLifecycle.h"
#include "ui/common/RequestProgress.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace portone {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), parent);
    label->setContentsMargins(0, 8, 0, 0);
    return label;
}

} // namespace

BillingKeyRegisterForm::BillingKeyRegisterForm(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_messages(new FieldMessages(this))
    , m_fieldsWidget(new QWidget(this))
    , m_customer(new CustomerFields(session.clock(), m_fieldsWidget, m_messages))
    , m_card(new CardFields(session.clock(), m_fieldsWidget, m_messages))
    , m_registerButton(new QPushButton(tr("Register billing key…"), this))
    , m_outcome(new RegisterOutcomeView(this))
{
    m_requests = RequestLifecycle::forPanel(session.connection(), this, QStringLiteral("register"),
                                            m_messages);
    setObjectName(QStringLiteral("billingKeyRegisterForm"));
    auto *form = new QFormLayout(m_fieldsWidget);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_customer->addIdentityRows(form);
    form->addRow(heading(tr("Card"), m_fieldsWidget));
    m_card->addRows(form);
    form->addRow(heading(tr("Customer (optional)"), m_fieldsWidget));
    m_customer->addCustomerRows(form);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("registerFieldsScrollArea"));
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields, which scroll into view
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_fieldsWidget);
    // It scrolls down only: it is never narrower than its fields (the outcome side gives way).
    scroll->setMinimumWidth(m_fieldsWidget->minimumSizeHint().width()
                            + scroll->verticalScrollBar()->sizeHint().width());

    m_registerButton->setObjectName(QStringLiteral("registerButton"));
    m_registerButton->setIcon(appIcon(AppIcon::Add));
    m_registerButton->setAccessibleName(tr("Register billing key"));
    auto *readOnly = new ReadOnlyNotice(session, this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(readOnly->guard(m_registerButton));
    buttons->addWidget(m_requests->progress(), 1);
    buttons->addStretch();

    auto *left = new QVBoxLayout;
    // No card data typed in vain: the fields are guarded as well as the button.
    left->addWidget(readOnly->guard(scroll), 1);
    left->addWidget(readOnly);
    left->addLayout(buttons);
    auto *right = new QVBoxLayout;
    right->addWidget(m_requests->errorPanel());
    right->addWidget(m_outcome, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);

    QList<QWidget *> order = m_customer->identityInputs();
    order << m_card->inputs() << m_customer->customerInputs() << m_registerButton;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    connect(m_registerButton, &QPushButton::clicked, this, &BillingKeyRegisterForm::submit);
    connect(m_outcome, &RegisterOutcomeView::lookUpRequested, this,
            &BillingKeyRegisterForm::lookUp);
    connect(m_requests, &RequestLifecycle::busyChanged, this,
            &BillingKeyRegisterForm::updateEnabled);
    connect(&m_session, &DeskSession::activeProfileChanged, this,
            &BillingKeyRegisterForm::reconnect);
    m_customer->setConnection(m_session.connection());
    reconnect();
}

BillingKeyRegisterForm::~BillingKeyRegisterForm()
{
    m_card->clearInputs();
}

// A registration on the wire has been answered (outcome unknown) before the profile changes;
// only look-ups can still run here, and they are dropped. An unknown outcome stays on show
// with its look-up: the operator has to settle it.
void BillingKeyRegisterForm::reconnect()
{
    m_requests->clear();
    if (m_outcome->unknownCustomerUid().isEmpty())
        m_outcome->clear();
    updateEnabled();
}

bool BillingKeyRegisterForm::isBusy() const
{
    return m_requests->isBusy();
}

void BillingKeyRegisterForm::cancel()
{
    m_requests->cancel();
}

void BillingKeyRegisterForm::updateEnabled()
{
    const bool idle = !isBusy();
    m_registerButton->setEnabled(idle && m_session.hasActiveProfile());
    m_fieldsWidget->setEnabled(idle);
    m_outcome->setLookUpEnabled(idle && m_session.hasActiveProfile());
}

void BillingKeyRegisterForm::submit()
{
    if (isBusy() || !m_session.allowsChanges())
        return;
    m_requests->clear();
    m_outcome->clear();
    BillingKeyRegistration registration;
    m_customer->fill(registration);
    m_card->fill(registration);
    const FieldErrors errors = rules::validate(registration);
    if (!errors.isEmpty()) {
        m_messages->show(errors); // nothing sent; everything typed stays
        return;
    }
    m_messages->clear();
    const QString uid = registration.customerUid;
    m_requests->run<BillingKey>(
        tr("Checking whether %1 already has a billing key…").arg(uid), lookUpRequest(uid),
        [this, uid](const BillingKey &existing) {
            if (confirmOverwrite(existing))
                sendRegistration(uid);
            // otherwise nothing is sent; the form keeps what was typed
        },
        [this, uid](const ApiError &error) {
            // Without knowing whether a key exists, nothing is sent.
            if (error.kind != ApiError::Kind::NotFound)
                return false;
            sendRegistration(uid);
            return true;
        });
}

RequestLifecycle::Send<BillingKey> BillingKeyRegisterForm::lookUpRequest(const QString &customerUid)
{
    return [customerUid](PortOneClient &client, QObject *context,
                         PortOneClient::Done<BillingKey> done) {
        return client.getBillingKey(customerUid, context, std::move(done));
    };
}

bool BillingKeyRegisterForm::confirmOverwrite(const BillingKey &existing)
{
    const QString text
        = tr("customer_uid %1 already has a billing key:\n\n%2\n\nRegistering again REPLACES it "
             "at PortOne, but does NOT revoke the old key at the PG. Payments and schedules "
             "on %1 will use the new card.")
              .arg(existing.customerUid(), billingKeySummary(existing));
    return m_session.prompts().confirm(
        this,
        { tr("Replace the billing key of %1?").arg(existing.customerUid()), text,
          tr("Replace the billing key") });
}

void BillingKeyRegisterForm::sendRegistration(const QString &customerUid)
{
    BillingKeyRegistration registration;
    m_customer->fill(registration);
    m_card->fill(registration);
    registration.customerUid = customerUid;
    const bool sent = m_requests->run<BillingKey>(
        tr("Registering a billing key for %1…").arg(customerUid),
        [&registration](PortOneClient &client, QObject *context,
                        PortOneClient::Done<BillingKey> done) {
            return client.registerBillingKey(registration, context, std::move(done));
        },
        [this, customerUid](const BillingKey &key) {
            onRegistrationAnswered(customerUid, nullptr);
            m_outcome->showKey(
                key.isSuper() ? tr("Registered — super billing key") : tr("Registered"), key);
            Q_EMIT registered(key);
        },
        [this, customerUid](const ApiError &error) {
            onRegistrationAnswered(customerUid, &error);
            if (error.outcomeUnknown)
                m_outcome->showOutcomeUnknown(customerUid);
            return false; // shown as usual: field messages, notice or error panel
        });
    // The client holds its own copy for the request; the form's fields are cleared now (this
    // frees the values, it does not overwrite memory: see CardFields).
    if (sent)
        m_card->clearInputs();
}

void BillingKeyRegisterForm::onRegistrationAnswered(const QString &customerUid,
                                                    const ApiError *error)
{
    m_card->clearInputs(); // whatever the outcome
    m_session.recordResult(AuditAction::BillingKeyRegistered, { customerUid }, {}, error);
}

void BillingKeyRegisterForm::lookUp(const QString &customerUid)
{
    if (isBusy() || customerUid.isEmpty())
        return;
    m_requests->run<BillingKey>(
        tr("Looking up %1…").arg(customerUid), lookUpRequest(customerUid),
        [this](const BillingKey &key) {
            m_outcome->showKey(tr("Found — check its registered and updated times"), key);
        },
        [this, customerUid](const ApiError &error) {
            if (error.kind != ApiError::Kind::NotFound)
                return false;
            m_outcome->showNotFound(customerUid);
            return true;
        });
}

} // namespace portone
