#pragma once

#include "core/api/ApiError.h"
#include "core/api/PaymentModels.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <memory>
#include <optional>

namespace portone {

class PortOneClient;

// What a payment search asks for: a status, a time range of any length (both ends inclusive,
// matched by PortOne against the time of each payment's final status) and a sorting.
struct PaymentSearchCriteria
{
    PaymentStatusFilter status = PaymentStatusFilter::All;
    QDateTime from;
    QDateTime to;
    std::optional<PaymentSorting> sorting; // nullopt: PortOne's default (-started)
    int pageSize = 1000; // 1 to PaymentSearch::MaxPageSize
    bool keepRawJson = true; // as PaymentStatusQuery::keepRawJson
};

// One request's span of GET /payments/status: at most rules::PaymentSearchMaxDays, both ends
// inclusive, in whole seconds.
struct PaymentSearchWindow
{
    QDateTime from;
    QDateTime to;
};

// Splits [from, to] (inclusive, whole seconds) into consecutive windows of at most 90 days that
// neither overlap nor leave a second out, oldest first. Empty when a time is invalid or `to` is
// before `from`.
QList<PaymentSearchWindow> splitPaymentSearchRange(const QDateTime &from, const QDateTime &to);

// Pages through GET /payments/status/{status} window by window to the end, several pages in
// flight, and hands each page over in order (window by window, page by page) as soon as the
// pages before it have been handed over. Only a few pages are held at once, whatever the size
// of the result. The same code path serves the Search view, the CSV export and the export
// benchmark.
class PaymentSearch : public QObject
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

    static const int MaxPageSize;
    static const int MaxInFlight;
    static const int MaxHeldPages;

    explicit PaymentSearch(PortOneClient *client, QObject *parent = nullptr);
    ~PaymentSearch() override; // NOLINT(bugprone-exception-escape): see the .cpp

    void start(const PaymentSearchCriteria &criteria);
    void cancel();
    bool isRunning() const;

    int received() const; // payments handed over so far
    // Payments PortOne reported for the windows answered so far (the rest are still unknown).
    int expected() const;
    int windowCount() const;
    int windowsAnswered() const; // windows whose first page arrived
    int requestsSent() const;
    std::optional<End> end() const; // nullopt while running or before start()
    std::optional<ApiError> failure() const;

Q_SIGNALS:
    void pageArrived(const QList<portone::Payment> &payments);
    // received: payments handed over; expected: what the answered windows reported in total,
    // and -1 while some window has not answered yet.
    void progressChanged(int received, int expected);
    void finished(portone::PaymentSearch::End end);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace portone
