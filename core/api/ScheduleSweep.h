#pragma once

#include "core/api/CallHandle.h"
#include "core/api/PaymentModels.h"
#include "core/api/PortOneClient.h"
#include "core/api/Result.h"
#include "core/api/SchedulePaging.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>
#include <utility>

namespace portone {

// What a sweep looks for: every schedule whose schedule_at lies in [from, to), of one customer
// (GET /subscribe/payments/schedule/customers/{customer_uid}) or of the whole merchant
// (findSchedulesByRange).
struct ScheduleSweepRequest
{
    QString customerUid; // empty: every customer (findSchedulesByRange)
    QDateTime from;
    QDateTime to;
    std::optional<ScheduleStatus> status;
    int limit = 1000; // findSchedulesByRange's page size (the spec's maximum)

    // How far ahead "every schedule still to run" is searched. The spec bounds neither
    // schedule_at nor the number of schedules, and a look-up covers 3 months, so the search needs
    // an end: 5 years (20 windows) is beyond the yearly subscriptions merchants schedule.
    static constexpr int FutureHorizonYears = 5;

    // The schedules of a customer still to run, from now up to horizon: what a billing key's
    // deletion would leave without a card. horizon should lie beyond the furthest schedule the
    // merchant makes (all the windows up to it are searched, not only the next three months).
    static ScheduleSweepRequest futureSchedulesOf(const QString &customerUid, const QDateTime &now,
                                                  const QDateTime &horizon);

    // Whether a listed schedule is one asked for (a server that ignores a filter must not widen
    // the answer).
    bool matches(const Schedule &schedule) const;
    // How the pages of one window are followed: the page size of the look-up used.
    SchedulePaging newPaging() const;
    // Sends the look-up of one page of one window (a window of splitScheduleRange).
    CallHandle sendPage(PortOneClient &client, const std::pair<QDateTime, QDateTime> &window,
                        int page, QObject *context, PortOneClient::Done<SchedulePage> done) const;
};

// The steps of a sweep: [from, to) split into 3-month windows (splitScheduleRange, the limit of
// both look-ups), each paged through until a short page (SchedulePaging). Sends nothing by
// itself: a caller sends sendNext() and hands the page to accept(), one request at a time, e.g.
// through a panel's RequestLifecycle, or lets ScheduleSweep do it.
class ScheduleSweepPlan
{
public:
    explicit ScheduleSweepPlan(ScheduleSweepRequest request);

    // Also true for an empty or invalid range (nothing to ask).
    bool finished() const { return m_window >= m_windows.size(); }
    int windowCount() const { return int(m_windows.size()); }
    int windowNumber() const { return int(m_window) + 1; } // 1-based, for progress text
    int pageNumber() const { return m_page; }
    int requestsSent() const { return m_sent; }

    // Sends the request of the current window and page; only while !finished() (after that,
    // done receives ApiError::Kind::Cancelled).
    CallHandle sendNext(PortOneClient &client, QObject *context,
                        PortOneClient::Done<SchedulePage> done);
    // That request's page: its schedules kept, then on to the next page or window.
    void accept(const SchedulePage &page);
    // Every schedule found so far, each once, earliest schedule_at first.
    QList<Schedule> schedules() const;

private:
    ScheduleSweepRequest m_request;
    QList<std::pair<QDateTime, QDateTime>> m_windows;
    qsizetype m_window = 0;
    int m_page = 1;
    int m_sent = 0;
    SchedulePaging m_paging;
    QHash<QString, Schedule> m_found; // scheduleIdentity -> schedule
};

// Runs a ScheduleSweepPlan against a client to the end, one request after another.
class ScheduleSweep : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(Result<QList<Schedule>>)>;

    explicit ScheduleSweep(PortOneClient *client, QObject *parent = nullptr);
    ~ScheduleSweep() override; // NOLINT(bugprone-exception-escape): see the .cpp

    // A running sweep is cancelled first. done runs once, on this object's thread, never after
    // it is destroyed: every schedule found, earliest first, or the first failure (a request
    // that failed ends the sweep; nothing is retried).
    void start(const ScheduleSweepRequest &request, Done done);
    // The running request is cancelled: done receives ApiError::Kind::Cancelled.
    void cancel();
    bool isRunning() const { return m_plan.has_value(); }
    const ScheduleSweepPlan *plan() const { return m_plan ? &*m_plan : nullptr; }

Q_SIGNALS:
    // Before each request: which window of how many, and which page.
    void progressChanged(int window, int windowCount, int page);

private:
    void sendNext();
    void finish(Result<QList<Schedule>> result);

    QPointer<PortOneClient> m_client;
    std::optional<ScheduleSweepPlan> m_plan;
    Done m_done;
    CallHandle m_call;
    quint64 m_generation = 0;
};

} // namespace portone
