#include "ui/payments/PaymentLookupForm.h"

#include "core/validation/InputRules.h"
#include "ui/common/FieldMessages.h"
#include "ui/common/Icons.h"
#include "ui/payments/PaymentIdList.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabBar>
#include <QVBoxLayout>
#include <iterator>

namespace portone {

namespace {

enum Page
{
    ImpUidPage,
    MerchantUidPage,
    MultiplePage
};

} // namespace

PaymentLookupForm::PaymentLookupForm(QWidget *parent)
    : QWidget(parent)
    , m_messages(new FieldMessages(this))
    , m_modeBar(new QTabBar(this))
    , m_pages(new QStackedWidget(this))
    , m_lookupButton(new QPushButton(tr("&Look up"), this))
{
    setObjectName(QStringLiteral("paymentLookupForm"));
    // A tab bar over a stack rather than a QTabWidget: the stack takes the height of the
    // visible page only, so the short imp_uid form leaves no gap above the results.
    m_modeBar->setObjectName(QStringLiteral("lookupModeTabBar"));
    m_modeBar->setAccessibleName(tr("Look up by"));
    m_modeBar->setDrawBase(false);
    m_modeBar->setExpanding(false);
    m_pages->setObjectName(QStringLiteral("lookupPagesStackedWidget"));
    m_pages->setFrameShape(QFrame::StyledPanel);
    m_modeBar->addTab(tr("By imp_uid"));
    m_pages->addWidget(createImpUidPage());
    m_modeBar->addTab(tr("By merchant_uid"));
    m_pages->addWidget(createMerchantUidPage());
    m_modeBar->addTab(tr("Several ids"));
    m_pages->addWidget(createMultiplePage());

    m_lookupButton->setObjectName(QStringLiteral("lookupButton"));
    m_lookupButton->setIcon(appIcon(AppIcon::LookUp));
    m_lookupButton->setAccessibleName(tr("Look up"));
    m_lookupButton->setDefault(true);
    m_lookupButton->setToolTip(tr("Look up (Enter)"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_lookupButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_modeBar);
    layout->addWidget(m_pages);
    layout->addSpacing(6);
    layout->addLayout(buttons);

    connect(m_lookupButton, &QPushButton::clicked, this, &PaymentLookupForm::submitRequested);
    m_pages->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(m_modeBar, &QTabBar::currentChanged, this, [this](int index) {
        m_pages->setCurrentIndex(index);
        m_messages->clear();
        updateIdCount();
        fitPagesToCurrent();
    });
    fitPagesToCurrent();
    updateIdCount();
    updateButton();

    // The pages are built after the button; Tab follows the form, top to bottom.
    QWidget *order[] = { m_modeBar,     m_impUidEdit,   m_includeSandboxCheck, m_merchantUidEdit,
                         m_statusCombo, m_sortingCombo, m_impUidsRadio,        m_merchantUidsRadio,
                         m_idsEdit,     m_lookupButton };
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
}

void PaymentLookupForm::addSortings(QComboBox *combo)
{
    combo->addItem(tr("Newest started first (-started)"), int(PaymentSorting::StartedDesc));
    combo->addItem(tr("Oldest started first (started)"), int(PaymentSorting::StartedAsc));
    combo->addItem(tr("Newest paid first (-paid)"), int(PaymentSorting::PaidDesc));
    combo->addItem(tr("Oldest paid first (paid)"), int(PaymentSorting::PaidAsc));
    combo->addItem(tr("Newest updated first (-updated)"), int(PaymentSorting::UpdatedDesc));
    combo->addItem(tr("Oldest updated first (updated)"), int(PaymentSorting::UpdatedAsc));
}

QWidget *PaymentLookupForm::createImpUidPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_impUidEdit = new QLineEdit(page);
    m_impUidEdit->setObjectName(QStringLiteral("impUidLineEdit"));
    m_impUidEdit->setPlaceholderText(QStringLiteral("imp_200000000001"));
    m_impUidEdit->setClearButtonEnabled(true);
    m_messages->addRow(form, QStringLiteral("imp_uid"), tr("imp_uid (PortOne payment id):"),
                       m_impUidEdit);

    m_includeSandboxCheck = new QCheckBox(tr("Include test payments (include_sandbox)"), page);
    m_includeSandboxCheck->setObjectName(QStringLiteral("includeSandboxCheckBox"));
    m_includeSandboxCheck->setAccessibleName(tr("Include test payments"));
    m_includeSandboxCheck->setToolTip(
        tr("Payments made through a test channel are found only when this is ticked. "
           "PortOne offers this option for the imp_uid lookup only."));
    form->addRow(QString(), m_includeSandboxCheck);

    connect(m_impUidEdit, &QLineEdit::returnPressed, this, &PaymentLookupForm::submitRequested);
    connect(m_impUidEdit, &QLineEdit::textEdited, this,
            [this] { m_messages->set(QStringLiteral("imp_uid"), std::nullopt); });
    return page;
}

QWidget *PaymentLookupForm::createMerchantUidPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_merchantUidEdit = new QLineEdit(page);
    m_merchantUidEdit->setObjectName(QStringLiteral("merchantUidLineEdit"));
    m_merchantUidEdit->setPlaceholderText(QStringLiteral("order_20240101_0001"));
    m_merchantUidEdit->setClearButtonEnabled(true);
    m_messages->addRow(form, QStringLiteral("merchant_uid"), tr("merchant_uid (order number):"),
                       m_merchantUidEdit);

    m_statusCombo = new QComboBox(page);
    m_statusCombo->setObjectName(QStringLiteral("statusComboBox"));
    m_statusCombo->addItem(tr("Any status"), int(MerchantPaymentStatus::Any));
    m_statusCombo->addItem(tr("Not paid (ready)"), int(MerchantPaymentStatus::Ready));
    m_statusCombo->addItem(tr("Paid (paid)"), int(MerchantPaymentStatus::Paid));
    m_statusCombo->addItem(tr("Failed (failed)"), int(MerchantPaymentStatus::Failed));
    m_statusCombo->addItem(tr("Cancelled (cancelled)"), int(MerchantPaymentStatus::Cancelled));
    m_messages->addRow(form, QStringLiteral("payment_status"), tr("Status:"), m_statusCombo);

    m_sortingCombo = new QComboBox(page);
    m_sortingCombo->setObjectName(QStringLiteral("sortingComboBox"));
    m_sortingCombo->setToolTip(
        tr("When several payments share the merchant_uid, PortOne returns the first one in "
           "this order."));
    addSortings(m_sortingCombo);
    m_messages->addRow(form, QStringLiteral("sorting"), tr("Sorting:"), m_sortingCombo);

    connect(m_merchantUidEdit, &QLineEdit::returnPressed, this,
            &PaymentLookupForm::submitRequested);
    connect(m_merchantUidEdit, &QLineEdit::textEdited, this,
            [this] { m_messages->set(QStringLiteral("merchant_uid"), std::nullopt); });
    return page;
}

QWidget *PaymentLookupForm::createMultiplePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_impUidsRadio = new QRadioButton(tr("imp_uid"), page);
    m_impUidsRadio->setObjectName(QStringLiteral("impUidsRadioButton"));
    m_impUidsRadio->setAccessibleName(tr("The ids are imp_uids"));
    m_impUidsRadio->setChecked(true);
    m_merchantUidsRadio = new QRadioButton(tr("merchant_uid (order number)"), page);
    m_merchantUidsRadio->setObjectName(QStringLiteral("merchantUidsRadioButton"));
    m_merchantUidsRadio->setAccessibleName(tr("The ids are merchant_uids"));
    auto *group = new QButtonGroup(page);
    group->addButton(m_impUidsRadio);
    group->addButton(m_merchantUidsRadio);
    auto *kinds = new QWidget(page);
    auto *kindsLayout = new QHBoxLayout(kinds);
    kindsLayout->setContentsMargins(0, 0, 0, 0);
    kindsLayout->addWidget(m_impUidsRadio);
    kindsLayout->addWidget(m_merchantUidsRadio);
    kindsLayout->addStretch();
    form->addRow(tr("The ids are:"), kinds);

    m_idsEdit = new QPlainTextEdit(page);
    m_idsEdit->setObjectName(QStringLiteral("idsPlainTextEdit"));
    m_idsEdit->setPlaceholderText(tr("Paste up to %1 ids: one per line, or separated by commas "
                                     "or spaces.")
                                      .arg(MaxPaymentLookupIds));
    m_idsEdit->setTabChangesFocus(true);
    m_idsEdit->setMinimumHeight(72);
    m_idsEdit->setMaximumHeight(110);
    m_idsEdit->setToolTip(tr("Ctrl+Enter looks them up"));
    QLabel *message = m_messages->addRow(form, QStringLiteral("ids"), tr("Ids:"), m_idsEdit);
    m_messages->add(QStringLiteral("imp_uid[]"), m_idsEdit, message);
    m_messages->add(QStringLiteral("merchant_uid[]"), m_idsEdit, message);

    m_idCountLabel = new QLabel(page);
    m_idCountLabel->setObjectName(QStringLiteral("idCountLabel"));
    m_idCountLabel->setAccessibleName(tr("Number of ids"));
    form->addRow(QString(), m_idCountLabel);

    connect(m_idsEdit, &QPlainTextEdit::textChanged, this, &PaymentLookupForm::updateIdCount);
    for (const QKeySequence &keys :
         { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto *shortcut = new QShortcut(keys, m_idsEdit);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, &PaymentLookupForm::submitRequested);
    }
    return page;
}

// Only the visible page counts for the stack's size (QStackedLayout skips Ignored pages).
void PaymentLookupForm::fitPagesToCurrent()
{
    for (int index = 0; index < m_pages->count(); ++index) {
        const QSizePolicy::Policy policy
            = index == m_pages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_pages->widget(index)->setSizePolicy(policy, policy);
    }
    m_pages->updateGeometry();
}

void PaymentLookupForm::updateIdCount()
{
    const int count = int(parsePaymentIdList(m_idsEdit->toPlainText()).size());
    m_idCountLabel->setText(tr("%n id(s) will be looked up.", nullptr, count));
    if (count > MaxPaymentLookupIds) {
        m_messages->set(QStringLiteral("ids"),
                        tr("%1 ids: at most %2 can be looked up at once. Remove %3.")
                            .arg(count)
                            .arg(MaxPaymentLookupIds)
                            .arg(count - MaxPaymentLookupIds));
    } else if (!m_messages->message(QStringLiteral("ids")).isEmpty()) {
        m_messages->set(QStringLiteral("ids"), std::nullopt);
    }
}

std::optional<PaymentLookup> PaymentLookupForm::lookup()
{
    PaymentLookup request;
    request.kind = currentKind();
    FieldErrors errors;
    auto check = [&errors](const char *field, const std::optional<QString> &message) {
        if (message)
            errors.append(FieldError { QString::fromLatin1(field), *message });
    };
    switch (request.kind) {
    case PaymentLookup::Kind::ImpUid:
        request.impUid = m_impUidEdit->text().trimmed();
        request.includeSandbox = m_includeSandboxCheck->isChecked();
        check("imp_uid", rules::pathId(request.impUid));
        break;
    case PaymentLookup::Kind::MerchantUid:
        request.merchantUid = m_merchantUidEdit->text().trimmed();
        request.status = MerchantPaymentStatus(m_statusCombo->currentData().toInt());
        request.sorting = PaymentSorting(m_sortingCombo->currentData().toInt());
        check("merchant_uid", rules::pathId(request.merchantUid));
        break;
    case PaymentLookup::Kind::Multiple:
        request.ids = parsePaymentIdList(m_idsEdit->toPlainText());
        request.idsAreMerchantUids = m_merchantUidsRadio->isChecked();
        if (request.ids.isEmpty())
            check("ids", tr("Paste at least one id."));
        else if (request.ids.size() > MaxPaymentLookupIds)
            check("ids",
                  tr("%1 ids: at most %2 can be looked up at once. Remove %3.")
                      .arg(request.ids.size())
                      .arg(MaxPaymentLookupIds)
                      .arg(request.ids.size() - MaxPaymentLookupIds));
        break;
    }
    if (!errors.isEmpty()) {
        m_messages->show(errors);
        return std::nullopt;
    }
    m_messages->clear();
    return request;
}

void PaymentLookupForm::showFieldErrors(const FieldErrors &errors)
{
    m_messages->show(errors);
}

void PaymentLookupForm::clearMessages()
{
    m_messages->clear();
    updateIdCount();
}

void PaymentLookupForm::setBusy(bool busy)
{
    m_busy = busy;
    updateButton();
}

void PaymentLookupForm::setClientAvailable(bool available)
{
    m_clientAvailable = available;
    updateButton();
}

void PaymentLookupForm::updateButton()
{
    m_lookupButton->setEnabled(!m_busy && m_clientAvailable);
}

PaymentLookup::Kind PaymentLookupForm::currentKind() const
{
    switch (m_pages->currentIndex()) {
    case MerchantUidPage:
        return PaymentLookup::Kind::MerchantUid;
    case MultiplePage:
        return PaymentLookup::Kind::Multiple;
    default:
        return PaymentLookup::Kind::ImpUid;
    }
}

void PaymentLookupForm::focusCurrentInput()
{
    switch (currentKind()) {
    case PaymentLookup::Kind::ImpUid:
        m_impUidEdit->setFocus(Qt::OtherFocusReason);
        break;
    case PaymentLookup::Kind::MerchantUid:
        m_merchantUidEdit->setFocus(Qt::OtherFocusReason);
        break;
    case PaymentLookup::Kind::Multiple:
        m_idsEdit->setFocus(Qt::OtherFocusReason);
        break;
    }
}

} // namespace portone
