#include "ui/billingkeys/charge/ChargeFields.h"

#include "core/util/Clock.h"
#include "core/util/MerchantUid.h"
#include "core/validation/InputRules.h"
#include "ui/billingkeys/charge/ChargeTexts.h"
#include "ui/common/ChannelPicker.h"
#include "ui/common/FieldMessages.h"
#include "ui/common/LocaleFormat.h"
#include "ui/payments/RefundFields.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace portone {

namespace {

const QString AmountField = u"amount"_s;
const QString TaxFreeField = u"tax_free"_s;
constexpr int MostInstallmentMonths = 12;

QLabel *plainNoteLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// A whole amount in won, or the message to show; empty text is nullopt with no message.
std::optional<QString> wholeWon(const QString &text, std::optional<qint64> *amount)
{
    *amount = parseWholeAmount(text);
    if (text.trimmed().isEmpty() || *amount)
        return std::nullopt;
    return ChargeFields::tr("Enter a whole number of won, e.g. 12,000.");
}

} // namespace

ChargeFields::ChargeFields(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_messages(new FieldMessages(this))
    , m_newMerchantUidButton(new QPushButton(tr("New"), this))
    , m_amountWordsLabel(plainNoteLabel(u"chargeAmountWordsLabel"_s, this))
    , m_quotaCombo(new QComboBox(this))
    , m_quotaNote(plainNoteLabel(u"cardQuotaNoteLabel"_s, this))
    , m_channelPicker(new ChannelPicker(u"api_payment"_s, this))
    , m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_merchantUidEdit
        = addLine(u"merchant_uid"_s, u"chargeMerchantUidLineEdit"_s, rules::MerchantUidMaxLength);
    m_newMerchantUidButton->setObjectName(u"newChargeMerchantUidButton"_s);
    m_newMerchantUidButton->setToolTip(tr("Make a new merchant_uid from the current time"));
    m_messages->addRow(m_form, u"merchant_uid"_s, tr("merchant_uid (order number):"),
                       m_merchantUidEdit, m_newMerchantUidButton);

    m_amountEdit = addLine(AmountField, u"chargeAmountLineEdit"_s, 0);
    m_amountEdit->setPlaceholderText(tr("e.g. 12,000"));
    m_messages->addRow(m_form, AmountField, tr("Amount (KRW):"), m_amountEdit, nullptr,
                       m_amountWordsLabel);
    m_nameEdit = addLine(u"name"_s, u"chargeOrderNameLineEdit"_s, rules::OrderNameMaxLength);
    m_nameEdit->setPlaceholderText(tr("What the customer pays for, e.g. 3월 정기구독"));
    m_messages->addRow(m_form, u"name"_s, tr("Order name:"), m_nameEdit);
    m_taxFreeEdit = addLine(TaxFreeField, u"chargeTaxFreeLineEdit"_s, 0);
    m_taxFreeEdit->setPlaceholderText(tr("Optional: the tax-free part of the amount"));
    m_messages->addRow(m_form, TaxFreeField, tr("Tax-free amount:"), m_taxFreeEdit);

    m_quotaCombo->setObjectName(u"cardQuotaComboBox"_s);
    m_quotaCombo->addItem(tr("Lump sum"), 0);
    for (int months = 2; months <= MostInstallmentMonths; ++months)
        m_quotaCombo->addItem(tr("%n months", nullptr, months), months);
    m_messages->addRow(m_form, u"card_quota"_s, tr("Installments:"), m_quotaCombo, nullptr,
                       m_quotaNote);

    m_channelPicker->setObjectName(u"chargeChannelPicker"_s);
    m_messages->addRow(m_form, u"channel_key"_s, tr("Channel:"), m_channelPicker);
    connect(m_channelPicker, &ChannelPicker::loaded, this, [this] {
        // Without channel_key PortOne picks a channel of the super billing key's group.
        m_channelPicker->insertItem(
            0, tr("Any channel of group %1 (PortOne chooses)").arg(m_channelGroupId), QString());
        m_channelPicker->setCurrentIndex(0);
    });

    connect(m_newMerchantUidButton, &QPushButton::clicked, this, &ChargeFields::newMerchantUid);
    connect(m_amountEdit, &QLineEdit::textChanged, this, &ChargeFields::amountEdited);
    connect(m_amountEdit, &QLineEdit::editingFinished, this, [this] {
        if (const auto amount = parseWholeAmount(m_amountEdit->text()))
            m_amountEdit->setText(formatNumber(double(*amount))); // 12000 -> 12,000
    });
    const QList<QWidget *> tabOrder { m_merchantUidEdit, m_newMerchantUidButton, m_amountEdit,
                                      m_nameEdit,        m_taxFreeEdit,          m_quotaCombo,
                                      m_channelPicker };
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));
    amountEdited();
}

QLineEdit *ChargeFields::addLine(const QString &field, const QString &objectName, int maxLength)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    if (maxLength > 0)
        edit->setMaxLength(maxLength);
    connect(edit, &QLineEdit::textEdited, this, [this, edit, field, maxLength] {
        // Typing stops at maxLength; the message says why it stopped.
        m_messages->set(field,
                        maxLength > 0 && edit->text().size() >= maxLength ? std::optional<QString>(
                            tr("At most %n characters.", nullptr, maxLength))
                                                                          : std::nullopt);
    });
    return edit;
}

void ChargeFields::setConnection(Connection &connection)
{
    m_connection = &connection;
}

void ChargeFields::setKey(const BillingKey &key)
{
    m_customerUid = key.customerUid();
    for (QLineEdit *edit : { m_amountEdit, m_nameEdit, m_taxFreeEdit })
        edit->clear();
    m_quotaCombo->setCurrentIndex(0);
    m_messages->clear();
    lockMerchantUid(false);
    newMerchantUid();
    setUpChannels(key);
}

void ChargeFields::setUpChannels(const BillingKey &key)
{
    m_keyChannel.clear();
    m_channelGroupId.clear();
    if (const auto *normal = std::get_if<NormalBillingKey>(&key.shape)) {
        m_keyChannel = u"%1 (MID %2)"_s.arg(normal->card.pgProvider, normal->card.pgId);
        m_channelPicker->setFilter({});
        m_form->setRowVisible(m_channelPicker->parentWidget(), false);
        return;
    }
    const auto &super = std::get<SuperBillingKey>(key.shape);
    m_channelGroupId = super.channelGroupId;
    // Only the channels where the key was issued can charge it.
    const QList<BillingCard> issued = super.succeededChannels;
    m_channelPicker->setFilter([issued](const PgChannel &channel) {
        return std::any_of(issued.cbegin(), issued.cend(), [&channel](const BillingCard &card) {
            return card.pgProvider == channel.pgProvider && card.pgId == channel.pgId;
        });
    });
    m_form->setRowVisible(m_channelPicker->parentWidget(), true);
    if (m_connection && m_channelPicker->channels().isEmpty())
        m_channelPicker->setConnection(m_connection); // the list loads when first needed
}

QString ChargeFields::channelDescription(const QString &channelKey) const
{
    if (m_channelGroupId.isEmpty())
        return tr("the billing key's own, %1").arg(m_keyChannel);
    if (channelKey.isEmpty())
        return tr("any channel of group %1, chosen by PortOne").arg(m_channelGroupId);
    const int index = m_channelPicker->findData(channelKey);
    return index > 0 ? m_channelPicker->itemText(index) : channelKey;
}

void ChargeFields::amountEdited()
{
    m_messages->set(AmountField, std::nullopt);
    std::optional<qint64> amount;
    const std::optional<QString> message = wholeWon(m_amountEdit->text(), &amount);
    m_amountWordsLabel->setVisible(amount.has_value());
    if (amount)
        m_amountWordsLabel->setText(ChargeTexts::amountWithWords(double(*amount)));
    if (message)
        m_messages->set(AmountField, message);
    updateInstallments(amount);
}

void ChargeFields::updateInstallments(std::optional<qint64> amount)
{
    const bool allowed = amount && double(*amount) >= rules::InstallmentMinimumAmount;
    m_quotaCombo->setEnabled(allowed);
    if (!allowed)
        m_quotaCombo->setCurrentIndex(0);
    m_quotaNote->setText(
        allowed ? QString()
                : tr("Installments from %1")
                      .arg(ChargeTexts::amountWithWords(rules::InstallmentMinimumAmount)));
    m_quotaNote->setVisible(!allowed);
}

std::optional<BillingKeyCharge> ChargeFields::charge()
{
    BillingKeyCharge charge;
    charge.customerUid = m_customerUid;
    ChargeOrder &order = charge.order;
    order.merchantUid = merchantUid();
    order.name = m_nameEdit->text().trimmed();
    std::optional<qint64> amount;
    std::optional<qint64> taxFree;
    const std::optional<QString> amountMessage = m_amountEdit->text().trimmed().isEmpty()
        ? std::optional<QString>(tr("Enter the amount in won."))
        : wholeWon(m_amountEdit->text(), &amount);
    const std::optional<QString> taxFreeMessage = wholeWon(m_taxFreeEdit->text(), &taxFree);
    order.amount = double(amount.value_or(0));
    if (taxFree)
        order.taxFree = double(*taxFree);
    if (const int months = m_quotaCombo->currentData().toInt(); months > 0)
        order.cardQuota = months;
    if (!m_channelGroupId.isEmpty())
        charge.channelKey = m_channelPicker->channelKey();

    FieldErrors errors = rules::validate(charge);
    errors.removeIf([&](const FieldError &error) {
        return (error.field == AmountField && amountMessage)
            || (error.field == TaxFreeField && taxFreeMessage);
    });
    if (amountMessage)
        errors.prepend(FieldError { AmountField, *amountMessage });
    if (taxFreeMessage)
        errors << FieldError { TaxFreeField, *taxFreeMessage };
    m_messages->show(errors);
    if (!errors.isEmpty())
        return std::nullopt;
    return charge;
}

void ChargeFields::showErrors(const FieldErrors &errors)
{
    m_messages->show(errors);
}

QString ChargeFields::merchantUid() const
{
    return m_merchantUidEdit->text().trimmed();
}

void ChargeFields::newMerchantUid()
{
    m_merchantUidEdit->setText(makeMerchantUid(u"charge"_s, m_clock.now().toLocalTime()));
    m_messages->set(u"merchant_uid"_s, std::nullopt);
}

void ChargeFields::lockMerchantUid(bool locked)
{
    m_merchantUidEdit->setReadOnly(locked);
    m_newMerchantUidButton->setEnabled(!locked);
    m_merchantUidEdit->setToolTip(
        locked ? tr("Kept while the last charge's outcome is unknown: a retry with the same "
                    "merchant_uid cannot charge twice.")
               : QString());
}

QWidget *ChargeFields::firstInput() const
{
    return m_amountEdit;
}

QWidget *ChargeFields::lastInput() const
{
    return m_channelPicker->isVisibleTo(this) ? static_cast<QWidget *>(m_channelPicker)
                                              : m_quotaCombo;
}

} // namespace portone
