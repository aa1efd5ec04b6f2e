#include "ui/certification/CertificationWorkspace.h"

#include "core/api/PortOneClient.h"
#include "ui/DeskSession.h"
#include "ui/certification/CertificationLookupPanel.h"
#include "ui/certification/CertificationResultPanel.h"
#include "ui/certification/OtpConfirmPanel.h"
#include "ui/certification/OtpRequestForm.h"
#include "ui/common/ErrorPanel.h"
#include "ui/common/Icons.h"
#include "ui/common/ReadOnlyNotice.h"
#include "ui/common/RequestLifecycle.h"
#include "ui/common/RequestProgress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>
#include <utility>

using namespace Qt::StringLiterals;

namespace portone {

CertificationWorkspace::CertificationWorkspace(DeskSession &session, QWidget *parent)
    : Workspace(session, parent)
    , m_sections(new QTabWidget(this))
    , m_stepLabel(new QLabel(this))
    , m_steps(new QStackedWidget(this))
    , m_form(new OtpRequestForm(session.clock(), this))
    , m_confirmPanel(new OtpConfirmPanel(session.clock(), this))
    , m_resultPanel(new CertificationResultPanel(session, this))
    , m_startOverButton(new QPushButton(tr("Start a new certification"), this))
    , m_lookupPanel(new CertificationLookupPanel(session, this))
{
    setObjectName(u"certificationWorkspace"_s);
    auto *heading = new QLabel(u"<h2>%1</h2>"_s.arg(title().toHtmlEscaped()), this);

    m_stepLabel->setObjectName(u"stepIndicatorLabel"_s);
    m_stepLabel->setTextFormat(Qt::RichText);

    auto *formScroll = new QScrollArea(this);
    formScroll->setObjectName(u"requestFormScrollArea"_s);
    formScroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields, which scroll into view
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setWidget(m_form);
    formScroll->viewport()->setAutoFillBackground(false);
    m_form->setAutoFillBackground(false);

    auto *resultPage = new QWidget(this);
    m_resultPanel->setObjectName(u"otpResultPanel"_s);
    m_startOverButton->setObjectName(u"startOverButton"_s);
    m_startOverButton->setIcon(appIcon(AppIcon::Add));
    m_startOverButton->setAccessibleName(tr("Start a new certification"));
    auto *resultButtons = new QHBoxLayout;
    resultButtons->addWidget(m_startOverButton);
    resultButtons->addStretch();
    auto *resultLayout = new QVBoxLayout(resultPage);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(m_resultPanel, 1);
    resultLayout->addLayout(resultButtons);

    m_steps->setObjectName(u"stepsStackedWidget"_s);
    m_steps->addWidget(formScroll);
    m_steps->addWidget(m_confirmPanel);
    m_steps->addWidget(resultPage);

    auto *flowPage = new QWidget(this);
    flowPage->setObjectName(u"otpFlowPage"_s);
    m_requests = RequestLifecycle::forPanel(session.connection(), flowPage, {});
    auto *readOnly = new ReadOnlyNotice(session, flowPage);
    readOnly->guard(m_form->requestButton());
    readOnly->guard(m_confirmPanel->confirmButton());
    readOnly->guard(m_confirmPanel->requestAgainButton());
    auto *flowLayout = new QVBoxLayout(flowPage);
    flowLayout->addWidget(m_stepLabel);
    flowLayout->addWidget(readOnly);
    flowLayout->addWidget(m_requests->progress());
    flowLayout->addWidget(m_requests->errorPanel());
    flowLayout->addWidget(m_steps, 1);

    m_sections->setObjectName(u"certificationSectionsTabWidget"_s);
    m_sections->addTab(flowPage, tr("OTP certification"));
    m_sections->addTab(m_lookupPanel, tr("Look up or delete"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_sections, 1);

    connect(m_form, &OtpRequestForm::submitted, this, &CertificationWorkspace::requestOtp);
    connect(m_confirmPanel, &OtpConfirmPanel::confirmRequested, this,
            &CertificationWorkspace::confirmOtp);
    connect(m_confirmPanel, &OtpConfirmPanel::requestAgainRequested, this,
            &CertificationWorkspace::requestAgain);
    connect(m_confirmPanel, &OtpConfirmPanel::cancelRequested, this,
            &CertificationWorkspace::backToRequest);
    connect(m_startOverButton, &QPushButton::clicked, this, &CertificationWorkspace::startOver);
    connect(m_requests, &RequestLifecycle::busyChanged, this, [this](bool busy) {
        m_form->setBusy(busy);
        m_confirmPanel->setBusy(busy);
    });
    connect(m_resultPanel, &CertificationResultPanel::personalDataRevealed, this,
            &CertificationWorkspace::personalDataRevealed);
    connect(m_lookupPanel, &CertificationLookupPanel::personalDataRevealed, this,
            &CertificationWorkspace::personalDataRevealed);
    connect(&session, &DeskSession::activeProfileChanged, this,
            &CertificationWorkspace::onProfileChanged);
    m_form->setConnection(session.connection());
    setStep(Step::Request);
}

QString CertificationWorkspace::pageTitle()
{
    return tr("Certification");
}

bool CertificationWorkspace::isBusy() const
{
    return m_requests->isBusy() || m_lookupPanel->isBusy();
}

void CertificationWorkspace::cancelRunningRequest()
{
    m_requests->cancel();
    m_lookupPanel->cancel();
}

// Enter: the form that has focus — the lookup section, or the current step of the flow.
void CertificationWorkspace::submit()
{
    if (m_sections->currentWidget() == m_lookupPanel) {
        m_lookupPanel->lookUp();
        return;
    }
    switch (step()) {
    case Step::Request:
        requestOtp();
        break;
    case Step::Confirm:
        confirmOtp();
        break;
    case Step::Result:
        break;
    }
}

CertificationWorkspace::Step CertificationWorkspace::step() const
{
    return static_cast<Step>(m_steps->currentIndex());
}

void CertificationWorkspace::setStep(Step step)
{
    m_steps->setCurrentIndex(int(step));
    const QStringList names { tr("1 Request"), tr("2 Confirm"), tr("3 Result") };
    QStringList parts;
    for (int i = 0; i < names.size(); ++i) {
        const QString name = names.at(i).toHtmlEscaped();
        parts << (i == int(step) ? u"<b><u>%1</u></b>"_s.arg(name)
                                 : u"<span style=\"color: gray\">%1</span>"_s.arg(name));
    }
    m_stepLabel->setText(parts.join(u" · "_s));
    m_stepLabel->setAccessibleName(
        tr("Step %1 of 3: %2").arg(int(step) + 1).arg(names.at(int(step)).mid(2)));
    if (step == Step::Request)
        m_form->focusFirstField();
}

void CertificationWorkspace::requestOtp()
{
    if (m_requests->isBusy() || !session().allowsChanges()) // Enter cannot send twice
        return;
    m_requests->clear(); // nothing runs: the last error goes
    if (!m_form->checkAll()) {
        setStep(Step::Request);
        return;
    }
    const OtpRequest request = m_form->request();
    const bool appMode = request.verificationMethod == VerificationMethod::APP;
    const QString merchantUid = request.merchantUid;
    m_requests->run<OtpRequestResult>(
        appMode ? tr("Asking the customer's app for approval…")
                : tr("Asking PortOne to send the code…"),
        [request](PortOneClient &client, QObject *context,
                  PortOneClient::Done<OtpRequestResult> done) {
            return client.requestOtp(request, context, std::move(done));
        },
        [this, appMode, merchantUid](const OtpRequestResult &requested) {
            session().recordResult(AuditAction::OtpRequested, { requested.impUid, merchantUid }, {},
                                   nullptr);
            m_confirmPanel->start(requested.impUid, appMode);
            setStep(Step::Confirm);
        },
        [this, merchantUid](const ApiError &error) {
            session().recordResult(AuditAction::OtpRequested, { merchantUid }, {}, &error);
            m_unknownOutcomeShown = error.outcomeUnknown;
            return showFieldErrors(error);
        });
}

// "Request again": the same details with a new merchant_uid, so it is a new request.
void CertificationWorkspace::requestAgain()
{
    if (m_requests->isBusy())
        return;
    m_form->renewMerchantUid();
    requestOtp();
}

void CertificationWorkspace::confirmOtp()
{
    if (m_requests->isBusy() || step() != Step::Confirm || !session().allowsChanges())
        return;
    m_requests->clear(); // nothing runs: the last error goes
    if (!m_confirmPanel->checkOtp())
        return;
    const QString impUid = m_confirmPanel->impUid();
    m_requests->run<Certification>(
        tr("Confirming %1…").arg(impUid),
        [impUid, otp = m_confirmPanel->takeOtp()](PortOneClient &client, QObject *context,
                                                  PortOneClient::Done<Certification> done) {
            return client.confirmOtp(impUid, otp, context, std::move(done));
        },
        [this, impUid](const Certification &certification) {
            session().recordResult(AuditAction::OtpConfirmed, { impUid }, {}, nullptr);
            onConfirmed(certification);
        },
        [this, impUid](const ApiError &error) {
            session().recordResult(AuditAction::OtpConfirmed, { impUid }, {}, &error);
            m_unknownOutcomeShown = error.outcomeUnknown;
            const bool shown = showFieldErrors(error);
            m_confirmPanel->retypeOtp();
            return shown;
        });
}

void CertificationWorkspace::onConfirmed(const Certification &certification)
{
    m_confirmPanel->stop();
    m_resultPanel->showCertification(certification);
    m_lookupPanel->setImpUid(certification.impUid);
    // The flow is finished: the customer's details go, the next request gets a new order number.
    m_form->clearPersonalFields();
    m_form->renewMerchantUid();
    setStep(Step::Result);
}

// Validation errors next to the fields of the step they belong to; false for everything else
// (the lifecycle shows it).
bool CertificationWorkspace::showFieldErrors(const ApiError &error)
{
    if (error.kind != ApiError::Kind::Validation || error.fieldErrors.isEmpty())
        return false;
    if (step() == Step::Confirm && error.fieldErrors.constFirst().field == u"otp") {
        m_confirmPanel->showFieldErrors(error.fieldErrors);
        return true;
    }
    setStep(Step::Request);
    m_form->showFieldErrors(error.fieldErrors);
    return true;
}

// Cancel on step 2: back to the form with everything still filled in.
void CertificationWorkspace::backToRequest()
{
    if (m_requests->isBusy())
        m_requests->cancel(); // answered now; a sent confirmation's unknown outcome stays shown
    else
        m_requests->clear();
    m_confirmPanel->stop();
    setStep(Step::Request);
}

void CertificationWorkspace::startOver()
{
    m_resultPanel->clear();
    m_requests->clear();
    m_form->clearPersonalFields();
    m_form->clearMessages();
    setStep(Step::Request);
}

// The previous profile's calls were answered before the switch; nothing of the previous
// account's customers stays on screen. A request answered as an unknown outcome (the operator
// went on without waiting) stays shown: it may have reached the customer.
void CertificationWorkspace::onProfileChanged()
{
    if (!std::exchange(m_unknownOutcomeShown, false))
        m_requests->clear();
    m_confirmPanel->stop();
    m_resultPanel->clear();
    m_lookupPanel->reset();
    m_form->clearPersonalFields();
    m_form->renewMerchantUid();
    setStep(Step::Request);
}

} // namespace portone
