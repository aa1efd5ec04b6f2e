#include "ui/billingkeys/detail/BillingKeyFieldsView.h"

#include "core/api/BillingKeyModels.h"
#include "ui/common/ResultView.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace portone {

namespace {

ResultRow rowOrDash(const QString &label, const QString &value, bool copyable = false,
                    const QString &toolTip = {})
{
    return ResultRow { label, value.isEmpty() ? QStringLiteral("—") : value, copyable, toolTip };
}

// "신한카드 (code 04)", or just one of them.
QString nameAndCode(const QString &name, const QString &code)
{
    if (code.isEmpty())
        return name;
    if (name.isEmpty())
        return BillingKeyFieldsView::tr("code %1").arg(code);
    return BillingKeyFieldsView::tr("%1 (code %2)").arg(name, code);
}

QTableWidget *makeTable(const QString &objectName, const QString &accessibleName,
                        const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(true);
    return table;
}

} // namespace

BillingKeyFieldsView::BillingKeyFieldsView(QWidget *parent)
    : QWidget(parent)
    , m_resultView(new ResultView(this))
    , m_succeededLabel(new QLabel(tr("<b>Channels with a billing key</b>"), this))
    , m_succeededTable(makeTable(
          QStringLiteral("succeededChannelsTableWidget"), tr("Channels with a billing key"),
          { tr("PG"), tr("MID (pg_id)"), tr("Card"), tr("Card number"), tr("Registered") }, this))
    , m_failedLabel(new QLabel(tr("<b>Channels that failed</b>"), this))
    , m_failedTable(
          makeTable(QStringLiteral("failedChannelsTableWidget"), tr("Channels that failed"),
                    { tr("PG"), tr("MID (pg_id)"), tr("Failure"), tr("PortOne message") }, this))
{
    setObjectName(QStringLiteral("billingKeyFieldsView"));
    m_resultView->setAccessibleName(tr("Billing key details"));
    m_succeededLabel->setObjectName(QStringLiteral("succeededChannelsLabel"));
    m_failedLabel->setObjectName(QStringLiteral("failedChannelsLabel"));
    m_failedTable->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_resultView, 2);
    layout->addWidget(m_succeededLabel);
    layout->addWidget(m_succeededTable, 1);
    layout->addWidget(m_failedLabel);
    layout->addWidget(m_failedTable, 1);
    clear();
}

QString BillingKeyFieldsView::failureTypeText(const QString &type)
{
    if (type == u"INVALID_REQUEST")
        return tr("Invalid request (INVALID_REQUEST)");
    if (type == u"PG_PROVIDER")
        return tr("Refused by the PG (PG_PROVIDER)");
    if (type == u"DB_FAILED")
        return tr("PortOne could not save it (DB_FAILED)");
    return type.isEmpty() ? tr("Unknown") : type;
}

QString BillingKeyFieldsView::cardTypeText(const BillingCard &card)
{
    switch (card.cardType) {
    case CardType::Credit:
        return tr("Credit");
    case CardType::Check:
        return tr("Check (debit)");
    case CardType::Gift:
        return tr("Gift");
    case CardType::Unknown:
        break;
    }
    return card.cardTypeCode ? tr("Unknown (card_type %1)").arg(*card.cardTypeCode) : tr("Unknown");
}

void BillingKeyFieldsView::showKey(const BillingKey &key)
{
    const BillingCustomer &customer = key.customer();
    QList<ResultRow> rows;
    rows << rowOrDash(QStringLiteral("customer_uid"), customer.customerUid, true)
         << rowOrDash(tr("customer_id (member id)"), customer.customerId,
                      !customer.customerId.isEmpty());
    if (const auto *normal = std::get_if<NormalBillingKey>(&key.shape)) {
        const BillingCard &card = normal->card;
        rows << rowOrDash(tr("Card"), card.cardName)
             << rowOrDash(tr("Card number (masked)"), card.cardNumber)
             << rowOrDash(tr("Card type"), cardTypeText(card))
             << rowOrDash(tr("Issuer"), nameAndCode(card.cardIssuerName, card.cardIssuerCode))
             << rowOrDash(tr("Publisher"),
                          nameAndCode(card.cardPublisherName, card.cardPublisherCode))
             << rowOrDash(tr("PG"), card.pgProvider) << rowOrDash(tr("MID (pg_id)"), card.pgId)
             << rowOrDash(tr("Test channel"), normal->sandbox ? tr("Yes") : tr("No"))
             << timeRow(tr("Registered"), card.inserted) << timeRow(tr("Updated"), card.updated);
    } else {
        const auto &super = std::get<SuperBillingKey>(key.shape);
        rows << rowOrDash(tr("Kind"), tr("Super billing key (one key for a channel group)"))
             << rowOrDash(tr("Channel group id"), super.channelGroupId, true)
             << rowOrDash(tr("Channels"),
                          tr("%1 with a billing key, %2 failed")
                              .arg(super.succeededChannels.size())
                              .arg(super.failedChannels.size()));
    }
    rows << rowOrDash(tr("Customer name"), customer.customerName)
         << rowOrDash(tr("Customer phone"), customer.customerTel)
         << rowOrDash(tr("Customer email"), customer.customerEmail)
         << rowOrDash(tr("Customer address"), customer.customerAddr)
         << rowOrDash(tr("Customer postcode"), customer.customerPostcode);
    m_resultView->setRows(rows);
    m_resultView->setRawJson(key.raw);

    const auto *super = std::get_if<SuperBillingKey>(&key.shape);
    m_succeededLabel->setVisible(super != nullptr);
    m_succeededTable->setVisible(super != nullptr);
    m_failedLabel->setVisible(super != nullptr);
    m_failedTable->setVisible(super != nullptr);
    m_succeededTable->setRowCount(0);
    m_failedTable->setRowCount(0);
    if (!super)
        return;
    fillSucceeded(super->succeededChannels);
    m_failedTable->setRowCount(int(super->failedChannels.size()));
    for (int i = 0; i < super->failedChannels.size(); ++i) {
        const FailedChannel &failed = super->failedChannels.at(i);
        m_failedTable->setItem(i, 0, tableItem(failed.pgProvider));
        m_failedTable->setItem(i, 1, tableItem(failed.pgId));
        m_failedTable->setItem(i, 2, tableItem(failureTypeText(failed.type), failed.type));
        m_failedTable->setItem(i, 3, tableItem(failed.message));
    }
    m_failedLabel->setText(super->failedChannels.isEmpty() ? tr("<b>Channels that failed:</b> none")
                                                           : tr("<b>Channels that failed</b>"));
    m_failedTable->setVisible(!super->failedChannels.isEmpty());
    m_failedTable->resizeColumnsToContents();
    m_failedTable->resizeRowsToContents();
}

void BillingKeyFieldsView::fillSucceeded(const QList<BillingCard> &channels)
{
    m_succeededTable->setRowCount(int(channels.size()));
    for (int i = 0; i < channels.size(); ++i) {
        const BillingCard &card = channels.at(i);
        m_succeededTable->setItem(i, 0, tableItem(card.pgProvider));
        m_succeededTable->setItem(i, 1, tableItem(card.pgId));
        m_succeededTable->setItem(i, 2, tableItem(card.cardName, cardTypeText(card)));
        m_succeededTable->setItem(i, 3, tableItem(card.cardNumber));
        m_succeededTable->setItem(i, 4,
                                  tableItem(displayTime(card.inserted), utcToolTip(card.inserted)));
    }
    m_succeededTable->resizeColumnsToContents();
}

void BillingKeyFieldsView::clear()
{
    m_resultView->clear();
    m_succeededTable->setRowCount(0);
    m_failedTable->setRowCount(0);
    m_succeededLabel->hide();
    m_succeededTable->hide();
    m_failedLabel->hide();
    m_failedTable->hide();
}

} // namespace portone
