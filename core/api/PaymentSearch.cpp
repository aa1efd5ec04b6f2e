#include "core/api/PaymentSearch.h"

#include "core/api/PortOneClient.h"
#include "core/validation/InputRules.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QPointer>
#include <QTimer>

namespace portone {

// MaxPageSize: the spec's maximum `limit` of GET /payments/status.
const int PaymentSearch::MaxPageSize = 1000;
// MaxInFlight: a few pages at once hide the round trip without flooding PortOne, and stay under
// Qt's six connections per host; a page of 1000 payments is a few MB once read, so no more than
// needed to keep the server busy.
const int PaymentSearch::MaxInFlight = 3;
// MaxHeldPages: pages in flight plus pages that arrived ahead of an earlier one still on the
// wire. Bounds the memory of a search (a page of 1000 payments is a few MB parsed).
const int PaymentSearch::MaxHeldPages = 4;

QList<PaymentSearchWindow> splitPaymentSearchRange(const QDateTime &from, const QDateTime &to)
{
    QList<PaymentSearchWindow> windows;
    if (!from.isValid() || !to.isValid())
        return windows;
    const qint64 end = to.toSecsSinceEpoch();
    constexpr qint64 span = qint64(rules::PaymentSearchMaxDays) * 24 * 60 * 60;
    for (qint64 start = from.toSecsSinceEpoch(); start <= end; start += span) {
        const qint64 last = std::min(start + span - 1, end);
        windows.append({ QDateTime::fromSecsSinceEpoch(start, Qt::UTC),
                         QDateTime::fromSecsSinceEpoch(last, Qt::UTC) });
    }
    return windows;
}

namespace {

bool isAscendingSort(const std::optional<PaymentSorting> &sorting)
{
    return sorting
        && (*sorting == PaymentSorting::StartedAsc || *sorting == PaymentSorting::PaidAsc
            || *sorting == PaymentSorting::UpdatedAsc);
}

// A page of one window: the order in which pages are handed over.
using SearchPageKey = std::pair<int, int>; // (window in visiting order, page from 1)

} // namespace

struct PaymentSearch::State
{
    explicit State(PaymentSearch *owner)
        : q(owner)
    { }

    struct Window
    {
        PaymentSearchWindow span;
        int pages = -1; // known once its first page arrived
        int nextToSend = 1;
        int total = 0;
    };

    void sendMore();
    std::optional<SearchPageKey> nextPageToSend();
    void send(const SearchPageKey &key);
    void arrived(const SearchPageKey &key, const PaymentPage &page);
    void handOver();
    void fail(const ApiError &error);
    void finish(End how);
    int expectedOrUnknown() const;

    PaymentSearch *q;
    QPointer<PortOneClient> client;
    PaymentSearchCriteria criteria;
    QList<Window> windows; // in visiting order
    QMap<SearchPageKey, CallHandle> inFlight;
    QMap<SearchPageKey, QList<Payment>> held; // arrived ahead of an earlier page
    SearchPageKey nextToHandOver { 0, 1 };
    int generation = 0; // bumped by start() and cancel(): late answers are ignored
    bool running = false;
    int received = 0;
    int answeredWindows = 0;
    int requestsSent = 0;
    std::optional<End> end;
    std::optional<ApiError> failure;
};

PaymentSearch::PaymentSearch(PortOneClient *client, QObject *parent)
    : QObject(parent)
    , m_state(std::make_unique<State>(this))
{
    m_state->client = client;
}

// Cancelling runs the requesters' completion handlers; clang-tidy sees their bodies only in a
// unity translation unit and cannot rule out a throw in the standard library code they use.
// NOLINTNEXTLINE(bugprone-exception-escape)
PaymentSearch::~PaymentSearch()
{
    ++m_state->generation;
    for (CallHandle &handle : m_state->inFlight)
        handle.cancel();
}

void PaymentSearch::start(const PaymentSearchCriteria &criteria)
{
    if (m_state->running)
        cancel();
    State &s = *m_state;
    ++s.generation;
    s.criteria = criteria;
    s.windows.clear();
    for (const PaymentSearchWindow &span : splitPaymentSearchRange(criteria.from, criteria.to))
        s.windows.append({ span });
    if (!isAscendingSort(criteria.sorting))
        std::reverse(s.windows.begin(), s.windows.end()); // newest first, as the pages sort
    s.inFlight.clear();
    s.held.clear();
    s.nextToHandOver = { 0, 1 };
    s.received = s.answeredWindows = s.requestsSent = 0;
    s.end.reset();
    s.failure.reset();
    s.running = true;

    FieldErrors errors;
    if (!criteria.from.isValid() || !criteria.to.isValid() || criteria.to < criteria.from)
        errors << FieldError { QStringLiteral("to"),
                               tr("Choose a start and an end date, the end after the start.") };
    if (criteria.pageSize < 1 || criteria.pageSize > MaxPageSize)
        errors << FieldError { QStringLiteral("limit"),
                               tr("A page holds 1 to %1 payments.").arg(MaxPageSize) };
    const int generation = s.generation;
    QTimer::singleShot(0, this, [this, generation, errors] {
        if (generation != m_state->generation)
            return;
        if (!errors.isEmpty()) {
            ApiError error;
            error.kind = ApiError::Kind::Validation;
            error.fieldErrors = errors;
            error.message = errors.first().message;
            m_state->fail(error);
            return;
        }
        m_state->sendMore();
    });
}

// The earliest page, in hand-over order, that is not yet asked for: the next page of the
// first window that has one, or the first page of a window not yet asked.
std::optional<SearchPageKey> PaymentSearch::State::nextPageToSend()
{
    for (int w = nextToHandOver.first; w < windows.size(); ++w) {
        const Window &window = windows.at(w);
        if (window.pages < 0 && window.nextToSend == 1)
            return SearchPageKey { w, 1 };
        if (window.pages >= 0 && window.nextToSend <= window.pages)
            return SearchPageKey { w, window.nextToSend };
    }
    return std::nullopt;
}

void PaymentSearch::State::sendMore()
{
    while (running && inFlight.size() < MaxInFlight
           && inFlight.size() + held.size() < MaxHeldPages) {
        const std::optional<SearchPageKey> key = nextPageToSend();
        if (!key)
            break;
        send(*key);
    }
    if (running && inFlight.isEmpty() && held.isEmpty() && !nextPageToSend())
        finish(End::Finished);
}

void PaymentSearch::State::send(const SearchPageKey &key)
{
    Window &window = windows[key.first];
    window.nextToSend = key.second + 1;
    if (!client) {
        ApiError error;
        error.kind = ApiError::Kind::Network;
        error.message = PaymentSearch::tr("No active connection profile.");
        fail(error);
        return;
    }
    PaymentStatusQuery query;
    query.status = criteria.status;
    query.from = window.span.from;
    query.to = window.span.to;
    query.page = key.second;
    query.limit = criteria.pageSize;
    query.sorting = criteria.sorting;
    query.keepRawJson = criteria.keepRawJson;
    ++requestsSent;
    const int sentIn = generation;
    inFlight.insert(key, CallHandle());
    const CallHandle handle
        = client->getPaymentsByStatus(query, q, [this, sentIn, key](Result<PaymentPage> result) {
              if (sentIn != generation)
                  return;
              inFlight.remove(key);
              if (result.ok())
                  arrived(key, result.value());
              else
                  fail(result.error());
          });
    if (inFlight.contains(key))
        inFlight[key] = handle;
}

void PaymentSearch::State::arrived(const SearchPageKey &key, const PaymentPage &page)
{
    Window &window = windows[key.first];
    if (key.second == 1) {
        window.total = page.total;
        window.pages = (page.total + criteria.pageSize - 1) / criteria.pageSize;
        ++answeredWindows;
    }
    held.insert(key, page.list); // shared, not copied
    handOver();
    if (running)
        sendMore();
}

// Hands over the page that is next in order, if it has arrived, skipping windows with nothing in
// them. One page per turn of the event loop: the pages held behind it follow in later turns, so
// that a receiver's work on several pages (a table, a file) never freezes the window at once.
void PaymentSearch::State::handOver()
{
    const int handingIn = generation;
    while (running && handingIn == generation) {
        auto [w, page] = nextToHandOver;
        if (w >= windows.size())
            return;
        const Window &window = windows.at(w);
        if (window.pages >= 0 && page > std::max(window.pages, 1)) {
            nextToHandOver = { w + 1, 1 };
            continue;
        }
        const auto found = held.find(nextToHandOver);
        if (found == held.end())
            return;
        const QList<Payment> payments = std::move(found.value());
        held.erase(found);
        nextToHandOver = { w, page + 1 };
        received += int(payments.size());
        if (!payments.isEmpty())
            Q_EMIT q->pageArrived(payments);
        // A receiver may have cancelled the search (or started another) meanwhile.
        if (handingIn != generation)
            return;
        Q_EMIT q->progressChanged(received, expectedOrUnknown());
        if (!payments.isEmpty() && handingIn == generation) {
            QTimer::singleShot(0, q, [this, handingIn] {
                if (handingIn != generation)
                    return;
                handOver();
                sendMore();
            });
            return;
        }
    }
}

int PaymentSearch::State::expectedOrUnknown() const
{
    if (answeredWindows < windows.size())
        return -1;
    int total = 0;
    for (const Window &window : windows)
        total += window.total;
    return total;
}

void PaymentSearch::State::fail(const ApiError &error)
{
    failure = error;
    finish(End::Failed);
}

void PaymentSearch::State::finish(End how)
{
    if (!running)
        return;
    running = false;
    ++generation; // the answers of pages still on the wire are ignored
    const QMap<SearchPageKey, CallHandle> cancelled = std::exchange(inFlight, {});
    for (CallHandle handle : cancelled)
        handle.cancel();
    held.clear();
    end = how;
    Q_EMIT q->finished(how);
}

void PaymentSearch::cancel()
{
    m_state->finish(End::Cancelled);
}

bool PaymentSearch::isRunning() const
{
    return m_state->running;
}

int PaymentSearch::received() const
{
    return m_state->received;
}

int PaymentSearch::expected() const
{
    int total = 0;
    for (const State::Window &window : m_state->windows)
        total += window.total;
    return total;
}

int PaymentSearch::windowCount() const
{
    return int(m_state->windows.size());
}

int PaymentSearch::windowsAnswered() const
{
    return m_state->answeredWindows;
}

int PaymentSearch::requestsSent() const
{
    return m_state->requestsSent;
}

std::optional<PaymentSearch::End> PaymentSearch::end() const
{
    return m_state->end;
}

std::optional<ApiError> PaymentSearch::failure() const
{
    return m_state->failure;
}

} // namespace portone
