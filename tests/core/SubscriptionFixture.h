#pragma once

#include "tests/core/ClientFixture.h"

#include <QTest>
#include <QTimeZone>
#include <memory>

namespace portone::test {

// The client fixture with the sandbox on a manual clock of its own, kept in step with the
// client's: advance() moves both, so schedules run and tokens stay valid.
struct SubscriptionFixture
{
    SubscriptionFixture()
        : serverTime(QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC))
        , client([this] { return serverTime.now(); })
    {
        client.clock.set(serverTime.now());
    }

    bool start(ClientSettings settings = {}) { return client.start(std::move(settings)); }
    QDateTime now() const { return serverTime.now(); }
    void advance(qint64 seconds)
    {
        serverTime.advance(seconds);
        client.clock.advance(seconds);
    }

    // Runs one call to its answer: call(client, context, callback).
    template<typename T, typename Call> Result<T> run(Call call)
    {
        Capture<T> got;
        call(*client.client, &client.context, got.callback());
        if (!got.wait())
            return ApiError {};
        return got.result();
    }

    ManualClock serverTime;
    ClientFixture client;
};

inline ChargeOrder testOrder(const QString &merchantUid, double amount = 12000)
{
    ChargeOrder order;
    order.merchantUid = merchantUid;
    order.amount = amount;
    order.name = QStringLiteral("정기구독 추가 결제");
    return order;
}

inline ScheduledPayment testScheduledPayment(const QString &merchantUid, const QDateTime &at,
                                             double amount = 9900)
{
    ScheduledPayment payment;
    payment.order = testOrder(merchantUid, amount);
    payment.scheduleAt = at;
    return payment;
}

inline QStringList fieldsOf(const ApiError &error)
{
    QStringList out;
    for (const FieldError &e : error.fieldErrors)
        out << e.field;
    return out;
}

} // namespace portone::test
