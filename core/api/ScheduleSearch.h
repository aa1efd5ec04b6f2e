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
    enum class End
    {
        Finished, // every page of every window arrived
        Cancelled, // cancel(): what arrived before stays handed over
        Failed, // a request failed (failure() says why); what arrived before stays handed over
    };
    Q_ENUM(End)

    static const int MaxInFlight;
    static const int MaxHeldPages;

    explicit ScheduleSearch(PortOneClient *client, QObject *parent = nullptr);
    ~ScheduleSearch() override; // NOLINT(bugprone-exception-escape): see the .cpp

    // A running search is cancelled first. Answers come on later turns of the event loop.
    void start(const ScheduleSweepRequest &request);
    void cancel();
    bool isRunning() const;

    int received() const; // schedules handed over so far
    int windowCount() const;
    int windowsDone() const; // windows whose every page was handed over
    int requestsSent() const;
    std::optional<End> end() const; // nullopt while running or before start()
    std::optional<ApiError> failure() const;

Q_SIGNALS:
    void pageArrived(const QList<portone::Schedule> &schedules);
    void progressChanged(int received, int windowsDone, int windowCount);
    void finished(portone::ScheduleSearch::End end);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace portone
