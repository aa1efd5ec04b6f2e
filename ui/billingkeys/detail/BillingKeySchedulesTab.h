#pragma once

#include "core/api/PaymentModels.h"
#include "core/api/SchedulePaging.h"

#include <QDateTime>
#include <QList>
#include <QWidget>
#include <utility>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace portone {

class DeskSession;
class FieldMessages;
class RequestLifecycle;
class ScheduleActions;
class ScheduleTableModel;

// Scheduled payments of one billing key in a date range (default now → now + 3 months) with an
// optional status filter. PortOne answers at most 3 months per request, so a longer range is
// split (splitScheduleRange) into consecutive requests sent one after another ("Window 2 of
// 3"), every page of each followed; the results are merged and sorted by schedule_at. Under
// the table, the actions on the selected schedules (ScheduleActions) and on every schedule of
// the customer; a row is refreshed after an action on it.
class BillingKeySchedulesTab : public QWidget
{
    Q_OBJECT

public:
    explicit BillingKeySchedulesTab(DeskSession &session, QWidget *parent = nullptr);

    void setCustomerUid(const QString &customerUid); // clears the table, keeps the range
    void load();
    void cancel();
    bool isBusy() const;

private:
    void requestCurrent();
    void onPage(const SchedulePage &page);
    void finishLoading();
    void updateLoadButton();

    DeskSession &m_session;
    QString m_customerUid;
    QList<std::pair<QDateTime, QDateTime>> m_windows;
    int m_windowIndex = 0;
    int m_page = 1;
    SchedulePaging m_paging;
    std::optional<ScheduleStatus> m_status;
    QList<Schedule> m_collected; // the windows' pages so far
    QDateTimeEdit *m_fromEdit;
    QDateTimeEdit *m_toEdit;
    QComboBox *m_statusCombo;
    QPushButton *m_loadButton;
    FieldMessages *m_fieldMessages;
    RequestLifecycle *m_requests;
    QLabel *m_summaryLabel;
    ScheduleTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    ScheduleActions *m_actions;
};

} // namespace portone
