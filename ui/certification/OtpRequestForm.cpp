#include "ui/certification/OtpRequestForm.h"

#include "core/util/Clock.h"
#include "core/util/MerchantUid.h"
#include "core/validation/InputRules.h"
#include "ui/common/ChannelPicker.h"
#include "ui/common/FieldMessages.h"
#include "ui/common/Icons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portone {

namespace {

QLabel *makeNoteLabel(const QString &text, QWidget *parent)
{
    auto *note = new QLabel(text, parent);
    note->setWordWrap(true);
    note->setStyleSheet(u"color: palette(mid);"_s);
    return note;
}

} // namespace

OtpRequestForm::OtpRequestForm(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_messages(new FieldMessages(this))
    , m_nameEdit(new QLineEdit(this))
    , m_phoneEdit(new QLineEdit(this))
    , m_birthEdit(new QLineEdit(this))
    , m_genderDigitEdit(new QLineEdit(this))
    , m_carrierCombo(new QComboBox(this))
    , m_mvnoCheck(new QCheckBox(tr("MVNO (budget carrier)"), this))
    , m_companyEdit(new QLineEdit(this))
    , m_merchantUidEdit(new QLineEdit(this))
    , m_newMerchantUidButton(new QPushButton(tr("New"), this))
    , m_channelPicker(new ChannelPicker(u"certification"_s, this))
    , m_methodCombo(new QComboBox(this))
    , m_bypassEdit(new QPlainTextEdit(this))
    , m_requestButton(new QPushButton(tr("Request OTP"), this))
{
    setObjectName(u"otpRequestForm"_s);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    buildForm(form);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_requestButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch();

    setTabOrder(m_nameEdit, m_phoneEdit);
    setTabOrder(m_phoneEdit, m_birthEdit);
    setTabOrder(m_birthEdit, m_genderDigitEdit);
    setTabOrder(m_genderDigitEdit, m_carrierCombo);
    setTabOrder(m_carrierCombo, m_mvnoCheck);
    setTabOrder(m_mvnoCheck, m_companyEdit);
    setTabOrder(m_companyEdit, m_merchantUidEdit);
    setTabOrder(m_merchantUidEdit, m_newMerchantUidButton);
    setTabOrder(m_newMerchantUidButton, m_channelPicker);
    setTabOrder(m_channelPicker, m_methodCombo);
    setTabOrder(m_methodCombo, m_bypassEdit);
    setTabOrder(m_bypassEdit, m_requestButton);

    connect(m_requestButton, &QPushButton::clicked, this, &OtpRequestForm::submitted);
    connect(m_newMerchantUidButton, &QPushButton::clicked, this, &OtpRequestForm::renewMerchantUid);
    connect(m_methodCombo, &QComboBox::currentIndexChanged, this,
            &OtpRequestForm::updateMethodNote);
    const QList<std::pair<QLineEdit *, QString>> edits {
        { m_nameEdit, u"name"_s },
        { m_phoneEdit, u"phone"_s },
        { m_birthEdit, u"birth"_s },
        { m_genderDigitEdit, u"gender_digit"_s },
    };
    for (const auto &[edit, field] : edits) {
        const QString name = field;
        connect(edit, &QLineEdit::textEdited, this, [this, name] { checkField(name, false); });
        connect(edit, &QLineEdit::editingFinished, this, [this, name] { checkField(name, true); });
    }
    connect(m_channelPicker, &QComboBox::editTextChanged, this,
            [this] { checkField(u"channel_key"_s, false); });
    connect(m_bypassEdit, &QPlainTextEdit::textChanged, this,
            [this] { checkField(u"bypass"_s, true); });
    renewMerchantUid();
    updateMethodNote();
}

void OtpRequestForm::buildForm(QFormLayout *form)
{
    m_nameEdit->setObjectName(u"nameLineEdit"_s);
    m_messages->addRow(form, u"name"_s, tr("Name:"), m_nameEdit);

    m_phoneEdit->setObjectName(u"phoneLineEdit"_s);
    m_phoneEdit->setPlaceholderText(tr("010-1234-5678 (any separators)"));
    m_messages->addRow(form, u"phone"_s, tr("Mobile phone:"), m_phoneEdit);

    // Birth is a sensitive field: visible while typing, masked once the field is left.
    m_birthEdit->setObjectName(u"birthLineEdit"_s);
    m_birthEdit->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_birthEdit->setPlaceholderText(tr("YYMMDD"));
    m_birthEdit->setMaxLength(8);
    m_messages->addRow(form, u"birth"_s, tr("Date of birth (YYMMDD):"), m_birthEdit);

    const QString genderHelp
        = tr("First digit of the resident number's second half. 1/2: Korean born before 2000 "
             "(male/female) · 3/4: Korean born from 2000 · 5/6: foreigner born before 2000 · "
             "7/8: foreigner born from 2000");
    m_genderDigitEdit->setObjectName(u"genderDigitLineEdit"_s);
    m_genderDigitEdit->setMaxLength(1);
    m_genderDigitEdit->setMaximumWidth(48);
    m_genderDigitEdit->setToolTip(genderHelp);
    QLabel *genderNote = makeNoteLabel(genderHelp, this);
    genderNote->setObjectName(u"genderDigitHelpLabel"_s);
    m_messages->addRow(form, u"gender_digit"_s, tr("Gender digit:"), m_genderDigitEdit, nullptr,
                       genderNote);

    m_carrierCombo->setObjectName(u"carrierComboBox"_s);
    m_carrierCombo->addItem(u"SKT"_s, QVariant::fromValue(int(Carrier::SKT)));
    m_carrierCombo->addItem(u"KT"_s, QVariant::fromValue(int(Carrier::KT)));
    m_carrierCombo->addItem(u"LG U+ (LGT)"_s, QVariant::fromValue(int(Carrier::LGT)));
    m_mvnoCheck->setObjectName(u"mvnoCheckBox"_s);
    m_mvnoCheck->setAccessibleName(tr("MVNO (budget carrier)"));
    m_mvnoCheck->setToolTip(tr("Check when the phone is on a budget carrier (알뜰폰) that uses "
                               "the chosen carrier's network."));
    m_messages->addRow(form, u"carrier"_s, tr("Carrier:"), m_carrierCombo, m_mvnoCheck);

    m_companyEdit->setObjectName(u"companyLineEdit"_s);
    m_companyEdit->setPlaceholderText(tr("Optional"));
    m_messages->addRow(form, u"company"_s, tr("Company (shown to the customer):"), m_companyEdit);

    m_merchantUidEdit->setObjectName(u"merchantUidLineEdit"_s);
    m_newMerchantUidButton->setObjectName(u"newMerchantUidButton"_s);
    m_newMerchantUidButton->setIcon(appIcon(AppIcon::Refresh));
    m_newMerchantUidButton->setAccessibleName(tr("New merchant_uid"));
    m_newMerchantUidButton->setToolTip(tr("Generate a new unique merchant_uid"));
    m_messages->addRow(form, u"merchant_uid"_s, tr("merchant_uid (order number):"),
                       m_merchantUidEdit, m_newMerchantUidButton);

    m_channelPicker->setObjectName(u"channelComboBox"_s);
    m_messages->addRow(form, u"channel_key"_s, tr("Channel (channel_key):"), m_channelPicker);

    m_methodCombo->setObjectName(u"verificationMethodComboBox"_s);
    m_methodCombo->addItem(tr("SMS: the customer reads out the code from the text message"),
                           u"SMS"_s);
    m_methodCombo->addItem(tr("APP: the customer approves in the carrier's app"), u"APP"_s);
    m_methodNoteLabel = makeNoteLabel(QString(), this);
    m_methodNoteLabel->setObjectName(u"verificationMethodNoteLabel"_s);
    m_messages->addRow(form, u"verification_method"_s, tr("Verification method:"), m_methodCombo,
                       nullptr, m_methodNoteLabel);

    m_bypassEdit->setObjectName(u"bypassPlainTextEdit"_s);
    m_bypassEdit->setPlaceholderText(tr("Optional JSON object, e.g. {\"key\": \"value\"}"));
    m_bypassEdit->setTabChangesFocus(true);
    m_bypassEdit->setFixedHeight(m_bypassEdit->fontMetrics().lineSpacing() * 3 + 12);
    m_messages->addRow(form, u"bypass"_s, tr("bypass (JSON):"), m_bypassEdit);

    m_requestButton->setObjectName(u"requestOtpButton"_s);
    m_requestButton->setIcon(appIcon(AppIcon::Send));
    m_requestButton->setAccessibleName(tr("Request OTP"));
    m_requestButton->setDefault(true);
}

void OtpRequestForm::setConnection(Connection &connection)
{
    m_channelPicker->setConnection(&connection);
}

bool OtpRequestForm::appMode() const
{
    return m_methodCombo->currentData().toString() == u"APP";
}

OtpRequest OtpRequestForm::request() const
{
    OtpRequest request;
    request.name = m_nameEdit->text().trimmed();
    request.phone = m_phoneEdit->text().trimmed();
    QString birth = m_birthEdit->text().trimmed();
    birth.remove(u'-').remove(u'.').remove(u' ');
    request.birth = birth;
    request.genderDigit = m_genderDigitEdit->text().trimmed();
    request.carrier = static_cast<Carrier>(m_carrierCombo->currentData().toInt());
    request.isMvno = m_mvnoCheck->isChecked();
    request.company = m_companyEdit->text().trimmed();
    request.merchantUid = m_merchantUidEdit->text().trimmed();
    request.channelKey = m_channelPicker->channelKey();
    request.verificationMethod = appMode() ? VerificationMethod::APP : VerificationMethod::SMS;
    request.bypass = m_bypassEdit->toPlainText().trimmed();
    return request;
}

std::optional<QString> OtpRequestForm::ruleFor(const QString &field) const
{
    const OtpRequest r = request();
    if (field == u"name")
        return rules::required(r.name);
    if (field == u"phone")
        return rules::phone(r.phone);
    if (field == u"birth")
        return rules::otpBirth(m_birthEdit->text().trimmed());
    if (field == u"gender_digit")
        return rules::genderDigit(r.genderDigit);
    if (field == u"channel_key")
        return rules::required(r.channelKey);
    if (field == u"bypass")
        return rules::jsonObjectText(r.bypass);
    return std::nullopt;
}

// While typing, a message appears once the value is complete enough to judge (or was already
// shown, so it goes as soon as the value is right); leaving a non-empty field always checks it.
void OtpRequestForm::checkField(const QString &field, bool force)
{
    const bool shown = !m_messages->message(field).isEmpty();
    bool judge = force || shown;
    if (field == u"birth")
        judge = judge || rules::digitsOnly(m_birthEdit->text()).size() >= 6;
    else if (field == u"gender_digit")
        judge = judge || !m_genderDigitEdit->text().isEmpty();
    if (!judge)
        return;
    std::optional<QString> message = ruleFor(field);
    // Tabbing through an empty required field is not an error yet; submitting is.
    if (message && !shown && field != u"bypass") {
        const QLineEdit *edit = field == u"name" ? m_nameEdit
            : field == u"phone"                  ? m_phoneEdit
            : field == u"birth"                  ? m_birthEdit
            : field == u"gender_digit"           ? m_genderDigitEdit
                                                 : m_channelPicker->lineEdit();
        if (edit->text().trimmed().isEmpty())
            return;
    }
    m_messages->set(field, message);
}

bool OtpRequestForm::checkAll()
{
    const FieldErrors errors = rules::validate(request());
    m_messages->show(errors);
    return errors.isEmpty();
}

void OtpRequestForm::showFieldErrors(const FieldErrors &errors)
{
    m_messages->show(errors);
}

void OtpRequestForm::clearMessages()
{
    m_messages->clear();
}

void OtpRequestForm::clearPersonalFields()
{
    // setText, not clear(): clear() is itself an undoable edit, and Ctrl+Z would bring the
    // customer's details back.
    for (QLineEdit *edit : { m_nameEdit, m_phoneEdit, m_birthEdit, m_genderDigitEdit })
        edit->setText(QString());
    for (const QString &field : { u"name"_s, u"phone"_s, u"birth"_s, u"gender_digit"_s })
        m_messages->set(field, std::nullopt);
}

void OtpRequestForm::renewMerchantUid()
{
    m_merchantUidEdit->setText(makeMerchantUid(u"cert"_s, m_clock.now().toLocalTime()));
}

void OtpRequestForm::setBusy(bool busy)
{
    m_requestButton->setEnabled(!busy);
}

void OtpRequestForm::focusFirstField()
{
    m_nameEdit->setFocus(Qt::OtherFocusReason);
}

void OtpRequestForm::updateMethodNote()
{
    m_methodNoteLabel->setText(
        appMode() ? tr("No code to type: the customer approves the request in the app, then you "
                       "press Confirm. Only some channels support APP (e.g. KCP v2).")
                  : tr("PortOne sends a code by text message; the customer reads it out to you."));
}

} // namespace portone
