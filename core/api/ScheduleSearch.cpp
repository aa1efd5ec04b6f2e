#include "core/api/ScheduleSearch.h"

#include "core/api/ClientSupport.h"
#include "core/api/PortOneClient.h"
#include "core/util/ScheduleWindows.h"

#include <QMap>
#include <QPointer>
#include <QTimer>
#include <algorithm>

namespace portone {

// MaxInFlight: windows asked at once. A few hide the round trip without flooding PortOne and
// stay under Qt's six connections per host.
const int ScheduleSearch::MaxInFlight = 3;
// MaxHeldPages: pages on the wire plus pages that arrived ahead of an earlier one. A page of
// 1000 schedules is a few MB parsed: this bounds the memory of a search of any length.
const int ScheduleSearch::MaxHeldPages = 4;

struct ScheduleSearch::State
{
    State(ScheduleSearch *owner, PortOneClient *connectedClient)
        : q(owner)
        , tally(owner->m_tally)
        , client(connectedClient)
    { }

    // A page of one window: the order in which pages are handed over.
    struct PageKey
    {
        int window = 0; // in visiting order
        int page = 1; // from 1

        friend bool operator<(const PageKey &a, const PageKey &b)
        {
            return a.window != b.window ? a.window < b.window : a.page < b.page;
        }
    };

    struct Window
    {
        std::pair<QDateTime, QDateTime> span;
        SchedulePaging paging;
        int nextToSend = 1; // 0 once its last page arrived
        int lastPage = 0; // known once its last page arrived
        CallHandle call; // the page on the wire, if any
        bool asking = false;
    };

    void sendMore();
    void send(int w);
    void arrived(int w, int pageNumber, const SchedulePage &page);
    void handOver();
    void handOverLater();
    void fail(const ApiError &error);
    void finish(End how);
    void dropCalls(); // the answers of pages still on the wire are ignored
    int asking() const;

    ScheduleSearch *q;
    Tally &tally;
    QPointer<PortOneClient> client;
    ScheduleSweepRequest request;
    QList<Window> windows; // oldest first
    QMap<PageKey, QList<Schedule>> held; // arrived, not yet handed over
    PageKey nextToHandOver;
    int generation = 0; // bumped by start() and at the end: late answers are ignored
    bool running = false;
    bool handOverPending = false;
};

ScheduleSearch::ScheduleSearch(PortOneClient *client, QObject *parent)
    : QObject(parent)
    , m_state(std::make_unique<State>(this, client))
{ }

// Cancelling runs the requests' completion handlers; clang-tidy sees their bodies only in a
// unity translation unit and cannot rule out a throw in the standard library code they use.
// NOLINTNEXTLINE(bugprone-exception-escape)
ScheduleSearch::~ScheduleSearch()
{
    m_state->dropCalls();
}

void ScheduleSearch::start(const ScheduleSweepRequest &request)
{
    if (m_state->running)
        cancel();
    State &s = *m_state;
    ++s.generation;
    s.request = request;
    s.windows.clear();
    for (const auto &span : splitScheduleRange(request.from, request.to)) {
        State::Window window;
        window.span = span;
        window.paging = request.newPaging();
        s.windows.append(window);
    }
    s.held.clear();
    s.nextToHandOver = {};
    s.handOverPending = false;
    m_tally = {};
    m_tally.windowCount = int(s.windows.size());
    s.running = true;

    FieldErrors errors;
    if (!request.from.isValid() || !request.to.isValid() || request.to <= request.from)
        errors << FieldError { QStringLiteral("to"),
                               tr("Choose a range whose end is after its "
                                  "start.") };
    if (request.limit < 1 || request.limit > 1000)
        errors << FieldError { QStringLiteral("limit"), tr("A page holds 1 to 1000 schedules.") };
    const int generation = s.generation;
    QTimer::singleShot(0, this, [this, generation, errors] {
        if (generation != m_state->generation)
            return;
        if (!errors.isEmpty()) {
            ApiError refused = client::validationError(errors);
            refused.message = errors.first().message;
            m_state->fail(refused);
            return;
        }
        Q_EMIT progressChanged(0, 0, windowCount());
        m_state->sendMore();
    });
}

int ScheduleSearch::State::asking() const
{
    return int(std::count_if(windows.cbegin(), windows.cend(),
                             [](const Window &window) { return window.asking; }));
}

// The earliest windows first. A page of a later window may take the last place of the memory
// budget only if it is the window being handed over: otherwise pages of later windows could
// fill it while the earliest one waits for room.
void ScheduleSearch::State::sendMore()
{
    for (int w = nextToHandOver.window; running && w < windows.size(); ++w) {
        const Window &window = windows.at(w);
        if (window.asking || window.nextToSend == 0)
            continue;
        const int onWire = asking();
        const int budget = w == nextToHandOver.window ? MaxHeldPages : MaxHeldPages - 1;
        if (onWire >= MaxInFlight || onWire + held.size() >= budget)
            break;
        send(w);
    }
    if (running && !handOverPending && held.isEmpty() && nextToHandOver.window >= windows.size())
        finish(End::Finished);
}

void ScheduleSearch::State::send(int w)
{
    if (!client) {
        ApiError error;
        error.kind = ApiError::Kind::Network;
        error.message = ScheduleSearch::tr("No active connection profile.");
        fail(error);
        return;
    }
    Window &window = windows[w];
    const int pageNumber = window.nextToSend;
    window.asking = true;
    ++tally.requestsSent;
    const int sentIn = generation;
    const CallHandle call
        = request.sendPage(*client, window.span, pageNumber, q,
                           [this, sentIn, w, pageNumber](Result<SchedulePage> result) {
                               if (sentIn != generation)
                                   return;
                               windows[w].asking = false;
                               windows[w].call = {};
                               if (result.ok())
                                   arrived(w, pageNumber, result.value());
                               else
                                   fail(result.error());
                           });
    if (windows[w].asking)
        windows[w].call = call;
}

void ScheduleSearch::State::arrived(int w, int pageNumber, const SchedulePage &page)
{
    Window &window = windows[w];
    QList<Schedule> wanted;
    for (const Schedule &schedule : window.paging.unseen(page)) {
        if (request.matches(schedule))
            wanted.append(schedule);
    }
    window.nextToSend = window.paging.nextPage(page, pageNumber);
    if (window.nextToSend == 0)
        window.lastPage = pageNumber;
    held.insert({ w, pageNumber }, wanted);
    handOver();
    sendMore();
}

// Hands over the pages that are next in order and have arrived, moving past windows whose last
// page is handed over. One page of schedules per turn of the event loop: the pages held behind
// it follow in later turns, so that a receiver's work on several pages (a table, a file) never
// freezes the window at once.
void ScheduleSearch::State::handOver()
{
    const int handingIn = generation;
    while (running && !handOverPending && nextToHandOver.window < windows.size()) {
        const Window &window = windows.at(nextToHandOver.window);
        if (window.lastPage > 0 && nextToHandOver.page > window.lastPage) {
            nextToHandOver = { nextToHandOver.window + 1, 1 };
            ++tally.windowsDone;
            Q_EMIT q->progressChanged(tally.received, tally.windowsDone, tally.windowCount);
            if (handingIn != generation)
                return;
            continue;
        }
        const auto found = held.find(nextToHandOver);
        if (found == held.end())
            return;
        const QList<Schedule> schedules = std::move(found.value());
        held.erase(found);
        ++nextToHandOver.page;
        tally.received += int(schedules.size());
        if (schedules.isEmpty())
            continue;
        Q_EMIT q->pageArrived(schedules);
        // A receiver may have cancelled the search (or started another) meanwhile.
        if (handingIn != generation)
            return;
        Q_EMIT q->progressChanged(tally.received, tally.windowsDone, tally.windowCount);
        if (handingIn == generation)
            handOverLater();
        return;
    }
}

void ScheduleSearch::State::handOverLater()
{
    handOverPending = true;
    const int handingIn = generation;
    QTimer::singleShot(0, q, [this, handingIn] {
        if (handingIn != generation)
            return;
        handOverPending = false;
        handOver();
        sendMore();
    });
}

void ScheduleSearch::State::fail(const ApiError &error)
{
    tally.failure = error;
    finish(End::Failed);
}

void ScheduleSearch::State::finish(End how)
{
    if (!running)
        return;
    running = false;
    dropCalls();
    held.clear();
    handOverPending = false;
    tally.end = how;
    Q_EMIT q->finished(how);
}

void ScheduleSearch::State::dropCalls()
{
    ++generation;
    for (Window &window : windows) {
        CallHandle call = std::exchange(window.call, {});
        window.asking = false;
        call.cancel();
    }
}

void ScheduleSearch::cancel()
{
    m_state->finish(End::Cancelled);
}

bool ScheduleSearch::isRunning() const
{
    return m_state->running;
}

} // namespace portone
