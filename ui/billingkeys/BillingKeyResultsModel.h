#pragma once

#include "core/api/ApiError.h"
#include "core/api/BillingKeyModels.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

namespace portone {

// The look-up results, one row per customer_uid: found (with the key), not found or no access
// (207 / 404), or failed (the whole request failed). Rows are added as batches arrive and
// updated in place when an id is looked up again.
class BillingKeyResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Status
    {
        Found,
        Missing,
        Failed
    };
    enum Column
    {
        CustomerUidColumn,
        StatusColumn,
        CardNameColumn,
        CardNumberColumn,
        CardTypeColumn,
        IssuerColumn,
        PgColumn,
        SandboxColumn,
        CustomerNameColumn,
        RegisteredColumn,
        UpdatedColumn,
        ColumnCount
    };
    // "found", "missing" or "failed": what the status filter matches.
    static constexpr int StatusCodeRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    struct Row
    {
        QString customerUid;
        Status status = Status::Missing;
        std::optional<BillingKey> key;
        QString error; // for Failed: one line of what went wrong
    };

    explicit BillingKeyResultsModel(QObject *parent = nullptr);

    void clear();
    void setFound(const QList<BillingKey> &keys);
    void setMissing(const QStringList &customerUids);
    void setFailed(const QStringList &customerUids, const ApiError &error);

    const Row &row(int index) const { return m_rows.at(index); }
    int count(Status status) const;
    QStringList customerUids(Status status) const;

    static QString statusCode(Status status);
    static QString cardTypeText(CardType type);
    static QString pgText(const BillingKey &key);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void upsert(QList<Row> rows);
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;

    QList<Row> m_rows;
    QHash<QString, int> m_index; // customer_uid → row
};

// The card shown for a row: the key's card, or for a super billing key its first channel's.
const BillingCard *displayedCard(const BillingKey &key);

} // namespace portone
