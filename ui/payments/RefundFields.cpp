#include "ui/payments/RefundFields.h"

#include "core/validation/InputRules.h"
#include "ui/common/CopyProtectedLineEdit.h"
#include "ui/common/FieldMessages.h"
#include "ui/common/LocaleFormat.h"
#include "ui/payments/PaymentDetailRows.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace portone {

namespace {

// The PGs whose refund of a tax-free payment must name its tax-free part (the spec's tax_free),
// and those that take a VAT part (vat_amount) when VAT was set at payment.
const QStringList TaxFreePgs { u"kcp"_s,   u"kcp_quick"_s,  u"kicc"_s,   u"nice"_s,
                               u"payco"_s, u"smartro_v2"_s, u"welcome"_s };
const QStringList VatPgs { u"nice"_s, u"html5_inicis"_s, u"welcome"_s, u"nice_v2"_s };

QLineEdit *namedLineEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

QLabel *hintLabel(QWidget *parent)
{
    auto *note = new QLabel(parent);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #5f6368;"));
    return note;
}

} // namespace

std::optional<qint64> parseWholeAmount(const QString &text)
{
    QString digits = text.trimmed();
    digits.remove(u"원"_s).remove(u'₩').remove(u"KRW"_s, Qt::CaseInsensitive);
    digits.remove(u',').remove(u' ').remove(QChar(0x00a0));
    const bool allDigits = std::all_of(digits.cbegin(), digits.cend(),
                                       [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (digits.isEmpty() || digits.size() > 15 || !allDigits)
        return std::nullopt;
    return digits.toLongLong();
}

RefundFields::RefundFields(QWidget *parent)
    : QWidget(parent)
    , m_messages(new FieldMessages(this))
    , m_summaryLabel(new QLabel(this))
    , m_fullRadio(new QRadioButton(this))
    , m_partialRadio(new QRadioButton(tr("Partial refund"), this))
    , m_amountEdit(namedLineEdit(u"refundAmountLineEdit"_s, this))
    , m_taxFreeEdit(namedLineEdit(u"taxFreeLineEdit"_s, this))
    , m_taxFreeNote(hintLabel(this))
    , m_vatEdit(namedLineEdit(u"vatAmountLineEdit"_s, this))
    , m_vatNote(hintLabel(this))
    , m_reasonEdit(namedLineEdit(u"refundReasonLineEdit"_s, this))
    , m_accountGroup(new QGroupBox(tr("Refund account (virtual account payment)"), this))
    , m_holderEdit(namedLineEdit(u"refundHolderLineEdit"_s, m_accountGroup))
    , m_bankCombo(new QComboBox(m_accountGroup))
    , m_accountEdit(new CopyProtectedLineEdit(m_accountGroup))
    , m_telEdit(namedLineEdit(u"refundTelLineEdit"_s, m_accountGroup))
{
    setObjectName(u"refundFields"_s);
    m_summaryLabel->setObjectName(u"refundSummaryLabel"_s);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::RichText);
    m_fullRadio->setObjectName(u"fullRefundRadioButton"_s);
    m_fullRadio->setAccessibleName(tr("Refund everything left"));
    m_partialRadio->setObjectName(u"partialRefundRadioButton"_s);
    auto *kinds = new QButtonGroup(this);
    kinds->addButton(m_fullRadio);
    kinds->addButton(m_partialRadio);
    m_amountEdit->setMaximumWidth(180);
    m_taxFreeEdit->setMaximumWidth(180);
    m_vatEdit->setMaximumWidth(180);
    m_taxFreeEdit->setPlaceholderText(tr("optional"));
    m_vatEdit->setPlaceholderText(tr("optional"));
    m_reasonEdit->setPlaceholderText(tr("e.g. the customer changed their mind"));
    m_bankCombo->setObjectName(u"refundBankComboBox"_s);
    m_accountEdit->setObjectName(u"refundAccountLineEdit"_s);
    m_accountEdit->setPlaceholderText(tr("digits; hyphens allowed"));
    m_telEdit->setPlaceholderText(tr("optional, e.g. 010-1234-5678"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *kindColumn = new QVBoxLayout;
    kindColumn->addWidget(m_fullRadio);
    kindColumn->addWidget(m_partialRadio);
    form->addRow(tr("Refund:"), kindColumn);
    m_messages->addRow(form, u"amount"_s, tr("Amount:"), m_amountEdit);
    m_messages->addRow(form, u"tax_free"_s, tr("Tax-free part:"), m_taxFreeEdit, nullptr,
                       m_taxFreeNote);
    m_messages->addRow(form, u"vat_amount"_s, tr("VAT part:"), m_vatEdit, nullptr, m_vatNote);
    m_messages->addRow(form, u"reason"_s, tr("Reason:"), m_reasonEdit);

    auto *accountForm = new QFormLayout(m_accountGroup);
    accountForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_messages->addRow(accountForm, u"refund_holder"_s, tr("Account holder:"), m_holderEdit);
    m_messages->addRow(accountForm, u"refund_bank"_s, tr("Bank:"), m_bankCombo);
    m_messages->addRow(accountForm, u"refund_account"_s, tr("Account number:"), m_accountEdit);
    m_messages->addRow(accountForm, u"refund_tel"_s, tr("Phone:"), m_telEdit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summaryLabel);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_accountGroup);
    layout->addStretch();

    connect(m_fullRadio, &QRadioButton::toggled, this, &RefundFields::updateKind);
    connect(m_amountEdit, &QLineEdit::editingFinished, this, [this] {
        if (const auto amount = parseWholeAmount(m_amountEdit->text()))
            m_amountEdit->setText(formatNumber(double(*amount))); // 3000 -> 3,000
    });
    // A message goes as soon as its field is edited; the others stay until the next check.
    const QList<std::pair<QLineEdit *, QString>> edits {
        { m_amountEdit, u"amount"_s },        { m_taxFreeEdit, u"tax_free"_s },
        { m_vatEdit, u"vat_amount"_s },       { m_reasonEdit, u"reason"_s },
        { m_holderEdit, u"refund_holder"_s }, { m_accountEdit, u"refund_account"_s },
        { m_telEdit, u"refund_tel"_s },
    };
    for (const auto &entry : edits) {
        const QString field = entry.second;
        connect(entry.first, &QLineEdit::textEdited, this,
                [this, field] { m_messages->set(field, std::nullopt); });
    }
    connect(m_bankCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_messages->set(u"refund_bank"_s, std::nullopt); });
    setTabOrder(m_fullRadio, m_partialRadio);
}

void RefundFields::setPayment(const Payment &payment)
{
    m_payment = payment;
    m_balanceSeen = payment.cancellableAmount();
    m_messages->clear();
    const QString currency = payment.currency;
    const QString balance = formatAmount(m_balanceSeen, currency);
    QString summary = tr("<b>Refund %1</b> · %2<br>Paid %3 · already refunded %4 · "
                         "<b>refundable now %5</b>")
                          .arg(payment.impUid.toHtmlEscaped(), payment.name.toHtmlEscaped(),
                               formatAmount(payment.amount, currency),
                               formatAmount(payment.cancelAmount, currency), balance);
    if (!payment.buyerName.isEmpty())
        summary += u"<br>"_s + tr("Customer: %1").arg(payment.buyerName.toHtmlEscaped());
    m_summaryLabel->setText(summary);
    m_fullRadio->setText(tr("Everything left: %1").arg(balance));
    m_fullRadio->setChecked(true);
    m_amountEdit->setText(formatNumber(m_balanceSeen));
    m_taxFreeEdit->clear();
    m_vatEdit->clear();
    m_reasonEdit->clear();
    m_holderEdit->setText(payment.buyerName);
    m_bankCombo->setCurrentIndex(-1);
    m_accountEdit->clear();
    m_telEdit->clear();

    const bool taxFreeNeeded = TaxFreePgs.contains(payment.pgProvider);
    m_taxFreeNote->setText(
        taxFreeNeeded ? tr("%1 needs the tax-free part when the payment was (partly) tax-free.")
                            .arg(payment.pgProvider)
                      : tr("Only if part of the payment was tax-free; empty counts as 0."));
    const bool vatTaken = VatPgs.contains(payment.pgProvider);
    m_vatNote->setText(vatTaken ? tr("Required by %1 if VAT was set at payment; otherwise leave "
                                     "it empty.")
                                      .arg(payment.pgProvider)
                                : tr("Only if VAT was set at payment."));
    m_accountGroup->setVisible(needsRefundAccount());
    updateKind();
}

bool RefundFields::needsRefundAccount() const
{
    return m_payment.payMethod == QLatin1String("vbank");
}

void RefundFields::setBanks(const QList<StandardCode> &banks)
{
    const QString chosen = m_bankCombo->currentData().toString();
    m_bankCombo->clear();
    for (const StandardCode &bank : banks)
        m_bankCombo->addItem(PaymentDetailRows::nameWithCode(bank.name, bank.code), bank.code);
    m_bankCombo->setCurrentIndex(chosen.isEmpty() ? -1 : m_bankCombo->findData(chosen));
    m_bankCombo->setPlaceholderText(tr("Choose the customer's bank"));
}

bool RefundFields::hasBanks() const
{
    return m_bankCombo->count() > 0;
}

QString RefundFields::bankName(const QString &code) const
{
    const int index = m_bankCombo->findData(code);
    return index < 0 ? code : m_bankCombo->itemText(index);
}

void RefundFields::updateKind()
{
    const bool partial = m_partialRadio->isChecked();
    m_amountEdit->setEnabled(partial);
    if (!partial)
        m_amountEdit->setText(formatNumber(m_balanceSeen));
}

std::optional<double> RefundFields::amountIn(const QLineEdit *edit, const QString &field,
                                             FieldErrors &errors) const
{
    if (edit->text().trimmed().isEmpty())
        return std::nullopt;
    const std::optional<qint64> amount = parseWholeAmount(edit->text());
    if (!amount)
        errors << FieldError { field, tr("Enter a whole amount in won, e.g. 3,000.") };
    return amount ? std::optional<double>(double(*amount)) : std::nullopt;
}

std::optional<PaymentCancellation> RefundFields::cancellation()
{
    FieldErrors errors;
    PaymentCancellation c;
    c.impUid = m_payment.impUid;
    c.payMethod = m_payment.payMethod;
    c.checksum = m_balanceSeen; // the balance the operator saw: PortOne refuses a stale one
    if (m_partialRadio->isChecked()) {
        c.amount = amountIn(m_amountEdit, u"amount"_s, errors);
        if (!c.amount && errors.isEmpty())
            errors << FieldError { u"amount"_s, tr("Enter the amount to refund.") };
        else if (c.amount && *c.amount <= 0)
            errors << FieldError { u"amount"_s, tr("The amount must be more than 0.") };
    }
    c.taxFree = amountIn(m_taxFreeEdit, u"tax_free"_s, errors);
    c.vatAmount = amountIn(m_vatEdit, u"vat_amount"_s, errors);
    c.reason = m_reasonEdit->text().trimmed();
    if (needsRefundAccount()) {
        c.refundHolder = m_holderEdit->text().trimmed();
        c.refundBank = m_bankCombo->currentData().toString();
        c.refundAccount = rules::digitsOnly(m_accountEdit->text());
        c.refundTel = m_telEdit->text().trimmed();
    }
    errors << check(c);
    if (!errors.isEmpty()) {
        showErrors(errors);
        return std::nullopt;
    }
    m_messages->clear();
    return c;
}

// The core's rules of a refund, and what the form asks beyond them.
FieldErrors RefundFields::check(const PaymentCancellation &c) const
{
    FieldErrors errors = rules::validate(c);
    const auto add = [&errors](const QString &field, const std::optional<QString> &message) {
        const bool known = std::any_of(errors.cbegin(), errors.cend(),
                                       [&](const FieldError &e) { return e.field == field; });
        if (message && !known)
            errors << FieldError { field, *message };
    };
    if (c.reason.isEmpty())
        add(u"reason"_s, tr("Enter the reason for the refund: it is kept with the payment."));
    const double refunded = c.amount.value_or(m_balanceSeen);
    if (c.vatAmount && *c.vatAmount > refunded)
        add(u"vat_amount"_s, tr("The VAT part cannot exceed the refund amount."));
    if (c.taxFree && *c.taxFree > refunded)
        add(u"tax_free"_s, tr("The tax-free part cannot exceed the refund amount."));
    if (needsRefundAccount()) {
        if (c.refundBank.isEmpty() && !hasBanks())
            add(u"refund_bank"_s,
                tr("The bank list has not loaded; close the form and open it "
                   "again."));
        const QString typed = m_accountEdit->text().trimmed();
        if (!typed.isEmpty()
            && (c.refundAccount.size() < 6 || c.refundAccount.size() > 20
                || QString(typed).remove(u'-').remove(u' ') != c.refundAccount))
            add(u"refund_account"_s,
                tr("An account number has 6 to 20 digits (hyphens "
                   "allowed)."));
        if (!c.refundTel.isEmpty())
            add(u"refund_tel"_s, rules::phone(c.refundTel));
    }
    return errors;
}

void RefundFields::showErrors(const FieldErrors &errors)
{
    m_messages->show(errors);
}

void RefundFields::clearSensitive()
{
    m_accountEdit->clear();
}

QWidget *RefundFields::firstInput() const
{
    return m_fullRadio;
}

QWidget *RefundFields::lastInput() const
{
    return needsRefundAccount() ? static_cast<QWidget *>(m_telEdit) : m_reasonEdit;
}

} // namespace portone
