#include "ui/benepia/BenepiaPaymentFields.h"

#include "core/util/Clock.h"
#include "core/util/MerchantUid.h"
#include "core/validation/InputRules.h"
#include "ui/benepia/BenepiaAccountFields.h"
#include "ui/benepia/BenepiaPoints.h"
#include "ui/common/ChannelPicker.h"
#include "ui/common/FieldMessages.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QUrl>
#include <QVBoxLayout>

namespace portone {

namespace {

QString amountField()
{
    return QStringLiteral("amount");
}

QString noticeUrlField()
{
    return QStringLiteral("notice_url");
}

// Puts an extra label under an input that FieldMessages::addRow laid out.
void addBelow(QWidget *input, QLabel *label)
{
    if (auto *column = qobject_cast<QVBoxLayout *>(input->parentWidget()->layout()))
        column->insertWidget(1, label);
}

QStringList noticeUrls(const QString &text)
{
    QStringList urls;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            urls << line.trimmed();
    }
    return urls;
}

std::optional<QString> checkNoticeUrls(const QStringList &urls)
{
    for (const QString &text : urls) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != u"https" && url.scheme() != u"http"))
            return BenepiaPaymentFields::tr("\"%1\" is not a web address; enter one "
                                            "http(s):// address per line.")
                .arg(text);
    }
    return std::nullopt;
}

} // namespace

BenepiaPaymentFields::BenepiaPaymentFields(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_messages(new FieldMessages(this))
    , m_account(new BenepiaAccountFields(QStringLiteral("pay"), this))
    , m_noticeUrlsEdit(new QPlainTextEdit(this))
    , m_customDataEdit(new QPlainTextEdit(this))
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_account->addRows(form, m_messages);

    m_memberCodeEdit = addLine(form, QStringLiteral("benepia_member_code"), tr("Member code:"),
                               QStringLiteral("memberCodeLineEdit"), 0);
    m_memberCodeEdit->setPlaceholderText(tr("The merchant's Benepia member code"));
    m_testWarningLabel = new QLabel(this);
    m_testWarningLabel->setObjectName(QStringLiteral("testPaymentWarningLabel"));
    m_testWarningLabel->setWordWrap(true);
    m_testWarningLabel->setStyleSheet(QStringLiteral("color: #a15c00; font-weight: bold;"));
    m_testWarningLabel->setText(tr("⚠ No member code: this payment will be processed as a TEST "
                                   "payment."));
    addBelow(m_memberCodeEdit, m_testWarningLabel);

    m_merchantUidEdit
        = addLine(form, QStringLiteral("merchant_uid"), tr("merchant_uid (order number):"),
                  QStringLiteral("merchantUidLineEdit"), rules::BenepiaMerchantUidMaxLength);
    m_amountEdit
        = addLine(form, amountField(), tr("Amount (points):"), QStringLiteral("amountLineEdit"), 0);
    m_amountEdit->setPlaceholderText(tr("e.g. 5,000"));
    m_balanceHintLabel = new QLabel(this);
    m_balanceHintLabel->setObjectName(QStringLiteral("balanceHintLabel"));
    m_balanceHintLabel->setWordWrap(true);
    m_balanceHintLabel->hide();
    addBelow(m_amountEdit, m_balanceHintLabel);
    m_nameEdit = addLine(form, QStringLiteral("name"), tr("Order name:"),
                         QStringLiteral("orderNameLineEdit"), rules::BenepiaNameMaxLength);

    auto *buyerHeading = new QLabel(tr("<b>Buyer (optional)</b>"), this);
    form->addRow(buyerHeading);
    m_buyerNameEdit = addLine(form, QStringLiteral("buyer_name"), tr("Buyer name:"),
                              QStringLiteral("buyerNameLineEdit"), rules::BuyerNameMaxLength);
    m_buyerEmailEdit = addLine(form, QStringLiteral("buyer_email"), tr("Buyer email:"),
                               QStringLiteral("buyerEmailLineEdit"), rules::BuyerEmailMaxLength);
    m_buyerTelEdit = addLine(form, QStringLiteral("buyer_tel"), tr("Buyer phone:"),
                             QStringLiteral("buyerTelLineEdit"), rules::BuyerTelMaxLength);
    m_buyerAddrEdit = addLine(form, QStringLiteral("buyer_addr"), tr("Buyer address:"),
                              QStringLiteral("buyerAddrLineEdit"), rules::BuyerAddrMaxLength);
    m_buyerPostcodeEdit
        = addLine(form, QStringLiteral("buyer_postcode"), tr("Buyer postcode:"),
                  QStringLiteral("buyerPostcodeLineEdit"), rules::BuyerPostcodeMaxLength);

    addMultiLine(form, m_noticeUrlsEdit, noticeUrlField(), tr("Notice URLs:"),
                 QStringLiteral("noticeUrlsTextEdit"));
    m_noticeUrlsEdit->setPlaceholderText(tr("One https:// address per line (optional)"));
    addMultiLine(form, m_customDataEdit, QStringLiteral("custom_data"), tr("Custom data:"),
                 QStringLiteral("customDataTextEdit"));
    m_customDataEdit->setPlaceholderText(tr("Stored with the payment as given (optional)"));

    connect(m_memberCodeEdit, &QLineEdit::textChanged, this,
            &BenepiaPaymentFields::updateTestWarning);
    connect(m_amountEdit, &QLineEdit::textChanged, this,
            &BenepiaPaymentFields::refreshAmountMessage);
    connect(m_amountEdit, &QLineEdit::editingFinished, this, [this] {
        if (const auto points = parsePoints(m_amountEdit->text()))
            m_amountEdit->setText(formatPoints(*points)); // 5000 -> 5,000
    });
    connect(m_account, &BenepiaAccountFields::userChanged, this,
            &BenepiaPaymentFields::refreshAmountMessage);
    connect(m_noticeUrlsEdit, &QPlainTextEdit::textChanged, this,
            [this] { m_messages->set(noticeUrlField(), std::nullopt); });

    const QList<QWidget *> tabOrder { m_account->userEdit(),
                                      m_account->passwordEdit(),
                                      m_account->channelPicker(),
                                      m_memberCodeEdit,
                                      m_merchantUidEdit,
                                      m_amountEdit,
                                      m_nameEdit,
                                      m_buyerNameEdit,
                                      m_buyerEmailEdit,
                                      m_buyerTelEdit,
                                      m_buyerAddrEdit,
                                      m_buyerPostcodeEdit,
                                      m_noticeUrlsEdit,
                                      m_customDataEdit };
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));
    newMerchantUid();
    updateTestWarning();
}

QLineEdit *BenepiaPaymentFields::addLine(QFormLayout *form, const QString &field,
                                         const QString &label, const QString &objectName,
                                         int maxLength)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    if (maxLength > 0) {
        edit->setMaxLength(maxLength);
        connect(edit, &QLineEdit::textEdited, this,
                [this, edit, field] { checkLength(edit, field); });
    } else {
        connect(edit, &QLineEdit::textEdited, this,
                [this, field] { m_messages->set(field, std::nullopt); });
    }
    m_messages->addRow(form, field, label, edit);
    return edit;
}

void BenepiaPaymentFields::addMultiLine(QFormLayout *form, QPlainTextEdit *edit,
                                        const QString &field, const QString &label,
                                        const QString &objectName)
{
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    m_messages->addRow(form, field, label, edit);
}

void BenepiaPaymentFields::checkLength(QLineEdit *edit, const QString &field)
{
    // Typing stops at maxLength; this also tells the operator why it stopped.
    const int limit = edit->maxLength();
    m_messages->set(field,
                    edit->text().size() >= limit
                        ? std::optional<QString>(tr("At most %n characters.", nullptr, limit))
                        : std::nullopt);
}

void BenepiaPaymentFields::refreshAmountMessage()
{
    // Always refreshes the balance hint; says nothing about an amount not typed yet.
    const std::optional<QString> message = checkAmount();
    m_messages->set(amountField(), m_amountEdit->text().isEmpty() ? std::nullopt : message);
}

void BenepiaPaymentFields::setConnection(Connection &connection)
{
    m_account->setConnection(connection);
}

void BenepiaPaymentFields::updateTestWarning()
{
    m_testWarningLabel->setVisible(isTestPayment());
}

bool BenepiaPaymentFields::isTestPayment() const
{
    return m_memberCodeEdit->text().trimmed().isEmpty();
}

std::optional<QString> BenepiaPaymentFields::checkAmount()
{
    const std::optional<qint64> balance = knownBalance(m_account->user());
    m_balanceHintLabel->setVisible(balance.has_value());
    if (balance)
        m_balanceHintLabel->setText(
            tr("Last checked balance of %1: %2 P").arg(m_account->user(), formatPoints(*balance)));
    const QString text = m_amountEdit->text();
    if (text.trimmed().isEmpty())
        return tr("Enter the amount in points.");
    const std::optional<qint64> points = parsePoints(text);
    if (!points)
        return tr("Enter a whole number of points, e.g. 5,000.");
    if (auto message = rules::amount(double(*points)))
        return message;
    if (balance && *points > *balance)
        return tr("%1 P is more than the last checked balance of %2 (%3 P); the payment "
                  "would be refused.")
            .arg(formatPoints(*points), m_account->user(), formatPoints(*balance));
    return std::nullopt;
}

std::optional<BenepiaPaymentRequest> BenepiaPaymentFields::request()
{
    BenepiaPaymentRequest request;
    request.account = m_account->credentials();
    request.memberCode = m_memberCodeEdit->text().trimmed();
    request.merchantUid = m_merchantUidEdit->text().trimmed();
    request.amount = double(parsePoints(m_amountEdit->text()).value_or(0));
    request.name = m_nameEdit->text().trimmed();
    request.buyerName = m_buyerNameEdit->text().trimmed();
    request.buyerEmail = m_buyerEmailEdit->text().trimmed();
    request.buyerTel = m_buyerTelEdit->text().trimmed();
    request.buyerAddr = m_buyerAddrEdit->text().trimmed();
    request.buyerPostcode = m_buyerPostcodeEdit->text().trimmed();
    request.noticeUrls = noticeUrls(m_noticeUrlsEdit->toPlainText());
    request.customData = m_customDataEdit->toPlainText().trimmed();

    FieldErrors errors = rules::validate(request);
    errors.removeIf([](const FieldError &error) { return error.field == amountField(); });
    if (auto message = checkAmount())
        errors << FieldError { amountField(), *message };
    if (auto message = checkNoticeUrls(request.noticeUrls))
        errors << FieldError { noticeUrlField(), *message };
    m_messages->show(errors);
    if (!errors.isEmpty())
        return std::nullopt;
    return request;
}

void BenepiaPaymentFields::showErrors(const FieldErrors &errors)
{
    m_messages->show(errors);
}

QString BenepiaPaymentFields::merchantUid() const
{
    return m_merchantUidEdit->text().trimmed();
}

void BenepiaPaymentFields::setMerchantUid(const QString &merchantUid)
{
    m_merchantUidEdit->setText(merchantUid);
}

void BenepiaPaymentFields::newMerchantUid()
{
    m_merchantUidEdit->setText(makeMerchantUid(QStringLiteral("bnp"), m_clock.now().toLocalTime()));
}

QWidget *BenepiaPaymentFields::lastInput() const
{
    return m_customDataEdit;
}

void BenepiaPaymentFields::clearPassword()
{
    m_account->clearPassword();
}

void BenepiaPaymentFields::rememberBalance(const QString &user, qint64 points)
{
    m_balances.insert(user, points);
    refreshAmountMessage();
}

void BenepiaPaymentFields::forgetBalances()
{
    m_balances.clear();
    m_balanceHintLabel->hide();
}

std::optional<qint64> BenepiaPaymentFields::knownBalance(const QString &user) const
{
    const auto it = m_balances.constFind(user);
    return it == m_balances.constEnd() ? std::nullopt : std::optional<qint64>(*it);
}

} // namespace portone
