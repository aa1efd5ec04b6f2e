#pragma once

#include "core/api/ApiError.h"
#include "core/api/PaymentModels.h"
#include "core/api/ScheduleSweep.h"

#include <QObject>
#include <memory>
#include <optional>

namespace portone {

class PortOneClient;

// Lists the schedules of a range of any length (ScheduleSweepRequest: the whole merchant's, or
// one customer's) and hands them over page by page in order: [from, to) split into 3-month
// windows (splitScheduleRange), oldest first, each paged through until a short page
// (SchedulePaging). Several windows are asked at once (one page of each on the wire, since a
// window's next page is known only once its last one arrived); a page that arrives ahead of an
// earlier one is held until that one is handed over, and only a few pages are held at once,
// whatever the size of the result. What was handed over before a cancel or a failure is the
// beginning of the listing, without gaps.
//
// ScheduleSweep collects a customer's schedules in memory for one answer (a deletion's check);
// this serves the Schedules view, whose table and CSV file fill as the pages arrive.
class ScheduleSearch : public QObject
{
    Q_OBJECT

public:
    // How a search ended.
    enum class End
    {
        Finished, // every window paged to its end and handed over
        Cancelled, // by cancel(); the pages handed over before stay with the receiver
        Failed, // a request failed (see failure()); so did the pages handed over before
    };
    Q_ENUM(End)

    // Windows asked at once, and pages held at once (on the wire or waiting for an earlier one).
    static const int MaxInFlight;
    static const int MaxHeldPages;

    explicit ScheduleSearch(PortOneClient *client, QObject *parent = nullptr);
    ~ScheduleSearch() override; // NOLINT(bugprone-exception-escape): see the .cpp

    // A running search is cancelled first. Answers come on later turns of the event loop.
    void start(const ScheduleSweepRequest &request);
    void cancel();
    bool isRunning() const;

    int received() const { return m_tally.received; } // schedules handed over so far
    int windowCount() const { return m_tally.windowCount; }
    int windowsDone() const { return m_tally.windowsDone; } // every page handed over
    int requestsSent() const { return m_tally.requestsSent; }
    std::optional<End> end() const { return m_tally.end; } // nullopt while running
    std::optional<ApiError> failure() const { return m_tally.failure; }

Q_SIGNALS:
    void pageArrived(const QList<portone::Schedule> &schedules);
    void progressChanged(int received, int windowsDone, int windowCount);
    void finished(portone::ScheduleSearch::End end);

private:
    struct Tally
    {
        int received = 0;
        int windowCount = 0;
        int windowsDone = 0;
        int requestsSent = 0;
        std::optional<End> end;
        std::optional<ApiError> failure;
    };
    struct State;

    Tally m_tally;
    std::unique_ptr<State> m_state;
};

} // namespace portone
