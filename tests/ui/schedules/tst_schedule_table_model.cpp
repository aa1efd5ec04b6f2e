#include "ui/schedules/ScheduleTableModel.h"

#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

using namespace portone;
using namespace Qt::StringLiterals;

namespace {

Schedule schedule(const QString &merchantUid, qint64 at, double amount,
                  const QString &status = u"scheduled"_s)
{
    Schedule s;
    s.customerUid = u"customer_1234"_s;
    s.merchantUid = merchantUid;
    s.scheduleAt = QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc());
    s.amount = amount;
    s.currency = u"KRW"_s;
    s.name = u"정기구독"_s;
    s.scheduleStatus = status;
    return s;
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts << model.index(row, column).data().toString();
    return texts;
}

} // namespace

class TestScheduleTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // By value, not by text: 9,900 before 10,000 and 100,000; a time in 2027 after one in
    // 2026 whatever the locale writes first.
    void sortsAmountsAndTimesByValue()
    {
        ScheduleTableModel model;
        QSortFilterProxyModel proxy;
        QTableView table;
        ScheduleTableModel::showIn(&table, &proxy, &model);
        const qint64 base = 1798160400; // 2026-12-25 01:00 UTC
        model.appendSchedules(
            { schedule(u"b"_s, base + 86400 * 40, 100000), schedule(u"a"_s, base, 9900) });
        model.appendSchedules({ schedule(u"c"_s, base + 86400 * 400, 10000) }); // a page later
        QCOMPARE(model.rowCount(), 3);
        table.sortByColumn(ScheduleTableModel::AmountColumn, Qt::AscendingOrder);
        QCOMPARE(column(proxy, ScheduleTableModel::MerchantUidColumn),
                 QStringList({ u"a"_s, u"c"_s, u"b"_s }));
        table.sortByColumn(ScheduleTableModel::AmountColumn, Qt::DescendingOrder);
        QCOMPARE(column(proxy, ScheduleTableModel::MerchantUidColumn),
                 QStringList({ u"b"_s, u"c"_s, u"a"_s }));
        table.sortByColumn(ScheduleTableModel::ScheduledAtColumn, Qt::AscendingOrder);
        QCOMPARE(column(proxy, ScheduleTableModel::MerchantUidColumn),
                 QStringList({ u"a"_s, u"b"_s, u"c"_s }));
        QCOMPARE(proxy.index(0, ScheduleTableModel::ScheduledAtColumn)
                     .data(ScheduleTableModel::SortRole)
                     .toLongLong(),
                 base);
        // Korea's time and the UNIX seconds in the tool tip.
        QCOMPARE(
            proxy.index(0, ScheduleTableModel::ScheduledAtColumn).data(Qt::ToolTipRole).toString(),
            u"2026-12-25 10:00:00 KST · UNIX 1798160400"_s);
        // A row added while sorted lands in its place.
        model.appendSchedules({ schedule(u"d"_s, base + 86400, 500) });
        QCOMPARE(column(proxy, ScheduleTableModel::MerchantUidColumn),
                 QStringList({ u"a"_s, u"d"_s, u"b"_s, u"c"_s }));
    }

    // A page that repeats a schedule replaces its row; an action's answer refreshes a row.
    void repeatedSchedulesReplaceTheirRow()
    {
        ScheduleTableModel model;
        model.appendSchedules({ schedule(u"a"_s, 100, 1), schedule(u"b"_s, 200, 2) });
        model.appendSchedules({ schedule(u"a"_s, 100, 1, u"revoked"_s) });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ScheduleTableModel::StatusColumn).data().toString(), u"Revoked"_s);
        QVERIFY(model.replaceSchedule(schedule(u"b"_s, 300, 2, u"executed"_s)));
        QCOMPARE(model.schedule(1).scheduleStatus, u"executed"_s);
        QVERIFY(!model.replaceSchedule(schedule(u"zz"_s, 1, 1)));
        QCOMPARE(model.rowOf(u"b"_s), 1);
        QCOMPARE(model.rowOf(u"zz"_s), -1);
    }

    // Several rows can be selected; they come back in the table's (sorted) order.
    void selectedSchedulesFollowTheSortedTable()
    {
        ScheduleTableModel model;
        QSortFilterProxyModel proxy;
        QTableView table;
        ScheduleTableModel::showIn(&table, &proxy, &model);
        model.setSchedules(
            { schedule(u"a"_s, 300, 1), schedule(u"b"_s, 100, 2), schedule(u"c"_s, 200, 3) });
        table.sortByColumn(ScheduleTableModel::ScheduledAtColumn, Qt::AscendingOrder);
        QCOMPARE(table.selectionMode(), QAbstractItemView::ExtendedSelection);
        table.selectionModel()->select(proxy.index(0, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table.selectionModel()->select(proxy.index(2, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QList<Schedule> chosen = ScheduleTableModel::selectedSchedules(&table);
        QCOMPARE(chosen.size(), 2);
        QCOMPARE(chosen.at(0).merchantUid, u"b"_s);
        QCOMPARE(chosen.at(1).merchantUid, u"a"_s);
    }
};

QTEST_MAIN(TestScheduleTableModel)
#include "tst_schedule_table_model.moc"
