#include "ui/certification/OtpConfirmPanel.h"

#include "core/util/Clock.h"
#include "core/validation/InputRules.h"
#include "ui/common/FieldMessages.h"
#include "ui/common/Icons.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portone {

OtpConfirmPanel::OtpConfirmPanel(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_messages(new FieldMessages(this))
    , m_impUidEdit(new QLineEdit(this))
    , m_copyImpUidButton(new QPushButton(tr("Copy"), this))
    , m_instructionLabel(new QLabel(this))
    , m_otpEdit(new QLineEdit(this))
    , m_countdownLabel(new QLabel(this))
    , m_confirmButton(new QPushButton(tr("Confirm"), this))
    , m_requestAgainButton(new QPushButton(tr("Request again"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
{
    setObjectName(u"otpConfirmPanel"_s);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_impUidEdit->setObjectName(u"impUidLineEdit"_s);
    m_impUidEdit->setReadOnly(true);
    m_impUidEdit->setAccessibleName(tr("imp_uid"));
    m_copyImpUidButton->setObjectName(u"copyImpUidButton"_s);
    m_copyImpUidButton->setIcon(appIcon(AppIcon::Copy));
    m_copyImpUidButton->setAccessibleName(tr("Copy imp_uid"));
    auto *impUidRow = new QHBoxLayout;
    impUidRow->addWidget(m_impUidEdit, 1);
    impUidRow->addWidget(m_copyImpUidButton);
    auto *impUidCaption = new QLabel(tr("imp_uid:"), this);
    impUidCaption->setBuddy(m_impUidEdit);
    form->addRow(impUidCaption, impUidRow);

    // The code is sensitive: shown while typed, masked afterwards, cleared once sent.
    m_otpEdit->setObjectName(u"otpLineEdit"_s);
    m_otpEdit->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_otpEdit->setMaxLength(rules::OtpCodeMaxLength);
    m_otpEdit->setMaximumWidth(160);
    m_messages->addRow(form, u"otp"_s, tr("Code from the text message (OTP):"), m_otpEdit);
    m_otpCell = m_otpEdit->parentWidget();
    m_otpCaption = qobject_cast<QLabel *>(form->labelForField(m_otpCell));

    m_countdownLabel->setObjectName(u"countdownLabel"_s);
    m_countdownLabel->setAccessibleName(tr("Time left"));
    form->addRow(tr("Time left:"), m_countdownLabel);

    m_instructionLabel->setObjectName(u"confirmInstructionLabel"_s);
    m_instructionLabel->setWordWrap(true);

    m_confirmButton->setObjectName(u"confirmOtpButton"_s);
    m_confirmButton->setIcon(appIcon(AppIcon::Confirm));
    m_confirmButton->setAccessibleName(tr("Confirm the certification"));
    m_confirmButton->setDefault(true);
    m_requestAgainButton->setObjectName(u"requestAgainButton"_s);
    m_requestAgainButton->setIcon(appIcon(AppIcon::Refresh));
    m_requestAgainButton->setAccessibleName(tr("Request a new code"));
    m_requestAgainButton->setToolTip(
        tr("Sends a new request with the same details and a new merchant_uid"));
    m_cancelButton->setObjectName(u"cancelCertificationButton"_s);
    m_cancelButton->setIcon(appIcon(AppIcon::Cancel));
    m_cancelButton->setAccessibleName(tr("Cancel and go back to the request form"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_confirmButton);
    buttons->addWidget(m_requestAgainButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_instructionLabel);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addStretch();

    setTabOrder(m_impUidEdit, m_copyImpUidButton);
    setTabOrder(m_copyImpUidButton, m_otpEdit);
    setTabOrder(m_otpEdit, m_confirmButton);
    setTabOrder(m_confirmButton, m_requestAgainButton);
    setTabOrder(m_requestAgainButton, m_cancelButton);

    m_tick.setInterval(500);
    connect(&m_tick, &QTimer::timeout, this, &OtpConfirmPanel::updateCountdown);
    connect(m_copyImpUidButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_impUid); });
    connect(m_confirmButton, &QPushButton::clicked, this, &OtpConfirmPanel::confirmRequested);
    connect(m_requestAgainButton, &QPushButton::clicked, this,
            &OtpConfirmPanel::requestAgainRequested);
    connect(m_cancelButton, &QPushButton::clicked, this, &OtpConfirmPanel::cancelRequested);
    connect(m_otpEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        // Said as soon as a non-digit is typed; the length only when Confirm is pressed.
        const std::optional<QString> problem = rules::otpCode(text);
        if (!text.isEmpty() && (problem || !m_messages->message(u"otp"_s).isEmpty()))
            m_messages->set(u"otp"_s, problem);
    });
}

void OtpConfirmPanel::start(const QString &impUid, bool appMode)
{
    m_impUid = impUid;
    m_appMode = appMode;
    m_impUidEdit->setText(impUid);
    m_otpEdit->setText(QString()); // also forgets the undo history
    m_messages->clear();
    m_otpCell->setVisible(!appMode);
    if (m_otpCaption)
        m_otpCaption->setVisible(!appMode);
    m_instructionLabel->setText(
        appMode ? tr("PortOne asked the customer's carrier app for approval. When the customer "
                     "has approved it in the app, press Confirm. The request expires in 3 minutes.")
                : tr("PortOne sent a code by text message to the customer's phone. Ask for it and "
                     "type it below; the code expires in 3 minutes."));
    m_deadline = m_clock.now().addSecs(CodeValiditySeconds);
    m_tick.start();
    updateCountdown();
}

void OtpConfirmPanel::stop()
{
    m_tick.stop();
    m_otpEdit->setText(QString()); // also forgets the undo history
}

int OtpConfirmPanel::secondsLeft() const
{
    return m_deadline.isValid() ? int(std::max<qint64>(0, m_clock.now().secsTo(m_deadline))) : 0;
}

void OtpConfirmPanel::updateCountdown()
{
    const int left = secondsLeft();
    if (left <= 0) {
        m_tick.stop();
        m_countdownLabel->setText(tr("Time is up: the code has probably expired. Press "
                                     "\"Request again\" if confirming fails."));
        m_countdownLabel->setStyleSheet(u"color: #c62828;"_s);
        return;
    }
    m_countdownLabel->setStyleSheet(left <= 30 ? u"color: #c62828; font-weight: bold;"_s
                                               : u"font-weight: bold;"_s);
    m_countdownLabel->setText(
        tr("%1:%2 left").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
}

bool OtpConfirmPanel::checkOtp()
{
    if (m_appMode)
        return true;
    const std::optional<QString> message = rules::otpCode(m_otpEdit->text().trimmed());
    m_messages->set(u"otp"_s, message);
    if (message)
        m_otpEdit->setFocus(Qt::OtherFocusReason);
    return !message;
}

QString OtpConfirmPanel::takeOtp()
{
    QString otp = m_appMode ? QString() : m_otpEdit->text().trimmed();
    m_otpEdit->setText(QString()); // also forgets the undo history
    return otp;
}

void OtpConfirmPanel::showFieldErrors(const FieldErrors &errors)
{
    m_messages->show(errors);
}

void OtpConfirmPanel::retypeOtp()
{
    m_otpEdit->setText(QString()); // also forgets the undo history
    if (!m_appMode)
        m_otpEdit->setFocus(Qt::OtherFocusReason);
}

void OtpConfirmPanel::setBusy(bool busy)
{
    m_confirmButton->setEnabled(!busy);
    m_requestAgainButton->setEnabled(!busy);
}

} // namespace portone
