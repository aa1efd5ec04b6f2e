#pragma once

// Scheduled payments as a sortable table, one row per schedule (a customer's tab or the
// merchant-wide Schedules view). How to use it:
//
//     auto *model = new ScheduleTableModel(this);
//     auto *proxy = new QSortFilterProxyModel(this);
//     ScheduleTableModel::showIn(tableView, proxy, model); // sortable, multi-row selection
//     model->appendSchedules(page.list);                    // as each page arrives
//     model->replaceSchedule(schedule);                     // a row refreshed after an action
//     QList<Schedule> chosen = ScheduleTableModel::selectedSchedules(tableView);
//
// Display texts are localized; SortRole gives the raw value (times as UNIX seconds, amounts as
// numbers), so a header click sorts by value, not by text. Times are shown in the operator's
// zone, with Korea's time and the UNIX seconds in the tool tip.

#include "core/api/PaymentModels.h"

#include <QAbstractTableModel>
#include <QList>

class QSortFilterProxyModel;
class QTableView;

namespace portone {

class ScheduleTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ScheduledAtColumn,
        StatusColumn,
        AmountColumn,
        NameColumn,
        MerchantUidColumn,
        CustomerUidColumn,
        ImpUidColumn,
        PaymentStatusColumn,
        FailReasonColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int MerchantUidRole = Qt::UserRole + 1; // the row's merchant_uid, any column

    explicit ScheduleTableModel(QObject *parent = nullptr);

    void setSchedules(const QList<Schedule> &schedules);
    // Rows added at the end, as pages arrive; a schedule already shown (same merchant_uid and
    // time) is replaced instead of listed twice.
    void appendSchedules(const QList<Schedule> &schedules);
    void clear();
    const QList<Schedule> &schedules() const { return m_schedules; }
    const Schedule &schedule(int row) const { return m_schedules.at(row); }
    int rowOf(const QString &merchantUid) const; // -1 when not shown
    // The row of that merchant_uid now shows this schedule; false when no row has it.
    bool replaceSchedule(const Schedule &schedule);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString statusText(const QString &scheduleStatus); // "scheduled" -> "Scheduled"
    // "2026-12-25 10:00:00 KST · UNIX 1798160400"
    static QString koreanTimeToolTip(const QDateTime &time);

    // The table as the schedule screens show it: sortable by value through the proxy (the
    // order the rows came in until a header is clicked), several rows selectable, read-only.
    static void showIn(QTableView *table, QSortFilterProxyModel *proxy, ScheduleTableModel *model);
    // The schedules of the selected rows of a table set up by showIn(), in the table's order.
    static QList<Schedule> selectedSchedules(const QTableView *table);

private:
    QVariant displayValue(const Schedule &schedule, int column) const;
    QVariant sortValue(const Schedule &schedule, int column) const;

    QList<Schedule> m_schedules;
};

} // namespace portone
