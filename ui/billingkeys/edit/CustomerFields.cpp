#include "ui/billingkeys/edit/CustomerFields.h"

#include "core/util/Clock.h"
#include "core/util/MerchantUid.h"
#include "core/validation/InputRules.h"
#include "ui/common/ChannelPicker.h"
#include "ui/common/FieldMessages.h"
#include "ui/common/Icons.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace portone {

CustomerFields::CustomerFields(const Clock &clock, QWidget *parent, FieldMessages *messages)
    : QObject(parent)
    , m_clock(clock)
    , m_parent(parent)
    , m_messages(messages)
{ }

QLineEdit *CustomerFields::addLine(QFormLayout *form, const QString &field, const QString &label,
                                   const QString &objectName, int maxLength)
{
    auto *edit = new QLineEdit(m_parent);
    edit->setObjectName(objectName);
    if (maxLength > 0)
        edit->setMaxLength(maxLength);
    m_messages->addRow(form, field, label, edit);
    connect(edit, &QLineEdit::textChanged, this, [this, field] {
        m_messages->set(field, std::nullopt); // the operator is fixing it
    });
    return edit;
}

void CustomerFields::addIdentityRows(QFormLayout *form)
{
    m_customerUidEdit = new QLineEdit(m_parent);
    m_customerUidEdit->setObjectName(QStringLiteral("customerUidLineEdit"));
    m_customerUidEdit->setMaxLength(rules::CustomerUidMaxLength);
    m_customerUidEdit->setPlaceholderText(tr("The merchant's id for this billing key"));
    m_generateButton = new QPushButton(tr("Generate"), m_parent);
    m_generateButton->setObjectName(QStringLiteral("generateCustomerUidButton"));
    m_generateButton->setIcon(appIcon(AppIcon::Refresh));
    m_generateButton->setAccessibleName(tr("Generate a customer_uid"));
    m_messages->addRow(form, QStringLiteral("customer_uid"), tr("customer_uid:"), m_customerUidEdit,
                       m_generateButton);
    connect(m_generateButton, &QPushButton::clicked, this, [this] {
        m_customerUidEdit->setText(
            makeMerchantUid(QStringLiteral("cust"), m_clock.now().toLocalTime()));
    });
    connect(m_customerUidEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_messages->set(QStringLiteral("customer_uid"),
                        text.isEmpty() ? std::nullopt
                                       : rules::maxLength(text, rules::CustomerUidMaxLength));
    });

    m_channelPicker = new ChannelPicker(QStringLiteral("api_payment"), m_parent);
    m_channelPicker->setObjectName(QStringLiteral("channelPickerComboBox"));
    // Long channel names must not widen the form beyond its column.
    m_channelPicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_channelPicker->setMinimumContentsLength(24);
    m_messages->addRow(form, QStringLiteral("channel_key"), tr("Channel (channel_key):"),
                       m_channelPicker);

    m_channelGroupIdEdit
        = addLine(form, QStringLiteral("channel_group_id"), tr("Channel group (channel_group_id):"),
                  QStringLiteral("channelGroupIdLineEdit"), rules::ChannelGroupIdMaxLength);
    m_channelGroupIdEdit->setPlaceholderText(
        tr("Optional: issues a super billing key across a smart-routing group"));

    m_advancedGroup = new QGroupBox(tr("Advanced"), m_parent);
    m_advancedGroup->setObjectName(QStringLiteral("advancedGroupBox"));
    m_advancedGroup->setCheckable(true);
    m_advancedGroup->setChecked(false);
    auto *advancedForm = new QFormLayout(m_advancedGroup);
    m_pgEdit = addLine(advancedForm, QStringLiteral("pg"), tr("pg (deprecated):"),
                       QStringLiteral("pgLineEdit"), rules::PgMaxLength);
    m_pgEdit->setPlaceholderText(tr("Only for merchants that still use pg instead of channel_key"));
    form->addRow(m_advancedGroup);
    // The pg row is hidden until "Advanced" is ticked; what was typed is kept but only sent
    // while the group is ticked.
    const auto showAdvanced = [this](bool on) {
        for (QObject *child : m_advancedGroup->children()) {
            if (auto *widget = qobject_cast<QWidget *>(child))
                widget->setVisible(on);
        }
    };
    connect(m_advancedGroup, &QGroupBox::toggled, this, showAdvanced);
    connect(m_advancedGroup, &QGroupBox::toggled, this, [this](bool on) {
        m_advancedGroup->setFlat(!on);
        // Collapsed to its title while unticked.
        m_advancedGroup->setMaximumHeight(on ? QWIDGETSIZE_MAX
                                             : m_advancedGroup->fontMetrics().height() + 8);
    });
    showAdvanced(false);
    m_advancedGroup->setFlat(true);
    m_advancedGroup->setMaximumHeight(m_advancedGroup->fontMetrics().height() + 8);
}

void CustomerFields::addCustomerRows(QFormLayout *form)
{
    m_customerIdEdit
        = addLine(form, QStringLiteral("customer_id"), tr("Customer id (customer_id):"),
                  QStringLiteral("customerIdLineEdit"), 0);
    m_customerNameEdit
        = addLine(form, QStringLiteral("customer_name"), tr("Customer name:"),
                  QStringLiteral("customerNameLineEdit"), rules::CustomerNameMaxLength);
    m_customerTelEdit = addLine(form, QStringLiteral("customer_tel"), tr("Phone:"),
                                QStringLiteral("customerTelLineEdit"), rules::CustomerTelMaxLength);
    m_customerEmailEdit
        = addLine(form, QStringLiteral("customer_email"), tr("Email:"),
                  QStringLiteral("customerEmailLineEdit"), rules::CustomerEmailMaxLength);
    m_customerAddrEdit
        = addLine(form, QStringLiteral("customer_addr"), tr("Address:"),
                  QStringLiteral("customerAddrLineEdit"), rules::CustomerAddrMaxLength);
    m_customerPostcodeEdit
        = addLine(form, QStringLiteral("customer_postcode"), tr("Postcode:"),
                  QStringLiteral("customerPostcodeLineEdit"), rules::CustomerPostcodeMaxLength);
}

void CustomerFields::setConnection(Connection &connection)
{
    m_channelPicker->setConnection(&connection);
}

QString CustomerFields::customerUid() const
{
    return m_customerUidEdit->text().trimmed();
}

void CustomerFields::fill(BillingKeyRegistration &registration) const
{
    registration.customerUid = customerUid();
    registration.channelKey = m_channelPicker->channelKey().trimmed();
    registration.pg = m_advancedGroup->isChecked() ? m_pgEdit->text().trimmed() : QString();
    registration.channelGroupId = m_channelGroupIdEdit->text().trimmed();
    registration.customerId = m_customerIdEdit->text().trimmed();
    registration.customerName = m_customerNameEdit->text().trimmed();
    registration.customerTel = m_customerTelEdit->text().trimmed();
    registration.customerEmail = m_customerEmailEdit->text().trimmed();
    registration.customerAddr = m_customerAddrEdit->text().trimmed();
    registration.customerPostcode = m_customerPostcodeEdit->text().trimmed();
}

QList<QWidget *> CustomerFields::identityInputs() const
{
    return { m_customerUidEdit,    m_generateButton, m_channelPicker,
             m_channelGroupIdEdit, m_advancedGroup,  m_pgEdit };
}

QList<QWidget *> CustomerFields::customerInputs() const
{
    return { m_customerIdEdit,    m_customerNameEdit, m_customerTelEdit,
             m_customerEmailEdit, m_customerAddrEdit, m_customerPostcodeEdit };
}

} // namespace portone
