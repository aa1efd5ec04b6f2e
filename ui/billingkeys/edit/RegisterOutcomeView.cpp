#include "ui/billingkeys/edit/RegisterOutcomeView.h"

#include "core/util/Redaction.h"
#include "ui/common/Announce.h"
#include "ui/common/OutcomeNotice.h"
#include "ui/common/ResultView.h"

#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace portone {

namespace {

QString cardTypeName(CardType type)
{
    switch (type) {
    case CardType::Credit:
        return RegisterOutcomeView::tr("Credit");
    case CardType::Check:
        return RegisterOutcomeView::tr("Check");
    case CardType::Gift:
        return RegisterOutcomeView::tr("Gift");
    case CardType::Unknown:
        break;
    }
    return RegisterOutcomeView::tr("Unknown");
}

void addCardRows(QList<ResultRow> &rows, const BillingCard &card, const QString &prefix)
{
    rows << resultRow(
        prefix + RegisterOutcomeView::tr("PG provider"),
        card.pgProvider
            + (card.pgId.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(card.pgId)));
    rows << resultRow(prefix + RegisterOutcomeView::tr("Card"), card.cardName);
    // Already masked by PortOne; masked again so nothing longer than the last digits shows.
    rows << resultRow(prefix + RegisterOutcomeView::tr("Card number"),
                      card.cardNumber.contains(u'*') ? card.cardNumber
                                                     : redaction::maskCardNumber(card.cardNumber));
    rows << resultRow(prefix + RegisterOutcomeView::tr("Card type"), cardTypeName(card.cardType));
    rows << resultRow(prefix + RegisterOutcomeView::tr("Issuer"), card.cardIssuerName);
    rows << timeRow(prefix + RegisterOutcomeView::tr("Registered"), card.inserted);
    rows << timeRow(prefix + RegisterOutcomeView::tr("Updated"), card.updated);
}

} // namespace

QList<ResultRow> billingKeyRows(const BillingKey &key)
{
    QList<ResultRow> rows;
    const BillingCustomer &customer = key.customer();
    rows << resultRow(RegisterOutcomeView::tr("customer_uid"), customer.customerUid, true);
    if (const auto *normal = std::get_if<NormalBillingKey>(&key.shape)) {
        addCardRows(rows, normal->card, QString());
        rows << resultRow(RegisterOutcomeView::tr("Test channel"),
                          normal->sandbox ? RegisterOutcomeView::tr("Yes")
                                          : RegisterOutcomeView::tr("No"));
    } else {
        const auto &super = std::get<SuperBillingKey>(key.shape);
        rows << resultRow(RegisterOutcomeView::tr("Channel group"), super.channelGroupId, true);
        int index = 1;
        for (const BillingCard &card : super.succeededChannels)
            addCardRows(rows, card, RegisterOutcomeView::tr("Succeeded %1 · ").arg(index++));
        index = 1;
        for (const FailedChannel &failed : super.failedChannels) {
            rows << resultRow(
                RegisterOutcomeView::tr("Failed %1").arg(index++),
                RegisterOutcomeView::tr("%1 (%2): %3 — %4")
                    .arg(failed.pgProvider, failed.pgId, failed.type, failed.message));
        }
    }
    rows << resultRow(RegisterOutcomeView::tr("Customer id"), customer.customerId, true);
    rows << resultRow(RegisterOutcomeView::tr("Customer name"), customer.customerName);
    rows << resultRow(RegisterOutcomeView::tr("Phone"), customer.customerTel);
    rows << resultRow(RegisterOutcomeView::tr("Email"), customer.customerEmail);
    rows << resultRow(RegisterOutcomeView::tr("Address"), customer.customerAddr);
    rows << resultRow(RegisterOutcomeView::tr("Postcode"), customer.customerPostcode);
    return rows;
}

QString billingKeySummary(const BillingKey &key)
{
    const auto describe = [](const BillingCard &card) {
        return RegisterOutcomeView::tr("%1 %2 (%3), registered %4")
            .arg(card.cardName,
                 card.cardNumber.contains(u'*') ? card.cardNumber
                                                : redaction::maskCardNumber(card.cardNumber),
                 card.pgProvider, displayTime(card.inserted));
    };
    if (const auto *normal = std::get_if<NormalBillingKey>(&key.shape))
        return describe(normal->card);
    QStringList lines;
    const auto &super = std::get<SuperBillingKey>(key.shape);
    lines << RegisterOutcomeView::tr("Super billing key of channel group %1")
                 .arg(super.channelGroupId);
    for (const BillingCard &card : super.succeededChannels)
        lines << describe(card);
    return lines.join(u'\n');
}

RegisterOutcomeView::RegisterOutcomeView(QWidget *parent)
    : QWidget(parent)
    , m_outcomeFrame(new OutcomeNotice(tr("Look it up"), this))
    , m_outcomeLabel(m_outcomeFrame->label())
    , m_lookUpButton(m_outcomeFrame->lookUpButton())
    , m_headingLabel(new QLabel(this))
    , m_idleLabel(new QLabel(tr("No billing key registered yet. Enter the customer_uid, pick the "
                                "channel and type the card details, then press Register billing "
                                "key. The result appears here."),
                             this))
    , m_result(new ResultView(this))
{
    m_idleLabel->setObjectName(QStringLiteral("registerHintLabel"));
    m_idleLabel->setWordWrap(true);
    m_idleLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_idleLabel->setEnabled(false); // greyed: a hint, not a result
    m_lookUpButton->setObjectName(QStringLiteral("lookUpBillingKeyButton"));
    m_lookUpButton->setAccessibleName(tr("Look up the billing key"));

    m_headingLabel->setObjectName(QStringLiteral("resultHeadingLabel"));
    m_headingLabel->setAccessibleName(tr("Result"));
    m_headingLabel->setWordWrap(true);
    m_headingLabel->hide();
    m_result->setObjectName(QStringLiteral("resultView"));
    m_result->setAccessibleName(tr("Registered billing key"));
    m_result->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_idleLabel);
    layout->addWidget(m_outcomeFrame);
    layout->addWidget(m_headingLabel);
    layout->addWidget(m_result, 1);
    layout->addStretch(); // keeps the notice its own height while the result is hidden
    connect(m_lookUpButton, &QPushButton::clicked, this,
            [this] { Q_EMIT lookUpRequested(m_unknownUid); });
}

void RegisterOutcomeView::showKey(const QString &heading, const BillingKey &key)
{
    m_unknownUid.clear();
    m_outcomeFrame->hide();
    m_headingLabel->setText(QStringLiteral("<b>%1</b>").arg(heading.toHtmlEscaped()));
    m_headingLabel->show();
    m_idleLabel->hide();
    m_result->setRows(billingKeyRows(key));
    m_result->setRawJson(key.raw);
    m_result->show();
}

void RegisterOutcomeView::showOutcomeUnknown(const QString &customerUid)
{
    m_unknownUid = customerUid;
    m_headingLabel->hide();
    m_result->clear();
    m_result->hide();
    m_outcomeLabel->setText(
        tr("<b>Outcome unknown</b> — the billing key for <b>%1</b> may or may not have been "
           "registered. Look it up before retrying; the card details were wiped and are not "
           "sent again.")
            .arg(customerUid.toHtmlEscaped()));
    announceStatus(m_outcomeLabel, m_outcomeLabel->text());
    m_outcomeFrame->show();
    m_idleLabel->hide();
}

void RegisterOutcomeView::showNotFound(const QString &customerUid)
{
    m_outcomeLabel->setText(tr("No billing key is registered for <b>%1</b>: the registration "
                               "did not happen. You can register again.")
                                .arg(customerUid.toHtmlEscaped()));
    announceStatus(m_outcomeLabel, m_outcomeLabel->text());
    m_unknownUid.clear();
    m_lookUpButton->hide();
    m_outcomeFrame->show();
    m_idleLabel->hide();
}

void RegisterOutcomeView::clear()
{
    m_unknownUid.clear();
    m_outcomeFrame->hide();
    m_lookUpButton->show();
    m_headingLabel->hide();
    m_result->clear();
    m_result->hide();
    m_idleLabel->show();
}

void RegisterOutcomeView::setLookUpEnabled(bool enabled)
{
    m_lookUpButton->setEnabled(enabled);
}

} // namespace portone
