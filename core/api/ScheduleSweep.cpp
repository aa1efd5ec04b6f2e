#include "core/api/ScheduleSweep.h"

#include "core/util/ScheduleWindows.h"

#include <algorithm>

namespace portone {

ScheduleSweepRequest ScheduleSweepRequest::futureSchedulesOf(const QString &customerUid,
                                                             const QDateTime &now,
                                                             const QDateTime &horizon)
{
    ScheduleSweepRequest request;
    request.customerUid = customerUid;
    request.from = now;
    request.to = horizon;
    request.status = ScheduleStatus::Scheduled;
    return request;
}

bool ScheduleSweepRequest::matches(const Schedule &schedule) const
{
    if (!customerUid.isEmpty() && !schedule.customerUid.isEmpty()
        && schedule.customerUid != customerUid)
        return false;
    if (status && schedule.scheduleStatus != scheduleStatusCode(*status))
        return false;
    return schedule.scheduleAt >= from && schedule.scheduleAt < to;
}

SchedulePaging ScheduleSweepRequest::newPaging() const
{
    return SchedulePaging(customerUid.isEmpty() ? limit : SchedulePaging::DocumentedPageSize);
}

CallHandle ScheduleSweepRequest::sendPage(PortOneClient &client,
                                          const std::pair<QDateTime, QDateTime> &window, int page,
                                          QObject *context,
                                          PortOneClient::Done<SchedulePage> done) const
{
    if (customerUid.isEmpty()) {
        ScheduleRangeQuery query;
        query.from = window.first;
        query.to = window.second;
        query.status = status;
        query.page = page;
        query.limit = limit;
        query.oldestFirst = true;
        return client.getSchedulesByRange(query, context, std::move(done));
    }
    ScheduleQuery query;
    query.customerUid = customerUid;
    query.from = window.first;
    query.to = window.second;
    query.status = status;
    query.page = page;
    return client.getCustomerSchedules(query, context, std::move(done));
}

ScheduleSweepPlan::ScheduleSweepPlan(ScheduleSweepRequest request)
    : m_request(std::move(request))
    , m_windows(splitScheduleRange(m_request.from, m_request.to))
    , m_paging(m_request.newPaging())
{ }

CallHandle ScheduleSweepPlan::sendNext(PortOneClient &client, QObject *context,
                                       PortOneClient::Done<SchedulePage> done)
{
    Q_ASSERT(!finished());
    if (finished()) {
        ApiError nothingLeft;
        nothingLeft.kind = ApiError::Kind::Cancelled;
        nothingLeft.detail = QStringLiteral("The sweep has no request left to send.");
        QMetaObject::invokeMethod(
            context, [done = std::move(done), nothingLeft] { done(nothingLeft); },
            Qt::QueuedConnection);
        return {};
    }
    ++m_sent;
    return m_request.sendPage(client, m_windows.at(m_window), m_page, context, std::move(done));
}

void ScheduleSweepPlan::accept(const SchedulePage &page)
{
    if (finished())
        return;
    for (const Schedule &schedule : page.list) {
        if (m_request.matches(schedule))
            m_found.insert(scheduleIdentity(schedule), schedule);
    }
    m_page = m_paging.nextPage(page, m_page);
    if (m_page == 0) {
        ++m_window;
        m_page = 1;
        m_paging = m_request.newPaging();
    }
}

QList<Schedule> ScheduleSweepPlan::schedules() const
{
    QList<Schedule> all = m_found.values();
    std::sort(all.begin(), all.end(), [](const Schedule &a, const Schedule &b) {
        return a.scheduleAt != b.scheduleAt ? a.scheduleAt < b.scheduleAt
                                            : a.merchantUid < b.merchantUid;
    });
    return all;
}

ScheduleSweep::ScheduleSweep(PortOneClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

// Cancelling runs the request's completion handler; clang-tidy sees its body only in a unity
// translation unit and cannot rule out a throw in the standard library code it uses.
// NOLINTNEXTLINE(bugprone-exception-escape)
ScheduleSweep::~ScheduleSweep()
{
    ++m_generation;
    m_call.cancel();
}

void ScheduleSweep::start(const ScheduleSweepRequest &request, Done done)
{
    if (isRunning())
        cancel();
    m_plan.emplace(request);
    m_done = std::move(done);
    sendNext();
}

void ScheduleSweep::cancel()
{
    if (!isRunning())
        return;
    ++m_generation;
    m_call.cancel();
    ApiError cancelled;
    cancelled.kind = ApiError::Kind::Cancelled;
    finish(cancelled);
}

void ScheduleSweep::sendNext()
{
    if (m_plan->finished()) {
        // Answered on the next turn, like every client call.
        QMetaObject::invokeMethod(
            this,
            [this, generation = m_generation] {
                if (generation == m_generation && isRunning())
                    finish(m_plan->schedules());
            },
            Qt::QueuedConnection);
        return;
    }
    if (!m_client) {
        ApiError gone;
        gone.kind = ApiError::Kind::Cancelled;
        gone.detail = QStringLiteral("The connection was closed.");
        finish(gone);
        return;
    }
    Q_EMIT progressChanged(m_plan->windowNumber(), m_plan->windowCount(), m_plan->pageNumber());
    m_call = m_plan->sendNext(*m_client, this,
                              [this, generation = m_generation](Result<SchedulePage> page) {
                                  if (generation != m_generation || !isRunning())
                                      return;
                                  if (!page.ok()) {
                                      finish(page.error());
                                      return;
                                  }
                                  m_plan->accept(page.value());
                                  sendNext();
                              });
}

void ScheduleSweep::finish(Result<QList<Schedule>> result)
{
    ++m_generation;
    m_plan.reset();
    m_call = {};
    Done done = std::exchange(m_done, {});
    if (done)
        done(std::move(result));
}

} // namespace portone
