#include "ui/billingkeys/edit/BillingKeyRegisterForm.h"

#include "core/api/PortOneClient.h"
#include "core/validation/InputRules.h"
#include "ui/DeskSession.h"
#include "ui/billingkeys/edit/CardFields.h"
#include "ui/billingkeys/edit/CustomerFields.h"
#include "ui/billingkeys/edit/RegisterOutcomeView.h"
#include "ui/common/Confirmer.h"
#include "ui/common/ErrorPanel.h"
#include "ui/common/FieldMessages.h"
#include "ui/common/Icons.h"
#include "ui/common/ReadOnlyNotice.h"
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
    , m_progress(new RequestProgress(this))
    , m_errorPanel(new ErrorPanel(this))
    , m_outcome(new RegisterOutcomeView(this))
{
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
    m_progress->setObjectName(QStringLiteral("registerRequestProgress"));
    m_errorPanel->setObjectName(QStringLiteral("registerErrorPanel"));
    auto *readOnly = new ReadOnlyNotice(session, this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(readOnly->guard(m_registerButton));
    buttons->addWidget(m_progress, 1);
    buttons->addStretch();

    auto *left = new QVBoxLayout;
    // No card data typed in vain: the fields are guarded as well as the button.
    left->addWidget(readOnly->guard(scroll), 1);
    left->addWidget(readOnly);
    left->addLayout(buttons);
    auto *right = new QVBoxLayout;
    right->addWidget(m_errorPanel);
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
    connect(&m_session, &DeskSession::activeProfileChanged, this,
            &BillingKeyRegisterForm::reconnect);
    m_customer->setConnection(m_session.connection());
    reconnect();
}

BillingKeyRegisterForm::~BillingKeyRegisterForm()
{
    m_card->clearInputs();
}

void BillingKeyRegisterForm::reconnect()
{
    m_progress->cancel();
    m_errorPanel->clear();
    m_outcome->clear();
    setStep(Step::Idle);
}

bool BillingKeyRegisterForm::isBusy() const
{
    return m_step != Step::Idle;
}

void BillingKeyRegisterForm::cancel()
{
    m_progress->cancel();
}

void BillingKeyRegisterForm::setStep(Step step)
{
    m_step = step;
    const bool idle = step == Step::Idle && m_session.hasActiveProfile();
    m_registerButton->setEnabled(idle);
    m_fieldsWidget->setEnabled(step == Step::Idle);
    m_outcome->setLookUpEnabled(idle);
}

void BillingKeyRegisterForm::submit()
{
    if (isBusy() || !m_session.allowsChanges())
        return;
    m_errorPanel->clear();
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
    m_pendingUid = registration.customerUid;
    setStep(Step::CheckingExisting);
    const CallHandle call = m_session.client()->getBillingKey(
        m_pendingUid, this,
        [this](const Result<BillingKey> &result) { onExistingChecked(result); });
    m_progress->start(tr("Checking whether %1 already has a billing key…").arg(m_pendingUid), call);
}

void BillingKeyRegisterForm::onExistingChecked(const Result<BillingKey> &result)
{
    m_progress->finish();
    if (result.ok()) {
        if (!confirmOverwrite(result.value())) {
            setStep(Step::Idle); // nothing sent; the form keeps what was typed
            return;
        }
    } else if (result.error().kind != ApiError::Kind::NotFound) {
        // Without knowing whether a key exists, nothing is sent.
        finishWithError(result.error());
        return;
    }
    sendRegistration();
}

bool BillingKeyRegisterForm::confirmOverwrite(const BillingKey &existing)
{
    const QString text
        = tr("customer_uid %1 already has a billing key:\n\n%2\n\nRegistering again REPLACES it "
             "at PortOne, but does NOT revoke the old key at the PG. Payments and schedules "
             "on %1 will use the new card.")
              .arg(existing.customerUid(), billingKeySummary(existing));
    return m_session.confirmer().confirm(
        this,
        { tr("Replace the billing key of %1?").arg(existing.customerUid()), text,
          tr("Replace the billing key") });
}

void BillingKeyRegisterForm::sendRegistration()
{
    PortOneClient *client = m_session.client();
    if (!client) {
        setStep(Step::Idle);
        return;
    }
    BillingKeyRegistration registration;
    m_customer->fill(registration);
    m_card->fill(registration);
    registration.customerUid = m_pendingUid;
    setStep(Step::Registering);
    const QString uid = m_pendingUid;
    const CallHandle call = client->registerBillingKey(
        registration, this,
        [this, uid](const Result<BillingKey> &result) { onRegistered(uid, result); });
    // The client holds its own copy for the request; the form's fields are cleared now (this
    // frees the values, it does not overwrite memory: see CardFields).
    m_card->clearInputs();
    m_progress->start(tr("Registering a billing key for %1…").arg(uid), call);
}

void BillingKeyRegisterForm::onRegistered(const QString &customerUid,
                                          const Result<BillingKey> &result)
{
    m_progress->finish();
    m_card->clearInputs(); // whatever the outcome
    m_session.recordResult(AuditAction::BillingKeyRegistered, { customerUid }, {},
                           result.ok() ? nullptr : &result.error());
    if (!result.ok()) {
        const ApiError &error = result.error();
        if (error.kind == ApiError::Kind::Validation)
            m_messages->show(error.fieldErrors);
        finishWithError(error);
        if (error.outcomeUnknown)
            m_outcome->showOutcomeUnknown(customerUid);
        return;
    }
    setStep(Step::Idle);
    const BillingKey &key = result.value();
    m_outcome->showKey(key.isSuper() ? tr("Registered — super billing key") : tr("Registered"),
                       key);
    Q_EMIT registered(key);
}

void BillingKeyRegisterForm::lookUp(const QString &customerUid)
{
    if (isBusy() || !m_session.client() || customerUid.isEmpty())
        return;
    m_errorPanel->clear();
    setStep(Step::LookingUp);
    const CallHandle call = m_session.client()->getBillingKey(
        customerUid, this, [this, customerUid](Result<BillingKey> result) {
            m_progress->finish();
            if (result.ok()) {
                setStep(Step::Idle);
                m_outcome->showKey(tr("Found — check its registered and updated times"),
                                   result.value());
            } else if (result.error().kind == ApiError::Kind::NotFound) {
                setStep(Step::Idle);
                m_outcome->showNotFound(customerUid);
            } else {
                finishWithError(result.error());
            }
        });
    m_progress->start(tr("Looking up %1…").arg(customerUid), call);
}

void BillingKeyRegisterForm::finishWithError(const ApiError &error)
{
    setStep(Step::Idle);
    if (error.kind != ApiError::Kind::Validation
        && !(error.kind == ApiError::Kind::Cancelled && !error.outcomeUnknown))
        m_errorPanel->showError(error);
}

} // namespace portone
