#include "ui/schedules/ScheduleTableModel.h"

#include "core/api/SchedulePaging.h"
#include "ui/common/LocaleFormat.h"
#include "ui/payments/PaymentTableModel.h"

#include <QColor>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace portone {

ScheduleTableModel::ScheduleTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ScheduleTableModel::setSchedules(const QList<Schedule> &schedules)
{
    beginResetModel();
    m_schedules.clear();
    endResetModel();
    appendSchedules(schedules);
}

void ScheduleTableModel::appendSchedules(const QList<Schedule> &schedules)
{
    QList<Schedule> added;
    for (const Schedule &schedule : schedules) {
        if (!replaceSchedule(schedule))
            added.append(schedule);
    }
    if (added.isEmpty())
        return;
    const int first = int(m_schedules.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_schedules.append(added);
    endInsertRows();
}

void ScheduleTableModel::clear()
{
    beginResetModel();
    m_schedules.clear();
    endResetModel();
}

int ScheduleTableModel::rowOf(const QString &merchantUid) const
{
    for (int row = 0; row < m_schedules.size(); ++row) {
        if (m_schedules.at(row).merchantUid == merchantUid)
            return row;
    }
    return -1;
}

bool ScheduleTableModel::replaceSchedule(const Schedule &schedule)
{
    const QString identity = scheduleIdentity(schedule);
    for (int row = 0; row < m_schedules.size(); ++row) {
        if (scheduleIdentity(m_schedules.at(row)) == identity) {
            m_schedules[row] = schedule;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return true;
        }
    }
    return false;
}

int ScheduleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_schedules.size());
}

int ScheduleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ScheduleTableModel::statusText(const QString &scheduleStatus)
{
    if (scheduleStatus == u"scheduled")
        return tr("Scheduled");
    if (scheduleStatus == u"executed")
        return tr("Executed");
    if (scheduleStatus == u"revoked")
        return tr("Revoked");
    return scheduleStatus;
}

QString ScheduleTableModel::koreanTimeToolTip(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Seoul")))
               .toString(u"yyyy-MM-dd HH:mm:ss 'KST'"_s)
        + u" · UNIX "_s + QString::number(time.toSecsSinceEpoch());
}

QVariant ScheduleTableModel::displayValue(const Schedule &schedule, int column) const
{
    switch (column) {
    case ScheduledAtColumn:
        return formatLocalTime(schedule.scheduleAt);
    case StatusColumn:
        return statusText(schedule.scheduleStatus);
    case AmountColumn:
        return formatAmount(schedule.amount, schedule.currency);
    case NameColumn:
        return schedule.name;
    case MerchantUidColumn:
        return schedule.merchantUid;
    case CustomerUidColumn:
        return schedule.customerUid;
    case ImpUidColumn:
        return schedule.impUid;
    case PaymentStatusColumn:
        return schedule.paymentStatus.isEmpty()
            ? QString()
            : PaymentTableModel::statusText(schedule.paymentStatus);
    case FailReasonColumn:
        return schedule.failReason; // PortOne's words, verbatim
    default:
        return {};
    }
}

QVariant ScheduleTableModel::sortValue(const Schedule &schedule, int column) const
{
    if (column == ScheduledAtColumn)
        return schedule.scheduleAt.isValid() ? schedule.scheduleAt.toSecsSinceEpoch() : qint64(0);
    if (column == AmountColumn)
        return schedule.amount;
    return displayValue(schedule, column);
}

QVariant ScheduleTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_schedules.size())
        return {};
    const Schedule &schedule = m_schedules.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(schedule, index.column());
    case SortRole:
        return sortValue(schedule, index.column());
    case MerchantUidRole:
        return schedule.merchantUid;
    case Qt::ToolTipRole:
        if (index.column() == ScheduledAtColumn)
            return koreanTimeToolTip(schedule.scheduleAt);
        if (index.column() == StatusColumn)
            return u"schedule_status: "_s + schedule.scheduleStatus;
        if (index.column() == PaymentStatusColumn && !schedule.paymentStatus.isEmpty())
            return u"payment_status: "_s + schedule.paymentStatus;
        return displayValue(schedule, index.column()); // long names and reasons in full
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == PaymentStatusColumn && schedule.paymentStatus == u"failed")
            return QColor(0xc6, 0x28, 0x28);
        return {};
    default:
        return {};
    }
}

QVariant ScheduleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ScheduledAtColumn:
        return tr("Scheduled at");
    case StatusColumn:
        return tr("Status");
    case AmountColumn:
        return tr("Amount");
    case NameColumn:
        return tr("Order name");
    case MerchantUidColumn:
        return u"merchant_uid"_s;
    case CustomerUidColumn:
        return u"customer_uid"_s;
    case ImpUidColumn:
        return u"imp_uid"_s;
    case PaymentStatusColumn:
        return tr("Payment status");
    case FailReasonColumn:
        return tr("Failure reason");
    default:
        return {};
    }
}

void ScheduleTableModel::showIn(QTableView *table, QSortFilterProxyModel *proxy,
                                ScheduleTableModel *model)
{
    proxy->setSourceModel(model);
    proxy->setSortRole(SortRole);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(-1, Qt::AscendingOrder); // the order the rows came in, until a click
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
}

QList<Schedule> ScheduleTableModel::selectedSchedules(const QTableView *table)
{
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(table->model());
    const auto *model
        = proxy ? qobject_cast<const ScheduleTableModel *>(proxy->sourceModel()) : nullptr;
    if (!model || !table->selectionModel())
        return {};
    QModelIndexList rows = table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<Schedule> chosen;
    for (const QModelIndex &row : std::as_const(rows))
        chosen.append(model->schedule(proxy->mapToSource(row).row()));
    return chosen;
}

} // namespace portone
