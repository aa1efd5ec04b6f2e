#pragma once

#include "core/history/HistoryRecord.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QSortFilterProxyModel>

namespace portone {

// The request history as a table, oldest first (the view sorts newest first). Qt::UserRole
// gives each cell's sortable value (time in ms, status and code as numbers).
class HistoryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        Profile,
        Tier,
        Area,
        Method,
        Path,
        HttpStatus,
        Code,
        Message,
        Duration,
        Outcome,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRecords(QList<HistoryRecord> records);
    void append(const HistoryRecord &record);
    const HistoryRecord &record(int row) const { return m_records.at(row); }
    const QList<HistoryRecord> &records() const { return m_records; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<HistoryRecord> m_records;
};

// The filters of the Requests tab: profile, area, outcome, a local date range (inclusive) and
// a text search over ids, path, parameters and message (case-insensitive). Empty = any.
class HistoryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setProfileId(const QString &profileId);
    void setArea(const QString &areaId);
    void setOutcome(const QString &outcomeId);
    void setDateRange(const QDate &from, const QDate &to);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void apply();

    QString m_profileId;
    QString m_area;
    QString m_outcome;
    QDate m_from;
    QDate m_to;
    QString m_text;
};

} // namespace portone
