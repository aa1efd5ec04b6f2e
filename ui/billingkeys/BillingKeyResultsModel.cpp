#include "ui/billingkeys/BillingKeyResultsModel.h"

#include "ui/common/ResultView.h"

namespace portone {

const BillingCard *displayedCard(const BillingKey &key)
{
    if (const auto *normal = std::get_if<NormalBillingKey>(&key.shape))
        return &normal->card;
    const auto &super = std::get<SuperBillingKey>(key.shape);
    return super.succeededChannels.isEmpty() ? nullptr : &super.succeededChannels.first();
}

BillingKeyResultsModel::BillingKeyResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void BillingKeyResultsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    endResetModel();
}

void BillingKeyResultsModel::setFound(const QList<BillingKey> &keys)
{
    QList<Row> rows;
    for (const BillingKey &key : keys)
        rows << Row { key.customerUid(), Status::Found, key, {} };
    upsert(std::move(rows));
}

void BillingKeyResultsModel::setMissing(const QStringList &customerUids)
{
    QList<Row> rows;
    for (const QString &uid : customerUids)
        rows << Row { uid, Status::Missing, std::nullopt, {} };
    upsert(std::move(rows));
}

void BillingKeyResultsModel::setFailed(const QStringList &customerUids, const ApiError &error)
{
    QList<Row> rows;
    for (const QString &uid : customerUids)
        rows << Row { uid, Status::Failed, std::nullopt, error.summary() };
    upsert(std::move(rows));
}

// Known ids are updated in place; new ones are appended in one insertion (a batch of rows at
// once keeps the view and the sorting proxy fast with thousands of ids).
void BillingKeyResultsModel::upsert(QList<Row> rows)
{
    QList<Row> added;
    QHash<QString, qsizetype> addedAt;
    for (Row &row : rows) {
        const auto existing = m_index.constFind(row.customerUid);
        if (existing == m_index.constEnd()) {
            if (const auto again = addedAt.constFind(row.customerUid);
                again != addedAt.constEnd()) {
                added[again.value()] = std::move(row);
            } else {
                addedAt.insert(row.customerUid, added.size());
                added << std::move(row);
            }
            continue;
        }
        const int at = existing.value();
        m_rows[at] = std::move(row);
        Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
    }
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (Row &row : added) {
        m_index.insert(row.customerUid, int(m_rows.size()));
        m_rows.append(std::move(row));
    }
    endInsertRows();
}

int BillingKeyResultsModel::count(Status status) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [status](const Row &row) { return row.status == status; }));
}

QStringList BillingKeyResultsModel::customerUids(Status status) const
{
    QStringList out;
    for (const Row &row : m_rows) {
        if (row.status == status)
            out << row.customerUid;
    }
    return out;
}

QString BillingKeyResultsModel::statusCode(Status status)
{
    switch (status) {
    case Status::Found:
        return QStringLiteral("found");
    case Status::Missing:
        return QStringLiteral("missing");
    case Status::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QString BillingKeyResultsModel::cardTypeText(CardType type)
{
    switch (type) {
    case CardType::Credit:
        return tr("credit");
    case CardType::Check:
        return tr("check");
    case CardType::Gift:
        return tr("gift");
    case CardType::Unknown:
        break;
    }
    return {};
}

QString BillingKeyResultsModel::pgText(const BillingKey &key)
{
    QStringList parts;
    auto add = [&parts](const BillingCard &card) {
        parts << (card.pgId.isEmpty() ? card.pgProvider
                                      : QStringLiteral("%1 / %2").arg(card.pgProvider, card.pgId));
    };
    if (const auto *normal = std::get_if<NormalBillingKey>(&key.shape))
        add(normal->card);
    else
        for (const BillingCard &card : std::get<SuperBillingKey>(key.shape).succeededChannels)
            add(card);
    return parts.join(QStringLiteral(", "));
}

int BillingKeyResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BillingKeyResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BillingKeyResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case StatusCodeRole:
        return statusCode(row.status);
    case SortRole:
        return sortValue(row, index.column());
    case Qt::ToolTipRole: {
        if (index.column() == StatusColumn && row.status == Status::Failed)
            return row.error;
        const BillingCard *card = row.key ? displayedCard(*row.key) : nullptr;
        if (card && index.column() == RegisteredColumn)
            return utcToolTip(card->inserted);
        if (card && index.column() == UpdatedColumn)
            return utcToolTip(card->updated);
        return {};
    }
    default:
        return {};
    }
}

QVariant BillingKeyResultsModel::display(const Row &row, int column) const
{
    if (column == CustomerUidColumn)
        return row.customerUid;
    if (column == StatusColumn) {
        switch (row.status) {
        case Status::Found:
            return tr("found");
        case Status::Missing:
            return tr("not found or no access");
        case Status::Failed:
            return tr("failed");
        }
    }
    if (!row.key)
        return {};
    const BillingKey &key = *row.key;
    const BillingCard *card = displayedCard(key);
    const auto *super = std::get_if<SuperBillingKey>(&key.shape);
    switch (column) {
    case CardNameColumn:
        if (super)
            return tr("super (%n channels)", nullptr, int(super->succeededChannels.size()));
        return card ? card->cardName : QString();
    case CardNumberColumn:
        return card && !super ? card->cardNumber : QString();
    case CardTypeColumn:
        return card && !super ? cardTypeText(card->cardType) : QString();
    case IssuerColumn:
        return card && !super ? card->cardIssuerName : QString();
    case PgColumn:
        return pgText(key);
    case SandboxColumn:
        if (super)
            return {};
        return std::get<NormalBillingKey>(key.shape).sandbox ? tr("yes") : tr("no");
    case CustomerNameColumn:
        return key.customer().customerName;
    case RegisteredColumn:
        return card ? displayTime(card->inserted) : QString();
    case UpdatedColumn:
        return card ? displayTime(card->updated) : QString();
    default:
        return {};
    }
}

QVariant BillingKeyResultsModel::sortValue(const Row &row, int column) const
{
    const BillingCard *card = row.key ? displayedCard(*row.key) : nullptr;
    if (column == RegisteredColumn)
        return card ? card->inserted : QDateTime();
    if (column == UpdatedColumn)
        return card ? card->updated : QDateTime();
    return display(row, column);
}

QVariant BillingKeyResultsModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CustomerUidColumn:
        return tr("customer_uid");
    case StatusColumn:
        return tr("Status");
    case CardNameColumn:
        return tr("Card name");
    case CardNumberColumn:
        return tr("Card number (masked)");
    case CardTypeColumn:
        return tr("Card type");
    case IssuerColumn:
        return tr("Issuer");
    case PgColumn:
        return tr("PG provider / MID");
    case SandboxColumn:
        return tr("Test channel");
    case CustomerNameColumn:
        return tr("Customer name");
    case RegisteredColumn:
        return tr("Registered");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

} // namespace portone
