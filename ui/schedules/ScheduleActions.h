#pragma once

// The actions on listed schedules, as a bar to lay out under a schedule table: Cancel selected,
// Change time, Retry now, Reschedule (with the new time's picker), and in a customer's tab
// Cancel every schedule of this customer. How to use it:
//
//     auto *actions = new ScheduleActions(session, [table] {
//         return ScheduleTableModel::selectedSchedules(table);
//     }, this);
//     connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, actions,
//             &ScheduleActions::selectionChanged);
//     connect(actions, &ScheduleActions::scheduleRefreshed, model,
//             &ScheduleTableModel::replaceSchedule);
//     actions->setCustomerUid(uid); // a customer's tab; leave it empty in a merchant-wide view
//     actions->setBlocked(loading); // nothing is sent while the table loads
//
// Every action is confirmed through DeskSession::prompts() first, sent once through its own
// RequestLifecycle (a double click sends nothing more, nothing is retried), recorded in the audit
// log, and followed by scheduleRefreshed() for every schedule it touched. A refusal (4xx) shows in
// the bar's error panel; a lost answer (timeout, dropped connection, 5xx) shows the
// outcome-unknown notice, whose button looks the schedules up by merchant_uid. Each button is
// enabled only for a selection whose status allows it, and never on a read-only profile.

#include "core/api/PaymentModels.h"
#include "core/api/SubscriptionModels.h"
#include "core/history/AuditEntry.h"

#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QDateTimeEdit;
class QLabel;
class QPushButton;

namespace portone {

class DeskSession;
class FieldMessages;
class OutcomeNotice;
class RequestLifecycle;
class ScheduleSweepPlan;
struct ApiError;

class ScheduleActions : public QWidget
{
    Q_OBJECT

public:
    using Selection = std::function<QList<Schedule>()>;

    ScheduleActions(DeskSession &session, Selection selection, QWidget *parent = nullptr);
    ~ScheduleActions() override;

    // The customer whose every schedule "Cancel every schedule" cancels; empty hides it.
    void setCustomerUid(const QString &customerUid);
    // Reads the selection again: which actions it allows, and the new time's default.
    void selectionChanged();
    // While the owner's table loads: nothing can be sent.
    void setBlocked(bool blocked);
    bool isBusy() const;
    void cancel();
    // Another customer or profile: the answers, notices and errors shown go (not while busy).
    void reset();

    // What the buttons do (also for tests).
    void cancelSelected();
    void cancelAllOfCustomer();
    void changeTime();
    void retryNow();
    void reschedule();
    void lookUpUnknown(); // the outcome-unknown notice's button

    // Which schedules allow which action (a failed one: executed with its payment failed).
    static bool canCancel(const Schedule &schedule);
    static bool canChangeTime(const Schedule &schedule, const QDateTime &now);
    static bool canRetry(const Schedule &schedule); // also Reschedule

Q_SIGNALS:
    // A schedule as PortOne has it after an action or a look-up: the table shows it.
    void scheduleRefreshed(const portone::Schedule &schedule);
    void busyChanged(bool busy);

private:
    // The state-changing call that was sent, for the audit entry and an unknown outcome.
    struct Sent
    {
        AuditAction action;
        QStringList merchantUids;
        QString what; // the outcome-unknown notice's words for it
        QString reason = {};
        QString customerUid = {}; // cancel-all: named first in the audit entry
    };

    void layOut(QWidget *buttons, QWidget *progress, QWidget *errorPanel);
    void updateButtons();
    bool confirm(const ConfirmationRequest &request);
    std::optional<QDateTime> newTime(); // the picker's time, when in the future
    void sweepNext(const std::shared_ptr<ScheduleSweepPlan> &plan, const QDateTime &horizon);
    void cancelAllFound(const QList<Schedule> &found, const QDateTime &horizon);
    // Every answer of a sent call: the audit entry; false when the failure is left to the
    // default routing (error panel).
    void record(const Sent &sent, const ApiError *error, const QString &detail = {});
    void recordRetry(const Sent &sent, const ChargeResult &result);
    bool failed(const Sent &sent, const ApiError &error);
    void started(); // a call is about to be sent: the previous result goes
    void refreshQuietly(const QString &merchantUid); // the row after a retry
    bool pendingLookUp(const QList<Schedule> &chosen) const; // an unknown outcome among them
    std::optional<Schedule> chosenOne(bool (*allows)(const Schedule &)) const;
    void lookUpEach(QStringList merchantUids, QStringList found);
    void refreshed(const QList<Schedule> &schedules);
    void showResult(const QString &text, bool good);

    DeskSession &m_session;
    Selection m_selection;
    QString m_customerUid;
    RequestLifecycle *m_requests;
    FieldMessages *m_fieldMessages;
    OutcomeNotice *m_outcomeNotice;
    QLabel *m_resultLabel;
    QLabel *m_hintLabel;
    QLabel *m_koreanTimeLabel;
    QDateTimeEdit *m_timeEdit;
    QWidget *m_timeRow = nullptr; // the new time's row, laid out by layOut()
    QPushButton *m_cancelButton;
    QPushButton *m_changeTimeButton;
    QPushButton *m_retryButton;
    QPushButton *m_rescheduleButton;
    QPushButton *m_cancelAllButton;
    std::optional<Sent> m_unknown;
    bool m_blocked = false;
    bool m_confirming = false; // a confirmation is open: a second click sends nothing
};

} // namespace portone
