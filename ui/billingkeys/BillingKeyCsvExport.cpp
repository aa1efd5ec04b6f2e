#include "ui/billingkeys/BillingKeyCsvExport.h"

#include "core/util/Csv.h"
#include "ui/billingkeys/BillingKeyResultsModel.h"

namespace portone {

namespace {
QString utc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}
} // namespace

QByteArray billingKeysCsv(const BillingKeyResultsModel &model, const QList<int> &rows,
                          bool includePersonal)
{
    QStringList header { QStringLiteral("customer_uid"), QStringLiteral("status"),
                         QStringLiteral("card_name"),    QStringLiteral("card_number"),
                         QStringLiteral("card_type"),    QStringLiteral("card_issuer_name"),
                         QStringLiteral("pg_provider"),  QStringLiteral("pg_id"),
                         QStringLiteral("sandbox"),      QStringLiteral("channel_group_id"),
                         QStringLiteral("inserted"),     QStringLiteral("updated") };
    if (includePersonal)
        header << QStringLiteral("customer_name") << QStringLiteral("customer_tel")
               << QStringLiteral("customer_email") << QStringLiteral("customer_addr")
               << QStringLiteral("customer_postcode");
    QList<QStringList> out { header };
    for (int index : rows) {
        const BillingKeyResultsModel::Row &row = model.row(index);
        QStringList cells { row.customerUid, BillingKeyResultsModel::statusCode(row.status) };
        if (!row.key) {
            while (cells.size() < header.size())
                cells << QString();
            out << cells;
            continue;
        }
        const BillingKey &key = *row.key;
        const BillingCard *card = displayedCard(key);
        const auto *super = std::get_if<SuperBillingKey>(&key.shape);
        QStringList providers, ids;
        if (super) {
            for (const BillingCard &channel : super->succeededChannels) {
                providers << channel.pgProvider;
                ids << channel.pgId;
            }
        } else if (card) {
            providers << card->pgProvider;
            ids << card->pgId;
        }
        const QString type = card && !super && card->cardTypeCode
            ? QString::number(*card->cardTypeCode)
            : QString();
        cells << (card ? card->cardName : QString())
              << (card && !super ? card->cardNumber : QString()) << type
              << (card ? card->cardIssuerName : QString()) << providers.join(u';') << ids.join(u';')
              << (super                                               ? QString()
                      : std::get<NormalBillingKey>(key.shape).sandbox ? QStringLiteral("true")
                                                                      : QStringLiteral("false"))
              << (super ? super->channelGroupId : QString())
              << (card ? utc(card->inserted) : QString())
              << (card ? utc(card->updated) : QString());
        if (includePersonal) {
            const BillingCustomer &c = key.customer();
            cells << c.customerName << c.customerTel << c.customerEmail << c.customerAddr
                  << c.customerPostcode;
        }
        out << cells;
    }
    return csv::write(out);
}

} // namespace portone
